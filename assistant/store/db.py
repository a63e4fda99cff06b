"""Open the SQLite database: foreign keys on, WAL, migrations applied, version checked.

Before SQLite touches anything, the folder and files are checked for writing:
opening a read-only database in WAL mode would leave read-only -wal/-shm files
behind that break the next run even after the user fixed the database's mode.
A marker in the config folder remembers that the database was set up, so an
emptied or truncated database is reported instead of silently recreated.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.clock import SystemClock
from assistant.errors import StateError
from assistant.store.faults import GuardedConnection, companions, damaged, read_only, translate, unwritable
from assistant.store.migrations import MIGRATIONS

SCHEMA_VERSION = len(MIGRATIONS)
WAIT_SECONDS = 10.0   # how long to wait for another program's write lock before saying so


def connect(path: Path, *, marker: Path | None = None, wait_seconds: float = WAIT_SECONDS) -> sqlite3.Connection:
    """A connection to an up-to-date database at `path` (created if missing).

    `marker` is a file noting which databases were set up: one of them found
    empty is damaged, not new. A database the user moved away is created afresh.
    """
    _check_writable(path)
    initialised = marker is not None and _marked(marker, path) and path.exists()
    if initialised and path.stat().st_size == 0:
        raise damaged(path, "is empty although assistant had set it up")
    try:
        conn = sqlite3.connect(path, timeout=wait_seconds, isolation_level=None, factory=GuardedConnection)
    except sqlite3.Error as exc:
        raise translate(exc, path, wait_seconds) from None
    conn.path, conn.wait_seconds = path, wait_seconds
    conn.row_factory = sqlite3.Row
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(wait_seconds * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        _use_wal(conn, path, wait_seconds)
        if initialised and _version(conn) == 0:
            raise damaged(path, "has lost its tables although assistant had set it up")
        _migrate(conn, path)
        _private_files(path)
    except BaseException:
        conn.close()
        raise
    if marker is not None and not initialised:
        _mark(marker, path)
    return conn


def _use_wal(conn: sqlite3.Connection, path: Path, wait_seconds: float) -> None:
    """Switch the file to WAL (a no-op once it is), retrying while another program switches it.

    Two programs opening a new database together both ask for WAL; SQLite answers
    the second "database is locked" at once, without waiting on busy_timeout.
    """
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            sqlite3.Connection.execute(conn, "PRAGMA journal_mode = WAL")  # unguarded: a busy answer is retried
            return
        except sqlite3.Error as exc:
            if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY or time.monotonic() >= deadline:
                raise translate(exc, path, wait_seconds) from None
            time.sleep(0.02)


def _check_writable(path: Path) -> None:
    """Refuse before SQLite creates anything it could not use next time."""
    try:
        _private_folder(path.parent)
    except PermissionError:
        raise read_only(_first_existing(path.parent)) from None
    except OSError as exc:
        raise StateError(f"Cannot create the folder {path.parent} ({exc.strerror or exc}).") from None
    _repair_companions(path)
    blocked = unwritable(path)
    if blocked is not None:
        raise read_only(blocked)


def _private_folder(folder: Path) -> None:
    """The job search is nobody else's business: its folder is 0700 (looser rights of an older version are tightened)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        if folder.stat().st_mode & 0o077:
            os.chmod(folder, 0o700)
    except OSError:
        pass   # not ours to change (a shared folder): the checks below say what is wrong, if anything


def _private_files(path: Path) -> None:
    """The database and its -wal/-shm files 0600 (SQLite gives new -wal/-shm files the database's mode)."""
    for file in (path, *companions(path)):
        try:
            if file.stat().st_mode & 0o077:
                os.chmod(file, 0o600)
        except OSError:
            pass


def _repair_companions(path: Path) -> None:
    """Earlier versions left -wal/-shm files as read-only as the database was; give them its mode back."""
    if not (path.exists() and os.access(path, os.W_OK)):
        return
    mode = path.stat().st_mode & 0o777
    for companion in companions(path):
        try:
            info = companion.stat() if companion.exists() else None
            if info and not info.st_mode & 0o200 and info.st_uid == os.getuid():
                companion.chmod(mode)
        except OSError:
            pass  # reported below as read-only


def _first_existing(folder: Path) -> Path:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def _marked(marker: Path, path: Path) -> bool:
    try:
        return str(path.resolve()) in marker.read_text(encoding="utf-8").splitlines()
    except OSError:
        return False


def _mark(marker: Path, path: Path) -> None:
    """Note that this database was set up (best effort: the config folder may be read-only)."""
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        with marker.open("a", encoding="utf-8") as out:
            out.write(str(path.resolve()) + "\n")
    except OSError:
        pass


def _version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the schema up to date, in one transaction under the write lock.

    Another program may be opening the same (new) database at this moment: the
    version is read again once the lock is held, so only one of them migrates
    and the others find the work done.
    """
    if _refuse_newer(_version(conn), path) == SCHEMA_VERSION:
        return
    with transaction(conn):
        version = _refuse_newer(_version(conn), path)
        conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        for number, (name, script) in enumerate(MIGRATIONS, start=1):
            if number <= version:
                continue
            for statement in _statements(script):
                conn.execute(statement)
            # No clock reaches connect(); this stamp is bookkeeping, never a decision.
            applied = SystemClock().now().isoformat(timespec="seconds")
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?)", (name, applied))
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _refuse_newer(version: int, path: Path) -> int:
    if version > SCHEMA_VERSION:
        raise StateError(
            f"The database {path} was written by a newer version of assistant (schema {version}, "
            f"this one knows {SCHEMA_VERSION}); upgrade assistant to use it."
        )
    return version


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a migration, one by one (executescript would commit the open transaction)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            yield statement.strip()
            statement = ""
    # what is left is whitespace or a trailing comment


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One unit of work: everything inside commits together or not at all."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        _roll_back(conn)
        raise


def _roll_back(conn: sqlite3.Connection) -> None:
    """Undo a failed unit of work; SQLite may already have done so (disk full, I/O error)."""
    if not conn.in_transaction:
        return
    try:
        conn.execute("ROLLBACK")
    except StateError:
        pass  # the error that brought us here is the one to report
