"""Drafts and sending, as Gmail does them — shared by the API and the simulated user.

Gmail quirks reproduced here:
- A sent message gets a new Message-ID of Gmail's own (`<CA...@mail.gmail.com>`);
  the one the client wrote is gone, so a client must read the real one back.
- A sent message's From is the account's address when the client named an
  address that is not the account's (a non-verified alias is rewritten).
- A draft keeps its Message-ID; every update stores a new message (new id).
- Sending a draft deletes the draft and stores the sent copy as a new message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import Message
from email.utils import formataddr, getaddresses

from assistant.sandbox import mailstore, rfc822, threads
from assistant.sandbox.errors import GmailApiError, invalid
from assistant.sandbox.payload import StoredMessage
from assistant.sandbox.store import Transaction


@dataclass(frozen=True)
class Account:
    """Who the mailbox belongs to, and the time of the change being made."""

    email: str
    display_name: str
    now: datetime
    aliases: tuple[str, ...] = ()   # verified send-as addresses besides `email` (lower case)

    @property
    def now_ms(self) -> int:
        return mailstore.epoch_ms(self.now)


def as_sent(raw: bytes, account: Account) -> bytes:
    """The bytes Gmail stores for a message it sends."""
    raw = rfc822.set_header(raw, "Message-ID", rfc822.gmail_message_id())
    raw = rfc822.ensure_header(raw, "Date", rfc822.rfc_date(account.now))
    msg = rfc822.parse(raw)
    senders = rfc822.addresses(msg, "From")
    if not senders:
        return rfc822.set_header(raw, "From", formataddr((account.display_name, account.email)))
    name, address = senders[0]
    if address.lower() != account.email.lower() and address.lower() not in account.aliases:
        return rfc822.set_header(raw, "From", formataddr((name or account.display_name, account.email)))
    return raw


def as_draft(raw: bytes, account: Account) -> bytes:
    """The bytes Gmail stores for a draft: the client's, with a Message-ID if it had none."""
    domain = account.email.rpartition("@")[2]
    return rfc822.ensure_header(raw, "Message-ID", rfc822.draft_message_id(domain))


def require_recipients(msg: Message) -> None:
    """Gmail refuses to send a message that names no recipient."""
    values = [v for name in ("To", "Cc", "Bcc") for v in msg.get_all(name, [])]
    if not [addr for _, addr in getaddresses(values) if addr]:
        raise invalid("Recipient address required", reason="invalidArgument")


def send_new(tx: Transaction, raw: bytes, thread_id: str | None, account: Account) -> StoredMessage:
    """messages.send: a SENT message, threaded only if threadId, references and subject agree."""
    require_recipients(rfc822.parse(raw))
    raw = as_sent(raw, account)
    msg = rfc822.parse(raw)
    joined = threads.for_api_message(tx, msg, thread_id)
    return mailstore.add(tx, raw, ["SENT"], joined, account.now_ms, msg)


def create_draft(tx: Transaction, raw: bytes, thread_id: str | None, account: Account) -> tuple[str, StoredMessage]:
    """drafts.create: a DRAFT message and the draft that holds it."""
    raw = as_draft(raw, account)
    msg = rfc822.parse(raw)
    joined = threads.for_api_message(tx, msg, thread_id)
    stored = mailstore.add(tx, raw, ["DRAFT"], joined, account.now_ms, msg)
    draft_id = mailstore.new_draft_id(tx)
    tx.execute("INSERT INTO drafts(id, message_id) VALUES (?, ?)", (draft_id, stored.id))
    return draft_id, stored


def replace_draft(tx: Transaction, draft_id: str, raw: bytes, thread_id: str | None,
                  account: Account) -> StoredMessage:
    """drafts.update: the draft now holds a new message with a new id."""
    old_id = require_draft(tx, draft_id)
    raw = as_draft(raw, account)
    msg = rfc822.parse(raw)
    joined = threads.for_api_message(tx, msg, thread_id, replacing=old_id)
    mailstore.delete(tx, old_id)
    stored = mailstore.add(tx, raw, ["DRAFT"], joined, account.now_ms, msg)
    tx.execute("INSERT INTO drafts(id, message_id) VALUES (?, ?)", (draft_id, stored.id))
    return stored


def send_draft(tx: Transaction, draft_id: str, account: Account) -> StoredMessage:
    """drafts.send: the draft is deleted and its message sent as a new SENT message."""
    old = mailstore.require(tx, require_draft(tx, draft_id))
    require_recipients(rfc822.parse(old.raw))
    raw = as_sent(old.raw, account)
    mailstore.delete(tx, old.id)
    # The sent copy stays in the draft's thread (the conversation the user saw it in).
    sent = mailstore.add(tx, raw, ["SENT"], old.thread_id, account.now_ms)
    remember_sent_draft(tx, draft_id, sent.id)
    return sent


def require_recipients_of(stored: StoredMessage) -> None:
    """Gmail refuses to send (or schedule) a stored message that names no recipient."""
    require_recipients(rfc822.parse(stored.raw))


def remember_sent_draft(tx: Transaction, draft_id: str, message_id: str) -> None:
    """Which message a sent draft became (quirk `sent_draft_id_resolves`, see `sent_draft`)."""
    tx.execute("INSERT OR REPLACE INTO sent_drafts(draft_id, message_id) VALUES (?, ?)", (draft_id, message_id))


def sent_draft(tx: Transaction, draft_id: str) -> str | None:
    """The SENT message an old draft id still answers with, when quirk `sent_draft_id_resolves` is on.

    Other Gmail API clients found that a draft id can keep resolving after the
    draft was sent, and that drafts.delete on it then deletes the sent message;
    they had to check the message's labels before deleting (the reason this tool's
    withdrawals look first). Off, the old id answers 404 as the API reference says.
    """
    from assistant.sandbox import quirks

    if not quirks.value(tx, "sent_draft_id_resolves"):
        return None
    row = tx.one("SELECT message_id FROM sent_drafts WHERE draft_id = ?", (draft_id,))
    if row is None or mailstore.load(tx, row["message_id"]) is None:
        return None
    return row["message_id"]


def delete_draft(tx: Transaction, draft_id: str) -> None:
    """drafts.delete: the draft and its message are gone for good (see `sent_draft` for a sent one's id)."""
    if mailstore.draft_message_id(tx, draft_id) is None and (sent := sent_draft(tx, draft_id)) is not None:
        mailstore.delete(tx, sent)
        return
    mailstore.delete(tx, require_draft(tx, draft_id))


def require_draft(tx: Transaction, draft_id: str) -> str:
    """The message id a draft holds, or Gmail's 404."""
    message_id = mailstore.draft_message_id(tx, draft_id)
    if message_id is None:
        raise GmailApiError(404)
    return message_id
