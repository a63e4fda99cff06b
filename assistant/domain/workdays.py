"""Working days and good hours to call (DOMAIN.md §2 "Call or email", "Public holidays").

Pure functions: the public holidays of the user's place come in as a predicate
(`IsHoliday`), built outside the domain from the `holidays` package
(`assistant/adapters/public_holidays.py`), so these rules are tested with plain
sets of dates.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

IsHoliday = Callable[[date], bool]

# When a follow-up call is welcome: not first thing in the morning (before 10:00),
# not over lunch (12:00-14:00), not at the end of the working day (after 16:00).
CALL_WINDOWS: tuple[tuple[time, time], ...] = ((time(10, 0), time(12, 0)), (time(14, 0), time(16, 0)))


def no_holidays(day: date) -> bool:
    """The default: no public holidays are known (only weekends are skipped)."""
    return False


def holidays_in(days: set[date] | frozenset[date]) -> IsHoliday:
    """A predicate for a fixed set of holiday dates (tests and callers that know them)."""
    frozen = frozenset(days)
    return frozen.__contains__


def is_working_day(day: date, is_holiday: IsHoliday = no_holidays) -> bool:
    """Monday to Friday, and not a public holiday."""
    return day.weekday() < 5 and not is_holiday(day)


def next_working_day(day: date, is_holiday: IsHoliday = no_holidays) -> date:
    """`day` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day, is_holiday):
        day += timedelta(days=1)
    return day


def add_working_days(day: date, count: int, is_holiday: IsHoliday = no_holidays) -> date:
    """The working day `count` working days after `day`."""
    while count > 0:
        day += timedelta(days=1)
        if is_working_day(day, is_holiday):
            count -= 1
    return day


def call_window(at: datetime, zone: ZoneInfo, is_holiday: IsHoliday = no_holidays) -> tuple[datetime, datetime]:
    """The first good time to call at or after `at`: a window of CALL_WINDOWS on a working day, in `zone`.

    A window already open counts (it ends at its own end); one that has passed
    gives the next one, on the next working day when today's are over.
    """
    local = at.astimezone(zone)
    day = local.date()
    while True:
        if is_working_day(day, is_holiday):
            for start, end in CALL_WINDOWS:
                opens, closes = datetime.combine(day, start, zone), datetime.combine(day, end, zone)
                if local < closes:
                    return opens, closes
        day += timedelta(days=1)
