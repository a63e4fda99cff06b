"""Where a letter the tool drafted is now, in Gmail — before it is called sent, scheduled or deleted.

A draft id is not a safe handle on its own (see the sandbox quirks):
- the user may edit the draft in Gmail, and some report the draft id then
  changes (https://github.com/KartikTalwar/gmail.js/issues/370);
- the user may use Schedule send: the message leaves Drafts, labelled
  SCHEDULED, and only Gmail's Scheduled folder can cancel it;
- after a send, an old draft id may still resolve to the SENT message, and
  drafts.delete on it would delete what the user sent.

So a letter whose draft id no longer answers as a draft is looked for in its
conversation, then among scheduled, draft and sent mail, by its Message-ID and
its recipient; and a withdrawal deletes only a message that is still a DRAFT.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from assistant.domain.matching import recipients
from assistant.domain.models import Letter
from assistant.gmail.mailbox import MessageHead

if TYPE_CHECKING:
    from assistant.gmail.mailbox import Mailbox

HEADERS = ("From", "To", "Cc", "Subject", "Message-ID")
SCAN = 50   # the newest scheduled, draft or sent messages looked at when the conversation does not tell


@dataclass(frozen=True)
class Whereabouts:
    """What a letter is in Gmail now: a draft (maybe under a new id), scheduled, sent, or gone."""

    kind: str                         # draft | scheduled | sent | gone
    draft_id: str | None = None       # kind draft: the draft id it has now
    message_id: str | None = None     # Gmail's id of the message
    head: MessageHead | None = None   # scheduled / sent: the message (its internal date is the time)

    @property
    def when(self) -> datetime | None:
        return self.head.internal_date if self.head is not None else None


def _mine(letter: Letter, head: MessageHead) -> bool:
    """The message carries the letter's Message-ID, or goes to its recipient with its subject."""
    mid = head.header("message-id").strip()
    if mid and mid in (letter.tool_message_id, letter.rfc_message_id):
        return True
    return letter.to_addr in recipients(head.headers) and head.header("subject") == letter.subject


def _since_drafted(letter: Letter, head: MessageHead) -> bool:
    start = letter.drafted_at or letter.created_at
    return start is None or head.internal_date >= start - timedelta(minutes=1)


def _classify(letter: Letter, heads: list[MessageHead], drafts: dict[str, str] | None,
              mailbox: Mailbox) -> Whereabouts | None:
    for head in heads:
        if "DRAFT" in head.label_ids and _mine(letter, head):
            ids = drafts if drafts is not None else mailbox.draft_ids()
            if head.id in ids:
                return Whereabouts("draft", draft_id=ids[head.id], message_id=head.id, head=head)
    for head in heads:
        if "SCHEDULED" in head.label_ids and _mine(letter, head):
            return Whereabouts("scheduled", message_id=head.id, head=head)
    for head in heads:
        if "SENT" in head.label_ids and _since_drafted(letter, head) and (
                _mine(letter, head) or letter.to_addr in recipients(head.headers)):
            return Whereabouts("sent", message_id=head.id, head=head)
    return None


def _by_label(mailbox: Mailbox, letter: Letter, label: str, drafts: dict[str, str] | None) -> Whereabouts | None:
    refs = mailbox.labelled(label, SCAN)
    heads = mailbox.heads([r.id for r in refs], HEADERS) if refs else {}
    return _classify(letter, [heads[r.id] for r in refs if r.id in heads], drafts, mailbox)


def locate(mailbox: Mailbox, letter: Letter) -> Whereabouts:
    """Where the letter is now. Its draft id first; then its conversation; then scheduled, drafts, sent."""
    if letter.draft_id:
        draft = mailbox.get_draft(letter.draft_id)
        if draft is not None and ("DRAFT" in draft.label_ids or not draft.label_ids):
            return Whereabouts("draft", draft_id=draft.draft_id, message_id=draft.message_id)
        if draft is not None:  # the id resolves, but not to a draft: what the user sent or scheduled
            heads = mailbox.heads([draft.message_id], HEADERS)
            head = heads.get(draft.message_id)
            kind = "scheduled" if "SCHEDULED" in draft.label_ids else "sent"
            return Whereabouts(kind, message_id=draft.message_id, head=head)
    if letter.thread_id:
        found = _classify(letter, mailbox.thread_heads(letter.thread_id, HEADERS), None, mailbox)
        if found is not None:
            return found
    drafts: dict[str, str] | None = None
    for label in ("SCHEDULED", "DRAFT", "SENT"):
        if label == "DRAFT":
            drafts = mailbox.draft_ids()
        found = _by_label(mailbox, letter, label, drafts)
        if found is not None:
            return found
    return Whereabouts("gone")


@dataclass(frozen=True)
class Withdrawal:
    """What withdrawing a letter's draft really did."""

    outcome: str                       # deleted | already_gone | sent | scheduled
    where: Whereabouts


def withdraw(mailbox: Mailbox, letter: Letter) -> Withdrawal:
    """Delete the letter's draft only if it is still a draft; never a SENT or SCHEDULED message."""
    where = locate(mailbox, letter)
    if where.kind == "draft" and where.draft_id is not None:
        # Checked just now that the id holds a DRAFT; deleting it cannot remove sent mail.
        gone = mailbox.delete_draft(where.draft_id)
        return Withdrawal("deleted" if gone else "already_gone", where)
    return Withdrawal({"gone": "already_gone"}.get(where.kind, where.kind), where)
