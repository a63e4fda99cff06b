"""`edit` reaches Gmail: the tool's unsent drafts are rewritten in place when a letter field changes.

A draft is rewritten with drafts.update (same draft id, same Message-ID) only
when Gmail still holds the message the tool last wrote; a draft the user
changed in Gmail is theirs now and is left alone.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.domain.models import Application, Letter
from assistant.domain.states import LetterState
from assistant.errors import StateError
from assistant.letters.build import LetterBuilder
from assistant.store.db import transaction

if TYPE_CHECKING:
    from assistant.services.ports import Collaborators

# What the letters say: a change to any of these makes the drafts out of date.
LETTER_FIELDS = ("company", "position", "kind", "detail", "skill", "missed", "hear_back_by", "tone",
                 "interview_at", "resume_path", "resume_sha256")


@dataclass(frozen=True)
class Redrafted:
    updated: tuple[Letter, ...] = ()      # rewritten in Gmail with the new details
    user_changed: tuple[Letter, ...] = ()  # changed by the user in Gmail: left alone
    gone: tuple[Letter, ...] = ()          # no longer a draft under its id (sent, deleted)


def letters_out_of_date(before: Application, after: Application) -> bool:
    """Whether a change from `before` to `after` alters what the letters say."""
    if any(getattr(before, name) != getattr(after, name) for name in LETTER_FIELDS):
        return True
    names = {p.id: (p.title, p.name) for p in before.interviewers}
    return any(p.id in names and names[p.id] != (p.title, p.name) for p in after.interviewers)


def redraft_unsent(rt: Collaborators, app_id: int) -> Redrafted:
    """Rewrite each unsent draft of the tool's for this application that the user has not touched."""
    repo = rt.repo
    builder = LetterBuilder(rt)
    updated, changed, gone = [], [], []
    for letter in repo.letters(app_id, states=(LetterState.DRAFTED,)):
        if letter.mode != "draft" or not letter.draft_id:
            continue
        current = rt.mailbox.get_draft(letter.draft_id)
        if current is None and rt.mailbox.find_draft(letter.tool_message_id) is not None:
            changed.append(letter)   # still a draft, under a new id: some report Gmail's editor does that
            continue
        if current is None or (current.label_ids and "DRAFT" not in current.label_ids):
            gone.append(letter)   # sent or deleted: the sync will say which
            continue
        if current.message_id != (letter.written_message_id or letter.gmail_message_id):
            changed.append(letter)
            continue
        updated.append(_rewrite(rt, builder, letter))
    return Redrafted(updated=tuple(updated), user_changed=tuple(changed), gone=tuple(gone))


def _rewrite(rt: Collaborators, builder: LetterBuilder, letter: Letter) -> Letter:
    raw = builder.rebuild(letter)   # the same Message-ID, so the sync still knows it when it is sent
    if letter.draft_id is None:   # only drafted letters are rewritten, and a draft has its id
        raise StateError(f"The letter \"{letter.subject}\" has no draft in Gmail to rewrite.")
    info = rt.mailbox.update_draft(letter.draft_id, raw, letter.thread_id)
    message = email.message_from_bytes(raw, policy=email.policy.default)
    subject = str(message["Subject"])
    names = (part.get_filename() for part in message.iter_attachments())
    attachments = tuple(name for name in names if name)
    now = rt.clock.now()
    with transaction(rt.repo.conn):
        rt.repo.update_letter(letter.key, gmail_message_id=info.message_id, written_message_id=info.message_id,
                              subject=subject, attachments=_json(attachments))
        rt.repo.add_event(letter.application_id, now, f"{letter.purpose}_rewritten",
                          f"draft {letter.draft_id} to {letter.to_addr} rewritten with the edited details")
    return rt.repo.letter(letter.key)


def _json(names: tuple[str, ...]) -> str:
    import json

    return json.dumps(list(names))
