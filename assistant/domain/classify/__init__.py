"""What an employer's message means for a candidacy.

`classify_message` reads one incoming message and returns a label from
LABELS with a confidence and the evidence. Pure logic: no I/O, no clock.
"""

from __future__ import annotations

from email import policy
from email.parser import BytesParser

from .model import CONFIDENT, LABELS, Classification
from .rules import classify_message
from .text import new_text

__all__ = ["CONFIDENT", "LABELS", "Classification", "classify_bytes", "classify_message", "new_text"]


def classify_bytes(raw: bytes) -> Classification:
    """Classify an RFC 822 message given as bytes.

    Parsed with the compat32 policy: the classifier reads raw header values
    and decodes them itself, and email.policy.default's eager header parsing
    was a third of the run time (the result is the same with either policy).
    """
    message = BytesParser(policy=policy.compat32).parsebytes(raw)
    return classify_message(message)
