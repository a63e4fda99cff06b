"""The result of classifying one incoming message, and the evidence behind it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# At or above CONFIDENT a rejection is acted on automatically; below it the user confirms.
# One threshold for the classifier and the sync, defined with the models.
from assistant.domain.models import CONFIDENT

LABELS = ("rejection", "next_step", "offer", "pending", "auto_reply", "bounce", "other")



@dataclass(frozen=True)
class Classification:
    """What an incoming message means for the candidacy it is about."""

    label: str
    confidence: float
    reasons: tuple[str, ...]
    return_date: date | None = None
    bounced_recipients: tuple[str, ...] = ()
    bounced_message_id: str | None = None
    bounce_permanent: bool = True

    @property
    def confident(self) -> bool:
        """True when the label may be acted on without asking the user."""
        return self.confidence >= CONFIDENT


@dataclass(frozen=True)
class Evidence:
    """One observation pointing at a label, with how much it weighs (0..1)."""

    label: str
    weight: float
    reason: str
    kind: str = "phrase"  # phrase | header | subject | structure
    lang: str = ""        # for phrases: en, de, fr or es
