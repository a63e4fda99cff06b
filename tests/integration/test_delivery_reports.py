"""Delivery reports by their meaning (issue 12): only a permanent failure marks an address bad."""

import json

from world import bounce_of


def _sync(world, now):
    return json.loads(world.ok("sync", "--json", "--no-input", now=now).stdout)


def _sent_thank_you(world):
    world.add("--when", "2026-11-20 14:00", now="2026-11-20T16:00:00+01:00")
    world.send_all_drafts()
    (_, sent), = world.messages("SENT")
    return sent


def test_a_delay_is_reported_to_the_user_and_marks_no_address_bad(world):
    sent = _sent_thank_you(world)
    world.mailbox.deliver(bounce_of(sent, "pat.jones@acme.example", status="4.4.7", action="delayed"))
    report = _sync(world, "2026-11-21T10:00:00+01:00")
    assert [r["label"] for r in report["replies"]] == ["bounce"]
    assert report["attention"] == [{
        "application_id": 1, "kind": "delivery_delayed",
        "text": "application 1: Gmail is still trying to deliver your letter to pat.jones@acme.example; "
                "nothing is marked bad unless delivery finally fails.",
    }]
    shown = json.loads(world.ok("show", "1", "--json").stdout)
    assert not shown["interviewers"][0]["bad_address"]


def test_a_success_notice_is_no_bounce_and_marks_no_address_bad(world):
    sent = _sent_thank_you(world)
    world.mailbox.deliver(bounce_of(sent, "pat.jones@acme.example", status="2.0.0", action="delivered"))
    report = _sync(world, "2026-11-21T10:00:00+01:00")
    assert report["replies"] == []  # not a bounce, so not tied to the letter; it changes nothing
    assert [a for a in report["attention"] if a["kind"] == "delivery_delayed"] == []
    shown = json.loads(world.ok("show", "1", "--json").stdout)
    assert not shown["interviewers"][0]["bad_address"]
