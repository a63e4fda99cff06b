"""English wording that applicant-tracking and HR systems ship in their templates
(applicant_tracking.py): (meaning, label, weight, pattern); rule names are <code>.<label>.<meaning>."""

from ...rule import any_of

TEMPLATES: tuple[tuple[str, str, float, str], ...] = (
    ("profile_does_not_match", "rejection", 0.9, any_of(
        r"\byour (?:profile|background|experience|skill ?set|application|resume|cv)(?: \w+){0,2} (?:does not|doesn't|did not|didn't)"
        + r" (?:quite |fully |really )?(?:match|fit|meet|suit|correspond)(?: with| to)? (?:our|the) (?:current )?(?:"
        + r"needs|requirements|criteria|profile we are looking for)\b",
    )),
    ("shortlisted_for_interview", "next_step", 0.9, any_of(
        r"\b(?:application|profile|resume|cv|you)(?: \w+){0,2} (?:has|have|was|were) been short[- ]?listed for (?:a|an|the) (?:\w+ ){0,2}?(?:"
        + r"call|interview|phone screen|conversation|meeting)\b",
    )),
    ("contact_to_plan_next_steps", "next_step", 0.9, any_of(
        r"\b(?:contact|call|reach out to|get in touch with) you\b[^.\n]{0,40}? to "
        r"(?:plan|arrange|schedule|organi[sz]e|set up|discuss) (?:the )?next steps?\b",
    )),
    # An application service relays the provider's reasons after a refusal (real-mail round 5):
    # "Contact X directly if you have any questions about their feedback." Medium: the user confirms.
    ("questions_about_their_feedback", "rejection", 0.6, any_of(
        r"\b(?:questions about|talk about|discuss) (?:their|the provider's|the school's) feedback\b",
    )),
    ("application_entered_for_review", "pending", 0.6, any_of(
        r"\byour application has been (?:received|entered|submitted|logged|recorded)"
        + r"\b[^.\n]{0,60}?\b(?:will|'ll) (?:review|look at|assess|consider) (?:it|your application)\b",
    )),
)
