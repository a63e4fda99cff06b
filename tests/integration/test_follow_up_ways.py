"""Following up the way it is done: phone follow-ups, expedite notes after an offer, public holidays,
names as the interviewers sign them (SPEC "Following up the way it is done"; issue 14)."""

from __future__ import annotations

import json

from world import body, incoming

PAT = "Ms. Pat Jones <pat.jones@acme.example>"
CALL = ("application 1: call Ms. Pat Jones at +1 555 0100 about the Sales Lead position, best Wed 25 Nov 2026 "
        "between 14:00 and 16:00 (Europe/Berlin); `assistant show 1` has a short call script, "
        "`assistant called 1` records the call")


def sync_json(world, now: str) -> dict:
    return json.loads(world.ok("sync", "--json", now=now).stdout)


def _phone_application(world) -> None:
    world.add("--position", "Sales Lead", "--when", "2026-11-17 10:00", "--follow-up-by", "phone",
              "--contact-phone", "+1 555 0100", "--detail", "hearing how your team opened the Nordic market",
              "--missed", "I can travel two days a week")
    world.send_all_drafts()
    world.ok("sync", now="2026-11-17T16:00:00+01:00")


# ---- phone ---------------------------------------------------------------------------
def test_a_phone_follow_up_is_a_call_reminder_with_the_number_and_no_inquiry_draft(world):
    _phone_application(world)
    report = sync_json(world, "2026-11-25T12:30:00+01:00")   # lunch time: the afternoon window
    assert {"application_id": 1, "kind": "call", "text": CALL} in report["attention"]
    assert report["drafts_created"] == []
    assert not [m for _, m in world.drafts() if m["Subject"].startswith("Following Up")]
    [app] = json.loads(world.ok("list", "--json", now="2026-11-25T12:30:00+01:00").stdout)
    assert app["next_action"]["kind"] == "call"


def test_show_prints_a_call_script_built_from_the_application(world):
    _phone_application(world)
    shown = world.ok("show", "1", now="2026-11-25T12:30:00+01:00").stdout
    assert "  follow-up by phone (to call): +1 555 0100\n" in shown
    assert ("  - \"Hello, this is José Ñúñez. We spoke on Tuesday 17 November about the Sales Lead position "
            "at Acme Corp.\"\n") in shown
    assert "  - Mention what stayed with you: hearing how your team opened the Nordic market.\n" in shown
    assert "  - Add what you did not say then: I can travel two days a week.\n" in shown


def test_called_ends_the_reminder_and_is_recorded_once(world):
    _phone_application(world)
    done = world.ok("called", "1", "--note", "decision next week", now="2026-11-25T14:10:00+01:00")
    assert done.stdout == ("Recorded your call for application 1 (Acme Corp, Sales Lead); no further follow-up "
                           "will be suggested, and `assistant sync` reads their answer as usual.\n")
    report = sync_json(world, "2026-11-26T10:00:00+01:00")
    assert [a for a in report["attention"] if a["kind"] == "call"] == []
    assert report["drafts_created"] == []
    [app] = json.loads(world.ok("list", "--json", now="2026-11-26T10:00:00+01:00").stdout)
    assert (app["stage"], app["next_action"]["kind"]) == ("inquired", "wait")
    again = world.run("called", "1", now="2026-11-26T10:00:00+01:00")
    assert again.exit_code == 1
    assert again.stderr == ("Error: The call for application 1 was already recorded (Wed 25 Nov 2026, 14:10); "
                            "one follow-up is enough.\n")


def test_an_answer_after_the_call_ends_everything_as_for_email(world):
    _phone_application(world)
    world.ok("called", "1", now="2026-11-25T14:10:00+01:00")
    world.mailbox.deliver(incoming(sender=PAT, subject="Next steps", date="Thu, 26 Nov 2026 10:00:00 +0100",
                                   text="Hi,\n\nWe would like to invite you to a second interview with our "
                                        "director. Please send me your availability for next week.\n\nPat"))
    world.ok("sync", now="2026-11-26T12:00:00+01:00")
    [app] = json.loads(world.ok("list", "--all", "--json", now="2026-11-26T12:00:00+01:00").stdout)
    assert app["stage"] == "next_step"


def test_a_phone_follow_up_without_a_usable_number_is_refused_in_one_sentence(world):
    missing = world.run("add", "--company", "Acme Corp", "--position", "Sales Lead", "--interviewer", PAT,
                        "--follow-up-by", "phone")
    assert missing.exit_code == 1
    assert missing.stderr == "Error: A phone follow-up needs the number to call: add --contact-phone \"+1 555 0100\".\n"
    wrong = world.run("add", "--company", "Acme Corp", "--position", "Sales Lead", "--interviewer", PAT,
                      "--follow-up-by", "phone", "--contact-phone", "call me maybe")
    assert wrong.exit_code == 1
    assert wrong.stderr == ("Error: --contact-phone 'call me maybe' is not a phone number; write it with digits, "
                            "e.g. \"+1 555 0100\".\n")
    assert world.drafts() == []


