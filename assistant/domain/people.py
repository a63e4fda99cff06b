"""Names and addresses: parse "Ms. Pat Jones <pat@acme.example>", validate, greet."""

from __future__ import annotations

import re
from email.utils import parseaddr

from assistant.domain.models import Interviewer
from assistant.errors import InputError

TITLES = {"mr": "Mr.", "ms": "Ms.", "mrs": "Mrs.", "mx": "Mx.", "dr": "Dr.", "prof": "Prof."}

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
    title = None
    if words and words[0].lower().rstrip(".") in TITLES:
        title = TITLES[words.pop(0).lower().rstrip(".")]
    if not words:
        raise InputError(f"Interviewer {text!r} has no name; write it as \"Pat Jones <{address}>\".")
    return Interviewer(name=" ".join(words), email=address.lower(), title=title)


def domain_of(address: str) -> str:
    return address.rsplit("@", 1)[-1].lower()


def is_webmail(address_or_domain: str) -> bool:
    return domain_of(address_or_domain) in WEBMAIL_DOMAINS


def salutation(person: Interviewer, tone: str) -> str:
    """'Dear Ms. Jones,' (formal, with title), 'Dear Pat Jones,' (formal, no title), 'Hi Pat,' (casual)."""
    if tone == "casual":
        return f"Hi {person.first_name},"
    if person.title:
        return f"Dear {person.title} {person.last_name},"
    return f"Dear {person.name},"
