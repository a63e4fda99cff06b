"""Disk and database faults seen from the command line (issue 10, item 3): one sentence, exit 1, nothing changed."""

import json
import os
import shlex
import subprocess
import sys

import pytest
from processes import env_for

AFTER = "2026-11-20T16:00:00+01:00"
ADD = ("add", "--company", "Beta GmbH", "--position", "Analyst", "--when", "2026-11-20 14:00",
       "--interviewer", "Kim Roe <kim@beta.example>", "--no-drafts")


def run_read_only(world, target, *args):
    """Run the CLI with `target` (a file or folder) read-only: a read-only bind mount in a private
    mount namespace when we are root (root writes through file modes), else the file mode."""
    command = [sys.executable, "-m", "assistant", *args]
    env = env_for(world, AFTER)
    if os.geteuid() != 0:
        mode = target.stat().st_mode
        target.chmod(mode & ~0o222)
        try:
            return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        finally:
            target.chmod(mode)
    keep = shlex.quote(str(world.home / "data" / "sandbox"))
    t = shlex.quote(str(target))
    script = (f"mount --bind {keep} {keep} && mount --rbind {t} {t} && mount -o remount,bind,ro {t} "
              f"&& exec {shlex.join(command)}")
    return subprocess.run(["unshare", "-rm", "sh", "-c", script], env=env, capture_output=True, text=True,
                          timeout=60)


def applications(world):
    return json.loads(world.ok("list", "--json").stdout)


def companions(world):
    data = world.state   # sandbox mode's own data folder
    return {p.name: p.stat().st_mode & 0o777 for p in data.iterdir() if p.name.startswith("assistant.db-")}


def test_a_read_only_database_file_is_named_and_leaves_nothing_the_next_run_cannot_use(world):
    world.ok("list")
    db = world.state / "assistant.db"
    result = run_read_only(world, db, *ADD)
    assert result.returncode == 1, result.stderr
    assert f"Error: Cannot write to {db}: it is read-only; nothing was changed." in result.stderr
    assert "Traceback" not in result.stderr and "This is a bug" not in result.stderr
    assert all(mode & 0o200 for mode in companions(world).values())
    world.ok(*ADD, now=AFTER)            # fixed: the next run works
    assert [a["company"] for a in applications(world)] == ["Beta GmbH"]


def test_a_read_only_data_folder_is_named(world):
    world.ok("list")
    data = world.state   # sandbox mode's own data folder
    for companion in data.glob("assistant.db-*"):
        companion.unlink()
    result = run_read_only(world, data, *ADD)
    assert result.returncode == 1, result.stderr
    assert f"Error: Cannot write to {data}: it is read-only; nothing was changed." in result.stderr
    assert applications(world) == []


def test_an_emptied_database_is_reported_not_silently_recreated(world):
    world.add("--when", "2026-11-20 14:00", now=AFTER)
    db = world.state / "assistant.db"
    for companion in db.parent.glob("assistant.db-*"):
        companion.unlink()
    db.write_bytes(b"")
    result = world.run("list")
    assert result.exit_code == 1
    assert (f"Error: The database {db} is empty although assistant had set it up; restore it from a backup "
            "(`assistant import --backup FILE`) or move it away to start afresh.") in result.stderr
    assert db.stat().st_size == 0


def runtime(world):
    from assistant.wiring import Runtime

    return Runtime(environ={**env_for(world, AFTER)}, sandbox=True)


def test_a_full_disk_while_recording_makes_no_draft_and_changes_nothing(world):
    from assistant.errors import StateError
    from assistant.services.interviews import InterviewForm, Interviews

    world.ok("list")
    rt = runtime(world)
    try:
        # A database that may not grow is what a full disk gives SQLite (SQLITE_FULL).
        pages = rt.conn.execute("PRAGMA page_count").fetchone()[0]
        rt.conn.execute(f"PRAGMA max_page_count = {pages}")
        form = InterviewForm(company="Acme Corp", position="Data Engineer", when="2026-11-20 14:00",
                             interviewers=["Pat Jones <pat.jones@acme.example>"], detail="the team " * 3000)
        with pytest.raises(StateError) as caught:
            Interviews(rt).add(form)
    finally:
        rt.close()
    assert caught.value.message == f"No space left on the disk holding {world.state}, nothing was changed."
    assert applications(world) == [] and world.drafts() == []


def test_a_commit_failing_after_gmail_made_the_draft_says_the_next_run_adopts_it(world):
    from assistant.errors import StateError
    from assistant.letters.outbox import Outbox
    from assistant.services.interviews import Interviews

    world.ok("add", "--company", "Acme Corp", "--position", "Data Engineer", "--when", "2026-11-20 14:00",
             "--interviewer", "Pat Jones <pat.jones@acme.example>", "--no-drafts", now=AFTER)
    rt = runtime(world)
    try:
        app = rt.repo.application(1)
        from assistant.letters.build import LetterBuilder

        builder = LetterBuilder(rt)
        letter = builder.thank_you(app, app.interviewers[0], "<t1@sandbox.example>")
        intent = Interviews._intent(app, app.interviewers[0], "<t1@sandbox.example>", letter, rt.clock.now())
        # The database stops taking writes right after Gmail answered (SQLite's own read-only switch).
        outbox = Outbox(rt.repo, rt.mailbox, rt.clock, writer=rt.writer,
                        on_written=lambda point: rt.conn.execute("PRAGMA query_only = ON"))
        stored = outbox.record_intent(intent)
        with pytest.raises(StateError) as caught:
            outbox.dispatch(stored, letter.raw, fresh=True)
    finally:
        rt.close()
    assert caught.value.message.endswith("Gmail already has the draft \"Thank You – Data Engineer Interview\" to "
                                         "pat.jones@acme.example, and the next run adopts it without making a "
                                         "second one.")
    report = json.loads(world.ok("sync", "--json", "--no-input", now=AFTER).stdout)
    assert len(report["drafts_created"]) == 1 and len(world.drafts()) == 1


def test_a_sync_in_a_read_only_data_folder_is_named(world):
    world.ok("sync", "--no-input", now=AFTER)
    data = world.state   # sandbox mode's own data folder
    for companion in data.glob("assistant.db-*"):
        companion.unlink()
    result = run_read_only(world, data, "sync", "--no-input")
    assert result.returncode == 1, result.stderr
    assert f"Cannot write to {data}" in result.stderr
    assert "This is a bug" not in result.stderr
