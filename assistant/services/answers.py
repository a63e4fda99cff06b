"""What an employer's answer does to an application (README.md "What an answer does").

Runs inside the sync's transaction; Gmail writes it implies (withdrawing a
stale inquiry draft) are only marked here and carried out afterwards.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from assistant.domain.lifecycle import after_answer, answer_is_about_an_earlier_round
from assistant.domain.models import CONFIDENT, Application, Reply
from assistant.domain.states import UNSENT, Label, LetterState, Purpose
from assistant.services.ports import Collaborators

if TYPE_CHECKING:
    from assistant.domain.classify import Classification


def apply_answer(rt: Collaborators, reply: Reply, result: Classification | None, label: str | None = None) -> None:
    """Move the application on according to the reply's label (or a label the user confirmed)."""
    repo = rt.repo
    app = repo.application(reply.application_id)
    label = label or reply.label
    detail = f"{label} ({reply.confidence:.2f}) from {reply.sender}: {reply.subject}"
    if label == Label.BOUNCE:
        _bounce(rt, app, reply, result)
    elif label == Label.AUTO_REPLY:
        _auto_reply(rt, app, result)
        repo.add_event(app.key, reply.received_at, "auto_reply", detail)
    elif label == Label.OTHER:
        repo.add_event(app.key, reply.received_at, "other_mail", detail)
    elif label == Label.REJECTION and reply.confidence < CONFIDENT and not reply.confirmed_label:
        repo.add_event(app.key, reply.received_at, "doubtful_rejection", detail + " - waiting for `assistant confirm`")
        return
    elif answer_is_about_an_earlier_round(label, reply.received_at, app.latest_round):
        # It announced the round already recorded (e.g. the invitation to it): that round's notes and
        # inquiry still follow.
        repo.add_event(app.key, reply.received_at, f"answer_{label}", detail + " - about the round already recorded")
    else:
        _answer(rt, app, reply, label, detail)
    repo.update_reply(reply.gmail_message_id, handled=1)


def _answer(rt: Collaborators, app: Application, reply: Reply, label: str, detail: str) -> None:
    repo, now = rt.repo, rt.clock.now()
    fields: dict[str, Any] = {}
    if app.answered_at is None:
        fields["answered_at"] = reply.received_at
    changes = after_answer(app.stage, label)
    if changes.stage is not None:
        fields["stage"] = changes.stage
    repo.update_application(app.key, now, **fields)
    repo.add_event(app.key, reply.received_at, f"answer_{label}", detail)
    if not changes.withdraw_unsent_inquiry:
        return
    # The employer answered: an unsent inquiry must not go out (the stale-draft guard).
    for letter in repo.letters(app.id, purpose=Purpose.STATUS_INQUIRY, states=UNSENT):
        repo.update_letter(letter.key, state=LetterState.WITHDRAW_PENDING)


def _auto_reply(rt: Collaborators, app: Application, result: Classification | None) -> None:
    """An out-of-office with a return date: ask about the decision only after it."""
    back = getattr(result, "return_date", None)
    if not back:
        return
    zone = ZoneInfo(rt.profile.timezone)
    until = datetime.combine(back, time(0, 0), zone)
    if app.postpone_until is None or until > app.postpone_until:
        rt.repo.update_application(app.key, rt.clock.now(), postpone_until=until)


def _bounce(rt: Collaborators, app: Application, reply: Reply, result: Classification | None) -> None:
    repo = rt.repo
    failed = {a.lower() for a in getattr(result, "bounced_recipients", ())}
    original = getattr(result, "bounced_message_id", None)
    for letter in repo.letters(app.id):
        if original and original in (letter.tool_message_id, letter.rfc_message_id):
            failed.add(letter.to_addr)
    if not getattr(result, "bounce_permanent", True):
        repo.add_event(app.key, reply.received_at, "delivery_delayed", f"delivery to {', '.join(sorted(failed))} is delayed")
        return
    for person in app.interviewers:
        if person.email in failed:
            repo.set_bad_address(person.key, f"delivery failed ({reply.subject})")
            repo.add_event(app.key, reply.received_at, "bad_address",
                           f"mail to {person.email} bounced; fix it with `assistant edit {app.id} --interviewer ...`")
