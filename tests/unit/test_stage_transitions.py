"""The application's life as tables: every stage move the tool makes (assistant/domain/lifecycle.py)."""

from __future__ import annotations

import json

import pytest

from assistant.domain.lifecycle import (
    after_answer,
    stage_after_close,
    stage_after_letter,
    stage_after_own_follow_up,
    stage_at_record,
    stage_from_letters,
)
from assistant.domain.models import Letter
from assistant.domain.states import ACTIVE, ANSWERED, TERMINAL, Label, LetterState, Purpose, Stage

S, P, L, LS = Stage, Purpose, Label, LetterState


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
