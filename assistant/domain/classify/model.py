"""The result of classifying one incoming message, and the evidence behind it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# At or above CONFIDENT a rejection is acted on automatically; below it the user confirms.
# One threshold for the classifier and the sync, defined with the models.
from assistant.domain.models import CONFIDENT as CONFIDENT

LABELS = ("rejection", "next_step", "offer", "pending", "auto_reply", "bounce", "other")



@dataclass(frozen=True)
class Finding:
    """One reason as `classify --json` gives it: the rule that spoke and what it matched.

    `rule` is the stable name of the rule ("en.rejection.position_filled",
    "header.auto_submitted", "structure.offer.attachment_named_offer"); grep
    for it under assistant/domain/classify to find the rule."""

    rule: str
    evidence: str


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
    findings: tuple[Finding, ...] = ()
    text: str = ""  # the new text that was judged (quotes and signature removed)

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
    rule: str = ""        # a stable rule name; empty: named after its family (see rule_name)

    def rule_name(self) -> str:
        """The rule's stable name, or its family's: language, label and tier or kind."""
        if self.rule:
            return self.rule
        if self.kind == "phrase" and self.lang:
            tier = {0.9: "strong", 0.6: "medium", 0.25: "weak", 0.1: "faint"}.get(self.weight, "phrase")
            return f"{self.lang}.{self.label}.{tier}"
        return f"{self.kind}.{self.label}"
