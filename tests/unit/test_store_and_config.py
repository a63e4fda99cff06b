import sqlite3
from datetime import UTC

import pytest

from assistant.config import Config
from assistant.errors import InputError, StateError
from assistant.store.db import SCHEMA_VERSION, connect


def test_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "a.db"
    connect(path).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(StateError, match="newer version of assistant"):
        connect(path)


def test_corrupt_database_is_refused_with_a_sentence(tmp_path):
    path = tmp_path / "a.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StateError, match="is damaged; restore it from a backup"):
        connect(path)


def test_migrations_are_recorded_by_name(tmp_path):
    conn = connect(tmp_path / "a.db")
    assert [r[0] for r in conn.execute("SELECT name FROM schema_migrations")] == [
        "0001_initial", "0002_letter_note", "0003_letter_writer", "0004_letter_scheduled_for",
        "0005_letter_written_message_id", "0006_rounds", "0007_follow_up_ways",
        "0008_invitations"]


def test_a_letter_drafted_before_0005_keeps_its_data_and_has_no_written_id(tmp_path):
    import sqlite3

    from assistant.store.migrations import MIGRATIONS
    from assistant.store.repo import Repository

    path = tmp_path / "old.db"
    raw = sqlite3.connect(path)
    raw.executescript("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL);"
                      + MIGRATIONS[0][1] + MIGRATIONS[1][1] + "PRAGMA user_version = 2;")
    raw.execute("INSERT INTO applications (id, company, position, interview_at, stage, created_at, updated_at) "
                "VALUES (1, 'Acme', 'Analyst', '2026-11-17T13:00:00+00:00', 'thank_you_drafted', 'x', 'x')")
    raw.execute("INSERT INTO letters (application_id, purpose, state, tool_message_id, to_addr, subject, created_at,"
                " gmail_message_id, draft_id) VALUES (1, 'thank_you', 'drafted', '<a@b>', 'p@acme.example', 'Thanks',"
                " '2026-11-17T15:00:00+00:00', 'm1', 'r1')")
    raw.commit()
    raw.close()
    [letter] = Repository(connect(path)).letters()
    assert (letter.draft_id, letter.gmail_message_id, letter.written_message_id) == ("r1", "m1", None)


@pytest.mark.parametrize("key, value, message", [
    ("colour", "blue", "Unknown setting 'colour'; valid keys are: name,"),
    ("followup.mode", "yolo", "must be 'draft' or 'send'"),
    ("followup.after_days", "0", "between 1 and 60"),
    ("timezone", "Mars/Olympus", "IANA time zone"),
    ("email", "not-an-address", "not an email address"),
    ("resume", "/nonexistent/cv.pdf", "no file at"),
    ("followup.hours", "11:30-09:30", "start before end"),
    ("name", "Alex\nBcc: x", "one line"),
    ("gmail.quota_per_minute", "lots", "whole number of quota units per minute"),
    ("gmail.quota_per_minute", "50", "between 100 and 1000000"),
])
def test_bad_setting_is_refused_and_not_saved(tmp_path, key, value, message):
    config = Config(tmp_path / "config.json")
    with pytest.raises(InputError, match=message):
        config.set(key, value)
    assert not (tmp_path / "config.json").exists()


def test_gmail_quota_defaults_to_the_2026_limit_and_a_legacy_project_can_raise_it(tmp_path):
    config = Config(tmp_path / "config.json")
    assert config.values()["gmail.quota_per_minute"] == 6000
    config.set("gmail.quota_per_minute", "15,000")
    assert Config(tmp_path / "config.json").values()["gmail.quota_per_minute"] == 15000


def test_setting_is_saved_and_shown(tmp_path):
    config = Config(tmp_path / "config.json")
    config.set("followup.after_days", "10")
    assert Config(tmp_path / "config.json").profile().followup_after_days == 10


def test_message_ids_gmail_reports_folded_are_stored_unfolded(tmp_path):
    from datetime import datetime

    from assistant.domain.models import Application, Interviewer, Letter, Reply
    from assistant.store.repo import Repository

    long_id = "<" + "0123456789" * 9 + "@mail.a-long-subdomain.example>"
    folded = " " + long_id          # what a folded header gives once its line break is removed
    now = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
    repo = Repository(connect(tmp_path / "a.db"))
    app = repo.add_application(Application(company="Acme", position="Eng", interview_at=now, stage="thanked",
                                           interviewers=(Interviewer(name="Pat", email="pat@acme.example"),)), now)
    letter = repo.add_letter(Letter(application_id=app.id, purpose="status_inquiry", state="sent", to_addr="pat@acme.example",
                                    tool_message_id="\r\n " + long_id, subject="Checking in", created_at=now,
                                    in_reply_to=folded))
    repo.update_letter(letter.id, rfc_message_id=folded)
    repo.add_reply(Reply(gmail_message_id="m1", application_id=app.id, received_at=now, label="pending",
                         confidence=0.9, matched_by="thread", rfc_message_id=folded))
    stored = repo.letter(letter.id)
    assert (stored.tool_message_id, stored.rfc_message_id, stored.in_reply_to) == (long_id, long_id, long_id)
    assert repo.replies(app.id)[0].rfc_message_id == long_id
