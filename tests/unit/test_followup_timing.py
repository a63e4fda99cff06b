from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from assistant.domain.models import Application, Interviewer
from assistant.domain.schedule import FollowUpRules, status_inquiry_due, thank_you_send_by

BERLIN = ZoneInfo("Europe/Berlin")
RULES = FollowUpRules(after_days=7, timezone="Europe/Berlin", window=(time(9, 30), time(11, 30)))


def application(**fields):
    base = dict(company="Acme", position="Engineer", interview_at=datetime(2026, 11, 20, 14, 0, tzinfo=BERLIN),
                interviewers=(Interviewer(name="Pat Jones", email="pat@acme.example", id=1),), stage="thanked")
    base.update(fields)
    return Application(**base)


def test_friday_interview_inquiry_lands_on_the_next_monday_slot():
    due = status_inquiry_due(application(), RULES, inquiry_made=False, answered=False)
    assert due == datetime(2026, 11, 30, 9, 30, tzinfo=BERLIN)


def test_tuesday_morning_interview_inquiry_is_due_a_week_later_in_the_window():
    app = application(interview_at=datetime(2026, 11, 17, 10, 0, tzinfo=BERLIN))
    assert status_inquiry_due(app, RULES, inquiry_made=False, answered=False) == datetime(2026, 11, 24, 10, 0, tzinfo=BERLIN)


def test_stated_time_frame_pushes_the_inquiry_past_it_by_a_working_day():
    app = application(hear_back_by=datetime(2026, 12, 4, 17, 0, tzinfo=BERLIN))  # a Friday
    assert status_inquiry_due(app, RULES, inquiry_made=False, answered=False) == datetime(2026, 12, 7, 9, 30, tzinfo=BERLIN)


def test_late_thank_you_moves_the_inquiry_clock():
    app = application(thanked_at=datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN))
    assert status_inquiry_due(app, RULES, inquiry_made=False, answered=False) == datetime(2026, 12, 1, 9, 30, tzinfo=BERLIN)


def test_out_of_office_return_postpones_the_inquiry():
    app = application(postpone_until=datetime(2026, 12, 2, 0, 0, tzinfo=BERLIN))
    assert status_inquiry_due(app, RULES, inquiry_made=False, answered=False) == datetime(2026, 12, 2, 9, 30, tzinfo=BERLIN)


@pytest.mark.parametrize("fields, made, answered", [
    ({"no_follow_up": True}, False, False),
    ({}, True, False),
    ({}, False, True),
    ({"stage": "closed"}, False, False),
    ({"stage": "rejected"}, False, False),
])
def test_no_inquiry_when_not_allowed(fields, made, answered):
    assert status_inquiry_due(application(**fields), RULES, inquiry_made=made, answered=answered) is None


def test_thank_you_within_24_hours_after_a_midday_interview():
    start = datetime(2026, 11, 17, 11, 0, tzinfo=BERLIN)
    send_by = thank_you_send_by(start, "video", start, BERLIN)
    assert not send_by.next_morning and send_by.deadline == start + timedelta(hours=24)


def test_thank_you_next_morning_after_a_late_interview():
    start = datetime(2026, 11, 17, 16, 0, tzinfo=BERLIN)
    send_by = thank_you_send_by(start, "video", start, BERLIN)
    assert send_by.next_morning and send_by.deadline == datetime(2026, 11, 18, 10, 0, tzinfo=BERLIN)
