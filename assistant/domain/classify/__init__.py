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
    """Classify an RFC 822 message given as bytes (parsed with email.policy.default)."""
    message = BytesParser(policy=policy.default).parsebytes(raw)
    return classify_message(message)
