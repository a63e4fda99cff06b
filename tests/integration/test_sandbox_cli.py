"""The `assistant sandbox …` commands, as a user types them."""

import base64
import json

from world import incoming


def test_deliver_send_mailbox_and_stats(world, tmp_path):
    world.add()
    (draft_id, _), = world.drafts()
    eml = tmp_path / "reply.eml"
    eml.write_bytes(incoming(sender="Pat Jones <pat.jones@acme.example>", subject="Hello", text="Hi there"))
    delivered = world.ok("sandbox", "deliver", str(eml)).stdout
    assert delivered.startswith("delivered reply.eml: message ")
    sent = world.ok("sandbox", "send", draft_id).stdout
    assert sent.startswith(f"sent draft {draft_id}: message ")

    dump = json.loads(world.ok("sandbox", "mailbox", "--json").stdout)
    assert dump["drafts"] == []
    labels = sorted(tuple(m["labels"]) for m in dump["messages"])
    assert ("SENT",) in labels and any("INBOX" in label for label in labels)
    for message in dump["messages"]:
        assert {"id", "thread_id", "labels", "raw"} <= set(message)
        assert base64.urlsafe_b64decode(message["raw"] + "==").startswith((b"From:", b"Received:", b"MIME", b"To:", b"Subject:", b"Date:", b"Message-ID:"))

    stats = json.loads(world.ok("sandbox", "stats", "--json").stdout)
    assert stats["by_method"]["gmail.users.drafts.create"] == {"requests": 1, "quota_units": 10}
    assert stats["requests"] == sum(m["requests"] for m in stats["by_method"].values())
    world.ok("sandbox", "stats", "--reset")
    assert json.loads(world.ok("sandbox", "stats", "--json").stdout)["requests"] == 0


def test_sending_an_unknown_draft_is_one_sentence(world):
    result = world.run("sandbox", "send", "r-nope")
    assert result.exit_code == 1
    assert result.stderr == "Error: There is no draft r-nope in the sandbox; `assistant sandbox mailbox` lists them.\n"


def test_delivering_something_that_is_not_mail_is_refused(world, tmp_path):
    junk = tmp_path / "junk.eml"
    junk.write_bytes(b"\x00\x01 not a message")
    result = world.run("sandbox", "deliver", str(junk))
    assert result.exit_code == 1 and "does not look like an email message" in result.stderr
    missing = world.run("sandbox", "deliver", str(tmp_path / "nope.eml"))
    assert missing.exit_code == 1 and "Cannot read" in missing.stderr


def test_sandbox_fault_strikes_the_next_calls_and_clear_removes_it(world):
    result = world.ok("sandbox", "fault", "gmail.users.drafts.create", "--status", "503", "--times", "2")
    assert result.stdout == "The next 2 calls of gmail.users.drafts.create will answer 503.\n"
    failed = world.run("add", "--company", "Acme Corp", "--position", "Data Engineer",
                       "--interviewer", "Pat Jones <pat.jones@acme.example>", "--when", "2026-11-17 10:00")
    assert failed.exit_code == 4
    assert "Error: Gmail answered 503 while creating a draft" in failed.stderr
    assert world.ok("sandbox", "fault", "--clear").stdout == "Every pending fault is removed.\n"
    world.ok("sync", "--no-input")
    assert len(world.drafts()) == 1


def test_sandbox_fault_delay_and_after_effect_are_described(world):
    result = world.ok("sandbox", "fault", "gmail.users.messages.send", "--delay", "0.5", "--drop", "--after-effect")
    assert result.stdout == ("The next call of gmail.users.messages.send will wait 0.5 s, drop the connection "
                             "after doing the write.\n")


def test_sandbox_fault_without_a_fault_is_refused(world):
    result = world.run("sandbox", "fault", "gmail.users.drafts.create")
    assert result.exit_code == 1
    assert "Error: A fault needs --status N, --drop or --delay SECONDS." in result.stderr
