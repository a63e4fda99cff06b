"""Rough edges a demanding user met walking through rounds, phone follow-ups, expedite notes and holidays."""

from __future__ import annotations

import json

from world import incoming

PAT = "Ms. Pat Jones <pat.jones@acme.example>"
OFFER = ("Dear José,\n\nWe are delighted to offer you the position of Data Engineer at Acme Corp. "
         "Please find the offer letter attached; we would be glad to hear from you.\n\nBest,\nPat")


def sync_json(world, now: str, *extra: str) -> dict:
    return json.loads(world.ok("sync", "--json", *extra, now=now).stdout)


def _unset_name(world) -> None:
    """A user who never ran `config set name`: the letters sign with the Gmail account's display name."""
    config = world.settings / "config.json"
    data = json.loads(config.read_text())
    data.pop("name", None)
    config.write_text(json.dumps(data))


def _phone(world, *extra: str, when: str = "2026-11-17 10:00", **kw) -> None:
    world.add("--when", when, "--follow-up-by", "phone", "--contact-phone", "+1 555 0100", *extra,
              **{"position": "Sales Lead", **kw})


# ---- 1. the call script signs with the letters' name ------------------------------------------
def test_the_call_script_uses_the_name_the_letters_sign_with_when_no_name_is_set(world):
    _unset_name(world)
    world.mailbox.set_profile(display_name="Alex Candidate")
    _phone(world)
    [(_, note)] = world.drafts()
    assert note["From"].addresses[0].display_name == "Alex Candidate"
    shown = world.ok("show", "1", now="2026-11-25T12:30:00+01:00").stdout
    assert ("  - \"Hello, this is Alex Candidate. We spoke on Tuesday 17 November about the Sales Lead position "
            "at Acme Corp.\"\n") in shown
    assert "your full name" not in shown


def test_the_call_script_has_a_clear_placeholder_when_no_name_is_known(world):
    _phone(world)
    _unset_name(world)
    world.mailbox.set_profile(display_name="")
    data = json.loads(world.ok("show", "1", "--json", now="2026-11-25T12:30:00+01:00").stdout)
    assert data["call_script"][1] == ("\"Hello, this is [your full name]. We spoke on Tuesday 17 November about the "
                                      "Sales Lead position at Acme Corp.\"")


# ---- 2. the call waits for the thank-you note -------------------------------------------------
def test_the_call_reminder_waits_until_the_thank_you_note_is_sent(world):
    _phone(world)                                  # the thank-you draft is never sent
    report = sync_json(world, "2026-11-25T12:30:00+01:00")
    kinds = [a["kind"] for a in report["attention"]]
    assert "call" not in kinds
    assert {"application_id": 1, "kind": "call_waiting",
            "text": "application 1: the call to Ms. Pat Jones waits until your thank-you note to them is sent "
                    "(it is still in Gmail's Drafts)"} in report["attention"]
    assert "thank_you_overdue" in kinds
    world.send_all_drafts()
    report = sync_json(world, "2026-11-25T12:40:00+01:00")
    assert [a["kind"] for a in report["attention"]] == []      # a week after the note really went out
    report = sync_json(world, "2026-12-03T11:00:00+01:00")
    assert [a["kind"] for a in report["attention"]] == ["call"]


