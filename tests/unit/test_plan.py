"""The pipeline as a plan: the next action of an application with rounds, and what `list` puts first
(`next_action` and `urgency` in assistant/domain/lifecycle.py)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from assistant.domain.lifecycle import NextAction, next_action, urgency
from assistant.domain.models import Application, Interviewer, Round
from assistant.domain.schedule import FollowUpRules
from assistant.domain.states import RoundState, Stage

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 11, 18, 10, 0, tzinfo=BERLIN)
RULES = FollowUpRules(after_days=7, timezone="Europe/Berlin", window=(time(9, 30), time(11, 30)))
PAT = Interviewer(name="Pat Jones", email="pat@acme.example", id=1)


def _ahead(debriefed: bool = False) -> Application:
    """Application 3, its round 2 recorded the day before it took place."""
    first = Round(number=1, start=START - timedelta(days=7), interviewers=(PAT,), id=10,
                  created_at=START - timedelta(days=7))
    second = Round(number=2, start=START, interviewers=(PAT,), id=11, state=RoundState.UPCOMING,
                   created_at=START - timedelta(days=1), debriefed_at=START + timedelta(hours=1) if debriefed else None)
    app = Application(company="Acme", position="Analyst", interview_at=START, interviewers=(PAT,), id=3,
                      stage=Stage.THANK_YOU_DRAFTED, created_at=START - timedelta(days=7), rounds=(first, second))
    return app.at_round(second)


@pytest.mark.parametrize(("now", "kind"), [
    (START - timedelta(hours=1), "thank_you_after_interview"),   # still ahead
    (START + timedelta(hours=1), "debrief"),                     # ended: ask for the debrief
    (datetime(2026, 11, 19, 6, 0, tzinfo=BERLIN), "thank_you_after_interview"),   # the sync drafts now
])
def test_a_round_recorded_ahead_asks_for_its_debrief_once_it_has_ended(now: datetime, kind: str) -> None:
    action = next_action(_ahead(), [], RULES, now)
    assert action.kind == kind
    if kind == "debrief":
        assert action.due == datetime(2026, 11, 19, 6, 0, tzinfo=BERLIN)
        assert action.note == "`assistant debrief 3` adds what you talked about and drafts the notes"


def test_a_next_step_answer_says_the_next_round_is_coming() -> None:
    app = Application(company="Acme", position="Analyst", interview_at=START, interviewers=(PAT,), id=3,
                      stage=Stage.NEXT_STEP)
    assert next_action(app, [], RULES, START + timedelta(days=9)) == NextAction(
        "none", note="next round coming: record it with `assistant add --application 3`")


@pytest.mark.parametrize(("stage", "kind", "group"), [
    (Stage.THANK_YOU_DRAFTED, "send_thank_you", "now"),
    (Stage.THANK_YOU_DRAFTED, "thank_you_overdue", "now"),
    (Stage.THANK_YOU_DRAFTED, "debrief", "now"),
    (Stage.INQUIRY_DRAFTED, "send_inquiry", "now"),
    (Stage.INQUIRED, "confirm", "now"),            # a doubtful reply to review
    (Stage.REJECTED, "respond", "now"),            # the keep-on-file reply is still to make
    (Stage.THANK_YOU_DRAFTED, "thank_you_after_interview", "waiting"),   # an upcoming interview
    (Stage.THANKED, "status_inquiry", "waiting"),  # inquiry due on a date
    (Stage.INQUIRED, "wait", "waiting"),
    (Stage.NEXT_STEP, "none", "waiting"),          # next round coming
    (Stage.THANKED, "scheduled", "waiting"),
    (Stage.REJECTED, "none", "closed"),
    (Stage.OFFER, "none", "closed"),
    (Stage.CLOSED, "none", "closed"),
])
def test_list_puts_what_needs_the_user_before_what_is_waiting_before_what_is_over(
        stage: Stage, kind: str, group: str) -> None:
    assert urgency(stage, NextAction(kind)) == group


def test_after_a_new_round_the_earlier_rounds_inquiry_does_not_stop_the_next_one() -> None:
    from assistant.domain.models import Letter
    from assistant.domain.states import LetterState, Purpose

    first = Round(number=1, start=START - timedelta(days=21), interviewers=(PAT,), id=10)
    second = Round(number=2, start=START, interviewers=(PAT,), id=11, created_at=START + timedelta(hours=2))
    app = Application(company="Acme", position="Analyst", interview_at=START, interviewers=(PAT,), id=3,
                      stage=Stage.THANKED, rounds=(first, second), thanked_at=START + timedelta(hours=3))
    letters = [
        Letter(application_id=3, purpose=Purpose.THANK_YOU, state=LetterState.SENT, tool_message_id="<a@x>",
               to_addr=PAT.email, subject="Thank you", id=1, interviewer_id=1, round_id=10),
        Letter(application_id=3, purpose=Purpose.STATUS_INQUIRY, state=LetterState.SENT, tool_message_id="<b@x>",
               to_addr=PAT.email, subject="Following up", id=2, interviewer_id=1, round_id=10),
        Letter(application_id=3, purpose=Purpose.THANK_YOU, state=LetterState.SENT, tool_message_id="<c@x>",
               to_addr=PAT.email, subject="Thank you", id=3, interviewer_id=1, round_id=11),
    ]
    action = next_action(app, letters, RULES, START + timedelta(days=2))
    assert (action.kind, action.due) == ("status_inquiry", datetime(2026, 11, 26, 9, 30, tzinfo=BERLIN))
