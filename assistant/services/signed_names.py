"""Names as they sign them: before `add` drafts, the typed names against the interviewers' own mail.

How it stays cheap (SPEC "Sync cost and limits"):
1. The replies the tool already stored (mail of tracked applications) are
   looked at first: an address that wrote before about another application is
   answered from the database, with no Gmail request at all.
2. Otherwise ONE narrow search per interviewer address, `from:ADDRESS` outside
   spam and trash with maxResults=1 (messages.list, 5 quota units), paced like
   every other call. When Gmail finds nothing, that is the only request.
3. Only when it finds a message: that one message's From header
   (messages.get with format=metadata, metadataHeaders=From; 5 units). No body
   is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import parseaddr

from assistant.domain.models import Interviewer
from assistant.domain.spelling import signed_name, spelled_differently
from assistant.services.ports import Collaborators


@dataclass(frozen=True)
class Spelling:
    """An interviewer whose own mail spells their name differently from what the user typed."""

    email: str
    typed: str
    signed: str


def _stored_display_names(rt: Collaborators) -> dict[str, str]:
    """Address -> display name from the replies already stored (the newest wins)."""
    names: dict[str, str] = {}
    for reply in rt.repo.replies():
        display, address = parseaddr(reply.sender or "")
        if display.strip() and address:
            names[address.lower()] = display
    return names


def _display_name_in_gmail(rt: Collaborators, address: str) -> str | None:
    """The display name on the newest mail from `address`, or None (one search; a header only when found)."""
    found = rt.mailbox.search(f"from:{address} -in:spam -in:trash", limit=1)
    if not found:
        return None
    head = rt.mailbox.heads([found[0].id], ["From"]).get(found[0].id)
    if head is None:
        return None
    display, sender = parseaddr(head.header("from"))
    return display if sender.lower() == address.lower() and display.strip() else None


def misspelt_names(rt: Collaborators, people: tuple[Interviewer, ...]) -> list[Spelling]:
    """Every interviewer whose earlier mail signs their name otherwise than typed."""
    stored = _stored_display_names(rt)
    differ = []
    for person in people:
        display = stored.get(person.email.lower()) or _display_name_in_gmail(rt, person.email)
        signed = signed_name(display, person.email) if display else None
        if signed and spelled_differently(person.name, signed):
            differ.append(Spelling(email=person.email, typed=person.name, signed=signed))
    return differ
