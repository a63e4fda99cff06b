"""Calendar invitations in mail: what an interview invitation says, and whom it is from.

An invitation arrives as a `text/calendar` part (Google Calendar, Outlook and
Exchange put one in the message's alternatives, with `method=REQUEST` or
`CANCEL`) or as an `.ics` attachment (Google's `invite.ics`, the files
applicant-tracking systems such as Greenhouse attach). The iCalendar text is
read with the `icalendar` library (RFC 5545, iTIP RFC 5546), which also
resolves a `TZID` through the calendar's `VTIMEZONE` or a Windows zone name
("W. Europe Standard Time"). A time without a zone ("floating") is the
user's own local time.

Pure: no I/O and no clock; the user's zone and addresses are given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from email.message import Message
from email.utils import parseaddr
from typing import Any

from assistant.domain.matching import Candidate, Match, is_ats, names_company
from assistant.domain.people import WEBMAIL_DOMAINS, domain_of

# iTIP methods (RFC 5546 §1.4) that invite the user or call an invitation off; a file
# without METHOD is a plain calendar entry to add (Greenhouse's downloadable files).
INVITING = frozenset({"REQUEST", "PUBLISH", "ADD", "CANCEL"})
CALENDAR_TYPES = frozenset({"text/calendar", "application/ics", "text/x-vcalendar"})
CALENDAR_SUFFIXES = (".ics", ".vcs")
# Services that book interviews for employers and send the candidate's invitation
# in the company's name ("Acme Candidate Calendar"): GoodTime books through a
# company's shared Google calendar (https://support.goodtime.io/hc/en-us/articles/1500008656502).
SCHEDULER_DOMAINS = frozenset({
    "goodtime.io", "calendly.com", "prelude.co", "modernloop.io", "paradox.ai", "cronofy.com",
    "group.calendar.google.com",
})
# Google Calendar's own sending address; the organizer is the one who invites.
CALENDAR_SENDERS = frozenset({"calendar-notification@google.com"})
# Words in an event's title or description that make it an interview (whole words).
INTERVIEW_WORDS = re.compile(
    r"\b(?:interview(?:s|ing)?|screen(?:ing)?|on-?site|chat with|hiring|recruit(?:er|ing|ment)|"
    r"technical (?:round|call|assessment)|meet the team|hiring manager)\b",
    re.IGNORECASE,
)
# Words a scheduler or ATS adds to the company's name in its display name.
_SENDER_SUFFIX = re.compile(
    r"\s*(?:[-|–—,]\s*)?(?:via \w+|candidate calendar|candidate experience|talent acquisition|talent team|talent|"
    r"recruiting team|recruiting|recruitment|careers|hiring team|people team|interview scheduling|scheduling|"
    r"calendar|team)\s*$",
    re.IGNORECASE,
)
_NAME = r"[A-Z0-9][\w&.'-]*(?:\s+(?:[A-Z0-9&][\w&.'-]*|of|and|de|du))*"
_SEP = r"\s*(?:[:|–—]|\s-)\s*"
_STAGE_WORDS = r"(?:interview|phone screen|screening call|screen|onsite|on-site|technical interview|final round)"
# Words that say which step, not which job: "Phone screen" and "Second interview" name no position.
_STEP_WORDS = frozenset({"phone", "video", "virtual", "first", "second", "third", "final", "technical", "initial",
                         "intro", "introductory", "recruiter", "hr", "onsite", "on-site", "your", "the", "a", "an",
                         "follow-up", "next", "panel", "team"})


@dataclass(frozen=True)
class Person:
    """Someone named in an invitation: the name from CN, or the address when there is none."""

    name: str
    email: str


@dataclass(frozen=True)
class Invitation:
    """One event of a calendar invitation, as the user's calendar would hold it."""

    uid: str
    sequence: int
    method: str                 # REQUEST (also PUBLISH) or CANCEL
    start: datetime             # aware; a floating time is placed in the user's zone
    end: datetime | None
    summary: str
    description: str
    location: str
    organizer: Person | None
    attendees: tuple[Person, ...]   # everyone invited but the user, rooms and booking services

    @property
    def cancelled(self) -> bool:
        return self.method == "CANCEL"

    @property
    def looks_like_interview(self) -> bool:
        """An interview, judged from the title and description (never from the sender)."""
        return bool(INTERVIEW_WORDS.search(f"{self.summary}\n{self.description}"))

    def newer_than(self, sequence: int) -> bool:
        """RFC 5546 §2.1.5: a higher SEQUENCE is a new revision; an equal or lower one a repeat."""
        return self.sequence > sequence


# ---- reading a message ------------------------------------------------------------------


