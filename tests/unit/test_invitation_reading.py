"""Reading calendar invitations (assistant/domain/invitations.py), by tables over the shapes senders really use."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from invites import Event, goodtime, google_calendar, greenhouse, ics, outlook

from assistant.domain.invitations import (
    Invitation,
    Person,
    company_of,
    invitations_in,
    match_invitation,
    parse_calendar,
    position_of,
)
from assistant.domain.matching import Candidate

BERLIN = ZoneInfo("Europe/Berlin")
OWN = frozenset({"you@sandbox.example"})


def read(raw: bytes, zone=BERLIN) -> list[Invitation]:
    return invitations_in(email.message_from_bytes(raw, policy=email.policy.default), zone, OWN)


def one(raw: bytes) -> Invitation:
    found = read(raw)
    assert len(found) == 1, found
    return found[0]


def event(**kw) -> Event:
    kw.setdefault("summary", "Interview: Senior Engineer")
    kw.setdefault("start", "2026-12-01 14:00")
    return Event(**kw)


def candidate(app_id=1, company="Acme Corp", emails=("pat.jones@acme.example",), active=True) -> Candidate:
    return Candidate(app_id=app_id, company=company, position="Data Engineer", interviewer_emails=frozenset(emails),
                     message_ids=frozenset(), thread_ids=frozenset(),
                     interview_at=datetime(2026, 11, 20, 13, tzinfo=UTC), active=active)


SHAPES = {
    "google": lambda e: google_calendar(e),
    "outlook": lambda e: outlook(e),
    "greenhouse": lambda e: greenhouse(e, company="Initech", position="Data Engineer"),
    "goodtime": lambda e: goodtime(e, company="Hooli"),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_each_sender_s_invitation_gives_one_event_at_the_right_instant(shape):
    found = one(SHAPES[shape](event()))
    assert found.start == datetime(2026, 12, 1, 13, 0, tzinfo=UTC)
    assert found.end == datetime(2026, 12, 1, 13, 45, tzinfo=UTC)
    assert found.summary == "Interview: Senior Engineer"
    assert found.method == "REQUEST"
    assert found.looks_like_interview


# Greenhouse's files are not linked to later changes (its own help says so): no cancellation to read.
@pytest.mark.parametrize("shape", ["google", "outlook", "goodtime"])
def test_each_sender_s_cancellation_reads_as_cancel(shape):
    found = one(SHAPES[shape](event(cancel=True, sequence=2)))
    assert found.cancelled and found.sequence == 2


def test_google_s_inline_calendar_and_invite_ics_are_one_invitation():
    raw = google_calendar(event())
    message = email.message_from_bytes(raw, policy=email.policy.default)
    names = [p.get_filename() for p in message.walk() if p.get_content_type() in ("text/calendar", "application/ics")]
    assert names == [None, "invite.ics"]
    assert len(read(raw)) == 1


@pytest.mark.parametrize(("shape", "interviewers"), [
    ("google", [Person("Pat Jones", "pat.jones@acme.example"), Person("sam@acme.example", "sam@acme.example")]),
    ("outlook", [Person("Pat Jones", "pat.jones@acme.example"), Person("sam@acme.example", "sam@acme.example")]),
    ("greenhouse", []),     # Greenhouse's file has no attendees
    ("goodtime", []),       # the interviewers get their own event
])
def test_interviewers_are_the_attendees_but_the_user_named_by_cn_or_address(shape, interviewers):
    found = one(SHAPES[shape](event(attendees=[("Pat Jones", "pat.jones@acme.example"), (None, "sam@acme.example")])))
    assert list(found.attendees) == interviewers


def calendar(*lines: str, method: str | None = "REQUEST") -> bytes:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN"] + ([f"METHOD:{method}"] if method else [])
    return ics([*head, "BEGIN:VEVENT", "UID:u-1", *lines, "END:VEVENT", "END:VCALENDAR"]).encode()


@pytest.mark.parametrize(("lines", "expected"), [
    (["DTSTART:20261201T130000Z"], datetime(2026, 12, 1, 13, tzinfo=UTC)),                     # UTC
    (["DTSTART:20261201T140000"], datetime(2026, 12, 1, 13, tzinfo=UTC)),                      # floating: Berlin
    (["DTSTART;TZID=America/New_York:20261201T080000"], datetime(2026, 12, 1, 13, tzinfo=UTC)),  # IANA name
    (["DTSTART;TZID=Pacific Standard Time:20260701T060000"], datetime(2026, 7, 1, 13, tzinfo=UTC)),  # Windows name
    (["DTSTART;TZID=W. Europe Standard Time:20260701T150000"], datetime(2026, 7, 1, 13, tzinfo=UTC)),  # summer time
])
def test_start_times_in_every_zone_form_become_the_same_instant(lines, expected):
    [found] = parse_calendar(calendar(*lines), BERLIN, OWN)
    assert found.start == expected


def test_a_custom_tzid_is_read_through_its_vtimezone():
    raw = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Customized Time Zone",
               "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "END:STANDARD",
               "END:VTIMEZONE", "BEGIN:VEVENT", "UID:u-2", "DTSTART;TZID=Customized Time Zone:20261201T183000",
               "END:VEVENT", "END:VCALENDAR"]).encode()
    [found] = parse_calendar(raw, BERLIN, OWN)
    assert found.start == datetime(2026, 12, 1, 13, tzinfo=UTC)


@pytest.mark.parametrize(("method", "lines", "expected"), [
    ("REQUEST", [], "REQUEST"),
    ("PUBLISH", [], "REQUEST"),
    (None, [], "REQUEST"),
    ("CANCEL", [], "CANCEL"),
    ("REQUEST", ["STATUS:CANCELLED"], "CANCEL"),
])
def test_method_request_publish_and_cancel(method, lines, expected):
    [found] = parse_calendar(calendar("DTSTART:20261201T130000Z", *lines, method=method), BERLIN, OWN)
    assert found.method == expected


@pytest.mark.parametrize("method", ["REPLY", "COUNTER", "REFRESH", "DECLINECOUNTER"])
def test_an_attendee_s_answer_or_counter_proposal_is_no_invitation(method):
    assert parse_calendar(calendar("DTSTART:20261201T130000Z", method=method), BERLIN, OWN) == []


@pytest.mark.parametrize(("stored", "incoming", "newer"), [(0, 1, True), (1, 1, False), (2, 1, False)])
def test_a_higher_sequence_is_an_update_and_an_equal_or_lower_one_a_repeat(stored, incoming, newer):
    [found] = parse_calendar(calendar("DTSTART:20261201T130000Z", f"SEQUENCE:{incoming}"), BERLIN, OWN)
    assert found.newer_than(stored) is newer


@pytest.mark.parametrize("lines", [
    ["DTSTART;VALUE=DATE:20261201"],            # all day: not an interview time
    [],                                         # no start at all
])
def test_events_without_a_time_are_left_out(lines):
    assert parse_calendar(calendar(*lines), BERLIN, OWN) == []


def test_rooms_and_booking_services_are_not_interviewers():
    [found] = parse_calendar(calendar(
        "DTSTART:20261201T130000Z",
        "ATTENDEE;CUTYPE=ROOM;CN=Room 4.01:mailto:c_room401@resource.calendar.google.com",
        "ATTENDEE;CN=Acme Scheduling:mailto:scheduling@goodtime.io",
        "ATTENDEE;CN=Pat Jones:mailto:Pat.Jones@Acme.example",
        "ATTENDEE;CN=You:mailto:you@sandbox.example",
    ), BERLIN, OWN)
    assert found.attendees == (Person("Pat Jones", "pat.jones@acme.example"),)


def test_unreadable_calendar_text_is_skipped():
    assert parse_calendar(b"BEGIN:VCALENDAR\r\nthis is not ical\r\n", BERLIN, OWN) == []


@pytest.mark.parametrize(("summary", "description", "interview"), [
    ("Interview: Senior Engineer", "", True),
    ("Phone screen", "", True),
    ("Onsite at Initech", "", True),
    ("Coffee", "A chat with the hiring manager", True),
    ("Dentist", "Check-up", False),
    ("Team offsite planning", "", False),
])
def test_looks_like_an_interview_from_its_title_or_description(summary, description, interview):
    found = one(google_calendar(event(summary=summary, description=description)))
    assert found.looks_like_interview is interview


@pytest.mark.parametrize(("raw", "sender", "company", "position"), [
    (google_calendar(event(summary="Interview: Senior Engineer", organizer=("Sam Lee", "sam.lee@acme-robotics.example"))),
     "Sam Lee <sam.lee@acme-robotics.example>", "Acme Robotics", "Senior Engineer"),
    (google_calendar(event(summary="Phone screen - Data Engineer at Initech", organizer=("Sam Lee", "sam@gmail.com"))),
     "Sam Lee <sam@gmail.com>", "Initech", "Data Engineer"),
    (greenhouse(event(summary="Interview with Initech for the Data Engineer role"), company="Initech",
                position="Data Engineer"), "Initech Recruiting <no-reply@greenhouse.io>", "Initech", "Data Engineer"),
    (goodtime(event(summary="Hooli Interview: Platform Engineer"), company="Hooli"),
     "Hooli Candidate Calendar <c_x@group.calendar.google.com>", "Hooli", "Platform Engineer"),
    (outlook(event(summary="Senior Analyst interview with Sam Lee", organizer=("Sam Lee", "sam.lee@globex.example"),
                   attendees=[("Sam Lee", "sam.lee@globex.example")])),
     "Sam Lee <sam.lee@globex.example>", "Globex", "Senior Analyst"),
])
def test_company_and_position_of_an_untracked_invitation(raw, sender, company, position):
    found = one(raw)
    assert (company_of(found, sender), position_of(found)) == (company, position)


@pytest.mark.parametrize(("raw", "sender", "expected"), [
    # an interviewer of the tracked application invites
    (google_calendar(event()), "Pat Jones <pat.jones@acme.example>", ("interviewer", 1)),
    # a colleague at the same company invites
    (outlook(event(organizer=("Kim Ro", "kim.ro@acme.example"), attendees=[("Kim Ro", "kim.ro@acme.example")])),
     "Kim Ro <kim.ro@acme.example>", ("company_domain", 1)),
    # an ATS naming the company
    (greenhouse(event(summary="Interview with Acme Corp"), company="Acme Corp", position="Data Engineer"),
     "Acme Corp Recruiting <no-reply@greenhouse.io>", ("ats", 1)),
    # a scheduling service naming the company
    (goodtime(event(summary="Acme Corp: Data Engineer interview"), company="Acme Corp"),
     "Acme Corp Candidate Calendar <c_x@group.calendar.google.com>", ("scheduler", 1)),
])
def test_an_invitation_belongs_to_the_tracked_application_by_people_domain_ats_or_scheduler(raw, sender, expected):
    match = match_invitation(one(raw), sender, [candidate(), candidate(2, "Globex", ("sam@globex.example",))])
    assert match is not None and (match.by, match.app_id) == expected


@pytest.mark.parametrize(("raw", "sender"), [
    (greenhouse(event(summary="Interview with Initech"), company="Initech", position="Data Engineer"),
     "Initech Recruiting <no-reply@greenhouse.io>"),          # an ATS naming another company
    (google_calendar(event(organizer=("Lee", "lee@gmail.com"), attendees=[("Lee", "lee@gmail.com")])),
     "Lee <lee@gmail.com>"),                                  # webmail is no company's domain
])
def test_an_invitation_from_elsewhere_belongs_to_no_tracked_application(raw, sender):
    assert match_invitation(one(raw), sender, [candidate()]) is None


@pytest.mark.parametrize("summary", ["Phone screen", "Second interview", "Final round: onsite", "Interview"])
def test_a_title_that_names_only_the_step_gives_no_position(summary):
    assert position_of(one(google_calendar(event(summary=summary)))) is None
