"""Open the SQLite database: foreign keys on, WAL, migrations applied, version checked."""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from assistant.errors import StateError
from assistant.store.migrations import MIGRATIONS

SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path) -> sqlite3.Connection:
    """A connection to an up-to-date database at `path` (created if missing)."""
    _private_folder(path.parent)
    try:
        conn = sqlite3.connect(path, timeout=10, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA busy_timeout = 10000")
        _migrate(conn, path)
        _private_files(path)
    except sqlite3.DatabaseError as exc:
        raise StateError(f"The database {path} is unreadable ({exc}); restore it from a backup or move it away.") from None
    return conn


def _private_folder(folder: Path) -> None:
    """The job search is nobody else's business: its folder is 0700 (looser rights of an older version are tightened)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        if folder.stat().st_mode & 0o077:
            os.chmod(folder, 0o700)
    except OSError:
        pass   # not ours to change (a shared or read-only folder): opening the database says what is wrong


def _private_files(path: Path) -> None:
    """The database and its -wal/-shm files 0600."""
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if file.stat().st_mode & 0o077:
                os.chmod(file, 0o600)
        except OSError:
            pass


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StateError(
            f"The database {path} was written by a newer version of assistant (schema {version}, "
            f"this one knows {SCHEMA_VERSION}); upgrade assistant to use it."
        )
    if version == SCHEMA_VERSION:
        return
    if version == 0:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for number, (name, script) in enumerate(MIGRATIONS, start=1):
        if number <= version:
            continue
        applied = datetime.now(timezone.utc).isoformat(timespec="seconds")
        # executescript commits first; each migration is one explicit transaction
        conn.executescript(
            f"BEGIN;\n{script}\nINSERT INTO schema_migrations VALUES ('{name}', '{applied}');\n"
            f"PRAGMA user_version = {number};\nCOMMIT;"
        )


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One unit of work: everything inside commits together or not at all."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
