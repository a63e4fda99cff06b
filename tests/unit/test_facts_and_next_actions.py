"""Pure rules behind issue 15: time-frame bounds, the year in letters, and the next action list shows."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from assistant.domain.dates import parse_hear_back
from assistant.domain.lifecycle import next_action
from assistant.domain.models import Application, Interviewer, Letter
from assistant.domain.schedule import FollowUpRules
from assistant.errors import InputError
from assistant.letters.context import long_date

BERLIN = ZoneInfo("Europe/Berlin")
INTERVIEW = datetime(2026, 11, 17, 14, 0, tzinfo=BERLIN)
RULES = FollowUpRules(after_days=7, timezone="Europe/Berlin", window=(time(9, 30), time(11, 30)))


@pytest.mark.parametrize("text, day", [
    ("2026-11-17", "2026-11-17"),            # the interview's own day is allowed
    ("in 52 weeks", "2027-11-16"),           # just under a year
    ("friday", "2026-11-20"),
])
def test_time_frames_from_the_interview_day_to_a_year_after_are_accepted(text, day):
    assert parse_hear_back(text, INTERVIEW, BERLIN).date().isoformat() == day


@pytest.mark.parametrize("text, words", [
    ("2026-11-16", "is before the interview (2026-11-17)"),
    ("2026-01-05", "is before the interview (2026-11-17)"),
    ("in 53 weeks", "is more than a year after the interview (2026-11-17)"),
    ("2028-01-01", "is more than a year after the interview (2026-11-17)"),
])
def test_time_frames_before_the_interview_or_beyond_a_year_are_one_sentence_naming_the_fix(text, words):
    with pytest.raises(InputError) as caught:
        parse_hear_back(text, INTERVIEW, BERLIN)
    assert words in caught.value.message and caught.value.message.endswith(".")
    assert "give the day they said you would hear back by" in caught.value.message


@pytest.mark.parametrize("instant, today, text", [
    (datetime(2026, 12, 4, 17, 0, tzinfo=BERLIN), datetime(2026, 11, 17, tzinfo=BERLIN), "Friday, December 4"),
    (datetime(2027, 1, 8, 17, 0, tzinfo=BERLIN), datetime(2026, 12, 21, tzinfo=BERLIN), "Friday, January 8, 2027"),
    (datetime(2026, 12, 21, 14, 0, tzinfo=BERLIN), datetime(2027, 1, 11, tzinfo=BERLIN), "Monday, December 21, 2026"),
    (datetime(2026, 12, 4, 17, 0, tzinfo=BERLIN), None, "Friday, December 4, 2026"),
])
def test_a_date_shows_its_year_only_outside_the_current_year(instant, today, text):
    assert long_date(instant, BERLIN, today) == text


def _app(**fields) -> Application:
    base = dict(company="Acme", position="Engineer", interview_at=INTERVIEW, id=1, stage="thank_you_drafted",
                interviewers=(Interviewer(name="Pat Jones", email="pat@acme.example", id=1),),
                created_at=INTERVIEW + timedelta(hours=1))
    base.update(fields)
    return Application(**base)


def _note(state: str) -> Letter:
    return Letter(application_id=1, interviewer_id=1, purpose="thank_you", state=state,
                  tool_message_id="<1@x>", to_addr="pat@acme.example", subject="Thank You")


@pytest.mark.parametrize("app, letters, now, kind", [
    (_app(), [_note("drafted")], INTERVIEW + timedelta(hours=2), "send_thank_you"),
    (_app(), [_note("drafted")], INTERVIEW + timedelta(hours=25), "thank_you_overdue"),
    (_app(stage="thanked"), [_note("drafted"), _note("sent")], INTERVIEW + timedelta(hours=25), "thank_you_overdue"),
    (_app(stage="thanked"), [_note("sent")], INTERVIEW + timedelta(hours=25), "status_inquiry"),
    (_app(created_at=INTERVIEW - timedelta(days=1)), [], INTERVIEW - timedelta(hours=2), "thank_you_after_interview"),
    (_app(created_at=INTERVIEW - timedelta(days=1), no_follow_up=True, stage="thanked"), [],
     INTERVIEW - timedelta(hours=2), "none"),
])
def test_next_action_names_overdue_and_ahead_thank_you_notes(app, letters, now, kind):
    assert next_action(app, letters, RULES, now).kind == kind