def test_edit_turns_an_email_follow_up_into_a_phone_one(world):
    world.add("--when", "2026-11-17 10:00")
    world.ok("edit", "1", "--follow-up-by", "phone", "--contact-phone", "+49 30 555 0100")
    world.send_all_drafts()
    world.ok("sync", now="2026-11-17T16:00:00+01:00")
    report = sync_json(world, "2026-11-25T10:30:00+01:00")
    [call] = [a for a in report["attention"] if a["kind"] == "call"]
    assert "at +49 30 555 0100" in call["text"] and "best Wed 25 Nov 2026 between 10:00 and 12:00" in call["text"]
    assert report["drafts_created"] == []


# ---- a competing offer ---------------------------------------------------------------
OFFER = ("Dear José,\n\nWe are delighted to offer you the position of Data Engineer at Acme Corp. "
         "Please find the offer letter attached; we would be glad to hear from you.\n\nBest,\nPat")


def _four_applications(world) -> None:
    world.add("--when", "2026-11-10 10:00")                                           # 1: will get the offer
    world.add("--when", "2026-11-10 12:00", company="Globex", position="Analyst",
              interviewers=("Mr. Hank Scorpio <hank@globex.example>",))                # 2: active
    world.add("--when", "2026-11-11 10:00", company="Initech", position="Developer",
              interviewers=("Mr. Bill Lumbergh <bill@initech.example>",))              # 3: closed
    world.add("--when", "2026-11-11 12:00", company="Umbrella", position="Chemist",
              interviewers=("Dr. Alice Abernathy <alice@umbrella.example>",))          # 4: rejected
    world.send_all_drafts()
    world.ok("close", "3")
    world.ok("sync", now="2026-11-18T10:00:00+01:00")
    world.mailbox.deliver(incoming(sender="Dr. Alice Abernathy <alice@umbrella.example>", subject="Your application",
                                   message_id="<rej-4@umbrella.example>", date="Wed, 18 Nov 2026 10:00:00 +0100",
                                   text="Dear José,\n\nThank you for your interest. Unfortunately we have decided "
                                        "not to move forward with your application.\n\nAlice"))
    world.ok("sync", now="2026-11-19T12:00:00+01:00")


def test_an_offer_offers_expedite_notes_for_the_other_active_applications_only(world):
    _four_applications(world)
    world.mailbox.deliver(incoming(sender=PAT, subject="Your offer from Acme Corp", date="Thu, 19 Nov 2026 13:00:00 +0100",
                                   message_id="<offer-1@acme.example>", text=OFFER))
    report = sync_json(world, "2026-11-23T12:00:00+01:00")
    assert [r["label"] for r in report["replies"]] == ["offer"]
    notes = [a for a in report["attention"] if a["kind"] == "expedite"]
    assert notes == [{"application_id": 2, "kind": "expedite",
                      "text": "application 2: with the offer from Acme Corp (application 1), ask Globex about their "
                              "timeline: run `assistant expedite 2` (add --deadline DATE if the offer has one) to "
                              "draft a short note"}]


def test_expedite_drafts_one_note_naming_the_offer_and_the_deadline_and_never_a_second(world):
    _four_applications(world)
    world.mailbox.deliver(incoming(sender=PAT, subject="Your offer from Acme Corp", date="Thu, 19 Nov 2026 13:00:00 +0100",
                                   message_id="<offer-1@acme.example>", text=OFFER))
    world.ok("sync", now="2026-11-23T12:00:00+01:00")
    made = world.ok("expedite", "2", "--deadline", "2026-11-27", now="2026-11-23T12:05:00+01:00")
    assert made.stdout.startswith("Drafted \"Timeline Question – Analyst\" to hank@globex.example (draft ")
    [(_, note)] = [(d, m) for d, m in world.drafts() if m["Subject"] == "Timeline Question – Analyst"]
    text = body(note)
    assert note["To"] == "Hank Scorpio <hank@globex.example>"
    assert "I have received a job offer from another company" in text
    assert "I have been asked to give my answer by Friday, November 27" in text
    assert "update on your timeline" in text
    again = world.run("expedite", "2", now="2026-11-23T12:10:00+01:00")
    assert again.exit_code == 1
    assert again.stderr.startswith("Error: The expedite note for application 2 was already made (draft ")
    assert again.stderr.endswith("); it is never made twice.\n")
    assert len([m for _, m in world.drafts() if m["Subject"] == "Timeline Question – Analyst"]) == 1
    report = sync_json(world, "2026-11-24T10:00:00+01:00")
    assert [a for a in report["attention"] if a["kind"] == "expedite"] == []


