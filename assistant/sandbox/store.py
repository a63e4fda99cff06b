"""The sandbox mailbox's SQLite file: schema, connections, short transactions.

Several processes share one mailbox (each CLI run, a test, `sandbox serve`),
so every operation opens its own connection, takes the write lock up front
(`BEGIN IMMEDIATE`) and keeps the transaction short; WAL lets readers go on.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    thread_id TEXT NOT NULL,
    labels TEXT NOT NULL,
    internal_date INTEGER NOT NULL,
    history_id INTEGER NOT NULL,
    rfc822_id TEXT NOT NULL,
    subject_key TEXT NOT NULL,
    search TEXT NOT NULL,
    raw BLOB NOT NULL,
    made_at INTEGER
);
CREATE INDEX IF NOT EXISTS messages_thread ON messages(thread_id);
CREATE INDEX IF NOT EXISTS messages_rfc822 ON messages(rfc822_id);
CREATE TABLE IF NOT EXISTS drafts (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    message_id TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    labels TEXT NOT NULL,
    record TEXT NOT NULL,
    at INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS scheduled (
    message_id TEXT PRIMARY KEY,
    send_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sent_drafts (
    draft_id TEXT PRIMARY KEY,
    message_id TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS stats (
    method TEXT PRIMARY KEY,
    requests INTEGER NOT NULL DEFAULT 0,
    quota_units INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS quota_spent (
    at REAL NOT NULL,
    units INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS faults (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    method TEXT NOT NULL,
    status INTEGER,
    reason TEXT,
    drop_connection INTEGER NOT NULL DEFAULT 0,
    delay REAL NOT NULL DEFAULT 0,
    times INTEGER NOT NULL,
    skip INTEGER NOT NULL DEFAULT 0,
    after_effect INTEGER NOT NULL DEFAULT 0
);
"""


class Database:
    """One mailbox file; lends out pooled connections, one transaction at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._idle: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA synchronous = NORMAL")  # WAL keeps it consistent; a sandbox needs no fsync per call
        return conn

    @contextmanager
    def _borrow(self) -> Iterator[sqlite3.Connection]:
        # Reusing connections matters: closing the last one checkpoints the WAL (milliseconds each time).
        with self._lock:
            conn = self._idle.pop() if self._idle else None
        conn = conn or self._connect()
        try:
            yield conn
        finally:
            with self._lock:
                if len(self._idle) < 8:
                    self._idle.append(conn)
                    conn = None
            if conn is not None:
                conn.close()

    def create(self, defaults: dict[str, str]) -> None:
        """Create the schema and the account's defaults if this is a new mailbox."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._borrow() as conn:
            conn.execute("PRAGMA journal_mode = WAL")
        with self.write() as tx:
            tx.executescript_safe(SCHEMA)
            _add_missing_columns(tx)
            for key, value in defaults.items():
                tx.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def close(self) -> None:
        """Close the pooled connections."""
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    @contextmanager
    def write(self) -> Iterator[Transaction]:
        """A write transaction holding the database's write lock until it ends."""
        with self._borrow() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield Transaction(conn)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[Transaction]:
        """A consistent read snapshot."""
        with self._borrow() as conn:
            conn.execute("BEGIN")
            try:
                yield Transaction(conn)
            finally:
                conn.execute("ROLLBACK")


# Columns added after the first release: a mailbox made by an older version gets them on open.
_LATER_COLUMNS = (("messages", "made_at", "INTEGER"), ("history", "at", "INTEGER NOT NULL DEFAULT 0"))


def _add_missing_columns(tx: Transaction) -> None:
    for table, column, kind in _LATER_COLUMNS:
        present = {row["name"] for row in tx.all(f"PRAGMA table_info({table})")}
        if column not in present:
            tx.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")


class Transaction:
    """A connection inside a transaction, with the few helpers the mailbox needs.

    `now_ms` is the sandbox clock's time of the change being made (epoch
    milliseconds), set by `SandboxMailbox.write`; history records carry it.
    """

    def __init__(self, conn: sqlite3.Connection, now_ms: int = 0) -> None:
        self.conn = conn
        self.now_ms = now_ms

    def execute(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executescript_safe(self, script: str) -> None:
        """Run `;`-separated statements inside the current transaction."""
        for statement in script.split(";"):
            if statement.strip():
                self.conn.execute(statement)

    def one(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def all(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def meta(self, key: str) -> str | None:
        row = self.one("SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else row["value"]

    def set_meta(self, key: str, value: str | None) -> None:
        self.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def meta_int(self, key: str) -> int:
        return int(self.meta(key) or 0)


def dumps(value: Any) -> str:
    """Compact JSON for columns."""
    return json.dumps(value, separators=(",", ":"))
