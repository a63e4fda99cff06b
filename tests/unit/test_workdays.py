"""Working days, public holidays and good hours to call, as tables (assistant/domain/workdays.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from assistant.adapters.public_holidays import holiday_predicate, parse_place
from assistant.domain.lifecycle import may_record_call, stage_after_call
from assistant.domain.models import Application, Interviewer
from assistant.domain.schedule import FollowUpRules, status_inquiry_due, thank_you_send_by
from assistant.domain.states import Stage
from assistant.domain.workdays import call_window, holidays_in, next_working_day

NEW_YORK, BERLIN, PARIS = ZoneInfo("America/New_York"), ZoneInfo("Europe/Berlin"), ZoneInfo("Europe/Paris")
S = Stage


@pytest.mark.parametrize(("place", "day", "working_day"), [
    ("US", date(2026, 11, 26), date(2026, 11, 27)),   # Thanksgiving (Thu) -> Friday
    ("US", date(2026, 12, 25), date(2026, 12, 28)),   # Christmas (Fri) -> Monday
    ("US", date(2026, 11, 25), date(2026, 11, 25)),   # the day before is a working day
    ("DE-BY", date(2027, 1, 6), date(2027, 1, 7)),    # Epiphany in Bavaria (Wed)
    ("DE-BY", date(2026, 6, 4), date(2026, 6, 5)),    # Corpus Christi in Bavaria (Thu)
    ("DE-BE", date(2026, 6, 4), date(2026, 6, 4)),    # ... is a working day in Berlin
    ("DE", date(2027, 1, 6), date(2027, 1, 6)),       # Epiphany is not a national holiday
    ("FR", date(2026, 7, 14), date(2026, 7, 15)),     # 14 juillet (Tue)
    ("FR", date(2026, 5, 1), date(2026, 5, 4)),       # 1er mai (Fri) -> Monday
    (None, date(2026, 11, 26), date(2026, 11, 26)),   # no place set: only weekends count
])
def test_a_public_holiday_moves_to_the_next_working_day(place: str | None, day: date, working_day: date) -> None:
    assert next_working_day(day, holiday_predicate(place)) == working_day


@pytest.mark.parametrize(("typed", "stored"), [("us", "US"), ("de-by", "DE-BY"), ("FR", "FR")])
def test_a_place_is_stored_as_the_holidays_package_spells_it(typed: str, stored: str) -> None:
    assert parse_place(typed) == stored


@pytest.mark.parametrize(("typed", "clause"), [
    ("XX", "it is not a country code the holidays package knows; use an ISO code such as US, FR or DE-BY"),
    ("DE-ZZ", "DE has no subdivision 'ZZ' in the holidays package; use DE-BB or just DE"),
])
def test_an_unknown_place_is_refused_with_a_valid_example(typed: str, clause: str) -> None:
    with pytest.raises(ValueError, match=clause.replace("(", r"\(")):
        parse_place(typed)


def _app(interview_at: datetime, **kw: object) -> Application:
    return Application(company="Acme", position="Analyst", interview_at=interview_at,
                       interviewers=(Interviewer(name="Pat Jones", email="pat@acme.example", id=1),),
                       stage=S.THANKED, main_contact_id=1, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("place", "zone", "interview", "due"), [
    # a week after Thu 19 Nov is Thanksgiving: the inquiry goes on Friday morning
    ("US", NEW_YORK, datetime(2026, 11, 19, 11, 0), datetime(2026, 11, 27, 9, 30)),
    (None, NEW_YORK, datetime(2026, 11, 19, 11, 0), datetime(2026, 11, 26, 11, 0)),
    # a week after Fri 18 Dec is Christmas (Fri): Monday 28 December
    ("US", NEW_YORK, datetime(2026, 12, 18, 10, 0), datetime(2026, 12, 28, 9, 30)),
    # Bavaria: a week after Wed 30 Dec 2026 is Epiphany 2027
    ("DE-BY", BERLIN, datetime(2026, 12, 30, 10, 0), datetime(2027, 1, 7, 9, 30)),
    # France: a week after Tue 7 July is the 14 juillet
    ("FR", PARIS, datetime(2026, 7, 7, 10, 0), datetime(2026, 7, 15, 9, 30)),
])
def test_the_status_inquiry_skips_public_holidays(place: str | None, zone: ZoneInfo, interview: datetime,
                                                   due: datetime) -> None:
    rules = FollowUpRules(timezone=str(zone), is_holiday=holiday_predicate(place))
    got = status_inquiry_due(_app(interview.replace(tzinfo=zone)), rules, inquiry_made=False, answered=False)
    assert got == due.replace(tzinfo=zone)


def test_a_time_frame_ends_one_working_day_later_skipping_a_holiday() -> None:
    # heard back by Wed 25 Nov; the next working day after it is Fri 27 (Thanksgiving between)
    rules = FollowUpRules(timezone="America/New_York", after_days=1, is_holiday=holiday_predicate("US"))
    app = _app(datetime(2026, 11, 16, 10, 0, tzinfo=NEW_YORK), hear_back_by=datetime(2026, 11, 25, 12, 0, tzinfo=NEW_YORK))
    assert status_inquiry_due(app, rules, inquiry_made=False, answered=False) == datetime(2026, 11, 27, 9, 30, tzinfo=NEW_YORK)


def test_a_made_call_is_the_one_inquiry() -> None:
    app = _app(datetime(2026, 11, 2, 10, 0, tzinfo=BERLIN), called_at=datetime(2026, 11, 10, 10, 0, tzinfo=BERLIN))
    assert status_inquiry_due(app, FollowUpRules(timezone="Europe/Berlin"), inquiry_made=False, answered=False) is None


@pytest.mark.parametrize(("ended", "holidays", "morning"), [
    # a late interview on Wed 25 Nov: the next morning is Thanksgiving, so Friday
    (datetime(2026, 11, 25, 17, 0), {date(2026, 11, 26)}, datetime(2026, 11, 27, 10, 0)),
    (datetime(2026, 11, 25, 17, 0), set(), datetime(2026, 11, 26, 10, 0)),
    # late on a Friday: Monday morning, not Saturday
    (datetime(2026, 11, 20, 17, 0), set(), datetime(2026, 11, 23, 10, 0)),
])
def test_the_next_morning_send_by_is_a_working_morning(ended: datetime, holidays: set[date], morning: datetime) -> None:
    start = ended.replace(tzinfo=NEW_YORK) - timedelta(minutes=45)
    send_by = thank_you_send_by(start, "video", start, NEW_YORK, holidays_in(holidays))
    assert send_by.next_morning and send_by.deadline == morning.replace(tzinfo=NEW_YORK)


@pytest.mark.parametrize(("at", "holidays", "window"), [
    (datetime(2026, 11, 23, 8, 0), set(), ((2026, 11, 23, 10), (2026, 11, 23, 12))),    # not first thing
    (datetime(2026, 11, 23, 11, 0), set(), ((2026, 11, 23, 10), (2026, 11, 23, 12))),   # open now
    (datetime(2026, 11, 23, 12, 30), set(), ((2026, 11, 23, 14), (2026, 11, 23, 16))),  # not over lunch
    (datetime(2026, 11, 23, 16, 0), set(), ((2026, 11, 24, 10), (2026, 11, 24, 12))),   # not at the end of the day
    (datetime(2026, 11, 20, 17, 0), set(), ((2026, 11, 23, 10), (2026, 11, 23, 12))),   # Friday evening -> Monday
    (datetime(2026, 11, 25, 17, 0), {date(2026, 11, 26)}, ((2026, 11, 27, 10), (2026, 11, 27, 12))),  # Thanksgiving
])
def test_a_call_is_placed_in_a_good_window_on_a_working_day(at: datetime, holidays: set[date],
                                                            window: tuple[tuple[int, ...], tuple[int, ...]]) -> None:
    opens, closes = call_window(at.replace(tzinfo=NEW_YORK), NEW_YORK, holidays_in(holidays))
    assert (opens, closes) == tuple(datetime(*w, tzinfo=NEW_YORK) for w in window)


@pytest.mark.parametrize(("stage", "allowed", "after"), [
    (S.THANK_YOU_DRAFTED, True, S.INQUIRED),
    (S.THANKED, True, S.INQUIRED),
    (S.INQUIRY_DRAFTED, True, S.INQUIRED),
    (S.INQUIRED, True, None),              # already asked: the call moves nothing
    (S.NEXT_STEP, False, None),            # the employer answered: nothing to follow up
    (S.OFFER, False, None),
    (S.REJECTED, False, None),
    (S.CLOSED, False, None),
])
def test_a_recorded_call_counts_as_the_sent_inquiry(stage: Stage, allowed: bool, after: Stage | None) -> None:
    assert may_record_call(stage) is allowed
    assert stage_after_call(stage) == after