# ---- 3. a dry run previews what a real run would offer ------------------------------------------
def test_a_dry_run_after_an_offer_previews_the_expedite_notes(world):
    world.add("--when", "2026-11-10 10:00")
    world.add("--when", "2026-11-10 12:00", company="Globex", position="Analyst",
              interviewers=("Mr. Hank Scorpio <hank@globex.example>",))
    world.send_all_drafts()
    world.ok("sync", now="2026-11-18T10:00:00+01:00")
    world.mailbox.deliver(incoming(sender=PAT, subject="Your offer from Acme Corp", date="Thu, 19 Nov 2026 13:00:00 +0100",
                                   message_id="<offer-1@acme.example>", text=OFFER))
    preview = sync_json(world, "2026-11-19T14:00:00+01:00", "--dry-run")
    expedite = [a for a in preview["attention"] if a["kind"] == "expedite"]
    assert expedite == [{"application_id": 2, "kind": "expedite",
                         "text": "application 2: with the offer from Acme Corp (application 1), ask Globex about "
                                 "their timeline: run `assistant expedite 2` (add --deadline DATE if the offer has "
                                 "one) to draft a short note"}]
    real = sync_json(world, "2026-11-19T14:01:00+01:00")
    assert [a for a in real["attention"] if a["kind"] == "expedite"] == expedite


def test_a_dry_run_shows_the_debrief_and_the_call_items(world):
    _phone(world, company="Globex", interviewers=("Mr. Hank Scorpio <hank@globex.example>",),
           now="2026-11-05T15:00:00+01:00", when="2026-11-05 10:00")
    world.send_all_drafts()
    world.ok("sync", now="2026-11-05T16:00:00+01:00")
    world.add("--when", "2026-11-18 10:00", now="2026-11-17T15:00:00+01:00")
    preview = sync_json(world, "2026-11-18T11:00:00+01:00", "--dry-run")
    assert sorted(a["kind"] for a in preview["attention"]) == ["call", "debrief"]
    assert world.drafts() == []


# ---- the debrief says its drafts as `add` does ---------------------------------------------------
def test_debrief_names_each_person_and_the_resume_attached_as_add_does(world):
    world.add("--when", "2026-11-18 10:00", now="2026-11-17T15:00:00+01:00")
    world.ok("sync", now="2026-11-18T11:00:00+01:00")
    done = world.ok("debrief", "1", "--detail", "the data platform", now="2026-11-18T12:00:00+01:00")
    [line] = [ln for ln in done.stdout.splitlines() if ln.startswith("  - ")]
    assert line.startswith("  - Ms. Pat Jones <pat.jones@acme.example>: \"Thank You – Data Engineer Interview\" "
                           "(draft ")
    assert line.endswith(", attached: Résumé Müller.pdf)")
    assert done.stderr.endswith("Next: review and send them in Gmail; `assistant sync` notices what you sent.\n")


