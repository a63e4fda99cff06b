"""The phone follow-up (DOMAIN.md §2 "Call or email"): the number, the reminder and a short call script.

Pure functions of an application and the user's name; the good time to call
comes from `assistant/domain/workdays.py`.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from assistant.domain.models import FOLLOW_UP_WAYS, Application

# A number as people write it: an optional +, digits, and spaces, dots, dashes,
# slashes or brackets between them; E.164 allows at most 15 digits, and fewer
# than 6 is no number one can dial from outside. An extension may follow ("x12").
_PHONE = re.compile(r"^\+?[\d\s().\-/]+(?:\s*(?:x|ext\.?)\s*\d{1,6})?$", re.IGNORECASE)


def parse_phone(text: str) -> str:
    """The number as typed, whitespace folded; ValueError when it is not a phone number."""
    value = " ".join(text.split())
    main = re.split(r"(?i)\s*(?:x|ext\.?)\s*\d", value)[0]
    digits = sum(ch.isdigit() for ch in main)
    if not _PHONE.match(value) or not 6 <= digits <= 15:
        raise ValueError(value)
    return value


def parse_follow_up_by(text: str) -> str:
    """`email` or `phone`; ValueError otherwise."""
    value = text.strip().lower()
    if value not in FOLLOW_UP_WAYS:
        raise ValueError(value)
    return value


def call_script(app: Application, your_name: str | None, zone: ZoneInfo) -> list[str]:
    """What to say, in order: who you are, the position and when you met, the detail, what you forgot to say.

    `your_name` is the name the letters sign with (`services.views.signing_name`); None leaves a placeholder.
    """
    person = app.main_contact
    met = app.interview_at.astimezone(zone)
    whom = person.display if person else f"the {app.company} team"
    lines = [f"Ask for {whom}" + (f" ({app.contact_phone})" if app.contact_phone else "") + "."]
    me = your_name or "[your full name]"   # brackets: plainly a gap to fill, not words to say
    lines.append(f"\"Hello, this is {me}. We spoke on {met:%A %d %B} about the {app.position} position "
                 f"at {app.company}.\"")
    if app.detail:
        lines.append(f"Mention what stayed with you: {app.detail}.".replace("..", "."))
    if app.missed:
        lines.append(f"Add what you did not say then: {app.missed}.".replace("..", "."))
    lines.append("\"I am still very interested in the role; is there any news on the decision?\"")
    lines.append("Keep it short, thank them for their time, and note what they said "
                 f"(`assistant called {app.id} --note \"...\"`).")
    return lines