def calendar_parts(message: Message) -> list[bytes]:
    """The iCalendar texts a message carries: `text/calendar` parts and `.ics` attachments."""
    found: list[bytes] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        name = (part.get_filename() or "").lower()
        if part.get_content_type() in CALENDAR_TYPES or name.endswith(CALENDAR_SUFFIXES):
            data = part.get_payload(decode=True)
            if isinstance(data, bytes) and b"BEGIN:VCALENDAR" in data.upper():
                found.append(data)
    return found


def invitations_in(message: Message, zone: tzinfo, own: frozenset[str]) -> list[Invitation]:
    """Every event the message invites to or cancels, once each.

    Google sends the same calendar twice (inline and as invite.ics): the
    copies collapse into one. A part the library cannot read is skipped, as
    a mail program would show the rest of the message.
    """
    seen: dict[tuple[str, int, str], Invitation] = {}
    for data in calendar_parts(message):
        for invitation in parse_calendar(data, zone, own):
            seen.setdefault((invitation.uid, invitation.sequence, invitation.method), invitation)
    return list(seen.values())


def parse_calendar(data: bytes, zone: tzinfo, own: frozenset[str]) -> list[Invitation]:
    """The timed events of one iCalendar text (an all-day event is no interview)."""
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, KeyError, IndexError):
        return []
    method = str(calendar.get("METHOD", "REQUEST")).upper()
    if method not in INVITING:
        return []   # an attendee's answer (REPLY), a counter-proposal: nobody invites the user
    found = []
    for event in calendar.walk("VEVENT"):
        try:
            invitation = _event(event, method, zone, own)
        except (ValueError, KeyError, TypeError):
            continue
        if invitation is not None:
            found.append(invitation)
    return found


def _event(event: Any, method: str, zone: tzinfo, own: frozenset[str]) -> Invitation | None:
    uid = str(event.get("UID", "")).strip()
    if not uid or "DTSTART" not in event:
        return None
    start = _instant(event.decoded("DTSTART"), zone)
    if start is None:
        return None
    end = _instant(event.decoded("DTEND"), zone) if "DTEND" in event else None
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        method = "CANCEL"   # some senders cancel with STATUS alone
    organizer = _person(event.get("ORGANIZER"))
    return Invitation(
        uid=uid, sequence=int(str(event.get("SEQUENCE", 0)) or 0),
        method="CANCEL" if method == "CANCEL" else "REQUEST",
        start=start, end=end,
        summary=_text(event.get("SUMMARY")), description=_text(event.get("DESCRIPTION")),
        location=_text(event.get("LOCATION")), organizer=organizer,
        attendees=_attendees(event.get("ATTENDEE"), own),
    )


def _instant(value: Any, zone: tzinfo) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=zone)  # floating: the user's time
    if isinstance(value, date):
        return None
    return None


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _person(value: Any) -> Person | None:
    if value is None:
        return None
    address = re.sub(r"^mailto:", "", str(value).strip(), flags=re.IGNORECASE).strip()
    if "@" not in address:
        return None
    name = str(value.params.get("CN", "")).strip().strip('"') if hasattr(value, "params") else ""
    return Person(name=name or address, email=address.lower())


def _attendees(value: Any, own: frozenset[str]) -> tuple[Person, ...]:
    """The attendees who are people other than the user (no rooms, no booking services), once each."""
    values = value if isinstance(value, list) else [value] if value is not None else []
    people: dict[str, Person] = {}
    for item in values:
        kind = str(getattr(item, "params", {}).get("CUTYPE", "INDIVIDUAL")).upper()
        person = _person(item)
        if person is None or kind in ("ROOM", "RESOURCE") or person.email in own or is_service(person.email):
            continue
        people.setdefault(person.email, person)
    return tuple(people.values())


# ---- whom it is from ----------------------------------------------------------------------


def is_scheduler(address: str) -> bool:
    domain = domain_of(address)
    return any(domain == d or domain.endswith("." + d) for d in SCHEDULER_DOMAINS)


def is_service(address: str) -> bool:
    """An address that books or sends for someone else: an ATS, a scheduler, Google Calendar itself."""
    return address.lower() in CALENDAR_SENDERS or is_ats(address) or is_scheduler(address)


def senders(invitation: Invitation, from_header: str) -> list[tuple[str, str]]:
    """(display name, address) of who sent it: the mail's From and the event's organizer."""
    name, address = parseaddr(from_header)
    found = [(name, address.lower())] if address else []
    if invitation.organizer is not None:
        found.append((invitation.organizer.name, invitation.organizer.email))
    return found


