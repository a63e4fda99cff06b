"""Sync cost and limits (README.md "Sync cost and Gmail's limits"): reads in proportion to what matters, under Gmail's per-user limit,
never stuck, nothing twice. Every scenario runs under the kind and the harsh sandbox."""

import json
import os
import pty
import subprocess
import sys

import pytest
from world import incoming

THANKED = "2026-11-20T18:00:00+01:00"


def sync(world, now, *args):
    return json.loads(world.ok("sync", "--json", "--no-input", *args, now=now).stdout)


def started(world):
    world.add("--when", "2026-11-20 14:00", now="2026-11-20T16:00:00+01:00")
    world.send_all_drafts()
    sync(world, THANKED)


def answers(world, count, start=0):
    for n in range(start, start + count):
        world.mailbox.deliver(incoming(
            sender="Pat Jones <pat.jones@acme.example>", subject=f"Question {n}",
            text="Hi,\n\nWe are still reviewing candidates and will be in touch next week.\n\nPat",
            message_id=f"<answer-{n}@acme.example>"))


def noise(world, count):
    for n in range(count):
        world.mailbox.deliver(incoming(sender=f"News {n} <news@letters{n % 50}.example>", subject=f"Digest {n}",
                                       text="Ten things to read this week.", message_id=f"<noise-{n}@letters.example>"))


def stored_replies(world):
    return json.loads(world.ok("show", "1", "--json").stdout)["replies"]


def environment(world, now, **extra):
    return {**os.environ, "ASSISTANT_HOME": str(world.home), "ASSISTANT_SANDBOX": "1", "ASSISTANT_NOW": now,
            "ASSISTANT_DEBUG": "", **extra}


@pytest.mark.parametrize("expired", [False, True], ids=["history", "history-expired"])
def test_a_2000_message_backlog_with_the_employer_answer_oldest_is_found(world, expired):
    started(world)
    world.mailbox.deliver(incoming(
        sender="Pat Jones <pat.jones@acme.example>", subject="Your application",
        text="Hi,\n\nUnfortunately we have decided not to move forward with your application.\n\nPat",
        message_id="<oldest@acme.example>"))
    noise(world, 1999)
    if expired:
        world.mailbox.expire_history()
    world.mailbox.reset_stats()
    # Two weeks later Gmail has dropped the history; the next morning it still has it (harsh keeps one day).
    report = sync(world, "2026-12-04T10:00:00+01:00" if expired else "2026-11-21T08:00:00+01:00")
    assert [(r["message_id"], r["label"]) for r in report["replies"]] == [("<oldest@acme.example>", "rejection")]
    assert report["history_fallback"] is expired
    stats = world.mailbox.stats()
    assert stats["by_method"]["gmail.users.messages.get"]["requests"] == 2     # its headers, then its body
    assert stats["quota_units"] <= 1500


def test_a_sync_paced_to_the_limit_is_never_refused(world):
    started(world)
    answers(world, 12)
    world.ok("sandbox", "quirks", "set", "quota_per_minute", "400")
    world.ok("sandbox", "quirks", "set", "quota_window_seconds", "2")
    world.ok("config", "set", "gmail.quota_per_minute", "400")
    world.mailbox.reset_stats()
    report = sync(world, "2026-11-23T10:00:00+01:00")
    assert len(report["replies"]) == 12
    assert world.mailbox.stats()["rate_limited"] == 0


def test_a_sync_that_does_not_know_the_limit_waits_as_gmail_asks_and_finishes(world):
    started(world)
    answers(world, 12)
    world.ok("sandbox", "quirks", "set", "quota_per_minute", "400")
    world.ok("sandbox", "quirks", "set", "quota_window_seconds", "2")
    world.mailbox.reset_stats()
    report = sync(world, "2026-11-23T10:00:00+01:00")          # believes the default 6,000 a minute
    assert len(report["replies"]) == 12
    assert world.mailbox.stats()["rate_limited"] > 0


