"""Reading the dates people type: '2026-11-20 14:00', 'today 14:30', 'in 2 weeks', 'friday'."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from assistant.errors import InputError

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DEFAULT_INTERVIEW_TIME = time(10, 0)   # a date without a time: assume a morning interview
END_OF_DAY = time(17, 0)               # "by the 27th" means by the end of that working day
_RELATIVE = re.compile(r"^(?:in\s+)?(?:about\s+)?(\d{1,3}|a|an|one|two|three|four)\s+(day|week)s?$")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def _clock_time(text: str) -> time:
    match = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?\s*(am|pm)?", text.strip().lower())
    if not match:
        raise ValueError(text)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3) == "pm" and hour < 12:
        hour += 12
    if match.group(3) == "am" and hour == 12:
        hour = 0
    return time(hour, minute)


def _parse(text: str, now: datetime, zone: ZoneInfo, default_time: time) -> datetime:
    words = text.strip().lower()
    local_now = now.astimezone(zone)
    if words == "now":
        return now
    for word, shift in (("today", 0), ("yesterday", -1), ("tomorrow", 1)):
        if words == word or words.startswith(word + " "):
            rest = words[len(word):].strip()
            day = local_now.date() + timedelta(days=shift)
            return datetime.combine(day, _clock_time(rest) if rest else default_time, zone)
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        value = None
    if value is not None:
        if len(text.strip()) <= 10:  # a bare date
            return datetime.combine(value.date(), default_time, zone)
        return value if value.tzinfo else value.replace(tzinfo=zone)
    raise ValueError(text)


def parse_interview_time(text: str | None, now: datetime, zone: ZoneInfo) -> datetime:
    """When the interview started; default now."""
    if not text:
        return now
    try:
        return _parse(text, now, zone, DEFAULT_INTERVIEW_TIME)
    except ValueError:
        raise InputError(
            f"Cannot read the date {text!r} for --when; write it like 2026-11-20 14:00, today 14:30 or yesterday 9am."
        ) from None


# A time frame further out than this is a typo, not what an interviewer said.
LONGEST_TIME_FRAME = timedelta(days=366)


def parse_hear_back(text: str | None, interview_at: datetime, zone: ZoneInfo) -> datetime | None:
    """The time frame they gave: a date, a weekday after the interview, or 'in 2 weeks'.

    A date before the interview or more than a year after it is refused: the
    letter would state a wrong fact ("hearing from you by Sunday, November 1").
    """
    if not text:
        return None
    value = _hear_back(text, interview_at, zone)
    start = interview_at.astimezone(zone)
    if value.astimezone(zone).date() < start.date():
        raise InputError(
            f"The time frame {text.strip()!r} ({value.astimezone(zone):%Y-%m-%d}) is before the interview "
            f"({start:%Y-%m-%d}); give the day they said you would hear back by, e.g. 'in 2 weeks' or a later date.")
    if value - interview_at > LONGEST_TIME_FRAME:
        raise InputError(
            f"The time frame {text.strip()!r} ({value.astimezone(zone):%Y-%m-%d}) is more than a year after the "
            f"interview ({start:%Y-%m-%d}); give the day they said you would hear back by, e.g. 'in 2 weeks'.")
    return value


def _hear_back(text: str, interview_at: datetime, zone: ZoneInfo) -> datetime:
    words = text.strip().lower()
    relative = _RELATIVE.match(words)
    base = interview_at.astimezone(zone)
    if relative:
        count = _NUMBERS.get(relative.group(1)) or int(relative.group(1))
        days = count * (7 if relative.group(2) == "week" else 1)
        return datetime.combine(base.date() + timedelta(days=days), END_OF_DAY, zone)
    if words in WEEKDAYS:
        ahead = (WEEKDAYS.index(words) - base.weekday()) % 7 or 7
        return datetime.combine(base.date() + timedelta(days=ahead), END_OF_DAY, zone)
    try:
        return _parse(text, interview_at, zone, END_OF_DAY)
    except ValueError:
        raise InputError(
            f"Cannot read the date {text!r} for --hear-back; write it like 2026-11-27, friday or 'in 2 weeks'."
        ) from None
