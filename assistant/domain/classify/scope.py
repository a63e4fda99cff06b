"""Whose candidacy a message is about.

Rejection words end a candidacy only when they are about the reader's own.
Mail to many (newsletters, job alerts, digests) quotes them about nobody in
particular: "the role you viewed has been filled", "five phrases recruiters
use when they've chosen another candidate". Such mail counts as a decision
only when it speaks of the reader's own application; otherwise its rejection
words weigh as little as hearsay.
"""

from __future__ import annotations

import re

from .headers import HeaderSignals
from .lang import words
from .model import Evidence
from .rule import any_of

# Footers and framing of mail sent to a list (lang/<code>/__init__.py: mass_mail_words).
_MASS_MAIL_BODY = re.compile(words("mass_mail_words"))
# The reader's own application, named: "your application", "you applied",
# "thank you for your interest in the role" (lang/<code>/__init__.py: own_application_words).
_OWN_APPLICATION = re.compile(words("own_application_words"))


def mass_mail(signals: HeaderSignals, text: str) -> bool:
    """Sent to a list: list headers, Precedence bulk, or a list's footer."""
    return signals.mailing_list or signals.bulk or bool(_MASS_MAIL_BODY.search(text))


def names_own_application(text: str) -> bool:
    """The text names the reader's own application, interview or candidacy."""
    return bool(_OWN_APPLICATION.search(text))


def mail_to_many_about_nobody(signals: HeaderSignals, text: str) -> Evidence | None:
    """Mail to many that never names the reader's own application."""
    if not mass_mail(signals, text) or _OWN_APPLICATION.search(text):
        return None
    return Evidence("other", 0.6, "mail to many that names no application of the reader's", "structure",
                    rule="scope.other.mail_to_many")


# "Please ignore the email you got last night - it was sent in error."
_CONDITIONAL = re.compile(r"\bif (?:you )?(?:believe|think|feel|suspect|received|got)\b[^.!?\n]*$|\bif this\b[^.!?\n]*$")
_RETRACTION = re.compile(
    any_of(
        r"\b(?:sent|went out|was sent|were sent|gone out)(?: to you| to \w+)? (?:by mistake|in error|erroneously|accidentally)\b",
        r"\b(?:please )?(?:ignore|disregard) (?:the|that|our|my|an|any) (?:previous |earlier |last |automated |automatic )?"
        + r"(?:e-?mail|message|note|notification)\b",
        r"\bsent (?:you )?(?:the wrong|an incorrect) (?:e-?mail|message|status)\b",
    )
)


def retraction(text: str) -> Evidence | None:
    """The writer takes back an earlier message: its decision words are void."""
    # (not a footer's condition: "If you believe this email was sent in error, please let us know", round 60)
    found = next((match for match in _RETRACTION.finditer(text)
                  if not _CONDITIONAL.search(text[max(0, match.start() - 60):match.start()])), None)
    if found is None:
        return None
    return Evidence("other", 0.6, f'the writer takes back an earlier message: "{found.group(0)}"', "structure",
                    rule="scope.other.retraction")


def discount_rejection(evidence: list[Evidence], why: str) -> list[Evidence]:
    """Rejection words that are not about the reader's candidacy count as weak."""
    return [Evidence(e.label, min(e.weight, 0.25), f"{e.reason}, {why}", e.kind, e.lang, rule=e.rule)
            if e.label == "rejection" else e for e in evidence]
