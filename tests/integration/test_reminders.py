"""Forgotten thank-you notes are mentioned, and no inquiry goes to someone not yet thanked."""

from __future__ import annotations

import json

OVERDUE = ("application 1: the thank-you note to pat.jones@acme.example should have gone out by "
           "Wed 18 Nov 2026, 14:00 and is still in Gmail's Drafts; send it today")


def sync_json(world, now: str) -> dict:
    return json.loads(world.ok("sync", "--json", now=now).stdout)


def test_an_unsent_thank_you_past_its_send_by_time_is_an_attention_item_every_day(world):
    world.add("--when", "2026-11-17 14:00")
    before = sync_json(world, "2026-11-18T13:00:00+01:00")
    assert before["attention"] == []

    result = world.ok("sync", now="2026-11-18T15:00:00+01:00")
    assert f"  ! {OVERDUE}\n" in result.stdout
    assert "Nothing new; nothing is due." not in result.stdout
    next_day = sync_json(world, "2026-11-19T09:00:00+01:00")
    assert {"application_id": 1, "kind": "thank_you_overdue", "text": OVERDUE} in next_day["attention"]


def test_list_shows_an_overdue_thank_you_as_the_next_action(world, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")   # wide enough that no cell is clipped
    world.add("--when", "2026-11-17 14:00")
    [app] = json.loads(world.ok("list", "--json", now="2026-11-18T15:00:00+01:00").stdout)
    assert app["next_action"]["kind"] == "thank_you_overdue"
    assert app["next_action"]["due"].startswith("2026-11-18T")
    table = world.ok("list", now="2026-11-18T15:00:00+01:00").stdout
    assert "send the thank-you drafts today: overdue since  18 Nov, 14:00" in table


def test_a_sent_thank_you_stops_the_reminder(world):
    world.add("--when", "2026-11-17 14:00")
    world.send_all_drafts()
    report = sync_json(world, "2026-11-18T15:00:00+01:00")
    assert [a for a in report["attention"] if a["kind"] == "thank_you_overdue"] == []


def test_no_inquiry_goes_to_someone_whose_thank_you_is_still_a_draft(world):
    world.add("--when", "2026-11-17 14:00")
    report = sync_json(world, "2026-11-25T10:00:00+01:00")
    assert report["drafts_created"] == []
    assert not [msg for _, msg in world.drafts() if msg["Subject"].startswith("Following Up")]
    assert {"application_id": 1, "kind": "inquiry_waiting",
            "text": "application 1: the status inquiry to pat.jones@acme.example waits until your thank-you "
                    "note to them is sent (it is still in Gmail's Drafts)"} in report["attention"]


def test_the_inquiry_goes_to_the_main_contact_once_their_thank_you_is_sent(world):
    world.add("--when", "2026-11-17 14:00")
    world.send_all_drafts()
    world.ok("sync", now="2026-11-17T16:00:00+01:00")
    report = sync_json(world, "2026-11-25T10:00:00+01:00")
    assert [d["to"] for d in report["drafts_created"]] == ["pat.jones@acme.example"]
