"""Gmail as people really use it (issue 8): Schedule send, edits that rotate draft ids, old draft ids
that still resolve, expired history and lagging search. Each scenario runs under the kind and the harsh Gmail."""

from __future__ import annotations

import json

from world import incoming

FRIDAY = "2026-11-20 14:00"          # interview on a Friday afternoon (Berlin)
AFTER = "2026-11-20T16:00:00+01:00"
PAT = "Pat Jones <pat.jones@acme.example>"


def sync(world, now, *args):
    return json.loads(world.ok("sync", "--json", "--no-input", *args, now=now).stdout)


def show(world, app_id: int = 1) -> dict:
    return json.loads(world.ok("show", str(app_id), "--json").stdout)


def inquiry_drafted(world) -> str:
    """An application whose thank-you went out and whose status inquiry is now a draft; its draft id."""
    world.add("--when", FRIDAY, now=AFTER)
    world.send_all_drafts()
    sync(world, "2026-11-20T18:00:00+01:00")
    report = sync(world, "2026-11-30T09:31:00+01:00")
    (made,) = report["drafts_created"]
    return made["draft_id"]


def test_a_scheduled_thank_you_is_reported_as_scheduled_with_its_time_and_never_as_deleted(world):
    world.add("--when", FRIDAY, now=AFTER)
    world.schedule_all_drafts("2026-11-21T08:30:00+01:00", now=AFTER)

    report = sync(world, "2026-11-20T18:00:00+01:00")

    assert report["skipped"] == [] and report["replies"] == []
    assert report["moved"] == ["application 1: \"Thank You – Data Engineer Interview\" to pat.jones@acme.example "
                               "is scheduled in Gmail for Sat 21 Nov 2026 08:30"]
    letter = show(world)["drafts"][0]
    assert letter["state"] == "scheduled" and letter["scheduled_for"] == "2026-11-21T07:30:00+00:00"
    (listed,) = json.loads(world.ok("list", "--json").stdout)
    assert listed["next_action"]["kind"] == "scheduled"
    assert listed["next_action"]["due"] == "2026-11-21T07:30:00+00:00"


def test_a_scheduled_thank_you_counts_as_sent_when_it_goes_out_and_the_inquiry_follows_it(world):
    world.add("--when", FRIDAY, now=AFTER)
    world.schedule_all_drafts("2026-11-21T08:30:00+01:00", now=AFTER)
    assert sync(world, "2026-11-20T18:00:00+01:00")["replies"] == []

    report = sync(world, "2026-11-21T10:00:00+01:00")

    assert report["replies"] == [] and report["skipped"] == []
    assert any("you sent \"Thank You – Data Engineer Interview\"" in line for line in report["moved"])
    app = show(world)
    assert app["stage"] == "thanked" and app["drafts"][0]["state"] == "sent" and app["replies"] == []
    assert not any(e["kind"] == "own_follow_up" for e in app["events"])
    # The inquiry clock starts at the real send (Sat 08:30): due the Monday after the week, then drafted.
    assert sync(world, "2026-11-27T10:00:00+01:00")["drafts_created"] == []
    made = sync(world, "2026-11-30T10:00:00+01:00")["drafts_created"]
    assert [d["purpose"] for d in made] == ["status_inquiry"]


def test_mail_from_the_users_own_address_in_a_tracked_thread_is_never_stored_as_a_reply(world):
    world.add("--when", FRIDAY, now=AFTER)
    world.send_all_drafts()
    sync(world, "2026-11-20T18:00:00+01:00")
    sent_id = show(world)["drafts"][0]["message_id"]
    # A copy of the user's own note arriving in the inbox (sent from another client, Bcc to self).
    world.mailbox.deliver(incoming(sender="José Ñúñez <you@sandbox.example>", to=PAT,
                                   subject="Re: Thank You – Data Engineer Interview",
                                   text="I forgot to mention: I can start in January.",
                                   message_id="<own-copy@sandbox.example>", in_reply_to=sent_id))

    report = sync(world, "2026-11-21T10:00:00+01:00")

    assert report["replies"] == []
    assert show(world)["replies"] == [] and show(world)["stage"] == "thanked"


def test_close_never_deletes_an_inquiry_the_user_sent_when_its_old_draft_id_still_resolves(world):
    draft_id = inquiry_drafted(world)
    world.quirk("sent_draft_id_resolves", "true")
    world.mailbox.press_send(draft_id)

    result = world.ok("close", "1", now="2026-11-30T12:00:00+01:00")

    assert result.stdout == ("Application 1 is closed: no further letters will be drafted for it.\n"
                             "\"Following Up – Data Engineer\" was already sent, so nothing was deleted.\n")
    assert [m["Subject"] for _, m in world.messages("SENT")].count("Following Up – Data Engineer") == 1
    assert show(world)["drafts"][1]["state"] == "sent"


