"""One writer per letter: add, respond and sync at once make each letter once (issue 10, item 1)."""

import json
import subprocess
import sys
import time

from processes import copies, db, run, spawn, stage
from world import incoming

FRIDAY = "2026-11-20 14:00"
AFTER = "2026-11-20T16:00:00+01:00"
TWO = ("Ms. Pat Jones <pat.jones@acme.example>", "Mr. Sam Lee <sam.lee@acme.example>")
REJECTION = "Unfortunately we have decided not to move forward with your application."


def rejected(world, now="2026-11-25T10:00:00+01:00"):
    """An application whose rejection the sync has read; the keep-on-file reply not made yet."""
    world.add("--when", FRIDAY, now=AFTER)
    world.send_all_drafts()
    world.ok("sync", "--no-input", now="2026-11-20T18:00:00+01:00")
    world.mailbox.deliver(incoming(sender="Pat Jones <pat.jones@acme.example>", subject="Decision", text=REJECTION))
    world.ok("sync", "--no-input", now=now)
    assert stage(world) == "rejected"


def test_add_while_a_sync_runs_makes_one_draft_per_interviewer(world):
    world.mailbox.inject_fault("gmail.users.drafts.create", delay=3.0)
    args = ["add", "--company", "Acme Corp", "--position", "Data Engineer", "--when", FRIDAY]
    for person in TWO:
        args += ["--interviewer", person]
    adding = spawn(world, *args, now=AFTER)
    time.sleep(1.5)
    syncing = run(world, "sync", "--no-input", now=AFTER)
    out, err = adding.communicate(timeout=60)
    assert adding.returncode == 0, err
    assert syncing.returncode == 0, syncing.stderr
    assert "is being written by another assistant run" in syncing.stdout
    assert sorted(copies(world).values()) == [1, 1]
    assert len(world.drafts()) == 2


def test_respond_while_a_sync_runs_makes_one_reply(world):
    rejected(world)
    world.mailbox.inject_fault("gmail.users.drafts.create", delay=3.0)
    responding = spawn(world, "respond", "1", now="2026-11-25T11:00:00+01:00")
    time.sleep(1.5)
    syncing = run(world, "sync", "--no-input", "--yes", now="2026-11-25T11:00:00+01:00")
    out, err = responding.communicate(timeout=60)
    assert responding.returncode == 0, err
    assert syncing.returncode == 0, syncing.stderr
    assert [m["Subject"] for _, m in world.drafts()] == ["Re: Decision"]


def test_sync_takes_over_a_letter_whose_writer_died(world):
    world.mailbox.inject_fault("gmail.users.drafts.create", status=503)
    failed = world.run("add", "--company", "Acme Corp", "--position", "Data Engineer", "--when", FRIDAY,
                       "--interviewer", TWO[0], now=AFTER)
    assert failed.exit_code == 4
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    with db(world) as conn:   # as a run killed during its upload leaves it
        conn.execute("UPDATE letters SET writer = ?", (f"{dead.stdout.strip()}::gone",))
    report = json.loads(world.ok("sync", "--json", "--no-input", now=AFTER).stdout)
    assert [d["to"] for d in report["drafts_created"]] == ["pat.jones@acme.example"]
    assert len(world.drafts()) == 1


def test_sync_leaves_alone_a_letter_a_live_process_is_writing(world):
    world.mailbox.inject_fault("gmail.users.drafts.create", status=503)
    world.run("add", "--company", "Acme Corp", "--position", "Data Engineer", "--when", FRIDAY,
              "--interviewer", TWO[0], now=AFTER)
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        with db(world) as conn:
            conn.execute("UPDATE letters SET writer = ?", (f"{alive.pid}::other",))
        report = json.loads(world.ok("sync", "--json", "--no-input", now=AFTER).stdout)
    finally:
        alive.kill()
        alive.wait()
    assert report["drafts_created"] == []
    assert report["skipped"] == [f"application 1: \"Thank You – Data Engineer Interview\" to pat.jones@acme.example "
                                 f"is being written by another assistant run (process {alive.pid}); left to it"]
    assert world.drafts() == []
    report = json.loads(world.ok("sync", "--json", "--no-input", now=AFTER).stdout)   # that process is gone now
    assert len(report["drafts_created"]) == 1 and len(world.drafts()) == 1


def test_respond_after_an_interrupted_respond_finishes_the_reply_itself(world):
    rejected(world)
    world.mailbox.inject_fault("gmail.users.drafts.create", status=503)
    failed = world.run("respond", "1", now="2026-11-25T11:00:00+01:00")
    assert failed.exit_code == 4
    assert world.drafts() == []
    again = world.ok("respond", "1", now="2026-11-25T11:05:00+01:00")
    assert "Drafted \"Re: Decision\" to pat.jones@acme.example (draft " in again.stdout
    assert [m["Subject"] for _, m in world.drafts()] == ["Re: Decision"]
    third = world.run("respond", "1", now="2026-11-25T11:10:00+01:00")
    (draft_id, _), = world.drafts()
    assert third.exit_code == 1
    assert (f"The keep-on-file reply for application 1 was already made (draft {draft_id}); "
            "it is never made twice.") in third.stderr


def test_respond_leaves_a_reply_another_live_run_is_writing(world):
    rejected(world)
    world.mailbox.inject_fault("gmail.users.drafts.create", status=503)
    world.run("respond", "1", now="2026-11-25T11:00:00+01:00")
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        with db(world) as conn:
            conn.execute("UPDATE letters SET writer = ? WHERE purpose = 'keep_on_file'", (f"{alive.pid}::other",))
        result = world.run("respond", "1", now="2026-11-25T11:05:00+01:00")
    finally:
        alive.kill()
        alive.wait()
    assert result.exit_code == 1
    assert (f"The keep-on-file reply for application 1 is being drafted right now by another assistant run "
            f"(process {alive.pid}); `assistant show 1` shows it once that run is done.") in result.stderr
    assert world.drafts() == []
