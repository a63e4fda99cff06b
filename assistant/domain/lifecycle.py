"""What should happen next for an application, from its stage, letters and timing rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from assistant.domain.models import Application, Letter
from assistant.domain.schedule import FollowUpRules, interview_end, status_inquiry_due, thank_you_send_by
from assistant.domain.states import FOLLOWING_UP, TERMINAL, UNSENT, Label, LetterState, Purpose, Stage
from assistant.domain.workdays import call_window


@dataclass(frozen=True)
class NextAction:
    kind: str                 # send_thank_you | thank_you_overdue | thank_you_after_interview | scheduled
    #                           | status_inquiry | send_inquiry | call | wait | respond | confirm | none
    due: datetime | None = None
    note: str = ""


def next_action(app: Application, letters: list[Letter], rules: FollowUpRules, now: datetime,
                *, doubtful_rejection: bool = False, answered: bool = False) -> NextAction:
    by_purpose = {letter.purpose: letter for letter in letters if letter.state != LetterState.WITHDRAWN}
    if app.stage == Stage.CLOSED:
        return NextAction("none", note="closed")
    if doubtful_rejection:
        return NextAction("confirm", note="a reply may be a rejection: `assistant confirm ID rejected` or another label")
    if app.stage == Stage.REJECTED:
        if Purpose.KEEP_ON_FILE in by_purpose:
            return NextAction("none", note="keep-on-file reply made")
        return NextAction("respond", note="`assistant respond ID` drafts the keep-on-file reply")
    if app.stage in (Stage.OFFER, Stage.NEXT_STEP):
        return NextAction("none", note=app.stage.replace("_", " "))
    if recorded_ahead(app, letters):
        return NextAction("thank_you_after_interview", interview_end(app.interview_at, app.kind),
                          "the sync drafts the thank-you notes once the interview has ended")
    scheduled = sorted((lt for lt in letters if lt.state == LetterState.SCHEDULED and lt.scheduled_for), key=lambda lt: lt.scheduled_for or now)
    if scheduled:  # Gmail's Schedule send will send it; nothing for the user to do until then
        return NextAction("scheduled", scheduled[0].scheduled_for,
                          f"\"{scheduled[0].subject}\" is scheduled in Gmail (Scheduled folder)")
    unsent = [lt for lt in letters if lt.purpose == Purpose.THANK_YOU and lt.state in UNSENT]
    if app.stage in (Stage.THANK_YOU_DRAFTED, Stage.THANKED) and unsent:
        send_by = thank_you_send_by(app.interview_at, app.kind, now, ZoneInfo(rules.timezone), rules.is_holiday)
        if send_by.overdue:
            return NextAction("thank_you_overdue", send_by.deadline,
                              "the send-by time has passed: send the thank-you drafts in Gmail today")
        if app.stage == Stage.THANK_YOU_DRAFTED:
            return NextAction("send_thank_you", send_by.deadline, "send the thank-you drafts in Gmail")
    inquiry = by_purpose.get(Purpose.STATUS_INQUIRY)
    if inquiry and inquiry.state in UNSENT:
        return NextAction("send_inquiry", inquiry.drafted_at, "send the status inquiry draft in Gmail")
    if inquiry:
        return NextAction("wait", note="inquiry sent; no second one")
    if app.called_at is not None:
        return NextAction("wait", note="you called; no second follow-up")
    due = status_inquiry_due(app, rules, inquiry_made=False, answered=answered)
    if due is None:
        return NextAction("none", note="no follow-up" if app.no_follow_up else "waiting for the employer")
    if app.follow_up_by == "phone":
        person = app.main_contact
        opens, _ = call_window(due, rules.zone, rules.is_holiday)
        return NextAction("call", opens, f"call {person.name if person else app.company} at {app.contact_phone}; "
                                         f"`assistant called {app.id}` once you have")
    return NextAction("status_inquiry", due, "the sync drafts a status inquiry")


# ---- the moves between stages ---------------------------------------------------
# Every stage change the tool makes is one of the functions below; services
# apply what they return and decide no stage themselves. A letter and the stage
# it implies are committed together (the outbox), and a sync repairs any stage
# left behind by an older run: both use the one letter table.
_LETTER_MOVES: dict[tuple[str, str], tuple[frozenset[Stage], Stage]] = {
    # (purpose, letter state): (stages it moves on from, the stage it gives)
    (Purpose.THANK_YOU, LetterState.SENT): (frozenset({Stage.THANK_YOU_DRAFTED}), Stage.THANKED),
    (Purpose.STATUS_INQUIRY, LetterState.DRAFTED): (
        frozenset({Stage.THANK_YOU_DRAFTED, Stage.THANKED}), Stage.INQUIRY_DRAFTED),
    (Purpose.STATUS_INQUIRY, LetterState.SCHEDULED): (   # not out yet
        frozenset({Stage.THANK_YOU_DRAFTED, Stage.THANKED}), Stage.INQUIRY_DRAFTED),
    (Purpose.STATUS_INQUIRY, LetterState.SENT): (
        frozenset({Stage.THANK_YOU_DRAFTED, Stage.THANKED, Stage.INQUIRY_DRAFTED}), Stage.INQUIRED),
}
# The employer's answer, by the reply's label (other labels leave the stage alone).
_ANSWER_STAGE: dict[str, Stage] = {
    Label.NEXT_STEP: Stage.NEXT_STEP, Label.OFFER: Stage.OFFER, Label.REJECTION: Stage.REJECTED,
}


@dataclass(frozen=True)
class AnswerChanges:
    """What an employer's answer changes: the new stage (None: unchanged) and the unsent inquiry's fate."""

    stage: Stage | None
    withdraw_unsent_inquiry: bool


def stage_at_record(*, drafts_made: bool, upcoming: bool) -> Stage:
    """The first stage: thank-you notes to send, unless the user writes them (or wants no follow-up)."""
    if drafts_made or upcoming:   # an interview not yet held gets its drafts from a later sync
        return Stage.THANK_YOU_DRAFTED
    return Stage.THANKED


def stage_after_letter(stage: str, purpose: str, letter_state: str) -> Stage | None:
    """The stage a letter in `letter_state` moves `stage` to, or None when it does not move it.

    Covers a letter drafted, scheduled or sent by the tool, and mail the user
    wrote by hand to an interviewer (their own follow-up: a sent status inquiry).
    A withdrawn letter moves nothing.
    """
    move = _LETTER_MOVES.get((purpose, letter_state))
    if move is None or stage not in move[0]:
        return None
    return move[1]


def stage_after_own_follow_up(stage: str) -> Stage | None:
    """The user wrote to an interviewer themselves: it counts as the sent status inquiry."""
    return stage_after_letter(stage, Purpose.STATUS_INQUIRY, LetterState.SENT)


def stage_from_letters(stage: str, letters: list[Letter]) -> Stage:
    """The stage an application's letters say it has reached (never behind `stage`, never past an answer)."""
    reached = Stage(stage)
    for letter in sorted(letters, key=lambda lt: lt.id or 0):
        reached = stage_after_letter(reached, letter.purpose, letter.state) or reached
    return reached


