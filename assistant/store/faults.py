"""The one place where SQLite's and the disk's failures become a sentence naming the fix.

Every connection the tool opens is a `GuardedConnection`: an `sqlite3.Error`
raised by a statement, a fetch or a commit is translated here into a
`DatabaseProblem` (a StateError: exit 1). Whatever a failing transaction did is
rolled back by SQLite, so "nothing was changed" holds for the database.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from assistant.errors import StateError

RESTORE = "restore it from a backup (`assistant import --backup FILE`) or move it away to start afresh"


class DatabaseProblem(StateError):
    """The database could not be used: busy, read-only, full or damaged."""


def busy(path: Path, waited: float) -> DatabaseProblem:
    return DatabaseProblem(f"Another program is using the database {path} and did not let go within {waited:g} s; "
                           "nothing was changed.",
                           "Close it (a database browser, or another assistant command) and run the command again.")


def read_only(what: Path) -> DatabaseProblem:
    return DatabaseProblem(f"Cannot write to {what}: it is read-only; nothing was changed.",
                           f"Make it writable (e.g. `chmod u+w {what}`) and run the command again.")


def no_space(path: Path) -> DatabaseProblem:
    return DatabaseProblem(f"No space left on the disk holding {path.parent}, nothing was changed.",
                           "Free some space and run the command again.")


def damaged(path: Path, how: str = "is damaged") -> DatabaseProblem:
    return DatabaseProblem(f"The database {path} {how}; {RESTORE}.")


def translate(exc: sqlite3.Error, path: Path, waited: float) -> Exception:
    """The AssistantError for `exc`, or `exc` itself when it is a bug of the tool's own SQL."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "database is locked" in text:
        return busy(path, waited)
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN):
        return read_only(unwritable(path) or path)
    if primary == sqlite3.SQLITE_FULL:
        return no_space(path)
    if primary == sqlite3.SQLITE_IOERR:
        if _nearly_full(path):
            return no_space(path)
        return DatabaseProblem(f"The disk holding {path} failed while it was written ({exc}); nothing was changed.",
                               "Check the disk, then run the command again.")
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return damaged(path)
    if text.startswith(("no such table", "no such column")):
        return damaged(path, "has lost part of its tables")
    return exc


def unwritable(path: Path) -> Path | None:
    """The first of the database's folder, file, -wal and -shm files that exists and cannot be written."""
    for candidate in (path.parent, path, *companions(path)):
        if candidate.exists() and not os.access(candidate, os.W_OK):
            return candidate
    return None


def companions(path: Path) -> tuple[Path, Path]:
    """SQLite's write-ahead log and shared-memory index beside the database (WAL mode)."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


class GuardedCursor(sqlite3.Cursor):
    """A cursor whose failures are translated (fetching can meet a damaged page too)."""

    def _guard(self, call: Any, *args: Any) -> Any:
        try:
            return call(*args)
        except sqlite3.Error as exc:
            connection = self.connection
            assert isinstance(connection, GuardedConnection)  # only GuardedConnection makes these cursors
            raise connection.translated(exc) from None

    def execute(self, sql: str, parameters: Any = ()) -> GuardedCursor:  # type: ignore[override]
        return self._guard(super().execute, sql, parameters)

    def fetchone(self) -> Any:
        return self._guard(super().fetchone)

    def fetchall(self) -> list[Any]:
        return self._guard(super().fetchall)

    def fetchmany(self, size: int = 1) -> list[Any]:  # type: ignore[override]
        return self._guard(super().fetchmany, size)

    def __next__(self) -> Any:
        return self._guard(super().__next__)


class GuardedConnection(sqlite3.Connection):
    """A connection that reports failures as DatabaseProblem sentences (see `translate`)."""

    path: Path = Path("assistant.db")
    wait_seconds: float = 10.0

    def translated(self, exc: sqlite3.Error) -> Exception:
        return translate(exc, self.path, self.wait_seconds)

    def execute(self, sql: str, parameters: Any = ()) -> GuardedCursor:  # type: ignore[override]
        return self.cursor(GuardedCursor).execute(sql, parameters)

    def executescript(self, script: str) -> sqlite3.Cursor:
        try:
            return super().executescript(script)
        except sqlite3.Error as exc:
            raise self.translated(exc) from None

    def commit(self) -> None:
        try:
            super().commit()
        except sqlite3.Error as exc:
            raise self.translated(exc) from None
