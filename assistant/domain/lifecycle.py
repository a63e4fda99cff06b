"""What should happen next for an application, from its stage, letters and timing rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from assistant.domain.models import Application, Letter, Round
from assistant.domain.schedule import (
    FollowUpRules,
    debrief_deadline,
    interview_end,
    notes_after_interview,
    status_inquiry_due,
    thank_you_send_by,
)
from assistant.domain.states import FOLLOWING_UP, TERMINAL, UNSENT, Label, LetterState, Purpose, RoundState, Stage
from assistant.domain.workdays import call_window


@dataclass(frozen=True)
class NextAction:
    kind: str                 # send_thank_you | thank_you_overdue | thank_you_after_interview | debrief
    #                           | scheduled | status_inquiry | send_inquiry | call | wait | respond | confirm | none
    due: datetime | None = None
    note: str = ""


def next_action(app: Application, letters: list[Letter], rules: FollowUpRules, now: datetime,
                *, doubtful_rejection: bool = False, answered: bool = False) -> NextAction:
    letters = [lt for lt in letters if follows_latest_round(app, lt)]   # an earlier round's inquiry is done with
    by_purpose = {letter.purpose: letter for letter in letters if letter.state != LetterState.WITHDRAWN}
    if app.stage == Stage.CLOSED:
        return NextAction("none", note="closed")
    if doubtful_rejection:
        return NextAction("confirm", note="a reply may be a rejection: `assistant confirm ID rejected` or another label")
    if app.stage == Stage.REJECTED:
        if Purpose.KEEP_ON_FILE in by_purpose:
            return NextAction("none", note="keep-on-file reply made")
        return NextAction("respond", note="`assistant respond ID` drafts the keep-on-file reply")
    if app.stage == Stage.NEXT_STEP:
        return NextAction("none", note=f"next round coming: record it with `assistant add --application {app.id}`")
    if app.stage == Stage.OFFER:
        return NextAction("none", note="offer")
    if recorded_ahead(app, letters):
        zone = ZoneInfo(rules.timezone)
        latest = app.latest_round
        step = notes_after_interview(app.interview_at, app.kind, bool(latest and latest.debriefed_at), now, zone,
                                     rules.is_holiday)
        if step == "debrief":
            return NextAction("debrief", debrief_deadline(app.interview_at, app.kind, zone, rules.is_holiday),
                              f"`assistant debrief {app.id}` adds what you talked about and drafts the notes")
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


def follows_latest_round(app: Application, letter: Letter) -> bool:
    """Whether a letter belongs to the application's current follow-up: its latest round, or the
    application as a whole. A late send of an earlier round's note moves no stage."""
    latest = app.latest_round
    return letter.round_id is None or latest is None or letter.round_id == latest.id


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
    """The latest round was recorded before it ended and its thank-you notes are not drafted yet
    (the sync, or `assistant debrief`, drafts them)."""
    latest = app.latest_round
    recorded = latest.created_at if latest is not None else app.created_at
    if app.stage != Stage.THANK_YOU_DRAFTED or app.no_follow_up or recorded is None:
        return False
    if any(letter.purpose == Purpose.THANK_YOU and (latest is None or letter.round_id == latest.id)
           for letter in letters):
        return False
    return recorded < interview_end(app.interview_at, app.kind)


# ---- rounds -------------------------------------------------------------------
@dataclass(frozen=True)
class NewRoundChanges:
    """What recording the next interview round does to the application."""

    stage: Stage                     # thanking again: the new round's notes come next
    restart_follow_up: bool          # the previous round's answer, send time and out-of-office no longer count
    withdraw_unsent_inquiry: bool    # an inquiry about the previous round must not go out any more


# What `list` puts first: what needs the user now, then what is waiting, then what is over.
_NOW_ACTIONS = frozenset({"send_thank_you", "thank_you_overdue", "debrief", "send_inquiry", "confirm", "respond",
                          "call", "expedite"})


def urgency(stage: str, action: NextAction) -> str:
    """'now' (the user has something to do), 'waiting' (the tool or the employer has), or 'closed'."""
    if action.kind in _NOW_ACTIONS:
        return "now"
    if stage in TERMINAL:
        return "closed"
    return "waiting"


def after_new_round(stage: str, *, drafts_made: bool, upcoming: bool) -> NewRoundChanges | None:
    """The next round recorded for an application at `stage`; None when it cannot have one.

    A `next_step` answer (or no answer yet) leads to a new round; the
    application resumes thanking: its notes are drafts to send (or come after an
    interview still ahead), and the inquiry clock restarts from this round.
    An application that has ended (offer, rejection, closed) takes no round.
    """
    if stage in TERMINAL:
        return None
    return NewRoundChanges(stage_at_record(drafts_made=drafts_made, upcoming=upcoming),
                           restart_follow_up=True, withdraw_unsent_inquiry=True)


def round_state_at(rnd: Round, now: datetime) -> RoundState:
    """Where a round is at `now`: upcoming until its typical end, then held; cancelled stays cancelled."""
    if rnd.state == RoundState.CANCELLED:
        return RoundState.CANCELLED
    return RoundState.UPCOMING if now < interview_end(rnd.start, rnd.kind) else RoundState.HELD


def answer_is_about_an_earlier_round(label: str, received_at: datetime, latest: Round | None) -> bool:
    """A `next_step` answer that came before the latest round started announced that round: it is no
    answer to it (the round's own notes and inquiry still follow). A rejection or an offer always counts."""
    return label == Label.NEXT_STEP and latest is not None and received_at < latest.start


def stage_after_round_cancelled(stage: str, latest_round_letters: list[Letter]) -> Stage | None:
    """An upcoming round was called off (its calendar invitation cancelled): no notes will follow it, and
    the application is back where its latest live round's letters leave it (an ended application stays)."""
    if stage in TERMINAL:
        return None
    noted = any(letter.purpose == Purpose.THANK_YOU for letter in latest_round_letters)
    start = Stage.THANK_YOU_DRAFTED if noted else Stage.THANKED   # no notes of the tool's: the user wrote them
    reached = stage_from_letters(start, latest_round_letters)
    return reached if reached != stage else None