def after_answer(stage: str, label: str) -> AnswerChanges:
    """An employer's answer labelled `label`: the stage it gives and whether an unsent inquiry must not go out.

    A terminal stage stays, except that an offer after a rejection wins (the
    employer changed its mind). Any answer at all withdraws an unsent inquiry.
    """
    new = _ANSWER_STAGE.get(label)
    if new is not None and (stage not in TERMINAL or (stage == Stage.REJECTED and new == Stage.OFFER)):
        return AnswerChanges(new, withdraw_unsent_inquiry=True)
    return AnswerChanges(None, withdraw_unsent_inquiry=True)


def may_record_call(stage: str) -> bool:
    """A phone follow-up can be recorded while the tool is still following up (not after an answer or a close)."""
    return stage in FOLLOWING_UP


def stage_after_call(stage: str) -> Stage | None:
    """The user made the phone follow-up: it counts as the sent status inquiry (then wait for the answer).

    None when the stage does not move (already inquired, or no longer following up).
    """
    if not may_record_call(stage) or stage == Stage.INQUIRED:
        return None
    return Stage.INQUIRED


def stage_after_close(stage: str) -> Stage | None:
    """The user stopped all follow-ups: closed, or None when it already was."""
    return None if stage == Stage.CLOSED else Stage.CLOSED


def recorded_ahead(app: Application, letters: list[Letter]) -> bool:
    """An interview recorded before it ended whose thank-you notes are not drafted yet (the sync drafts them)."""
    if app.stage != Stage.THANK_YOU_DRAFTED or app.no_follow_up or app.created_at is None:
        return False
    if any(letter.purpose == Purpose.THANK_YOU for letter in letters):
        return False
    return app.created_at < interview_end(app.interview_at, app.kind)
