"""`assistant add`: thank-you drafts in Gmail, checked by parsing what the sandbox received."""

import json
import subprocess
import sys

from world import RESUME_BYTES, body


def test_two_interviewers_get_two_personal_drafts_with_the_resume(world):
    world.add("--interviewer", "Dr. José Ñúñez <jose@acme.example>", "--when", "2026-11-17 14:00",
              "--detail", "hearing how your team rebuilt the ingestion pipeline",
              "--skill", "cut nightly batch time from 6 hours to 40 minutes")
    drafts = {msg["To"].addresses[0].addr_spec: msg for _, msg in world.drafts()}
    assert set(drafts) == {"pat.jones@acme.example", "jose@acme.example"}
    pat, jose = drafts["pat.jones@acme.example"], drafts["jose@acme.example"]
    for msg in (pat, jose):
        assert msg["Subject"] == "Thank You – Data Engineer Interview"
        assert msg["From"].addresses[0].display_name == "José Ñúñez"
        assert msg["From"].addresses[0].addr_spec == "you@sandbox.example"
        assert msg["Message-ID"].endswith("@sandbox.example>")
        text = body(msg)
        assert "hearing how your team rebuilt the ingestion pipeline" in text
        assert "cut nightly batch time from 6 hours to 40 minutes" in text
        assert "+49 30 1234567" in text and text.rstrip().endswith("Sincerely,\nJosé Ñúñez")
        assert "None" not in text
        html = msg.get_body(("html",)).get_content()
        assert "<p>" in html and "ingestion pipeline" in html
        (attachment,) = list(msg.iter_attachments())
        assert attachment.get_filename() == "Résumé Müller.pdf"
        assert attachment.get_content() == RESUME_BYTES
    # one person per salutation, never "Dear Ms. Jones and Dr. Ñúñez"
    assert body(pat).startswith("Dear Ms. Jones,\n") and "Ñúñez" not in body(pat).split("\n")[0]
    assert body(jose).startswith("Dear Dr. Ñúñez,\n") and "Jones" not in body(jose).split("\n")[0]
    assert jose["To"].addresses[0].display_name == "José Ñúñez"


def test_add_prints_ids_and_when_to_send(world):
    result = world.add("--when", "2026-11-17 11:00", now="2026-11-17T12:00:00+01:00")
    assert "Recorded application 1: Acme Corp, Data Engineer" in result.stdout
    assert "Send them by Wed 18 Nov 2026, 11:00 (within 24 hours of the interview)." in result.stdout


def test_late_interview_is_best_answered_the_next_morning(world):
    result = world.add("--when", "2026-11-17 16:30", now="2026-11-17T17:30:00+01:00")
    assert "Best sent tomorrow morning, by Wed 18 Nov 2026, 10:00" in result.stdout


def test_add_json_gives_id_and_drafts(world):
    result = world.add("--json", "--interviewer", "Lee Wong <lee@acme.example>")
    data = json.loads(result.stdout)
    assert data["id"] == 1 and len(data["drafts"]) == 2
    sandbox_ids = {draft_id for draft_id, _ in world.drafts()}
    for draft in data["drafts"]:
        assert draft["draft_id"] in sandbox_ids
        assert draft["attachments"] == ["Résumé Müller.pdf"]
        assert set(draft) >= {"draft_id", "message_id", "thread_id", "to", "subject", "attachments"}


def test_casual_tone_greets_by_first_name_and_formal_without_title_uses_full_name(world):
    world.add("--tone", "casual", interviewers=("Ms. Pat Jones <pat@acme.example>",))
    world.add(company="Globex", interviewers=("Sam Lee <sam@globex.example>",))
    greetings = sorted(body(msg).split("\n")[0] for _, msg in world.drafts())
    assert greetings == ["Dear Sam Lee,", "Hi Pat,"]


def test_no_follow_up_records_the_application_and_drafts_nothing(world):
    result = world.add("--no-follow-up")
    assert "No follow-up" in result.stdout
    assert world.drafts() == []
    listed = json.loads(world.ok("list", "--json").stdout)
    assert listed[0]["next_action"]["kind"] == "none"


def test_gmail_signature_is_added_once_marked_as_gmail_marks_it(world):
    world.mailbox.set_profile(signature_html="José Ñúñez<br>Data person")
    world.add()
    (_, msg), = world.drafts()
    html = msg.get_body(("html",)).get_content()
    assert html.count('class="gmail_signature"') == 1 and 'data-smartmail="gmail_signature"' in html
    assert "\n-- \nJosé Ñúñez\nData person" in body(msg)


def test_a_draft_lost_to_a_gmail_error_after_it_was_made_is_found_not_duplicated(world):
    world.mailbox.inject_fault("gmail.users.drafts.create", status=500, after_effect=True)
    world.add()
    assert len(world.drafts()) == 1
    shown = json.loads(world.ok("show", "1", "--json").stdout)
    assert shown["drafts"][0]["state"] == "drafted"


def test_gmail_failure_keeps_the_interview_and_sync_finishes_the_drafts(world):
    world.mailbox.inject_fault("gmail.users.drafts.create", status=500, skip=1, times=5)
    result = world.run("add", "--company", "Acme Corp", "--position", "Data Engineer",
                       "--interviewer", "Ms. Pat Jones <pat@acme.example>", "--interviewer", "Lee Wong <lee@acme.example>")
    assert result.exit_code == 4
    assert "Gmail answered 500" in result.stderr
    assert len(world.drafts()) == 1
    world.mailbox.clear_faults()
    world.ok("sync")
    assert sorted(m["To"].addresses[0].addr_spec for _, m in world.drafts()) == ["lee@acme.example", "pat@acme.example"]
    world.ok("sync")
    assert len(world.drafts()) == 2


def test_help_imports_neither_the_google_client_nor_jinja2():
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "assistant", "--help"],
                         capture_output=True, text=True, check=True)
    imported = {line.split("|")[-1].strip() for line in out.stderr.splitlines() if "|" in line}
    assert not {m for m in imported if m.startswith(("googleapiclient", "jinja2", "google.auth", "google_auth"))}
    assert "assistant.cli.app" in imported


def test_a_connection_dropped_after_gmail_made_the_draft_gives_one_draft(world):
    # httplib2 would resend the POST on its own; the tool's client sends a write once and reconciles.
    world.mailbox.inject_fault("gmail.users.drafts.create", drop=True, after_effect=True)
    world.add()
    assert len(world.drafts()) == 1
    assert json.loads(world.ok("show", "1", "--json").stdout)["drafts"][0]["state"] == "drafted"
