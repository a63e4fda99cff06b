"""A round called off by its invitation's cancellation: where the application's stage goes (domain/lifecycle.py)."""

from __future__ import annotations

import pytest

from assistant.domain.lifecycle import stage_after_round_cancelled
from assistant.domain.models import Letter
from assistant.domain.states import LetterState, Purpose, Stage

S, P, LS = Stage, Purpose, LetterState


def letter(purpose: str, state: str, n: int) -> Letter:
    return Letter(application_id=1, purpose=purpose, state=state, tool_message_id=f"<{n}@x>", to_addr="p@x.example",
                  subject="s", id=n)


@pytest.mark.parametrize(("stage", "latest_round_letters", "after"), [
    # round 1's notes were sent: the application is thanked again, and its inquiry follows round 1
    (S.THANK_YOU_DRAFTED, [letter(P.THANK_YOU, LS.SENT, 1)], S.THANKED),
    # round 1's note still a draft
    (S.THANK_YOU_DRAFTED, [letter(P.THANK_YOU, LS.DRAFTED, 1)], None),
    # round 1 had its inquiry sent already
    (S.THANK_YOU_DRAFTED, [letter(P.THANK_YOU, LS.SENT, 1), letter(P.STATUS_INQUIRY, LS.SENT, 2)], S.INQUIRED),
    # the user wrote round 1's notes themselves (no letters of the tool's)
    (S.THANK_YOU_DRAFTED, [], S.THANKED),
    # an ended application stays where it is
    (S.REJECTED, [letter(P.THANK_YOU, LS.SENT, 1)], None),
    (S.CLOSED, [], None),
])
def test_a_cancelled_round_leaves_the_stage_its_latest_live_round_gives(stage, latest_round_letters, after):
    assert stage_after_round_cancelled(stage, latest_round_letters) == after
