"""What the employer's answer does: linking, rejection and keep-on-file, out-of-office, bounces."""

import json

from world import RESUME_BYTES, body, bounce_of, incoming

ATS_REJECTION = (
    "Hi José,\n\nThank you for your interest in the Data Engineer position at Acme Corp and for taking the time "
    "to interview with our team.\n\nAfter careful consideration, we have decided to move forward with other "
    "candidates whose experience more closely matches our needs at this time.\n\nWe wish you every success.\n\n"
    "The Acme Corp Talent Team\n")


def sync(world, now, *args):
    return json.loads(world.ok("sync", "--json", "--no-input", *args, now=now).stdout)


def thanked(world):
    world.add("--when", "2026-11-20 14:00", now="2026-11-20T16:00:00+01:00")
    world.send_all_drafts()
    sync(world, "2026-11-20T18:00:00+01:00")


def deliver_ats_rejection(world, company="Acme Corp", position="Data Engineer", text=ATS_REJECTION):
    world.mailbox.deliver(incoming(
        sender="Acme Corp Recruiting <no-reply@us.greenhouse-mail.io>" if company == "Acme Corp"
        else f"{company} <no-reply@us.greenhouse-mail.io>",
        subject=f"Your application for {position}", text=text.replace("Acme Corp", company),
        message_id="<ats-rejection-1@greenhouse-mail.io>", headers={"Auto-Submitted": "auto-generated"}))


def test_ats_rejection_in_a_new_thread_is_linked_and_the_reply_goes_to_the_interviewer(world):
    thanked(world)
    deliver_ats_rejection(world)
    report = sync(world, "2026-11-25T10:00:00+01:00")
    (reply,) = report["replies"]
    assert (reply["application_id"], reply["label"], reply["matched_by"]) == (1, "rejection", "ats")
    assert report["offers"] == [1]
    assert json.loads(world.ok("show", "1", "--json").stdout)["stage"] == "rejected"
    assert sync(world, "2026-12-01T10:00:00+01:00")["drafts_created"] == []   # no inquiry after a rejection

    result = world.ok("respond", "1", "--update", "I completed the AWS Data Engineer certification",
                      now="2026-12-01T11:00:00+01:00")
    assert "Drafted \"Re: Your application for Data Engineer\" to pat.jones@acme.example" in result.stdout
    (draft_id, draft), = world.drafts()
    rejection = next(m for m, msg in world.messages("INBOX"))
    assert draft["To"].addresses[0].addr_spec == "pat.jones@acme.example"
    assert draft["In-Reply-To"] == "<ats-rejection-1@greenhouse-mail.io>"
    assert "<ats-rejection-1@greenhouse-mail.io>" in draft["References"]
    assert draft["Subject"] == "Re: Your application for Data Engineer"
    dumped = next(d for d in world.mailbox.dump()["drafts"] if d["draft_id"] == draft_id)
    assert dumped["message"]["thread_id"] == rejection["thread_id"]
    text = body(draft)
    assert text.startswith("Dear Ms. Jones,") and "keep my resume on file" in text
    assert "Since our interview, I completed the AWS Data Engineer certification." in text
    (attachment,) = list(draft.iter_attachments())
    assert attachment.get_content() == RESUME_BYTES

    again = world.run("respond", "1", now="2026-12-01T11:05:00+01:00")
    assert again.exit_code == 1 and "never made twice" in again.stderr
    assert len(world.drafts()) == 1


def test_sync_yes_accepts_the_keep_on_file_offer(world):
    thanked(world)
    deliver_ats_rejection(world)
    report = sync(world, "2026-11-25T10:00:00+01:00", "--yes")
    assert [d["purpose"] for d in report["drafts_created"]] == ["keep_on_file"]
    assert len(world.drafts()) == 1


def test_a_rejection_for_another_company_changes_nothing_and_is_not_stored(world):
    thanked(world)
    deliver_ats_rejection(world, company="Acmeco Industries", position="Sales Manager")
    report = sync(world, "2026-11-25T10:00:00+01:00")
    assert report["replies"] == [] and report["offers"] == []
    shown = json.loads(world.ok("show", "1", "--json").stdout)
    assert shown["stage"] == "thanked" and shown["replies"] == []


def test_out_of_office_with_a_return_date_postpones_the_inquiry(world):
    thanked(world)
    world.mailbox.deliver(incoming(
        sender="Pat Jones <pat.jones@acme.example>", subject="Automatic reply: Thank You – Data Engineer Interview",
        text="Thank you for your message. I am out of the office and will be back on 7 December 2026. "
             "For urgent matters please contact hr@acme.example.",
        headers={"Auto-Submitted": "auto-replied"}))
    report = sync(world, "2026-11-21T10:00:00+01:00")
    assert [r["label"] for r in report["replies"]] == ["auto_reply"]
    assert sync(world, "2026-11-30T10:00:00+01:00")["drafts_created"] == []      # would be due without the OOO
    assert sync(world, "2026-12-07T10:00:00+01:00")["drafts_created"][0]["subject"] == "Following Up – Data Engineer"


def test_a_bounced_thank_you_flags_the_address_until_it_is_fixed(world):
    world.add("--when", "2026-11-20 14:00", now="2026-11-20T16:00:00+01:00")
    world.send_all_drafts()
    (_, sent), = world.messages("SENT")
    world.mailbox.deliver(bounce_of(sent, "pat.jones@acme.example"))
    report = sync(world, "2026-11-21T10:00:00+01:00")
    assert [r["label"] for r in report["replies"]] == ["bounce"]
    shown = json.loads(world.ok("show", "1", "--json").stdout)
    assert shown["interviewers"][0]["bad_address"]
    assert sync(world, "2026-11-30T10:00:00+01:00")["attention"][0]["text"].startswith("application 1: an inquiry is due but every")
    world.ok("edit", "1", "--interviewer", "Ms. Pat Jones <pat@acme.example>", now="2026-11-30T11:00:00+01:00")
    (_, fresh), = world.drafts()
    assert fresh["To"].addresses[0].addr_spec == "pat@acme.example"
    assert fresh["Subject"] == "Thank You – Data Engineer Interview"


def test_a_doubtful_rejection_waits_for_the_user(world):
    thanked(world)
    world.mailbox.deliver(incoming(
        sender="Pat Jones <pat.jones@acme.example>", subject="Re: Thank You – Data Engineer Interview",
        text="Hi José,\n\nUnfortunately the team has other priorities right now.\n\nPat"))
    report = sync(world, "2026-11-24T10:00:00+01:00")
    reply = report["replies"][0]
    if reply["label"] == "rejection" and reply["confidence"] >= 0.8:
        raise AssertionError(f"a vague sentence must not be a confident rejection: {reply}")
    world.ok("confirm", "1", "rejected", now="2026-11-24T11:00:00+01:00")
    assert json.loads(world.ok("show", "1", "--json").stdout)["stage"] == "rejected"
    world.ok("respond", "1", now="2026-11-24T11:05:00+01:00")
    (_, draft), = world.drafts()
    assert draft["Subject"] == "Re: Thank You – Data Engineer Interview"
    assert draft["To"].addresses[0].addr_spec == "pat.jones@acme.example"
