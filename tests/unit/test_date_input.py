from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from assistant.domain.dates import parse_hear_back, parse_interview_time
from assistant.errors import InputError

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    (None, NOW),
    ("2026-11-17 14:00", datetime(2026, 11, 17, 14, 0, tzinfo=BERLIN)),
    ("2026-11-17T14:00:00+00:00", datetime(2026, 11, 17, 14, 0, tzinfo=UTC)),
    ("2026-11-17", datetime(2026, 11, 17, 10, 0, tzinfo=BERLIN)),
    ("today 14:30", datetime(2026, 11, 18, 14, 30, tzinfo=BERLIN)),
    ("yesterday 9am", datetime(2026, 11, 17, 9, 0, tzinfo=BERLIN)),
    ("yesterday 3pm", datetime(2026, 11, 17, 15, 0, tzinfo=BERLIN)),
])
def test_interview_time_reads_common_forms(text, expected):
    assert parse_interview_time(text, NOW, BERLIN) == expected


@pytest.mark.parametrize("text", ["next tuesday-ish", "2026-13-01", "today at noonish", "32/11/2026"])
def test_unparseable_interview_time_is_one_sentence(text):
    with pytest.raises(InputError, match="Cannot read the date"):
        parse_interview_time(text, NOW, BERLIN)


@pytest.mark.parametrize("text, day", [
    ("2026-11-27", 27), ("in 2 weeks", 1), ("two weeks", 1), ("10 days", 27), ("friday", 20),
])
def test_hear_back_reads_dates_weekdays_and_spans(text, day):
    interview = datetime(2026, 11, 17, 14, 0, tzinfo=BERLIN)  # a Tuesday
    assert parse_hear_back(text, interview, BERLIN).day == day


def test_unparseable_hear_back_names_the_option():
    with pytest.raises(InputError, match="--hear-back"):
        parse_hear_back("soonish", NOW, BERLIN)