def test_an_answer_while_the_inquiry_is_scheduled_asks_the_user_to_cancel_it_in_gmail(world):
    inquiry_drafted(world)
    world.schedule_all_drafts("2026-12-01T09:00:00+01:00", now="2026-11-30T09:40:00+01:00")
    world.mailbox.deliver(incoming(sender=PAT, subject="Next steps", date="Mon, 30 Nov 2026 11:00:00 +0100",
                                   text="We would like to invite you to a final round. What times suit you?"))

    report = sync(world, "2026-11-30T15:00:00+01:00")

    assert report["withdrawn"] == []
    assert report["attention"] == [{
        "application_id": 1, "kind": "scheduled_after_answer",
        "text": "application 1: Acme Corp has answered, but \"Following Up – Data Engineer\" to "
                "pat.jones@acme.example is scheduled to go out Tue 01 Dec 2026 09:00; the tool cannot cancel it "
                "— if it should not go out, open Gmail's Scheduled folder, open the message and choose Cancel send"}]
    assert [m["Subject"] for _, m in world.scheduled()] == ["Following Up – Data Engineer"]
    assert not any(e["kind"] == "inquiry_withdrawn" for e in show(world)["events"])


def test_closing_with_a_scheduled_inquiry_deletes_nothing_and_says_where_to_cancel_it(world):
    inquiry_drafted(world)
    world.schedule_all_drafts("2026-12-01T09:00:00+01:00", now="2026-11-30T09:40:00+01:00")

    result = world.ok("close", "1", now="2026-11-30T12:00:00+01:00")

    assert result.stdout.splitlines()[1] == (
        "\"Following Up – Data Engineer\" is scheduled to go out Tue 01 Dec 2026 09:00; the tool cannot cancel it: "
        "open Gmail's Scheduled folder and choose Cancel send.")
    assert len(world.scheduled()) == 1


def test_a_draft_whose_id_rotated_after_an_edit_is_found_again_and_its_send_counts(world):
    world.quirk("edit_rotates_draft_id", "true")
    world.add("--when", FRIDAY, now=AFTER)
    (old_id, _), = world.drafts()
    new_id = world.ok("sandbox", "edit", old_id, "--append", "P.S. Thanks for the coffee.", now=AFTER).stdout.strip()
    assert new_id != old_id

    report = sync(world, "2026-11-20T18:00:00+01:00")

    assert report["skipped"] == []
    assert show(world)["drafts"][0]["draft_id"] == new_id
    world.mailbox.press_send(new_id)
    sync(world, "2026-11-20T19:00:00+01:00")
    assert show(world)["stage"] == "thanked"


def test_a_cancelled_schedule_is_a_draft_again_under_its_new_id(world):
    world.add("--when", FRIDAY, now=AFTER)
    world.schedule_all_drafts("2026-11-23T08:30:00+01:00", now=AFTER)
    sync(world, "2026-11-20T18:00:00+01:00")
    (scheduled, _), = world.scheduled()
    world.ok("sandbox", "cancel-scheduled", scheduled["id"], now="2026-11-20T19:00:00+01:00")
    (new_id, _), = world.drafts()

    report = sync(world, "2026-11-20T20:00:00+01:00")

    assert report["skipped"] == []
    letter = show(world)["drafts"][0]
    assert letter["state"] == "drafted" and letter["draft_id"] == new_id and letter["scheduled_for"] is None


def test_a_draft_deleted_while_history_expired_is_still_noticed(world):
    world.add("--when", FRIDAY, now=AFTER)
    (draft_id, _), = world.drafts()
    sync(world, "2026-11-20T18:00:00+01:00")
    world.ok("sandbox", "delete-draft", draft_id, now="2026-11-21T10:00:00+01:00")
    world.mailbox.expire_history()

    report = sync(world, "2026-11-21T11:00:00+01:00")

    assert report["history_fallback"] is True
    assert report["skipped"] == ["application 1: you deleted the draft \"Thank You – Data Engineer Interview\"; "
                                 "it is not recreated"]


def test_a_draft_made_before_a_dropped_connection_is_found_though_search_lags(world):
    world.quirk("search_lag_seconds", "86400")
    world.mailbox.inject_fault("gmail.users.drafts.create", drop=True, after_effect=True)

    world.add("--when", FRIDAY, now=AFTER)
    sync(world, "2026-11-20T16:05:00+01:00")

    assert len(world.drafts()) == 1
    assert show(world)["drafts"][0]["state"] == "drafted"


