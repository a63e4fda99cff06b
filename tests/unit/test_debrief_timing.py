"""When an interview recorded ahead gets its notes: after it ends, debriefed, or without a debrief
once the send-by time is close (assistant/domain/schedule.py, DEBRIEF_MARGIN)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from assistant.domain.schedule import DEBRIEF_MARGIN, debrief_deadline, notes_after_interview

BERLIN = ZoneInfo("Europe/Berlin")
MORNING = datetime(2026, 11, 18, 10, 0, tzinfo=BERLIN)     # a video interview ending 10:45: send by 10:00 next day
EVENING = datetime(2026, 11, 18, 16, 0, tzinfo=BERLIN)     # ends 16:45: send by 10:00 next morning


def test_the_margin_is_four_hours_before_the_send_by_time() -> None:
    assert DEBRIEF_MARGIN == timedelta(hours=4)
    assert debrief_deadline(MORNING, "video", BERLIN) == datetime(2026, 11, 19, 6, 0, tzinfo=BERLIN)
    assert debrief_deadline(EVENING, "video", BERLIN) == datetime(2026, 11, 19, 6, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(("start", "debriefed", "now", "step"), [
    (MORNING, False, MORNING + timedelta(minutes=30), "wait"),          # still in the interview
    (MORNING, True, MORNING + timedelta(minutes=30), "wait"),
    (MORNING, False, MORNING + timedelta(minutes=45), "debrief"),       # ended: ask the user
    (MORNING, False, datetime(2026, 11, 19, 5, 59, tzinfo=BERLIN), "debrief"),
    (MORNING, False, datetime(2026, 11, 19, 6, 0, tzinfo=BERLIN), "draft_without"),
    (MORNING, False, MORNING + timedelta(days=3), "draft_without"),      # the send-by time has passed
    (MORNING, True, MORNING + timedelta(hours=1), "draft"),
    (EVENING, False, datetime(2026, 11, 18, 22, 0, tzinfo=BERLIN), "debrief"),
])
def test_an_interview_recorded_ahead_waits_then_asks_for_a_debrief_then_drafts_anyway(
        start: datetime, debriefed: bool, now: datetime, step: str) -> None:
    assert notes_after_interview(start, "video", debriefed, now, BERLIN) == step


def test_the_debrief_margin_counts_from_the_send_by_time_after_a_public_holiday() -> None:
    from datetime import date

    friday_off = {date(2026, 11, 20)}.__contains__
    thursday_evening = datetime(2026, 11, 19, 16, 0, tzinfo=BERLIN)   # ends 16:45: the next working morning
    assert debrief_deadline(thursday_evening, "video", BERLIN, friday_off) == datetime(
        2026, 11, 23, 6, 0, tzinfo=BERLIN)
    assert notes_after_interview(thursday_evening, "video", False, datetime(2026, 11, 20, 7, 0, tzinfo=BERLIN),
                                 BERLIN, friday_off) == "debrief"