def test_expedite_is_refused_for_closed_and_rejected_applications_and_without_an_offer(world):
    _four_applications(world)
    no_offer = world.run("expedite", "2", now="2026-11-23T12:00:00+01:00")
    assert no_offer.exit_code == 1
    assert no_offer.stderr == ("Error: No offer is recorded for another application; the expedite note says you have "
                               "one, so it waits until an offer arrives (or `assistant confirm ID offer` records it).\n")
    world.mailbox.deliver(incoming(sender=PAT, subject="Your offer from Acme Corp", date="Thu, 19 Nov 2026 13:00:00 +0100",
                                   message_id="<offer-1@acme.example>", text=OFFER))
    world.ok("sync", now="2026-11-23T12:00:00+01:00")
    closed = world.run("expedite", "3", now="2026-11-23T12:05:00+01:00")
    assert (closed.exit_code, closed.stderr) == (1, "Error: Application 3 is closed; no expedite note is drafted for it.\n")
    rejected = world.run("expedite", "4", now="2026-11-23T12:05:00+01:00")
    assert (rejected.exit_code, rejected.stderr) == (
        1, "Error: Application 4 is rejected; no expedite note is drafted for it.\n")
    assert not [m for _, m in world.drafts() if m["Subject"].startswith("Timeline Question")]


def test_confirming_an_offer_by_hand_offers_the_expedite_notes(world):
    world.add("--when", "2026-11-10 10:00")
    world.add("--when", "2026-11-10 12:00", company="Globex", position="Analyst",
              interviewers=("Mr. Hank Scorpio <hank@globex.example>",))
    world.send_all_drafts()
    world.mailbox.deliver(incoming(sender=PAT, subject="Update", date="Thu, 19 Nov 2026 13:00:00 +0100",
                                   text="Dear José,\n\nThank you for your patience; we are still reviewing "
                                        "candidates and will be in touch.\n\nPat"))
    world.ok("sync", now="2026-11-23T12:00:00+01:00")
    confirmed = world.ok("confirm", "1", "offer", now="2026-11-23T12:05:00+01:00")
    assert ("  ! application 2: with the offer from Acme Corp (application 1), ask Globex about their timeline: "
            "run `assistant expedite 2` (add --deadline DATE if the offer has one) to draft a short note\n"
            ) in confirmed.stdout


# ---- public holidays -----------------------------------------------------------------
def test_an_inquiry_due_on_a_us_public_holiday_moves_to_the_next_working_day(world):
    world.ok("config", "set", "timezone", "America/New_York")
    world.ok("config", "set", "holidays", "US")
    world.add("--when", "2026-11-19 10:00", now="2026-11-19T13:00:00-05:00")
    world.send_all_drafts()
    world.ok("sync", now="2026-11-19T14:00:00-05:00")
    [app] = json.loads(world.ok("list", "--json", now="2026-11-25T10:00:00-05:00").stdout)
    assert app["next_action"]["due"] == "2026-11-27T09:30:00-05:00"          # not Thanksgiving (26 Nov)
    on_thanksgiving = sync_json(world, "2026-11-26T11:00:00-05:00")
    assert on_thanksgiving["drafts_created"] == []
    after = sync_json(world, "2026-11-27T09:45:00-05:00")
    assert [d["subject"] for d in after["drafts_created"]] == ["Following Up – Data Engineer"]


def test_an_unknown_holiday_place_is_refused_naming_a_valid_example(world):
    result = world.run("config", "set", "holidays", "DE-XX")
    assert result.exit_code == 1
    assert result.stderr == ("Error: Invalid value for holidays: 'DE-XX' (DE has no subdivision 'XX' in the holidays "
                             "package; use DE-BB or just DE).\n")


def test_doctor_mentions_the_holidays_setting_when_it_is_unset(world):
    lines = world.run("doctor").stdout.splitlines()
    assert ("WARN  holidays     not set: inquiries, calls and send-by times skip weekends only, not public holidays"
            " — fix: assistant config set holidays US (your country code, e.g. FR or DE-BY)") in lines
    world.ok("config", "set", "holidays", "DE-BY")
    assert "OK    holidays     DE-BY: its public holidays count like weekends" in world.run("doctor").stdout.splitlines()


