"""Calendar invitations as the services that send them build them, for the tests.

Each builder writes the message's MIME layout and the iCalendar text the way
its sender does (headers, part order, encodings, vendor X- properties, line
folding), from these public descriptions:

- Google Calendar: multipart/mixed holding multipart/alternative (text/plain,
  text/html, text/calendar; method=REQUEST) and an `invite.ics` attachment;
  an ICS with a VTIMEZONE, `TZID=` times, UIDs ending in `@google.com`,
  `CN=` without quotes, CREATED/LAST-MODIFIED, TRANSP and a VALARM — as
  compared line by line with a Google-made file in github.com/numstro/meet
  (CALENDAR_INVITE_DEBUGGING_COMPLETE.md, "Google Calendar ICS vs Ours").
- Outlook / Exchange: multipart/alternative with text/calendar; method=…;
  charset, Windows zone names ("W. Europe Standard Time") defined by a
  VTIMEZONE with 1601 rules, X-MICROSOFT-CDO-* properties; a cancellation is
  METHOD:CANCEL with STATUS:CANCELLED, the same UID and a higher SEQUENCE —
  github.com/MrPusitCH/send-outlook-mail-calendar (OUTLOOK_CANCEL_IMPLEMENTATION.md); the
  X-MICROSOFT-CDO-* properties and their values are Exchange's iCalendar mapping
  ([MS-OXCICAL], e.g. https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-oxcical/cd68eae7-ed65-4dd3-8ea7-ad585c76c736
  for X-MICROSOFT-CDO-BUSYSTATUS).
- Greenhouse: the "interview confirmation" mail carries downloadable .ics
  calendar files, not linked to later changes
  (https://support.greenhouse.io/hc/en-us/articles/360022120932).
- GoodTime: candidates' invitations come from the company's own "[Company]
  Candidate Calendar", and interviewers are not on the candidate's event
  (https://support.goodtime.io/hc/en-us/articles/1500008656502).

Everything here is invented for the tests: the people, the companies, the ids.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import datetime, timedelta

CRLF = "\r\n"
USER = "you@sandbox.example"

BERLIN_VTIMEZONE = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "X-LIC-LOCATION:Europe/Berlin",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
]
WINDOWS_VTIMEZONE = [
    "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


@dataclass
class Event:
    """What the organizer put in the calendar; times are local to the zone the builder writes."""

    summary: str
    start: str                      # "2026-12-01 14:00", in the event's own zone
    minutes: int = 45
    uid: str = "7kq2c0m3b9d1example@google.com"
    sequence: int = 0
    cancel: bool = False
    organizer: tuple[str, str] = ("Pat Jones", "pat.jones@acme.example")
    attendees: list[tuple[str | None, str]] = field(default_factory=lambda: [("Pat Jones", "pat.jones@acme.example")])
    description: str = ""
    location: str = ""

    def begin(self) -> datetime:
        return datetime.strptime(self.start, "%Y-%m-%d %H:%M")

    def finish(self) -> datetime:
        return self.begin() + timedelta(minutes=self.minutes)


def fold(line: str) -> str:
    """RFC 5545 §3.1: lines longer than 75 octets go on with CRLF and one space."""
    data = line.encode()
    pieces = []
    while len(data) > 75:
        cut = 75 if not pieces else 74
        while cut > 0 and (data[cut] & 0xC0) == 0x80:   # never split a UTF-8 character
            cut -= 1
        pieces.append(data[:cut].decode())
        data = data[cut:]
    pieces.append(data.decode())
    return (CRLF + " ").join(pieces)


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(lines: list[str]) -> str:
    return "".join(fold(line) + CRLF for line in lines)


def _b64(text: str) -> str:
    encoded = base64.b64encode(text.encode()).decode()
    return CRLF.join(encoded[i:i + 76] for i in range(0, len(encoded), 76))


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


# ---- Google Calendar ----------------------------------------------------------------------

def google_calendar(event: Event, *, to: str = USER, sender: tuple[str, str] | None = None,
                    message_id: str = "<0000000000001a2b3c4d5e6f@google.com>",
                    date: str = "Fri, 20 Nov 2026 09:00:00 +0000") -> bytes:
    """A Google Calendar invitation (or update, or cancellation) as it arrives in Gmail."""
    name, address = sender or event.organizer
    method = "CANCEL" if event.cancel else "REQUEST"
    when = event.begin().strftime("%a %-d %b %Y %H:%M") + " - " + event.finish().strftime("%H:%M") + " (CET)"
    if event.cancel:
        subject = f"Canceled event: {event.summary} @ {when} ({to})"
    elif event.sequence:
        subject = f"Updated invitation: {event.summary} @ {when} ({to})"
    else:
        subject = f"Invitation: {event.summary} @ {when} ({to})"
    attendee_lines = [
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={'ACCEPTED' if mail == event.organizer[1] else 'NEEDS-ACTION'};"
        f"RSVP=TRUE;CN={cn or mail};X-NUM-GUESTS=0:mailto:{mail}"
        for cn, mail in [*event.attendees, (None, to)]
    ]
    calendar = ics([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", f"METHOD:{method}", *BERLIN_VTIMEZONE, "BEGIN:VEVENT",
        f"DTSTART;TZID=Europe/Berlin:{_stamp(event.begin())}", f"DTEND;TZID=Europe/Berlin:{_stamp(event.finish())}",
        "DTSTAMP:20261120T090000Z", f"ORGANIZER;CN={event.organizer[0]}:mailto:{event.organizer[1]}",
        f"UID:{event.uid}", *attendee_lines,
        "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij",
        "X-MICROSOFT-CDO-OWNERAPPTID:-1839205912",
        "CREATED:20261119T160000Z",
        "DESCRIPTION:" + escape(event.description + "\n\nJoin with Google Meet: https://meet.google.com/abc-defg-hij"
                                "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
        "LAST-MODIFIED:20261120T085959Z", f"LOCATION:{escape(event.location)}", f"SEQUENCE:{event.sequence}",
        f"STATUS:{'CANCELLED' if event.cancel else 'CONFIRMED'}", f"SUMMARY:{escape(event.summary)}",
        "TRANSP:OPAQUE",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H10M0S", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR",
    ])
    plain = (f"{event.summary}\n{when}\nJoin with Google Meet: https://meet.google.com/abc-defg-hij\n\n"
             f"Organizer\n{event.organizer[0]}\n{event.organizer[1]}\n\n{event.description}\n\n"
             "Invitation from Google Calendar: https://calendar.google.com/calendar/\n")
    html = (f"<html><body><div itemscope itemtype=\"http://schema.org/Event\"><h2>{event.summary}</h2>"
            f"<p>{when}</p><p>{event.description}</p></div></body></html>")
    outer, inner = "000000000000b1c2d3e4f5a6b7c8", "000000000000b1c2d3e4f5a6b7c7"
    return (
        f"From: {name} <{address}>{CRLF}"
        f"Sender: Google Calendar <calendar-notification@google.com>{CRLF}"
        f"Reply-To: {event.organizer[0]} <{event.organizer[1]}>{CRLF}"
        f"To: {to}{CRLF}Subject: {subject}{CRLF}Date: {date}{CRLF}Message-ID: {message_id}{CRLF}"
        f"MIME-Version: 1.0{CRLF}Content-Type: multipart/mixed; boundary=\"{outer}\"{CRLF}{CRLF}"
        f"--{outer}{CRLF}Content-Type: multipart/alternative; boundary=\"{inner}\"{CRLF}{CRLF}"
        f"--{inner}{CRLF}Content-Type: text/plain; charset=\"UTF-8\"; format=flowed; delsp=yes{CRLF}"
        f"Content-Transfer-Encoding: base64{CRLF}{CRLF}{_b64(plain)}{CRLF}"
        f"--{inner}{CRLF}Content-Type: text/html; charset=\"UTF-8\"{CRLF}"
        f"Content-Transfer-Encoding: 7bit{CRLF}{CRLF}{html}{CRLF}"
        f"--{inner}{CRLF}Content-Type: text/calendar; charset=\"UTF-8\"; method={method}{CRLF}"
        f"Content-Transfer-Encoding: 7bit{CRLF}{CRLF}{calendar}"
        f"--{inner}--{CRLF}"
        f"--{outer}{CRLF}Content-Type: application/ics; name=\"invite.ics\"{CRLF}"
        f"Content-Disposition: attachment; filename=\"invite.ics\"{CRLF}"
        f"Content-Transfer-Encoding: base64{CRLF}{CRLF}{_b64(calendar)}{CRLF}"
        f"--{outer}--{CRLF}"
    ).encode()


# ---- Outlook / Exchange -------------------------------------------------------------------

def outlook(event: Event, *, to: str = USER, message_id: str = "<DB9PR01MB1234ABCD@DB9PR01MB1234.eurprd01.prod.example>",
            date: str = "Fri, 20 Nov 2026 09:00:00 +0000") -> bytes:
    """An Outlook (Exchange Online) meeting request or cancellation: the calendar is an alternative, no file name."""
    method = "CANCEL" if event.cancel else "REQUEST"
    subject = f"Canceled: {event.summary}" if event.cancel else event.summary
    attendees = [
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn or mail}:mailto:{mail}"
        if cn else f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{mail}"
        for cn, mail in [*event.attendees, (None, to)]
    ]
    calendar = ics([
        "BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        *WINDOWS_VTIMEZONE, "BEGIN:VEVENT",
        f"ORGANIZER;CN={event.organizer[0]}:mailto:{event.organizer[1]}", *attendees,
        f"DESCRIPTION;LANGUAGE=en-US:{escape(event.description)}",
        "UID:" + event.uid, f"SUMMARY;LANGUAGE=en-US:{escape(subject)}",
        f"DTSTART;TZID=W. Europe Standard Time:{_stamp(event.begin())}",
        f"DTEND;TZID=W. Europe Standard Time:{_stamp(event.finish())}",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261120T090000Z", "TRANSP:OPAQUE",
        f"STATUS:{'CANCELLED' if event.cancel else 'CONFIRMED'}", f"SEQUENCE:{event.sequence}",
        f"LOCATION;LANGUAGE=en-US:{escape(event.location or 'Microsoft Teams Meeting')}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{event.sequence}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if event.cancel else 'TENTATIVE'}",
        f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if event.cancel else 'BUSY'}",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
        *([] if event.cancel else ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                                   "ACTION:DISPLAY", "END:VALARM"]),
        "END:VEVENT", "END:VCALENDAR",
    ])
    boundary = "_000_DB9PR01MB1234ABCDDB9PR01MB1234eurp_"
    plain = f"{event.description}\n\n________________________________________________________________________________\n" \
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    return (
        f"From: {event.organizer[0]} <{event.organizer[1]}>{CRLF}To: {to}{CRLF}Subject: {subject}{CRLF}"
        f"Thread-Topic: {event.summary}{CRLF}Thread-Index: AdrC0FQk3n1yZ2xVTm6ExAmPlE=={CRLF}"
        f"Date: {date}{CRLF}Message-ID: {message_id}{CRLF}Accept-Language: en-US{CRLF}Content-Language: en-US{CRLF}"
        f"X-MS-Has-Attach:{CRLF}X-MS-TNEF-Correlator:{CRLF}"
        f"Content-Type: multipart/alternative; boundary=\"{boundary}\"{CRLF}MIME-Version: 1.0{CRLF}{CRLF}"
        f"--{boundary}{CRLF}Content-Type: text/plain; charset=\"us-ascii\"{CRLF}"
        f"Content-Transfer-Encoding: quoted-printable{CRLF}{CRLF}{plain}{CRLF}"
        f"--{boundary}{CRLF}Content-Type: text/html; charset=\"us-ascii\"{CRLF}"
        f"Content-Transfer-Encoding: quoted-printable{CRLF}{CRLF}<html><body><p>{event.description}</p></body></html>{CRLF}"
        f"--{boundary}{CRLF}Content-Type: text/calendar; charset=\"utf-8\"; method={method}{CRLF}"
        f"Content-Transfer-Encoding: base64{CRLF}{CRLF}{_b64(calendar)}{CRLF}"
        f"--{boundary}--{CRLF}"
    ).encode()


# ---- Greenhouse ----------------------------------------------------------------------------

def greenhouse(event: Event, *, company: str, position: str, to: str = USER,
               sender: str = "no-reply@greenhouse.io", message_id: str = "<ghconfirm.1a2b3c@greenhouse.io>",
               date: str = "Fri, 20 Nov 2026 09:00:00 +0000") -> bytes:
    """Greenhouse's interview confirmation: an HTML mail in the company's name with a .ics file attached.

    The file is made for the candidate to add by hand (METHOD:PUBLISH), in UTC,
    with no attendees; the interviewers are named in the mail and the event's text.
    """
    start_utc = event.begin() - timedelta(hours=1)     # the tests' events are in Berlin winter time
    calendar = ics([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software//Interview Calendar//EN", "METHOD:PUBLISH",
        "BEGIN:VEVENT", f"UID:{event.uid}", "DTSTAMP:20261120T090000Z",
        f"DTSTART:{_stamp(start_utc)}Z", f"DTEND:{_stamp(start_utc + timedelta(minutes=event.minutes))}Z",
        f"SUMMARY:{escape(event.summary)}", f"DESCRIPTION:{escape(event.description)}",
        f"LOCATION:{escape(event.location)}", f"SEQUENCE:{event.sequence}",
        "END:VEVENT", "END:VCALENDAR",
    ])
    html = (f"<html><body><p>Hi,</p><p>Thank you for your time! This email confirms your interview for the "
            f"{position} role at {company}.</p><p>{event.description}</p><p>Best,<br>{company} Recruiting</p>"
            "</body></html>")
    boundary = "--==_mimepart_6541a2b3c4d5e_1f2a3b4c5d6e"
    name = f"Interview with {company}.ics"
    return (
        f"From: {company} Recruiting <{sender}>{CRLF}Reply-To: {event.organizer[0]} <{event.organizer[1]}>{CRLF}"
        f"To: {to}{CRLF}Subject: Interview Confirmation: {position} at {company}{CRLF}Date: {date}{CRLF}"
        f"Message-ID: {message_id}{CRLF}MIME-Version: 1.0{CRLF}"
        f"Content-Type: multipart/mixed; boundary=\"{boundary}\"; charset=UTF-8{CRLF}"
        f"Content-Transfer-Encoding: 7bit{CRLF}{CRLF}"
        f"--{boundary}{CRLF}Content-Type: text/html; charset=UTF-8{CRLF}Content-Transfer-Encoding: 7bit{CRLF}{CRLF}"
        f"{html}{CRLF}"
        f"--{boundary}{CRLF}Content-Type: text/calendar; charset=UTF-8; name=\"{name}\"{CRLF}"
        f"Content-Disposition: attachment; filename=\"{name}\"{CRLF}Content-Transfer-Encoding: base64{CRLF}{CRLF}"
        f"{_b64(calendar)}{CRLF}--{boundary}--{CRLF}"
    ).encode()


# ---- GoodTime ------------------------------------------------------------------------------

def goodtime(event: Event, *, company: str, to: str = USER,
             message_id: str = "<0000000000009f8e7d6c5b4a@google.com>") -> bytes:
    """A GoodTime booking: a Google Calendar invitation from the company's "Candidate Calendar".

    The candidate is the only attendee (the interviewers get their own event).
    """
    calendar_address = "c_5f1e2d3c4b5a69788796a5b4c3d2e1f0@group.calendar.google.com"
    booked = Event(summary=event.summary, start=event.start, minutes=event.minutes, uid=event.uid,
                   sequence=event.sequence, cancel=event.cancel,
                   organizer=(f"{company} Candidate Calendar", calendar_address), attendees=[],
                   description=event.description + "\n\nThis interview was scheduled with GoodTime.",
                   location=event.location)
    return google_calendar(booked, to=to, message_id=message_id,
                           sender=(f"{company} Candidate Calendar", calendar_address))
