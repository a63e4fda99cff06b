"""The daily sync: sent drafts, the week-later inquiry, answers, faults, crashes, concurrency, cost."""

import json
import os
import subprocess
import sys

from world import body, incoming

FRIDAY = "2026-11-20 14:00"          # interview on a Friday afternoon (Berlin)
AFTER = "2026-11-20T16:00:00+01:00"


def sync(world, now, *args):
    return json.loads(world.ok("sync", "--json", "--no-input", *args, now=now).stdout)


def inquiries(world):
    return [m for _, m in world.drafts() if m["Subject"].startswith("Following Up")]


def started(world, *extra):
    world.add("--when", FRIDAY, *extra, now=AFTER)
    world.send_all_drafts()
    return sync(world, "2026-11-20T18:00:00+01:00")


def test_sent_drafts_move_the_application_to_thanked(world):
    report = started(world)
    assert report["messages_read"] == 1
    app = json.loads(world.ok("show", "1", "--json").stdout)
    assert app["stage"] == "thanked"
    assert app["drafts"][0]["state"] == "sent"
    sent = world.messages("SENT")[0][1]
    assert app["drafts"][0]["message_id"] == sent["Message-ID"]  # Gmail's rewritten one, not ours


def test_no_inquiry_before_a_week_and_one_on_the_first_working_slot(world):
    started(world)
    assert sync(world, "2026-11-27T10:00:00+01:00")["drafts_created"] == []   # day 7 is 14:00 Friday
    assert sync(world, "2026-11-28T10:00:00+01:00")["drafts_created"] == []   # Saturday
    assert sync(world, "2026-11-30T09:00:00+01:00")["drafts_created"] == []   # Monday before the window
    report = sync(world, "2026-11-30T09:31:00+01:00")
    assert [d["subject"] for d in report["drafts_created"]] == ["Following Up – Data Engineer"]
    (inquiry,) = inquiries(world)
    thank_you = world.messages("SENT")[0][1]
    assert inquiry["To"].addresses[0].addr_spec == "pat.jones@acme.example"
    assert inquiry["References"] == thank_you["Message-ID"]
    assert body(inquiry).startswith("Dear Ms. Jones,")
    assert "decision" in body(inquiry) and body(inquiry).rstrip().endswith("José Ñúñez")
    assert sync(world, "2026-11-30T10:00:00+01:00")["drafts_created"] == []
    assert len(inquiries(world)) == 1


def test_no_inquiry_until_the_stated_time_frame_has_passed(world):
    started(world, "--hear-back", "2026-12-04")
    assert sync(world, "2026-12-01T10:00:00+01:00")["drafts_created"] == []
    assert sync(world, "2026-12-04T10:00:00+01:00")["drafts_created"] == []
    assert len(sync(world, "2026-12-07T09:45:00+01:00")["drafts_created"]) == 1


def test_no_inquiry_after_the_employer_answered(world):
    started(world)
    world.mailbox.deliver(incoming(sender="Pat Jones <pat.jones@acme.example>", subject="Quick update",
                                   text="Hi José,\n\nWe are still interviewing and expect to decide within two weeks.\n\nPat"))
    report = sync(world, "2026-11-24T10:00:00+01:00")
    assert [r["label"] for r in report["replies"]] == ["pending"]
    assert sync(world, "2026-12-01T10:00:00+01:00")["drafts_created"] == []
    assert inquiries(world) == []


def test_unsent_inquiry_is_withdrawn_when_the_employer_answers(world):
    started(world)
    sync(world, "2026-11-30T09:31:00+01:00")
    assert len(inquiries(world)) == 1
    world.mailbox.deliver(incoming(sender="Pat Jones <pat.jones@acme.example>", subject="Next steps",
                                   text="Hi José,\n\nWe would like to invite you to a second interview with our CTO. "
                                        "Could you share your availability for next week?\n\nBest,\nPat"))
    report = sync(world, "2026-11-30T14:00:00+01:00")
    assert report["replies"][0]["label"] == "next_step"
    assert [w["subject"] for w in report["withdrawn"]] == ["Following Up – Data Engineer"]
    assert inquiries(world) == []
    assert json.loads(world.ok("show", "1", "--json").stdout)["stage"] == "next_step"
    human = world.ok("sync", now="2026-11-30T15:00:00+01:00").stdout
    assert "Nothing new" in human


