"""`assistant delete`: remove an application for good, withdrawing the tool's unsent drafts for it first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.domain.models import Application, Letter
from assistant.store.db import transaction

UNSENT = ("intent", "drafted", "withdraw_pending")


@dataclass(frozen=True)
class Deleted:
    application: Application
    withdrawn: tuple[Letter, ...]     # drafts of the tool's taken out of Gmail's Drafts
    already_gone: tuple[Letter, ...]  # unsent as far as the tool knew, but no longer a draft (sent or deleted)


def delete_application(rt: Any, app_id: int) -> Deleted:
    """Withdraw the application's unsent drafts, then remove it and its whole record.

    A letter the user sent is never touched: only letters still unsent as far as
    the tool knows are withdrawn, through the mailbox's draft deletion (the same
    path `close` and the sync use), which removes drafts only.
    """
    repo = rt.repo
    app = repo.application(app_id)
    withdrawn, gone = [], []
    for letter in repo.letters(app_id, states=UNSENT):
        if letter.mode == "send":
            continue   # never a draft: nothing in Drafts to withdraw
        draft_id = _draft_id(rt, letter)
        if draft_id and rt.mailbox.delete_draft(draft_id):
            withdrawn.append(letter)
        elif letter.state != "intent":
            gone.append(letter)
    with transaction(repo.conn):
        repo.delete_application(app_id)
    return Deleted(application=app, withdrawn=tuple(withdrawn), already_gone=tuple(gone))


def _draft_id(rt: Any, letter: Letter) -> str | None:
    """The letter's draft in Gmail, only while it is still a draft; an intent may have reached Gmail
    before a crash, so it is looked up by its Message-ID."""
    current = rt.mailbox.get_draft(letter.draft_id) if letter.draft_id else rt.mailbox.find_draft(letter.tool_message_id)
    if current is None:
        return None
    # An old draft id may resolve to the message the user sent (or scheduled): that is never deleted.
    if current.label_ids and "DRAFT" not in current.label_ids:
        return None
    return current.draft_id
