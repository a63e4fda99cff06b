"""`edit` reaches Gmail: the tool's unsent drafts are rewritten in place, unless the user changed them there."""

from __future__ import annotations

import json

from world import body

SUBJECT = "Thank You – Data Engineer Interview"


def only_draft(world):
    (draft_id, msg), = world.drafts()
    return draft_id, msg


def test_edit_detail_rewrites_the_unsent_draft_in_place(world):
    world.add("--when", "2026-11-17 14:00", "--detail", "hearing about the old pipeline")
    draft_id, before = only_draft(world)

    result = world.ok("edit", "1", "--detail", "hearing how your team rebuilt the ingestion pipeline",
                      "--skill", "cut nightly batch time from 6 hours to 40 minutes")
    assert result.stdout == ("Application 1 updated.\n"
                             f"Rewrote the unsent draft \"{SUBJECT}\" to pat.jones@acme.example with the new details "
                             f"(draft {draft_id}).\n")
    same_id, after = only_draft(world)
    assert same_id == draft_id                               # drafts.update: the same draft
    assert after["Message-ID"] == before["Message-ID"]       # the sync still recognises it when sent
    text = body(after)
    assert "I especially enjoyed hearing how your team rebuilt the ingestion pipeline." in text
    assert "cut nightly batch time from 6 hours to 40 minutes" in text
    assert "old pipeline" not in text
    (attachment,) = list(after.iter_attachments())
    assert attachment.get_filename() == "Résumé Müller.pdf"


def test_edit_position_and_title_rewrite_subject_and_greeting(world):
    world.add("--when", "2026-11-17 14:00")
    world.ok("edit", "1", "--position", "Senior Data Engineer",
             "--interviewer", "Dr. Pat Jones <pat.jones@acme.example>")
    _, after = only_draft(world)
    assert after["Subject"] == "Thank You – Senior Data Engineer Interview"
    assert body(after).startswith("Dear Dr. Jones,\n")
    shown = json.loads(world.ok("show", "1", "--json").stdout)
    assert [d["subject"] for d in shown["drafts"]] == ["Thank You – Senior Data Engineer Interview"]


def test_a_rewritten_draft_is_still_recognised_when_the_user_sends_it(world):
    world.add("--when", "2026-11-17 14:00")
    world.ok("edit", "1", "--detail", "the roadmap talk")
    world.send_all_drafts()
    world.ok("sync", now="2026-11-17T18:00:00+01:00")
    assert json.loads(world.ok("show", "1", "--json").stdout)["stage"] == "thanked"


def test_a_draft_the_user_changed_in_gmail_is_left_alone_and_edit_says_so(world):
    world.add("--when", "2026-11-17 14:00", "--detail", "hearing about the old pipeline")
    draft_id, original = only_draft(world)
    mine = original.as_bytes().replace(b"Thank you for taking the time", b"Many thanks for taking the time")
    world.mailbox.user_edit_draft(draft_id, mine)

    result = world.ok("edit", "1", "--detail", "the roadmap talk")
    assert result.stdout == ("Application 1 updated.\n"
                             f"Left the draft \"{SUBJECT}\" to pat.jones@acme.example alone: you changed it in Gmail, "
                             "so make this change there yourself.\n")
    _, now = only_draft(world)
    assert "Many thanks for taking the time" in body(now) and "old pipeline" in body(now)
    assert "roadmap" not in body(now)


def test_a_draft_the_user_changed_is_left_alone_also_after_a_sync_noticed_the_change(world):
    world.add("--when", "2026-11-17 14:00")
    draft_id, original = only_draft(world)
    world.mailbox.user_edit_draft(draft_id, original.as_bytes().replace(b"Thank you for taking", b"Thanks for taking"))
    world.ok("sync", now="2026-11-17T16:00:00+01:00")
    result = world.ok("edit", "1", "--tone", "casual", now="2026-11-17T16:05:00+01:00")
    assert "alone: you changed it in Gmail" in result.stdout
    assert "Thanks for taking" in body(only_draft(world)[1])


def test_an_edit_that_changes_no_letter_field_leaves_the_drafts_as_they_are(world):
    world.add("--when", "2026-11-17 14:00")
    before = world.drafts()
    result = world.ok("edit", "1", "--no-follow-up")
    assert result.stdout == "Application 1 updated.\n"
    assert world.drafts()[0][0] == before[0][0]