def test_history_too_old_falls_back_to_a_search_and_carries_on(world):
    started(world)
    world.mailbox.deliver(incoming(sender="Pat Jones <pat.jones@acme.example>", subject="Next steps",
                                   text="Could we schedule a second interview next week? Please send your availability."))
    world.mailbox.expire_history()
    report = sync(world, "2026-11-23T10:00:00+01:00")
    assert report["history_fallback"] is True
    assert [r["label"] for r in report["replies"]] == ["next_step"]
    world.mailbox.reset_stats()
    assert sync(world, "2026-11-23T11:00:00+01:00")["history_fallback"] is False
    assert world.mailbox.stats()["requests"] == 1


def test_reads_survive_rate_limits_and_server_errors(world):
    started(world)
    world.mailbox.deliver(incoming(sender="Pat Jones <pat.jones@acme.example>", subject="Decision",
                                   text="Unfortunately we have decided not to move forward with your application."))
    world.mailbox.inject_fault("gmail.users.history.list", status=503, times=1)
    world.mailbox.inject_fault("gmail.users.messages.get", status=429, times=2)
    report = sync(world, "2026-11-23T10:00:00+01:00")
    assert [r["label"] for r in report["replies"]] == ["rejection"]


def test_a_write_error_after_gmail_made_the_draft_still_gives_one_inquiry(world):
    started(world)
    world.mailbox.inject_fault("gmail.users.drafts.create", status=500, after_effect=True)
    report = sync(world, "2026-11-30T09:31:00+01:00")
    assert len(report["drafts_created"]) == 1
    sync(world, "2026-11-30T10:00:00+01:00")
    assert len(inquiries(world)) == 1


def test_a_failed_write_is_retried_by_the_next_sync_once(world):
    started(world)
    world.mailbox.inject_fault("gmail.users.drafts.create", status=503, times=1)
    result = world.run("sync", "--no-input", now="2026-11-30T09:31:00+01:00")
    assert result.exit_code == 4 and "Gmail answered 503" in result.stderr
    assert inquiries(world) == []
    sync(world, "2026-11-30T10:00:00+01:00")
    sync(world, "2026-11-30T10:05:00+01:00")
    assert len(inquiries(world)) == 1


def test_sync_killed_between_the_gmail_write_and_the_commit_makes_one_inquiry(world):
    started(world)
    env = {**os.environ, "ASSISTANT_HOME": str(world.home), "ASSISTANT_SANDBOX": "1",
           "ASSISTANT_NOW": "2026-11-30T09:31:00+01:00", "ASSISTANT_CRASH_AT": "after_gmail_write"}
    killed = subprocess.run([sys.executable, "-m", "assistant", "sync", "--no-input"], env=env,
                            capture_output=True, text=True)
    assert killed.returncode == 86
    assert len(inquiries(world)) == 1     # Gmail has it; the database does not know yet
    report = sync(world, "2026-11-30T09:40:00+01:00")
    assert len(report["drafts_created"]) == 1
    assert len(inquiries(world)) == 1
    assert json.loads(world.ok("show", "1", "--json").stdout)["stage"] == "inquiry_drafted"


def test_a_second_sync_while_one_runs_stops_with_a_clear_message(world):
    from assistant.adapters.lock import exclusive

    started(world)
    with exclusive(world.state / "sync.lock"):
        result = world.run("sync", "--no-input", now="2026-11-30T09:31:00+01:00")
    assert result.exit_code == 1
    assert "Another `assistant sync` is running; this one stopped without changing anything." in result.stderr
    assert inquiries(world) == []


def test_dry_run_changes_nothing_in_gmail_or_locally(world):
    started(world)
    world.mailbox.deliver(incoming(sender="Pat Jones <pat.jones@acme.example>", subject="Update",
                                   text="Hi, we are still reviewing candidates and will be in touch next week."))
    before = world.mailbox.dump()
    result = world.ok("sync", "--dry-run", now="2026-11-30T09:31:00+01:00")
    assert "Dry run" in result.stdout
    assert world.mailbox.dump() == before
    report = sync(world, "2026-11-30T09:32:00+01:00")
    assert [r["label"] for r in report["replies"]] == ["pending"]


def test_send_mode_sends_the_inquiry_once_and_dry_run_shows_it(world):
    world.ok("config", "set", "followup.mode", "send")
    started(world)
    shown = world.ok("sync", "--dry-run", now="2026-11-30T09:31:00+01:00").stdout
    assert "would send: application 1, \"Following Up – Data Engineer\" to pat.jones@acme.example" in shown
    assert "Dear Ms. Jones," in shown
    report = sync(world, "2026-11-30T09:31:00+01:00")
    assert [s["subject"] for s in report["sent"]] == ["Following Up – Data Engineer"]
    sync(world, "2026-12-01T09:31:00+01:00")
    sent = [m for _, m in world.messages("SENT") if m["Subject"].startswith("Following Up")]
    assert len(sent) == 1 and inquiries(world) == []


