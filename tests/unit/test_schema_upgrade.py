"""Schema migrations: a database of the first version upgrades with its data intact,
and several programs opening a fresh database at once set it up exactly once."""

import sqlite3
import threading

from assistant.store.db import SCHEMA_VERSION, connect
from assistant.store.migrations import MIGRATIONS

INTERVIEW = "2026-11-17T13:00:00+00:00"


def _first_version_database(path):
    """A database as the first release left it: migration 0001 only, with an application in it."""
    raw = sqlite3.connect(path)
    raw.executescript(
        "CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL);"
        + MIGRATIONS[0][1]
        + "INSERT INTO schema_migrations VALUES ('0001_initial', '2026-01-05T09:00:00+00:00');"
        + "PRAGMA user_version = 1;")
    raw.execute("INSERT INTO applications (id, company, position, interview_at, kind, detail, stage, main_contact,"
                " created_at, updated_at) VALUES (1, 'Acme', 'Data Analyst', ?, 'onsite', 'the dashboard project',"
                " 'thank_you_sent', 7, 'c', 'u')", (INTERVIEW,))
    raw.execute("INSERT INTO interviewers (id, application_id, ordinal, title, name, email)"
                " VALUES (7, 1, 1, 'Ms', 'Pat Jones', 'pat@acme.example')")
    raw.execute("INSERT INTO letters (id, application_id, interviewer_id, purpose, state, tool_message_id, to_addr,"
                " subject, created_at, gmail_message_id, draft_id, sent_at) VALUES (3, 1, 7, 'thank_you', 'sent',"
                " '<t1@assistant>', 'pat@acme.example', 'Thank you', 'c', 'm1', NULL, '2026-11-17T16:00:00+00:00')")
    raw.execute("INSERT INTO replies (gmail_message_id, application_id, received_at, label, confidence, matched_by)"
                " VALUES ('r9', 1, '2026-11-18T10:00:00+00:00', 'positive', 0.9, 'thread')")
    raw.execute("INSERT INTO events (application_id, at, kind, detail) VALUES (1, 'c', 'added', 'by hand')")
    raw.execute("INSERT INTO sync_state (key, value) VALUES ('history_id', '4711')")
    raw.commit()
    raw.close()


def test_a_database_of_the_first_schema_version_upgrades_with_its_data_intact(tmp_path):
    path = tmp_path / "first.db"
    _first_version_database(path)

    conn = connect(path)

    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [r[0] for r in conn.execute("SELECT name FROM schema_migrations ORDER BY name")] == [
        name for name, _ in MIGRATIONS]
    app = conn.execute("SELECT company, position, interview_at, kind, detail, stage, main_contact"
                       " FROM applications").fetchall()
    assert [tuple(row) for row in app] == [
        ("Acme", "Data Analyst", INTERVIEW, "onsite", "the dashboard project", "thank_you_sent", 7)]
    people = conn.execute("SELECT id, application_id, title, name, email FROM interviewers").fetchall()
    assert [tuple(row) for row in people] == [(7, 1, "Ms", "Pat Jones", "pat@acme.example")]
    letter = conn.execute("SELECT purpose, state, tool_message_id, gmail_message_id, sent_at, note, writer,"
                          " scheduled_for, written_message_id FROM letters WHERE id = 3").fetchone()
    assert tuple(letter) == ("thank_you", "sent", "<t1@assistant>", "m1", "2026-11-17T16:00:00+00:00",
                             None, None, None, None)
    assert tuple(conn.execute("SELECT label, confidence FROM replies WHERE gmail_message_id = 'r9'").fetchone()) == (
        "positive", 0.9)
    assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 1
    assert conn.execute("SELECT value FROM sync_state WHERE key = 'history_id'").fetchone()[0] == "4711"


def test_a_first_version_database_opened_twice_is_upgraded_once(tmp_path):
    path = tmp_path / "first.db"
    _first_version_database(path)
    connect(path).close()

    conn = connect(path)

    assert conn.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("SELECT COUNT(*) FROM applications").fetchone()[0] == 1


def test_programs_opening_a_fresh_database_at_the_same_moment_all_get_it_set_up_once(tmp_path):
    # Seen once in the field: two runs started together on a new machine, and the
    # second failed with "table applications already exists".
    for attempt in range(8):
        path = tmp_path / f"fresh-{attempt}.db"
        openers = 4
        start = threading.Barrier(openers)
        failures: list[BaseException] = []

        def open_it(path=path, start=start, failures=failures):
            start.wait()
            try:
                connect(path).close()
            except BaseException as exc:  # collected: a thread's exception would otherwise be lost
                failures.append(exc)

        threads = [threading.Thread(target=open_it) for _ in range(openers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert failures == []
        conn = connect(path)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)
        conn.close()
