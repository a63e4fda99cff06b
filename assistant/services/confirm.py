"""`assistant confirm ID LABEL`: the user settles a doubtful classification."""

from __future__ import annotations

from assistant.domain.models import Reply
from assistant.domain.states import Label
from assistant.errors import InputError, StateError
from assistant.services.answers import apply_answer
from assistant.services.ports import Collaborators
from assistant.store.db import transaction

# The user's words for a label, beside the labels' own names.
ALIASES = {"rejected": Label.REJECTION, "reject": Label.REJECTION, "next": Label.NEXT_STEP,
           "next-step": Label.NEXT_STEP, "interview": Label.NEXT_STEP, "ooo": Label.AUTO_REPLY,
           "auto-reply": Label.AUTO_REPLY}
LABELS = tuple(Label)


def confirm(rt: Collaborators, app_id: int, label_text: str) -> Reply:
    """Apply `label` to the application's doubtful reply (or its latest reply when none is doubtful)."""
    label = ALIASES.get(label_text.strip().lower(), label_text.strip().lower())
    if label not in LABELS:
        raise InputError(f"Unknown label {label_text!r}; choose one of: rejected, {', '.join(LABELS[1:])}.")
    repo = rt.repo
    repo.application(app_id)
    replies = repo.replies(app_id)
    if not replies:
        raise StateError(f"Application {app_id} has no reply to confirm; `assistant show {app_id}` shows its timeline.")
    open_ones = [r for r in replies if not r.handled and not r.confirmed_label]
    reply = (open_ones or replies)[-1]
    with transaction(repo.conn):
        repo.update_reply(reply.gmail_message_id, confirmed_label=label, confidence=1.0)
        settled = next(r for r in repo.replies(app_id) if r.gmail_message_id == reply.gmail_message_id)
        apply_answer(rt, settled, None, label=label)
        repo.add_event(app_id, rt.clock.now(), "confirmed", f"you confirmed \"{reply.subject}\" as {label}")
    return settled