def match_invitation(invitation: Invitation, from_header: str, candidates: list[Candidate]) -> Match | None:
    """The tracked application this invitation is for, or None.

    From its people (an interviewer's address among the sender, organizer or
    attendees), from the company's domain, or from an applicant-tracking system
    or a scheduling service that names the company in the event or its name.
    """
    who = senders(invitation, from_header)
    people = {address for _, address in who} | {p.email for p in invitation.attendees}
    text = "\n".join([invitation.summary, invitation.description, *(name for name, _ in who)])
    ranked: list[tuple[int, Candidate, str]] = []
    for c in candidates:
        if people & c.interviewer_emails:
            ranked.append((0, c, "interviewer"))
        elif any(domain_of(a) in c.domains for a in people):
            ranked.append((1, c, "company_domain"))
        elif any(is_ats(a) for _, a in who) and names_company(c, text):
            ranked.append((2, c, "ats"))
        elif any(is_scheduler(a) or a in CALENDAR_SENDERS for _, a in who) and names_company(c, text):
            ranked.append((2, c, "scheduler"))
    if not ranked:
        return None
    ranked.sort(key=lambda item: (item[0], not item[1].active, -item[1].interview_at.timestamp()))
    return Match(ranked[0][1].app_id, ranked[0][2])


# ---- what it is: company and position for `add --from-invite` ----------------------------


def company_of(invitation: Invitation, from_header: str) -> str | None:
    """The employer an invitation is from, for a company not yet tracked.

    In order: "… at Initech" in the title; the name a booking service or ATS
    sends under ("Initech Recruiting", "Hooli Candidate Calendar"); "… with
    Initech" when that is not an attendee's name; the organizer's own
    company domain (acme-robotics.example gives "Acme Robotics").
    """
    summary = invitation.summary
    found = re.search(rf"\bat\s+(?P<name>{_NAME})", summary)
    if found:
        return _tidy(found.group("name"))
    for name, address in senders(invitation, from_header):
        if is_service(address) and name and "@" not in name:
            stripped = _strip_suffixes(name)
            if stripped and stripped.lower() not in ("google calendar", "greenhouse", "goodtime"):
                return stripped
    people = {p.name.lower() for p in invitation.attendees} | {n.lower() for n, _ in senders(invitation, from_header)}
    found = re.search(rf"\b(?:with|from)\s+(?P<name>{_NAME})", summary)
    if found and not any(found.group("name").lower() in person or person in found.group("name").lower()
                         for person in people if person):
        return _tidy(found.group("name"))
    for _, address in senders(invitation, from_header):
        domain = domain_of(address)
        if address and not is_service(address) and domain not in WEBMAIL_DOMAINS:
            return _company_from_domain(domain)
    return None


def position_of(invitation: Invitation) -> str | None:
    """The job title from the event's title: "Interview: Senior Engineer", "Phone screen – Data Engineer at
    Initech", "Interview for the Data Engineer role", "Senior Engineer interview"."""
    summary = re.sub(r"^(?:invitation|updated invitation|invitation updated)\s*:\s*", "", invitation.summary,
                     flags=re.IGNORECASE)
    patterns = (
        rf"{_STAGE_WORDS}{_SEP}(?P<position>.+)",
        r"\bfor (?:the |a |an )?(?P<position>.+?)(?: (?:role|position|opening))?$",
        rf"^(?P<position>.+?)\s+{_STAGE_WORDS}\b",
    )
    for pattern in patterns:
        found = re.search(pattern, summary, re.IGNORECASE)
        if found:
            position = re.split(r"\s+(?:at|with|@|-|–|—|\|)\s+|\s*\(", found.group("position"))[0]
            position = re.sub(r"\s+(?:role|position)$", "", position.strip(" .:-"), flags=re.IGNORECASE)
            words = position.lower().split()
            if words and not re.fullmatch(_STAGE_WORDS, position, re.IGNORECASE) and not set(words) <= _STEP_WORDS:
                return position
    return None


def _strip_suffixes(name: str) -> str:
    before = None
    while before != name:
        before, name = name, _SENDER_SUFFIX.sub("", name).strip()
    return name


def _tidy(name: str) -> str:
    return re.sub(r"[\s.,;:]+$", "", name).strip()


def _company_from_domain(domain: str) -> str:
    labels = domain.split(".")
    core = labels[-2] if len(labels) >= 2 else labels[0]
    return " ".join(word.capitalize() for word in re.split(r"[-_]", core) if word)



def kind_of(invitation: Invitation) -> str:
    """phone, video or onsite, as the event's title says; a video call when it does not say."""
    text = invitation.summary
    if re.search(r"\bon-?site\b|\bin[- ]person\b", text, re.IGNORECASE):
        return "onsite"
    if re.search(r"\bphone\b", text, re.IGNORECASE):
        return "phone"
    return "video"
