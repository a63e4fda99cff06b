"""`assistant delete`: remove an application for good, withdrawing the tool's unsent drafts for it first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from assistant.domain.models import Application, Letter
from assistant.domain.states import LetterState
from assistant.services.ports import Collaborators
from assistant.store.db import transaction

UNSENT = (LetterState.INTENT, LetterState.DRAFTED, LetterState.WITHDRAW_PENDING, LetterState.SCHEDULED)


@dataclass(frozen=True)
class LeftAlone:
    """A letter delete did not withdraw, and why: `sent`, `scheduled` (with its time) or `already_gone`."""

    letter: Letter
    outcome: str
    scheduled_for: datetime | None = None


@dataclass(frozen=True)
class Deleted:
    application: Application
    withdrawn: tuple[Letter, ...]     # drafts of the tool's taken out of Gmail's Drafts
    left_alone: tuple[LeftAlone, ...]  # no longer a draft: sent, scheduled by the user, or gone


def delete_application(rt: Collaborators, app_id: int) -> Deleted:
    """Withdraw the application's unsent drafts, then remove it and its whole record.

    Each draft goes through the one withdrawal path (`draft_life.withdraw`), which
    deletes a message only after checking it is still a DRAFT: what the user
    sent or scheduled is never touched.
    """
    from assistant.services.draft_life import withdraw

    repo = rt.repo
    app = repo.application(app_id)
    withdrawn, left = [], []
    for letter in repo.letters(app_id, states=UNSENT):
        if letter.mode == "send" and letter.state == LetterState.INTENT:
            continue   # never a draft: nothing in Drafts to withdraw
        done = withdraw(rt.mailbox, letter)
        if done.outcome == "deleted":
            withdrawn.append(letter)
        elif letter.state != LetterState.INTENT or done.outcome != "already_gone":
            left.append(LeftAlone(letter, done.outcome, done.where.when if done.outcome == "scheduled" else None))
    with transaction(repo.conn):
        repo.delete_application(app_id)
    return Deleted(application=app, withdrawn=tuple(withdrawn), left_alone=tuple(left))
