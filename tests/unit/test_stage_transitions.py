"""The application's life as tables: every stage move the tool makes (assistant/domain/lifecycle.py)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from assistant.domain.lifecycle import (
    after_answer,
    after_new_round,
    answer_is_about_an_earlier_round,
    round_state_at,
    stage_after_close,
    stage_after_letter,
    stage_after_own_follow_up,
    stage_at_record,
    stage_from_letters,
)
from assistant.domain.models import Letter, Round
from assistant.domain.states import ACTIVE, ANSWERED, TERMINAL, Label, LetterState, Purpose, RoundState, Stage

S, P, L, LS, RS = Stage, Purpose, Label, LetterState, RoundState


@pytest.mark.parametrize(("drafts_made", "upcoming", "stage"), [
    (True, False, S.THANK_YOU_DRAFTED),    # the notes are drafts waiting to be sent
    (False, True, S.THANK_YOU_DRAFTED),    # recorded ahead: a later sync drafts them
    (False, False, S.THANKED),             # the user writes the notes (or wants no follow-up)
])
def test_a_recorded_interview_starts_at_the_stage_its_notes_give(drafts_made: bool, upcoming: bool,
                                                                 stage: Stage) -> None:
    assert stage_at_record(drafts_made=drafts_made, upcoming=upcoming) == stage


@pytest.mark.parametrize(("stage", "purpose", "state", "after"), [
    (S.THANK_YOU_DRAFTED, P.THANK_YOU, LS.SENT, S.THANKED),
    (S.THANKED, P.THANK_YOU, LS.SENT, None),
    (S.THANK_YOU_DRAFTED, P.THANK_YOU, LS.DRAFTED, None),
    (S.THANK_YOU_DRAFTED, P.STATUS_INQUIRY, LS.DRAFTED, S.INQUIRY_DRAFTED),
    (S.THANKED, P.STATUS_INQUIRY, LS.DRAFTED, S.INQUIRY_DRAFTED),
    (S.THANKED, P.STATUS_INQUIRY, LS.SCHEDULED, S.INQUIRY_DRAFTED),   # scheduled is not out yet
    (S.INQUIRY_DRAFTED, P.STATUS_INQUIRY, LS.SENT, S.INQUIRED),
    (S.THANKED, P.STATUS_INQUIRY, LS.SENT, S.INQUIRED),
    (S.INQUIRED, P.STATUS_INQUIRY, LS.DRAFTED, None),                 # never backwards
    (S.INQUIRY_DRAFTED, P.STATUS_INQUIRY, LS.WITHDRAWN, None),        # a withdrawal moves nothing
    (S.REJECTED, P.STATUS_INQUIRY, LS.SENT, None),                    # never past an answer
    (S.NEXT_STEP, P.THANK_YOU, LS.SENT, None),
    (S.REJECTED, P.KEEP_ON_FILE, LS.SENT, None),
    (S.CLOSED, P.STATUS_INQUIRY, LS.SENT, None),
])
def test_a_letter_moves_the_stage_only_forward_and_only_before_an_answer(
        stage: Stage, purpose: Purpose, state: LetterState, after: Stage | None) -> None:
    assert stage_after_letter(stage, purpose, state) == after


@pytest.mark.parametrize(("stage", "after"), [
    (S.THANK_YOU_DRAFTED, S.INQUIRED), (S.THANKED, S.INQUIRED), (S.INQUIRY_DRAFTED, S.INQUIRED),
    (S.INQUIRED, None), (S.NEXT_STEP, None), (S.OFFER, None), (S.REJECTED, None), (S.CLOSED, None),
])
def test_the_users_own_follow_up_counts_as_the_sent_inquiry(stage: Stage, after: Stage | None) -> None:
    assert stage_after_own_follow_up(stage) == after


@pytest.mark.parametrize(("stage", "label", "after"), [
    (S.THANKED, L.REJECTION, S.REJECTED),
    (S.INQUIRED, L.NEXT_STEP, S.NEXT_STEP),
    (S.INQUIRY_DRAFTED, L.OFFER, S.OFFER),
    (S.NEXT_STEP, L.OFFER, S.OFFER),
    (S.NEXT_STEP, L.REJECTION, S.REJECTED),
    (S.REJECTED, L.OFFER, S.OFFER),          # the employer changed its mind: the offer wins
    (S.REJECTED, L.NEXT_STEP, None),
    (S.OFFER, L.REJECTION, None),
    (S.CLOSED, L.OFFER, None),
    (S.THANKED, L.PENDING, None),             # "still deciding" is an answer but no new stage
])
def test_an_answer_gives_its_stage_unless_the_application_is_terminal(stage: Stage, label: Label,
                                                                      after: Stage | None) -> None:
    changes = after_answer(stage, label)
    assert changes.stage == after
    assert changes.withdraw_unsent_inquiry   # any answer: an unsent inquiry must not go out


@pytest.mark.parametrize(("stage", "after"), [
    *[(s, S.CLOSED) for s in Stage if s != S.CLOSED],
    (S.CLOSED, None),
])
def test_a_close_closes_anything_not_closed_yet(stage: Stage, after: Stage | None) -> None:
    assert stage_after_close(stage) == after


def _letter(n: int, purpose: Purpose, state: LetterState) -> Letter:
    return Letter(application_id=1, purpose=purpose, state=state, tool_message_id=f"<{n}@x>",
                  to_addr="a@example.com", subject="s", id=n)


def test_a_repair_replays_letters_in_their_order() -> None:
    letters = [_letter(2, P.STATUS_INQUIRY, LS.SENT), _letter(1, P.THANK_YOU, LS.SENT)]
    assert stage_from_letters(S.THANK_YOU_DRAFTED, letters) == S.INQUIRED
    assert stage_from_letters(S.REJECTED, letters) == S.REJECTED


def test_the_stage_sets_are_defined_once_and_agree() -> None:
    assert ACTIVE | TERMINAL == set(Stage)
    assert not ACTIVE & TERMINAL
    assert ANSWERED < TERMINAL | {S.NEXT_STEP}
    assert S.NEXT_STEP in ACTIVE                 # a next step still gets read by the sync


def test_an_enum_member_is_its_stored_and_printed_word() -> None:
    assert json.dumps({"stage": S.THANK_YOU_DRAFTED}) == '{"stage": "thank_you_drafted"}'
    assert f"{LS.WITHDRAW_PENDING}" == "withdraw_pending"


# ---- rounds ---------------------------------------------------------------------
@pytest.mark.parametrize(("stage", "drafts_made", "upcoming", "after"), [
    (S.NEXT_STEP, True, False, S.THANK_YOU_DRAFTED),     # "next round coming" came: thanking again
    (S.NEXT_STEP, False, True, S.THANK_YOU_DRAFTED),     # the next round is recorded ahead
    (S.NEXT_STEP, False, False, S.THANKED),              # --no-drafts: the user writes the notes
    (S.INQUIRED, True, False, S.THANK_YOU_DRAFTED),      # a round without a written answer first
    (S.INQUIRY_DRAFTED, True, False, S.THANK_YOU_DRAFTED),
    (S.THANKED, True, False, S.THANK_YOU_DRAFTED),
    (S.THANK_YOU_DRAFTED, False, True, S.THANK_YOU_DRAFTED),
    (S.OFFER, True, False, None),                        # ended applications take no round
    (S.REJECTED, True, False, None),
    (S.CLOSED, True, False, None),
])
def test_a_new_round_resumes_thanking_unless_the_application_has_ended(
        stage: Stage, drafts_made: bool, upcoming: bool, after: Stage | None) -> None:
    changes = after_new_round(stage, drafts_made=drafts_made, upcoming=upcoming)
    assert (changes.stage if changes else None) == after
    if changes:
        assert changes.restart_follow_up and changes.withdraw_unsent_inquiry


T0 = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("state", "kind", "now", "after"), [
    (RS.UPCOMING, "video", T0 - timedelta(days=1), RS.UPCOMING),
    (RS.UPCOMING, "video", T0 + timedelta(minutes=44), RS.UPCOMING),   # still in the interview
    (RS.UPCOMING, "video", T0 + timedelta(minutes=45), RS.HELD),
    (RS.UPCOMING, "onsite", T0 + timedelta(hours=2), RS.UPCOMING),
    (RS.HELD, "phone", T0 + timedelta(hours=1), RS.HELD),
    (RS.CANCELLED, "video", T0 + timedelta(days=1), RS.CANCELLED),     # a cancelled round never happens
])
def test_a_round_is_upcoming_until_it_ends_then_held(state: str, kind: str, now: datetime, after: str) -> None:
    assert round_state_at(Round(number=1, start=T0, kind=kind, state=state), now) == after


@pytest.mark.parametrize(("label", "received", "latest_start", "earlier"), [
    (L.NEXT_STEP, T0 - timedelta(days=2), T0, True),     # the invitation to the latest round itself
    (L.NEXT_STEP, T0 + timedelta(days=2), T0, False),    # after the latest round: another round coming
    (L.REJECTION, T0 - timedelta(days=2), T0, False),    # a rejection always ends it
    (L.OFFER, T0 - timedelta(days=2), T0, False),
    (L.NEXT_STEP, T0, None, False),                      # no round known
])
def test_a_next_step_answer_before_the_latest_round_announced_that_round(
        label: str, received: datetime, latest_start: datetime | None, earlier: bool) -> None:
    latest = Round(number=2, start=latest_start) if latest_start else None
    assert answer_is_about_an_earlier_round(label, received, latest) is earlier
