"""`export --backup` / `import --backup`: everything the tool knows, restored exactly, drafting nothing."""

import json
import shutil
import sqlite3

from world import World, incoming

from assistant.store.migrations import MIGRATIONS

FRIDAY = "2026-11-20 14:00"


def sync(world, now):
    return json.loads(world.ok("sync", "--json", "--no-input", now=now).stdout)


def a_job_search(world):
    """Two thanked applications: one with an answer from the employer, one still waiting for it."""
    world.add("--when", FRIDAY, "--hear-back", "in 2 weeks", now="2026-11-20T16:00:00+01:00")
    world.send_all_drafts()
    sync(world, "2026-11-20T18:00:00+01:00")
    world.mailbox.deliver(incoming(sender="Pat Jones <pat.jones@acme.example>", subject="Quick update",
                                   text="Hi José,\n\nWe are still interviewing and expect to decide within two weeks.\n\nPat"))
    sync(world, "2026-11-23T10:00:00+01:00")
    world.add("--company", "Globex", "--position", "Analyst", "--when", "2026-11-23 09:00",
              interviewers=("Mr. Tom Becker <tom@globex.example>", "Lee Wong <lee@globex.example>"),
              now="2026-11-23T12:00:00+01:00")
    world.send_all_drafts()
    sync(world, "2026-11-23T18:00:00+01:00")


def restored_home(world, tmp_path):
    """A new, empty home on the same Gmail account (the sandbox mailbox stands for the account)."""
    other = World(home=tmp_path / "restored", resume=world.resume)
    # only the account's mailbox: sandbox mode's own config/ and data/ beside it belong to the old home
    shutil.copytree(world.sandbox_dir, other.sandbox_dir, ignore=shutil.ignore_patterns("config", "data"))
    return other


def test_backup_restores_exactly_and_a_sync_there_drafts_nothing_for_old_interviews(world, tmp_path):
    a_job_search(world)
    events = sum(len(json.loads(world.ok("show", str(i), "--json").stdout)["events"]) for i in (1, 2))
    first = tmp_path / "backup.json"
    made = world.ok("export", "--backup", str(first), now="2026-11-23T12:00:00+01:00")
    assert made.stderr == (f"Backed up 2 applications, 3 letters, 1 reply, {events} timeline events to {first}; "
                           f"`assistant import --backup {first}` restores it into an empty home.\n")
    assert oct(first.stat().st_mode & 0o777) == "0o600"
    drafts_before = sorted(draft_id for draft_id, _ in world.drafts())

    other = restored_home(world, tmp_path)
    restored = other.ok("import", "--backup", str(first), now="2026-11-23T12:00:00+01:00")
    assert restored.stdout == (f"Restored 2 applications, 3 letters, 1 reply, {events} timeline events from {first}; "
                               "nothing was drafted.\n")
    assert sorted(draft_id for draft_id, _ in other.drafts()) == drafts_before

    second = tmp_path / "again.json"
    other.ok("export", "--backup", str(second), now="2026-11-23T12:00:00+01:00")
    assert second.read_bytes() == first.read_bytes()
    assert other.ok("show", "2", "--json").stdout == world.ok("show", "2", "--json").stdout

    report = sync(other, "2026-11-24T10:00:00+01:00")
    assert report["drafts_created"] == [] and report["replies"] == [] and report["messages_read"] == 0
    assert sorted(draft_id for draft_id, _ in other.drafts()) == drafts_before
    # Life goes on from the restored state: Globex's inquiry a week later, nothing for Acme (answered).
    report = sync(other, "2026-12-01T10:00:00+01:00")
    assert [d["subject"] for d in report["drafts_created"]] == ["Following Up – Analyst"]


def test_restore_refuses_a_home_that_already_holds_applications(world, tmp_path):
    world.add()
    backup = tmp_path / "backup.json"
    world.ok("export", "--backup", str(backup))
    refused = world.run("import", "--backup", str(backup))
    assert refused.exit_code == 1
    assert refused.stderr == (f"Error: The database {world.state / 'assistant.db'} already holds 1 application; "
                              "a backup is restored only into an empty home, so point ASSISTANT_HOME at a new folder "
                              "and run the import there.\n")
    assert len(json.loads(world.ok("list", "--json", "--all").stdout)) == 1


def test_a_backup_of_an_older_schema_is_upgraded_on_restore(world, tmp_path):
    world.add()
    backup = tmp_path / "backup.json"
    world.ok("export", "--backup", str(backup))
    document = json.loads(backup.read_text())
    first_schema = sqlite3.connect(":memory:")
    first_schema.executescript(MIGRATIONS[0][1])
    first_tables = {r[0] for r in first_schema.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    document["tables"] = {name: table for name, table in document["tables"].items() if name in first_tables}
    for name, table in document["tables"].items():   # as schema 1 wrote it: no later columns or tables yet
        known = [r[1] for r in first_schema.execute(f'PRAGMA table_info("{name}")')]
        keep = [i for i, column in enumerate(table["columns"]) if column in known]
        table["columns"] = [table["columns"][i] for i in keep]
        table["rows"] = [[row[i] for i in keep] for row in table["rows"]]
    assert "note" not in document["tables"]["letters"]["columns"]
    document["schema_version"] = 1
    backup.write_text(json.dumps(document))
    other = restored_home(world, tmp_path)
    other.ok("import", "--backup", str(backup))
    assert json.loads(other.ok("show", "1", "--json").stdout)["drafts"] == json.loads(world.ok("show", "1", "--json").stdout)["drafts"]


def test_import_backup_refuses_a_file_that_is_no_backup(world, tmp_path):
    csv = tmp_path / "interviews.csv"
    csv.write_text("company,position\nAcme,Analyst\n")
    result = world.run("import", "--backup", str(csv))
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {csv} cannot be read as a backup (Expecting value: line 1 column 1 (char 0)); "
                             "give the file `assistant export --backup` wrote.\n")
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format": "assistant-backup", "format_version": 99, "schema_version": 1, "tables": {}}))
    result = world.run("import", "--backup", str(newer))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {newer} was written by a newer version of assistant; upgrade assistant to restore it.\n"


def test_a_backup_taken_while_a_letter_is_being_written_does_not_carry_the_writers_claim(world, tmp_path):
    world.add()
    database = world.state / "assistant.db"
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE letters SET writer = '4242:1:run'")
    backup = tmp_path / "backup.json"
    world.ok("export", "--backup", str(backup))
    letters = json.loads(backup.read_text())["tables"]["letters"]
    writer = letters["columns"].index("writer")
    assert [row[writer] for row in letters["rows"]] == [None]
