"""One-time move of sandbox records out of the real database.

Before sandbox mode had a database of its own, both modes shared one file, so
a user who tried the sandbox has sandbox applications in the real database
(and a real sync would act on them). They are recognised by the sandbox
account's address in the Message-IDs of their letters. The first command after
the upgrade copies them into the sandbox's own database (when it has none yet)
and removes them from the real one; a small file beside the settings makes
this happen once (not a row: a backup restores only into an empty database).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from assistant.errors import StateError
from assistant.store.db import connect, transaction

SANDBOX_MESSAGE_IDS = "%@sandbox.example>"    # the sandbox account is you@sandbox.example


def separate_sandbox_records(real_db: Path, sandbox_db: Path, now: datetime, done: Path,
                             marker: Path | None = None) -> list[int]:
    """Move sandbox-made applications from `real_db` to `sandbox_db`; the ids moved (empty when none).

    `done` is the file noting that it happened; `marker` is the database marker `connect`
    keeps, so a damaged real database is reported, never recreated.
    """
    if done.exists() or not real_db.exists():
        return []
    conn = connect(real_db, marker=marker)
    try:
        ids = [r[0] for r in conn.execute(
            "SELECT DISTINCT application_id FROM letters WHERE tool_message_id LIKE ? ORDER BY 1",
            (SANDBOX_MESSAGE_IDS,))]
        if ids and not sandbox_db.exists():
            _copy_only(conn, sandbox_db, ids)
        if ids:
            with transaction(conn):
                conn.execute(f"DELETE FROM applications WHERE id IN ({','.join('?' * len(ids))})", ids)
                if not conn.execute("SELECT 1 FROM applications LIMIT 1").fetchone():
                    # Only the sandbox ever synced here: its history id means nothing to Gmail.
                    conn.execute("DELETE FROM sync_state WHERE key IN ('history_id', 'last_sync_at')")
        done.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        done.write_text(f"sandbox records separated {now.isoformat()}: {ids}\n", encoding="utf-8")
        return ids
    finally:
        conn.close()


def _copy_only(conn: sqlite3.Connection, target: Path, ids: list[int]) -> None:
    """A copy of the whole database at `target` keeping only these applications (ids unchanged)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    copy = sqlite3.connect(target, isolation_level=None)
    try:
        conn.backup(copy)
        copy.execute("PRAGMA foreign_keys = ON")
        marks = ",".join("?" * len(ids))
        copy.execute("BEGIN")
        copy.execute(f"DELETE FROM applications WHERE id NOT IN ({marks})", ids)
        copy.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        copy.close()
        target.unlink(missing_ok=True)
        raise StateError(f"The sandbox records could not be copied to {target} ({exc}); "
                         "free some disk space and run the command again.") from None
    copy.close()