# ---- names as they sign them ---------------------------------------------------------
def test_a_misspelt_interviewer_name_is_flagged_from_earlier_mail_and_nothing_is_drafted(world):
    world.mailbox.deliver(incoming(sender="Katharine Smith <k.smith@northwind.example>", subject="Interview invitation",
                                   date="Mon, 09 Nov 2026 10:00:00 +0100", message_id="<inv-1@northwind.example>",
                                   text="Hello,\n\nCould we meet on Tuesday?\n\nKatharine"))
    args = ("add", "--company", "Northwind", "--position", "Analyst", "--interviewer",
            "Ms. Katherine Smith <k.smith@northwind.example>", "--when", "2026-11-17 10:00")
    later = "2026-11-17T17:00:00+01:00"   # the earlier mail is older than the search index's lag
    flagged = world.run(*args, now=later)
    assert flagged.exit_code == 1
    assert flagged.stderr == ("Error: The mail from k.smith@northwind.example is signed \"Katharine Smith\"; you typed "
                              "\"Katherine Smith\". Keep yours with --yes or fix it.\n")
    assert world.drafts() == []
    assert json.loads(world.ok("list", "--json", now=later).stdout) == []
    kept = world.ok(*args, "--yes", now=later)
    assert "Kept yours (--yes)." in kept.stderr
    assert len(world.drafts()) == 1


def test_the_same_name_in_other_case_or_without_accents_in_the_mail_is_not_flagged(world):
    world.mailbox.deliver(incoming(sender="ANNA MULLER <anna@northwind.example>", subject="Interview invitation",
                                   date="Mon, 09 Nov 2026 10:00:00 +0100", message_id="<inv-2@northwind.example>",
                                   text="Hello,\n\nCould we meet on Tuesday?\n\nAnna"))
    world.ok("add", "--company", "Northwind", "--position", "Analyst", "--interviewer",
             "Frau Anna Müller <anna@northwind.example>", "--when", "2026-11-17 10:00", now="2026-11-17T17:00:00+01:00")
    assert len(world.drafts()) == 1


def test_an_address_with_no_earlier_mail_costs_one_search_and_no_message_read(world):
    world.mailbox.reset_stats()
    world.add("--when", "2026-11-17 10:00")
    by_method = world.mailbox.stats()["by_method"]
    assert by_method["gmail.users.messages.list"]["requests"] == 1
    assert "gmail.users.messages.get" not in by_method


def test_expedite_killed_after_gmail_made_the_draft_is_adopted_never_made_twice(world):
    from processes import CRASHED, run

    _four_applications(world)
    world.mailbox.deliver(incoming(sender=PAT, subject="Your offer from Acme Corp", date="Thu, 19 Nov 2026 13:00:00 +0100",
                                   message_id="<offer-1@acme.example>", text=OFFER))
    world.ok("sync", now="2026-11-23T12:00:00+01:00")
    killed = run(world, "expedite", "2", "--deadline", "2026-11-27", now="2026-11-23T12:05:00+01:00",
                 crash_at="after_gmail_write.draft_created")
    assert killed.returncode == CRASHED, killed.stderr
    world.ok("sync", "--no-input", now="2026-11-23T12:10:00+01:00")     # finishes the intent: adopts Gmail's draft
    notes = [m for _, m in world.drafts() if m["Subject"] == "Timeline Question – Analyst"]
    assert len(notes) == 1
    assert "I have been asked to give my answer by Friday, November 27" in body(notes[0])
    again = world.run("expedite", "2", now="2026-11-23T12:15:00+01:00")
    assert again.exit_code == 1 and again.stderr.endswith("it is never made twice.\n")


def test_a_phone_follow_up_goes_through_csv_import_and_export(world, tmp_path):
    sheet = tmp_path / "interviews.csv"
    sheet.write_text("company,position,interviewers,when,follow_up_by,contact_phone\n"
                     "Acme Corp,Sales Lead,Ms. Pat Jones <pat.jones@acme.example>,2026-11-17 10:00,phone,+1 555 0100\n",
                     encoding="utf-8")
    world.ok("import", str(sheet))
    exported = world.ok("export", "--csv").stdout.splitlines()
    assert exported[0].endswith(",follow_up_by,contact_phone,id,stage")
    assert ",phone,+1 555 0100,1," in exported[1]
    bad = tmp_path / "bad.csv"
    bad.write_text("company,position,interviewers,follow_up_by\n"
                   "Acme Corp,Sales Lead,Ms. Pat Jones <pat.jones@acme.example>,phone\n", encoding="utf-8")
    refused = world.run("import", str(bad))
    assert refused.exit_code == 1
    assert refused.stderr == (f"Error: {bad}:2: A phone follow-up needs the number to call: add --contact-phone "
                              "\"+1 555 0100\".\n")
