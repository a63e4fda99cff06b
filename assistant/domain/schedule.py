"""When letters are due (docs/letters.md "Timing at a glance"). Pure functions of instants and rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from assistant.domain.models import Application
from assistant.domain.states import ANSWERED, Stage
from assistant.domain.workdays import IsHoliday, add_working_days, is_working_day, next_working_day, no_holidays

__all__ = ["FollowUpRules", "SendBy", "add_working_days", "interview_end", "status_inquiry_due", "thank_you_send_by"]

# How long interviews of each kind usually last: when the thank-you clock starts.
TYPICAL_LENGTH = {"phone": timedelta(minutes=30), "video": timedelta(minutes=45), "onsite": timedelta(hours=3)}
LATE_IN_DAY = time(16, 0)          # a note written after this is buried under the evening's mail
MORNING = (time(8, 0), time(10, 0))


@dataclass(frozen=True)
class FollowUpRules:
    """The user's timing preferences."""

    after_days: int = 7
    timezone: str = "UTC"
    window: tuple[time, time] = (time(9, 30), time(11, 30))
    is_holiday: IsHoliday = no_holidays    # the user's public holidays (`config set holidays`)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @classmethod
    def parse_window(cls, text: str) -> tuple[time, time]:
        start, end = text.split("-")
        return time.fromisoformat(start), time.fromisoformat(end)

    def next_working_slot(self, earliest: datetime) -> datetime:
        """The first instant at or after `earliest` inside the window on a working day, in the user's zone."""
        local = earliest.astimezone(self.zone)
        day = local.date()
        while True:
            start = datetime.combine(day, self.window[0], self.zone)
            end = datetime.combine(day, self.window[1], self.zone)
            if is_working_day(day, self.is_holiday) and local < end:
                return max(local, start)
            day += timedelta(days=1)


@dataclass(frozen=True)
class SendBy:
    """When the thank-you notes should go out, and why."""

    deadline: datetime
    next_morning: bool
    overdue: bool


def interview_end(interview_at: datetime, kind: str) -> datetime:
    """When an interview of this kind, starting then, has most likely ended."""
    return interview_at + TYPICAL_LENGTH.get(kind, timedelta(hours=1))


def thank_you_send_by(interview_at: datetime, kind: str, now: datetime, zone: ZoneInfo,
                      is_holiday: IsHoliday = no_holidays) -> SendBy:
    """Within 24 hours; the next working morning when the interview ended late in the working day.

    "The next morning" skips weekends and public holidays: a note is not meant
    to wait in an inbox nobody opens.
    """
    ended = (interview_at + TYPICAL_LENGTH.get(kind, timedelta(hours=1))).astimezone(zone)
    deadline = interview_at + timedelta(hours=24)
    if ended.time() >= LATE_IN_DAY or ended.time() < time(6, 0):
        morning = next_working_day(ended.date() + timedelta(days=1 if ended.time() >= LATE_IN_DAY else 0), is_holiday)
        return SendBy(deadline=datetime.combine(morning, MORNING[1], zone), next_morning=True,
                      overdue=now > datetime.combine(morning, MORNING[1], zone))
    return SendBy(deadline=deadline, next_morning=False, overdue=now > deadline)


# An interview recorded ahead waits after it ends for `assistant debrief` (what was said, the time
# frame) before its notes are drafted; this long before the send-by time the sync drafts them anyway.
DEBRIEF_MARGIN = timedelta(hours=4)


def debrief_deadline(interview_at: datetime, kind: str, zone: ZoneInfo,
                     is_holiday: IsHoliday = no_holidays) -> datetime:
    """When the sync stops waiting for a debrief and drafts the notes without it."""
    send_by = thank_you_send_by(interview_at, kind, interview_at, zone, is_holiday).deadline
    return max(send_by - DEBRIEF_MARGIN, interview_end(interview_at, kind))


def notes_after_interview(interview_at: datetime, kind: str, debriefed: bool, now: datetime, zone: ZoneInfo,
                          is_holiday: IsHoliday = no_holidays) -> str:
    """For an interview recorded ahead whose notes are not drafted: 'wait' (not ended yet), 'debrief'
    (ended; ask the user), 'draft' (debriefed), or 'draft_without' (no debrief close to the send-by time)."""
    if now < interview_end(interview_at, kind):
        return "wait"
    if debriefed:
        return "draft"
    return "draft_without" if now >= debrief_deadline(interview_at, kind, zone, is_holiday) else "debrief"


def status_inquiry_due(app: Application, rules: FollowUpRules, *, inquiry_made: bool,
                       answered: bool) -> datetime | None:
    """When to ask about the decision, or None if we must not ask at all."""
    if app.no_follow_up or answered or inquiry_made or app.stage in ANSWERED or app.stage == Stage.CLOSED \
            or app.called_at is not None:   # a phone follow-up made is the one inquiry
        return None
    # A week after the interview, or after the note really went out if that was later.
    started = max(app.interview_at, app.thanked_at or app.interview_at)
    earliest = started + timedelta(days=rules.after_days)
    if app.hear_back_by:  # they gave a time frame: let it pass, plus one working day
        local = app.hear_back_by.astimezone(rules.zone)
        after = add_working_days(local.date(), 1, rules.is_holiday)
        earliest = max(earliest, datetime.combine(after, time(0, 0), rules.zone))
    if app.postpone_until:  # an out-of-office reply said when they are back
        earliest = max(earliest, app.postpone_until)
    return rules.next_working_slot(earliest)
