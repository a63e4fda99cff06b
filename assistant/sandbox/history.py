"""Gmail's mailbox history: one record per change, `history.list` over them.

https://developers.google.com/gmail/api/guides/sync — history ids grow with
every change but are not contiguous, records are kept for a limited time, and
a `startHistoryId` older than what is kept answers 404 (the client must then
do a full sync). The same guide and the history.list reference say records
are "typically" available for at least a week and "may" be shorter: quirk
`history_retention_days` (each record keeps the sandbox-clock time it was
made). The reference marks a record's `labelIds` as optional: with quirk
`history_labels` off, messages in records carry only `id` and `threadId`.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from typing import Any

from assistant.sandbox.errors import GmailApiError, invalid
from assistant.sandbox.payload import StoredMessage
from assistant.sandbox.store import Transaction, dumps

# history.list's `historyTypes` values and the record field each one fills.
RECORD_FIELDS = {
    "messageAdded": "messagesAdded",
    "messageDeleted": "messagesDeleted",
    "labelAdded": "labelsAdded",
    "labelRemoved": "labelsRemoved",
}
MAX_RESULTS = 500
DEFAULT_RESULTS = 100


def first_history_id() -> int:
    """Where a new mailbox's history starts: a realistic, not-zero number."""
    return 1000 + secrets.randbelow(9000)


def next_history_id(tx: Transaction) -> int:
    """Allocate a history id larger than every earlier one (with gaps, as Gmail's have)."""
    value = tx.meta_int("history_id") + 1 + secrets.randbelow(3)
    tx.set_meta("history_id", str(value))
    return value


def record(tx: Transaction, kind: str, message: StoredMessage, label_ids: list[str] | None = None) -> int:
    """Append one history record about `message` and return its id."""
    history_id = next_history_id(tx)
    entry: dict[str, Any] = {"message": message.reference()}
    if label_ids is not None:
        entry["labelIds"] = list(label_ids)
    body = {"id": str(history_id),
            "messages": [{"id": message.id, "threadId": message.thread_id}],
            RECORD_FIELDS[kind]: [entry]}
    tx.execute("INSERT INTO history(id, kind, labels, record, at) VALUES (?, ?, ?, ?, ?)",
               (history_id, kind, dumps(message.labels), dumps(body), tx.now_ms))
    return history_id


def expire(tx: Transaction, keep_after: int | None) -> None:
    """Forget records up to `keep_after` (all of them when None)."""
    current = tx.meta_int("history_id")
    floor = current if keep_after is None else min(keep_after, current)
    tx.execute("DELETE FROM history WHERE id <= ?", (floor,))
    tx.set_meta("history_floor", str(max(floor, tx.meta_int("history_floor"))))


@dataclass(frozen=True)
class Retention:
    """What the mailbox's history keeps: records made at or after `since_ms`; labels or not."""

    since_ms: int = 0
    with_labels: bool = True


def oldest_kept(tx: Transaction, retention: Retention) -> int:
    """The lowest start id still answered: the floor, raised past records older than the retention."""
    floor = tx.meta_int("history_floor")
    if retention.since_ms:
        row = tx.one("SELECT MAX(id) AS id FROM history WHERE at < ?", (retention.since_ms,))
        if row is not None and row["id"] is not None:
            floor = max(floor, int(row["id"]))
    return floor


def _without_labels(record: dict[str, Any]) -> dict[str, Any]:
    for field_name in RECORD_FIELDS.values():
        for entry in record.get(field_name, []):
            entry["message"].pop("labelIds", None)
    return record


def list_records(tx: Transaction, start: Any, *, types: list[str] | None = None,
                 label_id: str | None = None, max_results: Any = None,
                 page_token: str | None = None, retention: Retention = Retention()) -> dict[str, Any]:
    """The answer to `users.history.list`."""
    start_id = _start_id(start)
    if start_id < oldest_kept(tx, retention):
        # Gmail keeps history for about a week, sometimes less; older start ids are "not found".
        raise GmailApiError(404)
    for kind in types or []:
        if kind not in RECORD_FIELDS:
            raise invalid(f"Invalid value for \"historyTypes\": {kind!r}")
    limit = _limit(max_results)
    after = max(start_id, _page_position(page_token))
    found: list[dict[str, Any]] = []
    more = False
    for row in tx.all("SELECT id, kind, labels, record FROM history WHERE id > ? ORDER BY id", (after,)):
        if types and row["kind"] not in types:
            continue
        if label_id and label_id not in json.loads(row["labels"]):
            continue
        if len(found) == limit:
            more = True
            break
        record = json.loads(row["record"])
        found.append(record if retention.with_labels else _without_labels(record))
    answer: dict[str, Any] = {}
    if found:
        answer["history"] = found
    if more:
        answer["nextPageToken"] = _page_token(int(found[-1]["id"]))
    answer["historyId"] = str(tx.meta_int("history_id"))
    return answer


def _start_id(start: Any) -> int:
    if start in (None, ""):
        raise invalid("Missing required field: startHistoryId", reason="required")
    try:
        value = int(start)
    except (TypeError, ValueError):
        raise invalid(f"Invalid value for \"startHistoryId\": {start!r}") from None
    if value <= 0:
        raise invalid("startHistoryId must be positive")
    return value


def _limit(max_results: Any) -> int:
    if max_results in (None, ""):
        return DEFAULT_RESULTS
    try:
        value = int(max_results)
    except (TypeError, ValueError):
        raise invalid(f"Invalid value for \"maxResults\": {max_results!r}") from None
    if value <= 0:
        raise invalid("maxResults must be positive")
    return min(value, MAX_RESULTS)


def _page_token(position: int) -> str:
    return base64.urlsafe_b64encode(f"h{position:020d}".encode()).decode().rstrip("=")


def _page_position(token: str | None) -> int:
    if not token:
        return 0
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        if not text.startswith("h"):
            raise ValueError
        return int(text[1:])
    except (ValueError, UnicodeDecodeError):
        raise invalid("Invalid pageToken") from None
