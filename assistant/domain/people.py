"""Names and addresses: parse "Ms. Pat Jones <pat@acme.example>", validate, greet."""

from __future__ import annotations

import re
from email.utils import parseaddr

from assistant.domain.models import Interviewer
from assistant.errors import InputError

# Titles as people write them before a name, in the spelling they are kept in; several may
# come together ("Frau Dr.", "Herr Prof. Dr."). "M." (Monsieur) only with its full stop:
# without it, an "M" is more likely an initial.
TITLES = {
    "mr": "Mr.", "ms": "Ms.", "mrs": "Mrs.", "mx": "Mx.", "miss": "Miss", "dr": "Dr.", "prof": "Prof.",
    "professor": "Prof.",
    "frau": "Frau", "herr": "Herr",                                          # German
    "m.": "M.", "mme": "Mme", "mlle": "Mlle",                                # French
    "sr": "Sr.", "sra": "Sra.", "srta": "Srta.", "dra": "Dra.",              # Spanish
}
# The letters are in English, so a salutation uses the English form of the title.
# An academic title outranks the social one, as it does in each of these languages
# ("Herr Dr. Weber" is "Dear Dr. Weber"; "Prof. Dr. Weber" is "Dear Professor Weber").
_ACADEMIC = (("Prof.", "Professor"), ("Dr.", "Dr."), ("Dra.", "Dr."))
_SOCIAL = {"Mr.": "Mr.", "Herr": "Mr.", "M.": "Mr.", "Sr.": "Mr.",
           "Ms.": "Ms.", "Frau": "Ms.", "Mme": "Ms.", "Mlle": "Ms.", "Sra.": "Ms.", "Srta.": "Ms.",
           "Mrs.": "Mrs.", "Miss": "Miss", "Mx.": "Mx."}
# Lower-case name particles belong to the surname: "Dear Mr. von Weizsäcker", "Dear Ms. de la Cruz".
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "zu", "ten",
                        "ter", "y", "dos", "das"})

# Deliberately strict: one @, a dotted domain of letters, digits and hyphens.
_ADDRESS = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)

WEBMAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com",
    "yahoo.co.uk", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com",
    "gmx.de", "gmx.net", "gmx.com", "web.de", "mail.com", "yandex.com", "zoho.com", "fastmail.com",
    "hey.com", "orange.fr", "free.fr", "laposte.net", "t-online.de", "libero.it",
})


def check_single_line(value: str, what: str) -> str:
    """Refuse a value that would break a mail header (header injection, stray paste)."""
    if any(ch in value for ch in "\r\n\x00"):
        raise InputError(f"The {what} contains a line break; it must fit on one line.")
    return value


def check_address(address: str, what: str = "email address") -> str:
    """A syntactically valid address, or an InputError naming it."""
    address = check_single_line(address.strip(), what)
    if not _ADDRESS.match(address) or ".." in address:
        raise InputError(f"Invalid {what}: {address!r}.")
    return address


def parse_interviewer(text: str) -> Interviewer:
    """'Ms. Pat Jones <pat.jones@acme.example>' -> Interviewer(title, name, email).

    The title is optional; a bare address is refused, since letters need a name.
    """
    check_single_line(text, "interviewer")
    text = text.strip()
    if "<" not in text or not text.endswith(">"):
        raise InputError(f"Interviewer {text!r} must look like \"Ms. Pat Jones <pat.jones@acme.example>\".")
    display, address = parseaddr(text)
    if not address or "@" not in address:
        address = text[text.rindex("<") + 1 : -1]
        display = text[: text.rindex("<")]
    who = display.strip().strip('"') or text
    address = check_address(address, f"email address of interviewer {who}")
    words = display.replace('"', "").split()
    titles = []
    while words and (key := _title_key(words[0])):
        words.pop(0)
        titles.append(TITLES[key])
    title = " ".join(titles) or None
    if not words:
        raise InputError(f"Interviewer {text!r} has no name; write it as \"Pat Jones <{address}>\".")
    return Interviewer(name=" ".join(words), email=address.lower(), title=title)


def _title_key(word: str) -> str | None:
    """The TITLES key a word stands for ("Frau" → "frau", "Sra." → "sra", "M." → "m."), or None."""
    lowered = word.lower()
    if lowered in TITLES:
        return lowered
    bare = lowered.rstrip(".")
    return bare if bare in TITLES and bare != "m" else None


def split_interviewers(text: str) -> list[str]:
    """"Pat Jones <pat@x>, Bob Lee <bob@x>" → one entry per person (a comma or semicolon between them).

    A single entry is returned as it is, so "Jones, Pat <pat@x>" keeps its comma; several
    addresses without separators are refused with one sentence.
    """
    if text.count("<") <= 1:
        return [text]
    entries = re.findall(r"\s*([^<>,;]*<[^<>]*>)\s*(?:[,;]|$)", text)
    if re.sub(r"[\s,;]", "", "".join(entries)) != re.sub(r"[\s,;]", "", text):
        raise InputError(f"Interviewer {text.strip()!r} holds several addresses; separate the people with commas "
                         "(\"Pat Jones <pat@acme.example>, Lee Wong <lee@acme.example>\") or give --interviewer once each.")
    return [entry.strip() for entry in entries]


def surname(name: str) -> str:
    """The last name with its particles: "Karl von Weizsäcker" → "von Weizsäcker"."""
    words = name.split()
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:
        start -= 1
    return " ".join(words[start:])


def english_title(title: str) -> str:
    """The title a letter in English uses: "Frau Dr." → "Dr.", "Herr" → "Mr.", "Prof. Dr." → "Professor"."""
    parts = title.split()
    for academic, english in _ACADEMIC:
        if academic in parts:
            return english
    return next((_SOCIAL[p] for p in parts if p in _SOCIAL), title)


def domain_of(address: str) -> str:
    return address.rsplit("@", 1)[-1].lower()


def is_webmail(address_or_domain: str) -> bool:
    return domain_of(address_or_domain) in WEBMAIL_DOMAINS


def salutation(person: Interviewer, tone: str) -> str:
    """'Dear Ms. Jones,' (formal, with title, in its English form), 'Dear Pat Jones,' (formal, no title), 'Hi Pat,' (casual).

    A person known only by an address (an invitation that gave no name) is greeted 'Hello,': never by the address.
    """
    if not person.name.strip() or "@" in person.name:
        return "Hello,"
    if tone == "casual":
        return f"Hi {person.first_name},"
    if person.title:
        return f"Dear {english_title(person.title)} {surname(person.name)},"
    return f"Dear {person.name},"