def test_a_deleted_draft_is_reported_and_not_recreated(world):
    world.add("--when", FRIDAY, now=AFTER)
    (draft_id, _), = world.drafts()
    world.mailbox.user_delete_draft(draft_id)
    report = sync(world, "2026-11-20T18:00:00+01:00")
    assert "you deleted the draft" in report["skipped"][0]
    sync(world, "2026-11-21T18:00:00+01:00")
    assert world.drafts() == []


def test_an_edited_draft_that_is_sent_counts_as_sent(world):
    world.add("--when", FRIDAY, now=AFTER)
    (draft_id, msg), = world.drafts()
    msg.replace_header("Subject", "Thank you, Pat!")
    edited = world.mailbox.user_edit_draft(draft_id, msg.as_bytes())   # harsh: the draft id rotates
    sync(world, "2026-11-20T17:00:00+01:00")
    world.mailbox.press_send(edited["id"])
    sync(world, "2026-11-20T18:00:00+01:00")
    assert json.loads(world.ok("show", "1", "--json").stdout)["stage"] == "thanked"


def test_mail_written_by_hand_to_the_interviewer_counts_as_the_follow_up(world):
    started(world)
    world.mailbox.user_send(incoming(sender="you@sandbox.example", to="Pat Jones <pat.jones@acme.example>",
                                     subject="Checking in", text="Hi Pat, any news on the role?",
                                     message_id="<by-hand@sandbox.example>"))
    sync(world, "2026-11-25T10:00:00+01:00")
    assert sync(world, "2026-12-01T10:00:00+01:00")["drafts_created"] == []
    assert json.loads(world.ok("show", "1", "--json").stdout)["stage"] == "inquired"


def test_idle_sync_is_one_request_with_200_applications(world, tmp_path):
    rows = ["company,position,interviewers,when"]
    rows += [f"Company {i},Engineer,Pat Jones <pat{i}@c{i}.example>,2026-11-16 10:00" for i in range(200)]
    (tmp_path / "many.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    world.ok("import", str(tmp_path / "many.csv"), "--no-drafts")
    sync(world, "2026-11-17T10:00:00+01:00")
    world.mailbox.reset_stats()
    report = sync(world, "2026-11-17T11:00:00+01:00")
    stats = world.mailbox.stats()
    assert report["messages_read"] == 0
    assert stats["requests"] == 1 and stats["by_method"] == {"gmail.users.history.list": {"requests": 1, "quota_units": 2}}


def test_a_resume_changed_after_drafting_is_reported(world):
    world.add("--when", FRIDAY, now=AFTER)
    world.resume.write_bytes(b"%PDF-1.4 a newer resume")
    report = sync(world, "2026-11-20T18:00:00+01:00")
    assert any("changed after its thank-you drafts were made" in item["text"] for item in report["attention"])


def test_mail_about_no_application_is_never_fetched(world):
    started(world)
    for n in range(60):
        world.mailbox.deliver(incoming(sender=f"news{n}@letters{n}.example", subject=f"Digest {n}",
                                       text="Reading list.", message_id=f"<n{n}@letters.example>"))
    world.mailbox.reset_stats()
    report = sync(world, "2026-11-23T10:00:00+01:00")
    assert report["messages_read"] == 0
    assert "gmail.users.messages.get" not in world.mailbox.stats()["by_method"]


def test_send_mode_never_sends_twice_when_the_connection_drops_after_sending(world):
    world.ok("config", "set", "followup.mode", "send")
    started(world)
    world.mailbox.inject_fault("gmail.users.messages.send", drop=True, after_effect=True)
    report = sync(world, "2026-11-30T09:31:00+01:00")
    assert len(report["sent"]) == 1
    sync(world, "2026-12-01T09:31:00+01:00")
    sent = [m for _, m in world.messages("SENT") if m["Subject"].startswith("Following Up")]
    assert len(sent) == 1


def test_a_dropped_batch_of_reads_is_sent_again(world):
    started(world)
    world.mailbox.deliver(incoming(sender="Pat Jones <pat.jones@acme.example>", subject="Next steps",
                                   text="We would like to invite you to a final round next week. What times suit you?"))
    world.mailbox.inject_fault("gmail.users.messages.get", drop=True, times=1)
    report = sync(world, "2026-11-23T10:00:00+01:00")
    assert [r["label"] for r in report["replies"]] == ["next_step"]
