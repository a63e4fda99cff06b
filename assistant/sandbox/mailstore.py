"""Messages and drafts rows: add, load, relabel, delete — each change recorded in history."""

from __future__ import annotations

import dataclasses
import json
import re
import secrets
from datetime import datetime
from email.message import Message

from assistant.sandbox import history, rfc822
from assistant.sandbox.errors import GmailApiError, invalid
from assistant.sandbox.payload import StoredMessage
from assistant.sandbox.store import Transaction, dumps

# Gmail's system labels (labels.list); user labels are accepted as given.
SYSTEM_LABELS = ["CHAT", "SENT", "INBOX", "IMPORTANT", "TRASH", "DRAFT", "SPAM", "CATEGORY_FORUMS",
                 "CATEGORY_UPDATES", "CATEGORY_PERSONAL", "CATEGORY_PROMOTIONS", "CATEGORY_SOCIAL",
                 "STARRED", "UNREAD"]
_COLUMNS = "id, thread_id, labels, internal_date, history_id, raw"
_HEX_ID = re.compile(r"[0-9a-fA-F]{1,16}")


def epoch_ms(instant: datetime) -> int:
    """Milliseconds since the epoch, as in `internalDate`."""
    return int(instant.timestamp() * 1000)


def new_message_id(tx: Transaction, now_ms: int) -> str:
    """A fresh id: 16 hex digits that grow with time, like Gmail's."""
    while True:
        candidate = f"{((now_ms << 20) | secrets.randbits(20)) & (2**64 - 1):016x}"
        if tx.one("SELECT 1 FROM messages WHERE id = ?", (candidate,)) is None:
            return candidate


def new_draft_id(tx: Transaction) -> str:
    """A fresh draft id in Gmail's style ("r" and a signed 64-bit number)."""
    while True:
        number = secrets.randbits(63) * (-1 if secrets.randbits(1) else 1)
        candidate = f"r{number}"
        if tx.one("SELECT 1 FROM drafts WHERE id = ?", (candidate,)) is None:
            return candidate


def _row(row) -> StoredMessage:
    return StoredMessage(id=row["id"], thread_id=row["thread_id"], labels=json.loads(row["labels"]),
                         internal_date=row["internal_date"], history_id=row["history_id"], raw=bytes(row["raw"]))


def load(tx: Transaction, message_id: str) -> StoredMessage | None:
    """One message, or None."""
    row = tx.one(f"SELECT {_COLUMNS} FROM messages WHERE id = ?", (message_id,))
    return None if row is None else _row(row)


def check_id(value: str) -> None:
    """Gmail answers 400, not 404, for an id that cannot be one of its ids."""
    if not _HEX_ID.fullmatch(value or ""):
        raise invalid("Invalid id value")


def require(tx: Transaction, message_id: str) -> StoredMessage:
    """One message, or Gmail's 404 (400 for a malformed id)."""
    check_id(message_id)
    stored = load(tx, message_id)
    if stored is None:
        raise GmailApiError(404)
    return stored


def in_thread(tx: Transaction, thread_id: str) -> list[StoredMessage]:
    """A thread's messages, oldest first."""
    rows = tx.all(f"SELECT {_COLUMNS} FROM messages WHERE thread_id = ? ORDER BY internal_date, seq", (thread_id,))
    return [_row(row) for row in rows]


def all_messages(tx: Transaction) -> list[StoredMessage]:
    """Every message in the order it arrived."""
    return [_row(row) for row in tx.all(f"SELECT {_COLUMNS} FROM messages ORDER BY seq")]


def add(tx: Transaction, raw: bytes, labels: list[str], thread_id: str | None, internal_date: int,
        msg: Message | None = None) -> StoredMessage:
    """Store a message (a new thread when `thread_id` is None) and record it in history."""
    msg = msg or rfc822.parse(raw)
    message_id = new_message_id(tx, internal_date)
    stored = StoredMessage(id=message_id, thread_id=thread_id or message_id, labels=_ordered(labels),
                           internal_date=internal_date, history_id=0, raw=raw)
    stored.history_id = history.record(tx, "messageAdded", stored)
    fields = dataclasses.asdict(rfc822.SearchFields.of(msg))
    fields["size"] = len(raw)
    tx.execute(
        "INSERT INTO messages(id, thread_id, labels, internal_date, history_id, rfc822_id, subject_key, search, raw,"
        " made_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (stored.id, stored.thread_id, dumps(stored.labels), internal_date, stored.history_id,
         rfc822.normalize_id(msg.get("Message-ID", "") or ""),
         rfc822.normalize_subject(rfc822.header(msg, "Subject")), dumps(fields), raw, tx.now_ms or internal_date))
    return stored


def delete(tx: Transaction, message_id: str) -> StoredMessage:
    """Remove a message for good and record it in history."""
    stored = require(tx, message_id)
    tx.execute("DELETE FROM messages WHERE id = ?", (message_id,))
    tx.execute("DELETE FROM drafts WHERE message_id = ?", (message_id,))
    history.record(tx, "messageDeleted", stored)
    return stored


def relabel(tx: Transaction, message_id: str, add_labels: list[str], remove_labels: list[str]) -> StoredMessage:
    """Add and remove labels; one history record per kind of change that happened."""
    stored = require(tx, message_id)
    added = [label for label in dict.fromkeys(add_labels) if label not in stored.labels]
    removed = [label for label in dict.fromkeys(remove_labels) if label in stored.labels and label not in added]
    if added:
        stored.labels = _ordered(stored.labels + added)
        stored.history_id = history.record(tx, "labelAdded", stored, added)
    if removed:
        stored.labels = [label for label in stored.labels if label not in removed]
        stored.history_id = history.record(tx, "labelRemoved", stored, removed)
    if added or removed:
        tx.execute("UPDATE messages SET labels = ?, history_id = ? WHERE id = ?",
                   (dumps(stored.labels), stored.history_id, message_id))
    return stored


def _ordered(labels: list[str]) -> list[str]:
    return list(dict.fromkeys(labels))


def draft_message_id(tx: Transaction, draft_id: str) -> str | None:
    """The id of the message a draft currently holds."""
    row = tx.one("SELECT message_id FROM drafts WHERE id = ?", (draft_id,))
    return None if row is None else row["message_id"]


def draft_holding(tx: Transaction, message_id: str) -> str | None:
    """The id of the draft holding a message, if it is a draft's."""
    row = tx.one("SELECT id FROM drafts WHERE message_id = ?", (message_id,))
    return None if row is None else row["id"]


def search_rows(tx: Transaction) -> list:
    """What searching needs of every message (not the raw bytes), newest first."""
    return tx.all("SELECT id, thread_id, labels, internal_date, rfc822_id, search, "
                  "COALESCE(made_at, internal_date) AS made_at FROM messages ORDER BY internal_date DESC, seq DESC")


def rewrite(tx: Transaction, stored: StoredMessage, raw: bytes, internal_date: int) -> StoredMessage:
    """Give a message new bytes and date in place (its id stays; Gmail's send may do this)."""
    msg = rfc822.parse(raw)
    fields = dataclasses.asdict(rfc822.SearchFields.of(msg))
    fields["size"] = len(raw)
    tx.execute("UPDATE messages SET raw = ?, internal_date = ?, rfc822_id = ?, search = ? WHERE id = ?",
               (raw, internal_date, rfc822.normalize_id(msg.get("Message-ID", "") or ""), dumps(fields), stored.id))
    return dataclasses.replace(stored, raw=raw, internal_date=internal_date)
