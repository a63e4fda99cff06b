"""assistant: the follow-up after a job interview, drafted in your own Gmail."""

__version__ = "0.1.0"
