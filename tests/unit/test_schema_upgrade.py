"""Schema migrations: a database of the first version upgrades with its data intact,
and several programs opening a fresh database at once set it up exactly once."""

import sqlite3
import threading

from old_schema import database_at_version

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


def _fifth_version_database(path):
    """A database as the release before rounds left it (0001..0005): two interviewers, their notes,
    an inquiry, a reply and a keep-on-file letter on one application; a second one recorded ahead."""
    raw = database_at_version(path, 5)
    raw.execute("INSERT INTO applications (id, company, position, interview_at, kind, detail, skill, missed,"
                " hear_back_by, stage, main_contact, thanked_at, created_at, updated_at) VALUES (1, 'Acme',"
                " 'Data Analyst', ?, 'onsite', 'the dashboard project', 'SQL tuning', 'I can start in January',"
                " '2026-11-27T22:59:59+00:00', 'rejected', 8, '2026-11-17T18:00:00+00:00',"
                " '2026-11-17T17:00:00+01:00', 'u')", (INTERVIEW,))
    raw.execute("INSERT INTO applications (id, company, position, interview_at, kind, stage, created_at, updated_at)"
                " VALUES (2, 'Globex', 'Analyst', '2026-11-25T09:00:00+00:00', 'video', 'thank_you_drafted',"
                " '2026-11-20T15:00:00+01:00', 'u')")
    for pid, app, ordinal, name, email in ((7, 1, 0, "Pat Jones", "pat@acme.example"),
                                           (8, 1, 1, "Sam Lee", "sam@acme.example"),
                                           (9, 2, 0, "Kim Ro", "kim@globex.example")):
        raw.execute("INSERT INTO interviewers (id, application_id, ordinal, name, email) VALUES (?,?,?,?,?)",
                    (pid, app, ordinal, name, email))
    for lid, pid, purpose, state in ((3, 7, "thank_you", "sent"), (4, 8, "thank_you", "sent"),
                                     (5, 8, "status_inquiry", "sent"), (6, 7, "keep_on_file", "drafted")):
        raw.execute("INSERT INTO letters (id, application_id, interviewer_id, purpose, state, tool_message_id,"
                    " to_addr, subject, created_at, rfc_message_id, written_message_id) VALUES (?,1,?,?,?,?,?,"
                    " 'Subject', '2026-11-17T17:30:00+00:00', ?, 'w')", (lid, pid, purpose, state, f"<t{lid}@assistant>",
                                                  "x@acme.example", f"<g{lid}@mail.gmail.com>"))
    raw.execute("INSERT INTO replies (gmail_message_id, application_id, received_at, label, confidence, matched_by)"
                " VALUES ('r9', 1, '2026-11-28T10:00:00+00:00', 'rejection', 0.95, 'thread')")
    raw.commit()
    raw.close()


def test_a_database_from_before_rounds_upgrades_each_application_into_its_round_one(tmp_path):
    from assistant.store.repo import Repository

    path = tmp_path / "fifth.db"
    _fifth_version_database(path)

    repo = Repository(connect(path))

    acme, globex = repo.applications()
    [first] = acme.rounds
    assert (first.number, first.start.isoformat(), first.kind, first.detail, first.skill, first.missed,
            first.hear_back_by.isoformat(), first.state) == (
        1, INTERVIEW, "onsite", "the dashboard project", "SQL tuning", "I can start in January",
        "2026-11-27T22:59:59+00:00", "held")
    assert [(p.id, p.email) for p in first.interviewers] == [(7, "pat@acme.example"), (8, "sam@acme.example")]
    assert first.main_contact_id == 8 and acme.main_contact.email == "sam@acme.example"
    assert (acme.stage, acme.interview_at.isoformat(), acme.thanked_at.isoformat()) == (
        "rejected", INTERVIEW, "2026-11-17T18:00:00+00:00")
    letters = {lt.id: lt for lt in repo.letters(1)}
    assert {lid: lt.round_id for lid, lt in letters.items()} == {3: first.id, 4: first.id, 5: first.id, 6: None}
    assert [(lt.state, lt.rfc_message_id, lt.written_message_id) for lt in letters.values()] == [
        ("sent", "<g3@mail.gmail.com>", "w"), ("sent", "<g4@mail.gmail.com>", "w"),
        ("sent", "<g5@mail.gmail.com>", "w"), ("drafted", "<g6@mail.gmail.com>", "w")]
    assert [(r.gmail_message_id, r.label) for r in repo.replies(1)] == [("r9", "rejection")]
    # Recorded ahead of its interview: its round 1 is upcoming.
    assert [(r.number, r.state, [p.id for p in r.interviewers]) for r in globex.rounds] == [(1, "upcoming", [9])]
