"""Names as people sign them: the typed interviewer name against the display name on their own mail.

DOMAIN.md §1 "Names spelled correctly". Pure functions; the mail is read by
`assistant/services/signed_names.py`.

What counts as a different spelling (and what does not):
- a difference of case only is not one: directories and mail systems write
  names in capitals or lower case ("SMITH Katharine", "katharine smith");
- accents the user typed but the mail lacks are not one either: many mail
  systems and corporate directories drop them, and the person's own spelling
  has them; accents the mail has but the user left out ARE one ("Müller"
  typed as "Muller"), since the mail then shows how the person writes it;
- a middle name or a second surname on one side only is not one ("Anna Maria
  Weber" and "Anna Weber"); a nickname or a letter changed is ("Kate", "Katherine").
"""

from __future__ import annotations

import re
import unicodedata

from assistant.domain.people import parse_interviewer
from assistant.errors import InputError


def _plain(text: str) -> str:
    """Without accents, case-folded, dots dropped, single-spaced."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.replace(".", " ").casefold().split())


def signed_name(display: str, address: str) -> str | None:
    """The person's name as a display name writes it, or None when it names no person.

    Drops a title ("Dr."), a company after "|" or in brackets, and turns
    "Smith, Katharine" round. An address, a single word or no letters at all
    is no name to compare with.
    """
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", display.strip().strip("\"'"))
    text = re.split(r"\s[|•/]\s|\s[-–]\s", text)[0].strip(" ,")
    if "," in text:
        last, _, first = text.partition(",")
        text = f"{first.strip()} {last.strip()}"
    if "@" in text or not any(ch.isalpha() for ch in text):
        return None
    try:
        name = parse_interviewer(f"{text} <{address}>").name
    except InputError:
        return None
    return name if len(name.split()) >= 2 else None


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def _subsequence(short: list[str], long: list[str]) -> bool:
    words = iter(long)
    return all(any(word == w for w in words) for word in short)


def spelled_differently(typed: str, signed: str) -> bool:
    """Whether the typed name is a different spelling of the name the person signs with (see the module's rules)."""
    if typed.casefold() == signed.casefold():
        return False
    if _strip_accents(typed).casefold() == signed.casefold():
        return False          # the mail dropped the accents the user typed
    a, b = _plain(typed).split(), _plain(signed).split()
    if a == b:
        return True           # only accents the mail has differ: the person writes them
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return not (len(short) >= 2 and _subsequence(short, long))