def test_an_inquiry_draft_lost_to_a_dropped_connection_is_not_made_twice_though_search_lags(world):
    world.add("--when", FRIDAY, now=AFTER)
    world.send_all_drafts()
    sync(world, "2026-11-20T18:00:00+01:00")
    world.quirk("search_lag_seconds", "86400")
    world.mailbox.inject_fault("gmail.users.drafts.create", drop=True, after_effect=True)

    sync(world, "2026-11-30T09:31:00+01:00")
    sync(world, "2026-11-30T09:40:00+01:00")

    assert [m["Subject"] for _, m in world.drafts()] == ["Following Up – Data Engineer"]


def test_a_letter_over_25_mb_encoded_is_refused_before_anything_is_uploaded(world):
    world.resume.write_bytes(b"%PDF-1.4\n" + b"\x00\x01" * (9 * 1024 * 1024 - 1024))   # just under the 18 MiB resume check
    world.mailbox.reset_stats()

    result = world.run("add", "--company", "Acme Corp", "--position", "Data Engineer", "--interviewer", PAT,
                       "--when", FRIDAY, now=AFTER)

    assert result.exit_code == 1
    assert result.stderr.startswith("Error: The letter \"Thank You – Data Engineer Interview\" would be 25.")
    assert result.stderr.endswith(" MB once encoded; Gmail sends at most 25 MB, so attach a smaller resume.\n")
    assert world.drafts() == [] and "gmail.users.drafts.create" not in world.mailbox.stats()["by_method"]
    assert json.loads(world.ok("list", "--json").stdout) == []


def test_the_stale_draft_guard_never_deletes_an_inquiry_sent_before_it_could_withdraw_it(world):
    draft_id = inquiry_drafted(world)
    world.quirk("sent_draft_id_resolves", "true")
    world.mailbox.deliver(incoming(sender=PAT, subject="Next steps", date="Mon, 30 Nov 2026 11:00:00 +0100",
                                   text="We would like to invite you to a final round. What times suit you?"))
    # The sync reads the answer, then Gmail fails while it withdraws the inquiry (the reading used one drafts.get).
    world.mailbox.inject_fault("gmail.users.drafts.get", status=400, skip=1)
    world.mailbox.inject_fault("gmail.users.drafts.delete", status=400)
    failed = world.run("sync", "--no-input", now="2026-11-30T12:00:00+01:00")
    assert failed.exit_code == 4, failed.stdout
    world.mailbox.press_send(draft_id)   # meanwhile the user sends it

    report = sync(world, "2026-11-30T13:00:00+01:00")

    assert report["withdrawn"] == []
    assert "application 1: \"Following Up – Data Engineer\" was already sent when the employer's answer was read; " \
           "nothing was deleted" in report["moved"]
    assert [m["Subject"] for _, m in world.messages("SENT")].count("Following Up – Data Engineer") == 1
    world.mailbox.clear_faults()


def test_mail_from_one_of_the_users_send_as_addresses_is_never_stored_as_a_reply(world):
    world.mailbox.set_profile(aliases=["jose@alias.example"])
    world.add("--when", FRIDAY, now=AFTER)
    world.send_all_drafts()
    sync(world, "2026-11-20T18:00:00+01:00")
    sent_id = show(world)["drafts"][0]["message_id"]
    world.mailbox.deliver(incoming(sender="José Ñúñez <jose@alias.example>", to=PAT,
                                   subject="Re: Thank You – Data Engineer Interview",
                                   text="One more thing: my portfolio is at the link below.",
                                   message_id="<alias-copy@alias.example>", in_reply_to=sent_id))

    assert sync(world, "2026-11-21T10:00:00+01:00")["replies"] == []
    assert show(world)["replies"] == []


def test_mail_written_by_hand_to_the_interviewer_is_not_taken_for_the_scheduled_inquiry(world):
    inquiry_drafted(world)
    world.schedule_all_drafts("2026-12-02T09:00:00+01:00", now="2026-11-30T09:40:00+01:00")
    sync(world, "2026-11-30T10:00:00+01:00")
    world.mailbox.user_send(incoming(sender="you@sandbox.example", to=PAT, subject="A quick question",
                                     text="Hi Pat, is parking available on site?", message_id="<q@sandbox.example>"))

    sync(world, "2026-11-30T12:00:00+01:00")

    inquiry = show(world)["drafts"][1]
    assert inquiry["state"] == "scheduled" and inquiry["scheduled_for"] == "2026-12-02T08:00:00+00:00"
    sync(world, "2026-12-02T10:00:00+01:00")
    assert show(world)["drafts"][1]["state"] == "sent"
