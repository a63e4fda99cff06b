"""What should happen next for an application, from its stage, letters and timing rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from assistant.domain.models import Application, Letter
from assistant.domain.schedule import FollowUpRules, interview_end, status_inquiry_due, thank_you_send_by


@dataclass(frozen=True)
class NextAction:
    kind: str                 # send_thank_you | thank_you_overdue | thank_you_after_interview | scheduled
    #                           | status_inquiry | send_inquiry | wait | respond | confirm | none
    due: datetime | None = None
    note: str = ""


def next_action(app: Application, letters: list[Letter], rules: FollowUpRules, now: datetime,
                *, doubtful_rejection: bool = False, answered: bool = False) -> NextAction:
    by_purpose = {letter.purpose: letter for letter in letters if letter.state not in ("withdrawn",)}
    if app.stage == "closed":
        return NextAction("none", note="closed")
    if doubtful_rejection:
        return NextAction("confirm", note="a reply may be a rejection: `assistant confirm ID rejected` or another label")
    if app.stage == "rejected":
        if "keep_on_file" in by_purpose:
            return NextAction("none", note="keep-on-file reply made")
        return NextAction("respond", note="`assistant respond ID` drafts the keep-on-file reply")
    if app.stage in ("offer", "next_step"):
        return NextAction("none", note=app.stage.replace("_", " "))
    if recorded_ahead(app, letters):
        return NextAction("thank_you_after_interview", interview_end(app.interview_at, app.kind),
                          "the sync drafts the thank-you notes once the interview has ended")
    scheduled = sorted((l for l in letters if l.state == "scheduled" and l.scheduled_for), key=lambda l: l.scheduled_for)
    if scheduled:  # Gmail's Schedule send will send it; nothing for the user to do until then
        return NextAction("scheduled", scheduled[0].scheduled_for,
                          f"\"{scheduled[0].subject}\" is scheduled in Gmail (Scheduled folder)")
    unsent = [l for l in letters if l.purpose == "thank_you" and l.state in ("intent", "drafted")]
    if app.stage in ("thank_you_drafted", "thanked") and unsent:
        send_by = thank_you_send_by(app.interview_at, app.kind, now, ZoneInfo(rules.timezone))
        if send_by.overdue:
            return NextAction("thank_you_overdue", send_by.deadline,
                              "the send-by time has passed: send the thank-you drafts in Gmail today")
        if app.stage == "thank_you_drafted":
            return NextAction("send_thank_you", send_by.deadline, "send the thank-you drafts in Gmail")
    inquiry = by_purpose.get("status_inquiry")
    if inquiry and inquiry.state in ("intent", "drafted"):
        return NextAction("send_inquiry", inquiry.drafted_at, "send the status inquiry draft in Gmail")
    if inquiry:
        return NextAction("wait", note="inquiry sent; no second one")
    due = status_inquiry_due(app, rules, inquiry_made=False, answered=answered)
    if due is None:
        return NextAction("none", note="no follow-up" if app.no_follow_up else "waiting for the employer")
    return NextAction("status_inquiry", due, "the sync drafts a status inquiry")


# ---- what a letter's state means for the stage ---------------------------------
# A letter and the stage it implies are committed together (the outbox), and a sync
# repairs any stage left behind by an older run: both use this one table.
_LETTER_MOVES: dict[tuple[str, str], tuple[tuple[str, ...], str]] = {
    # (purpose, letter state): (stages it moves on from, the stage it gives)
    ("thank_you", "sent"): (("thank_you_drafted",), "thanked"),
    ("status_inquiry", "drafted"): (("thank_you_drafted", "thanked"), "inquiry_drafted"),
    ("status_inquiry", "scheduled"): (("thank_you_drafted", "thanked"), "inquiry_drafted"),   # not out yet
    ("status_inquiry", "sent"): (("thank_you_drafted", "thanked", "inquiry_drafted"), "inquired"),
}


def stage_after_letter(stage: str, purpose: str, letter_state: str) -> str | None:
    """The stage a letter in `letter_state` moves `stage` to, or None when it does not move it."""
    move = _LETTER_MOVES.get((purpose, letter_state))
    if move is None or stage not in move[0]:
        return None
    return move[1]


def stage_from_letters(stage: str, letters: list[Letter]) -> str:
    """The stage an application's letters say it has reached (never behind `stage`, never past an answer)."""
    for letter in sorted(letters, key=lambda l: l.id or 0):
        stage = stage_after_letter(stage, letter.purpose, letter.state) or stage
    return stage


def recorded_ahead(app: Application, letters: list[Letter]) -> bool:
    """An interview recorded before it ended whose thank-you notes are not drafted yet (the sync drafts them)."""
    if app.stage != "thank_you_drafted" or app.no_follow_up or app.created_at is None:
        return False
    if any(letter.purpose == "thank_you" for letter in letters):
        return False
    return app.created_at < interview_end(app.interview_at, app.kind)