# ---- `list` says each next action as a sentence one reads -------------------------------------
def test_list_says_an_upcoming_interview_and_when_its_notes_are_drafted(world, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")   # wide enough that no cell is clipped
    world.add("--when", "2026-11-18 10:00", now="2026-11-17T15:00:00+01:00")
    table = world.ok("list", now="2026-11-17T15:00:00+01:00").stdout
    assert "upcoming interview; notes drafted after  18 Nov, 10:45" in table


# ---- a call recorded before the thank-you note is sent ----------------------------------------
def test_called_before_the_thank_you_is_sent_reminds_to_send_it(world):
    _phone(world)
    done = world.ok("called", "1", now="2026-11-18T11:00:00+01:00")
    assert done.stderr == ("Your thank-you note to pat.jones@acme.example is still in Gmail's Drafts; "
                           "send it as well.\n")
    world.send_all_drafts()
    _phone(world, company="Globex", interviewers=("Mr. Hank Scorpio <hank@globex.example>",))
    world.send_all_drafts()
    world.ok("sync", now="2026-11-17T16:00:00+01:00")
    quiet = world.ok("called", "2", now="2026-11-25T11:00:00+01:00")
    assert quiet.stderr == ""


# ---- edit --main-contact: whom the inquiry after the latest round goes to ------------------------
SAM = "Mr. Sam Lee <sam.lee@acme.example>"


def test_edit_main_contact_sends_the_inquiry_to_that_person_of_the_latest_round(world):
    world.add("--when", "2026-11-17 10:00", interviewers=(PAT, SAM))
    done = world.ok("edit", "1", "--main-contact", "SAM.LEE@acme.example")
    assert done.stdout == ("Application 1 updated.\nThe status inquiry after round 1 goes to Mr. Sam Lee "
                           "<sam.lee@acme.example>.\n")
    world.send_all_drafts()
    world.ok("sync", now="2026-11-17T16:00:00+01:00")
    report = sync_json(world, "2026-11-26T10:00:00+01:00")
    assert [(d["purpose"], d["to"]) for d in report["drafts_created"]] == [("status_inquiry", "sam.lee@acme.example")]


def test_edit_main_contact_who_was_not_in_the_latest_round_is_one_sentence(world):
    world.add("--when", "2026-11-10 10:00", interviewers=(PAT, SAM))
    world.ok("add", "--application", "1", "--interviewer", "Dr. Ana Ruiz <ana@acme.example>",
             "--when", "2026-11-16 10:00", now="2026-11-16T15:00:00+01:00")
    refused = world.run("edit", "1", "--main-contact", "sam.lee@acme.example", now="2026-11-16T15:05:00+01:00")
    assert refused.exit_code == 1
    assert refused.stderr == ("Error: sam.lee@acme.example was not met in round 2 of application 1; "
                              "--main-contact must be someone from it: ana@acme.example.\n")
    shown = json.loads(world.ok("show", "1", "--json", now="2026-11-16T15:05:00+01:00").stdout)
    assert [e["kind"] for e in shown["events"]].count("edited") == 0


# ---- `show`'s timeline is in the order things happened --------------------------------------------
def test_show_lists_the_timeline_in_time_order_whatever_offset_a_time_was_stored_with(world):
    world.add("--when", "2026-11-17 10:00", now="2026-11-17T15:00:00+01:00")
    world.ok("edit", "1", "--detail", "the roadmap", now="2026-11-17T16:30:00+01:00")
    [(draft_id, _)] = world.drafts()
    world.ok("sandbox", "send", draft_id, now="2026-11-17T17:10:00+01:00")   # Gmail's time: UTC
    world.ok("sync", now="2026-11-17T17:20:00+01:00")
    events = json.loads(world.ok("show", "1", "--json", now="2026-11-17T17:30:00+01:00").stdout)["events"]
    kinds = [e["kind"] for e in events]
    assert kinds.index("edited") < kinds.index("thank_you_sent")


def test_a_dry_run_does_not_call_a_thank_you_overdue_once_the_answer_it_reads_has_ended_it(world):
    world.add("--when", "2026-11-10 10:00")                          # its thank-you is never sent
    world.mailbox.deliver(incoming(sender=PAT, subject="Your offer from Acme Corp", date="Thu, 19 Nov 2026 13:00:00 +0100",
                                   message_id="<offer-1@acme.example>", text=OFFER))
    preview = sync_json(world, "2026-11-19T14:00:00+01:00", "--dry-run")
    real = sync_json(world, "2026-11-19T14:01:00+01:00")
    assert [r["label"] for r in real["replies"]] == ["offer"]
    assert [a["kind"] for a in preview["attention"]] == [a["kind"] for a in real["attention"]] == []


# ---- an earlier round's unsent note is not forgotten when the next round is recorded ----------------
def test_an_earlier_rounds_unsent_thank_you_is_called_overdue_by_its_own_round(world):
    world.add("--when", "2026-11-10 10:00", now="2026-11-10T15:00:00+01:00")      # never sent
    world.ok("add", "--application", "1", "--interviewer", "Dr. Ana Ruiz <ana@acme.example>",
             "--when", "2026-11-18 10:00", now="2026-11-16T11:00:00+01:00")
    report = sync_json(world, "2026-11-16T12:00:00+01:00")
    assert {"application_id": 1, "kind": "thank_you_overdue",
            "text": "application 1: the thank-you note to pat.jones@acme.example should have gone out by "
                    "Wed 11 Nov 2026, 10:00 and is still in Gmail's Drafts; send it today"} in report["attention"]
