"""Disk and database faults: one sentence naming the fix, nothing changed (issue 10, item 3). Real SQLite, no mocks."""

import sqlite3
import time
from datetime import UTC, datetime

import pytest

from assistant.errors import StateError
from assistant.store.db import connect, transaction
from assistant.store.repo import Repository

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def events(path) -> int:
    raw = sqlite3.connect(path)
    try:
        return raw.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        raw.close()


def test_a_database_another_program_holds_is_waited_for_a_bounded_time_then_named(tmp_path):
    path = tmp_path / "a.db"
    connect(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        conn = connect(path, wait_seconds=0.5)
        started = time.monotonic()
        with pytest.raises(StateError) as caught:
            with transaction(conn):
                conn.execute("INSERT INTO sync_state VALUES ('k', 'v')")
        waited = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught.value.message == (f"Another program is using the database {path} and did not let go "
                                    "within 0.5 s; nothing was changed.")
    assert 0.4 < waited < 3
    assert conn.execute("SELECT count(*) FROM sync_state").fetchone()[0] == 0


def test_a_full_disk_is_named_and_the_transaction_leaves_nothing(tmp_path):
    path = tmp_path / "a.db"
    conn = connect(path)
    repo = Repository(conn)
    # SQLite answers SQLITE_FULL when the database may not grow: a real limit, as a full disk sets one.
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StateError) as caught:
        with transaction(conn):
            conn.execute("INSERT INTO sync_state VALUES ('before', 'x')")
            conn.execute("INSERT INTO sync_state VALUES ('big', ?)", ("x" * 200_000,))
    assert caught.value.message == f"No space left on the disk holding {tmp_path}, nothing was changed."
    assert caught.value.hint == "Free some space and run the command again."
    assert repo.get_state("before") is None


def test_a_database_damaged_in_the_middle_says_restore(tmp_path):
    path = tmp_path / "a.db"
    conn = connect(path)
    with transaction(conn):
        conn.executemany("INSERT INTO sync_state VALUES (?, ?)", [(f"k{i}", "v" * 500) for i in range(200)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = b"\xa5" * page
    path.write_bytes(bytes(data))
    with pytest.raises(StateError) as caught:
        conn = connect(path)
        conn.execute("SELECT count(*), max(length(value)) FROM sync_state").fetchone()
    assert caught.value.message == (f"The database {path} is damaged; restore it from a backup "
                                    "(`assistant import --backup FILE`) or move it away to start afresh.")


def test_a_database_emptied_after_setup_is_reported_not_recreated(tmp_path):
    path, marker = tmp_path / "a.db", tmp_path / "config" / "databases-initialised"
    connect(path, marker=marker).close()
    path.write_bytes(b"")
    with pytest.raises(StateError) as caught:
        connect(path, marker=marker)
    assert caught.value.message == (f"The database {path} is empty although assistant had set it up; restore it "
                                    "from a backup (`assistant import --backup FILE`) or move it away to start afresh.")
    assert path.stat().st_size == 0


def test_a_database_without_its_tables_is_reported_not_recreated(tmp_path):
    path, marker = tmp_path / "a.db", tmp_path / "config" / "databases-initialised"
    connect(path, marker=marker).close()
    raw = sqlite3.connect(path)
    for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        raw.execute(f"DROP TABLE {name}")
    raw.execute("PRAGMA user_version = 0")
    raw.commit()
    raw.close()
    with pytest.raises(StateError, match="has lost its tables although assistant had set it up; restore it"):
        connect(path, marker=marker)


def test_a_database_moved_away_is_created_afresh(tmp_path):
    path, marker = tmp_path / "a.db", tmp_path / "config" / "databases-initialised"
    connect(path, marker=marker).close()
    path.rename(tmp_path / "old.db")
    for leftover in (tmp_path / "a.db-wal", tmp_path / "a.db-shm"):
        leftover.unlink(missing_ok=True)
    assert connect(path, marker=marker).execute("SELECT count(*) FROM applications").fetchone()[0] == 0


def test_read_only_wal_files_left_by_an_older_run_are_made_usable(tmp_path):
    path = tmp_path / "a.db"
    connect(path).close()
    for leftover in (tmp_path / "a.db-wal", tmp_path / "a.db-shm"):
        leftover.write_bytes(b"")
        leftover.chmod(0o444)
    conn = connect(path)
    with transaction(conn):
        conn.execute("INSERT INTO sync_state VALUES ('k', 'v')")
    assert all((tmp_path / f"a.db-{kind}").stat().st_mode & 0o200 for kind in ("wal", "shm"))
