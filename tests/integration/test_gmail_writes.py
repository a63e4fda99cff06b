"""Gmail writes: a refused write (429) is retried; Message-IDs are kept unfolded (issue 10, item 4)."""

import json

from world import incoming

FRIDAY = "2026-11-20 14:00"
AFTER = "2026-11-20T16:00:00+01:00"
LONG_ID = "<" + "a1b2c3d4e5" * 9 + ".rejection@recruiting.a-long-subdomain.acme-corporation.example>"


def test_a_draft_gmail_refused_with_429_is_retried_and_made_once(world):
    world.mailbox.inject_fault("gmail.users.drafts.create", status=429, times=2)
    result = world.add("--when", FRIDAY, now=AFTER)
    assert "Thank-you drafts are in Gmail's Drafts" in result.stdout
    assert len(world.drafts()) == 1


def test_an_inquiry_gmail_refused_with_429_is_retried_by_the_same_sync(world):
    world.add("--when", FRIDAY, now=AFTER)
    world.send_all_drafts()
    world.ok("sync", "--no-input", now="2026-11-20T18:00:00+01:00")
    world.mailbox.inject_fault("gmail.users.drafts.create", status=429, times=2)
    report = json.loads(world.ok("sync", "--json", "--no-input", now="2026-11-30T09:31:00+01:00").stdout)
    assert [d["subject"] for d in report["drafts_created"]] == ["Following Up – Data Engineer"]
    assert len(world.drafts()) == 1


def test_a_long_folded_message_id_is_stored_and_shown_unfolded(world):
    world.add("--when", FRIDAY, now=AFTER)
    world.send_all_drafts()
    world.ok("sync", "--no-input", now="2026-11-20T18:00:00+01:00")
    raw = incoming(sender="Pat Jones <pat.jones@acme.example>", subject="Decision", message_id="<x@y>",
                   text="Unfortunately we have decided not to move forward with your application.")
    # As a mail server writes a header longer than a line: folded before the long token (RFC 5322 §2.2.3).
    raw = raw.replace(b"Message-ID: <x@y>", b"Message-ID:\n " + LONG_ID.encode())
    world.mailbox.deliver(raw)
    world.ok("sync", "--no-input", now="2026-11-25T10:00:00+01:00")
    shown = json.loads(world.ok("show", "1", "--json").stdout)
    assert [r["message_id"] for r in shown["replies"]] == [LONG_ID]
    world.ok("respond", "1", now="2026-11-25T11:00:00+01:00")
    (_, draft), = world.drafts()
    assert str(draft["In-Reply-To"]).strip() == LONG_ID