def test_a_sync_stopped_by_the_limit_says_how_far_it_got_and_the_next_one_continues(world):
    started(world)
    answers(world, 60)
    # Room for the first 50 (headers and bodies), then Gmail wants ten minutes: too long to wait.
    world.ok("sandbox", "quirks", "set", "quota_per_minute", "2100")
    world.ok("sandbox", "quirks", "set", "quota_window_seconds", "600")
    stopped = world.run("sync", "--no-input", now="2026-11-23T10:00:00+01:00")
    assert stopped.exit_code == 4
    assert ("Error: Gmail's per-user rate limit stopped this sync after reading 50 of 60 messages about your "
            "applications; what was read is saved.\n"
            "The next `assistant sync` continues from there (the limit frees up within a minute).\n") == stopped.stderr
    assert len(stored_replies(world)) == 50
    world.ok("sandbox", "quirks", "set", "quota_per_minute", "0")
    world.mailbox.reset_stats()
    report = sync(world, "2026-11-23T10:05:00+01:00")
    assert len(report["replies"]) == 10
    assert world.mailbox.stats()["by_method"]["gmail.users.messages.get"]["requests"] == 20  # only the rest
    replies = stored_replies(world)
    assert sorted(r["message_id"] for r in replies) == sorted(f"<answer-{n}@acme.example>" for n in range(60))


def test_a_killed_sync_resumes_without_loss_or_double(world):
    started(world)
    answers(world, 60)
    killed = subprocess.run([sys.executable, "-m", "assistant", "sync", "--no-input"], capture_output=True,
                            env=environment(world, "2026-11-23T10:00:00+01:00",
                                            ASSISTANT_CRASH_AT="sync_replies_committed"))
    assert killed.returncode == 86
    assert len(stored_replies(world)) == 50
    world.mailbox.reset_stats()
    report = sync(world, "2026-11-23T10:05:00+01:00")
    assert len(report["replies"]) == 10
    assert world.mailbox.stats()["by_method"]["gmail.users.messages.get"]["requests"] == 20
    replies = stored_replies(world)
    assert len(replies) == len({r["message_id"] for r in replies}) == 60
    assert sync(world, "2026-11-23T10:10:00+01:00")["replies"] == []


def test_mail_not_yet_searchable_is_found_by_a_later_sync_once(world):
    started(world)
    world.ok("sandbox", "quirks", "set", "search_lag_seconds", "3600")
    sync(world, "2026-11-23T10:00:00+01:00")
    answers(world, 1)                                            # arrives at 10:00 on the sandbox clock
    first = sync(world, "2026-11-23T10:05:00+01:00")["replies"]   # Gmail may not have indexed it yet
    later = sync(world, "2026-11-23T13:00:00+01:00")["replies"]   # nothing new in history: searches again
    assert len(first + later) == 1
    assert len(stored_replies(world)) == 1


def test_a_long_read_shows_progress_on_a_terminal_and_nothing_without_one(world):
    started(world)
    answers(world, 30)
    leader, follower = pty.openpty()
    shown = subprocess.run([sys.executable, "-m", "assistant", "sync", "--no-input"], stdout=subprocess.PIPE,
                           stderr=follower, env=environment(world, "2026-11-23T10:00:00+01:00"))
    os.close(follower)
    seen = b""
    try:
        while chunk := os.read(leader, 65536):
            seen += chunk
    except OSError:
        pass
    os.close(leader)
    assert shown.returncode == 0
    assert b"Reading new mail about your applications" in seen
    answers(world, 30, start=30)
    quiet = world.run("sync", "--json", "--no-input", now="2026-11-23T11:00:00+01:00")
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert len(json.loads(quiet.stdout)["replies"]) == 30


def test_ctrl_c_half_way_says_how_far_the_sync_got_and_the_next_one_continues(world):
    import signal
    import time

    started(world)
    answers(world, 60)
    # The first 50 are read (100 calls: headers and bodies); the next call hangs long enough to press Ctrl-C.
    world.mailbox.inject_fault("gmail.users.messages.get", delay=5.0, skip=100)
    syncing = subprocess.Popen([sys.executable, "-m", "assistant", "sync", "--no-input"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True,
                               env=environment(world, "2026-11-23T10:00:00+01:00"))
    deadline = time.monotonic() + 60
    while len(stored_replies(world)) < 50 and time.monotonic() < deadline:
        time.sleep(0.2)
    syncing.send_signal(signal.SIGINT)
    out, err = syncing.communicate(timeout=60)
    assert syncing.returncode == 130
    assert err == ("Interrupted after reading 50 of 60 messages about your applications; what was read is saved, "
                   "and the next `assistant sync` continues from there.\n")
    world.mailbox.clear_faults()
    report = sync(world, "2026-11-23T10:05:00+01:00")
    assert len(report["replies"]) == 10
    assert len(stored_replies(world)) == 60
