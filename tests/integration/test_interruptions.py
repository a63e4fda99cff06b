"""Honest interruptions: Ctrl-C or a kill in `add`, `add` or `import` again, and `delete`."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from world import World

PAT = ("--interviewer", "Ms. Pat Jones <pat.jones@acme.example>")
LEE = ("--interviewer", "Lee Wong <lee@acme.example>")
WHEN = ("--when", "2026-11-17 14:00")


def add_args(*extra: str) -> list[str]:
    return ["add", "--company", "Acme Corp", "--position", "Data Engineer", *PAT, *LEE, *WHEN, *extra]


def interrupted_at(world: World, point: str, *args: str):
    os.environ["ASSISTANT_INTERRUPT_AT"] = point
    try:
        return world.run(*args)
    finally:
        del os.environ["ASSISTANT_INTERRUPT_AT"]


def applications(world: World) -> list[dict]:
    return json.loads(world.ok("list", "--json").stdout)


def test_ctrl_c_before_the_interview_is_recorded_says_nothing_was_changed(world):
    result = interrupted_at(world, "before_record", *add_args())
    assert result.exit_code == 130
    assert result.stderr == "Interrupted before the interview was recorded; nothing was changed.\n"
    assert applications(world) == [] and world.drafts() == []


def test_ctrl_c_after_the_interview_is_recorded_names_the_missing_drafts(world):
    result = interrupted_at(world, "after_record", *add_args())
    assert result.exit_code == 130
    assert result.stderr == (
        "Interrupted: application 1 (Acme Corp, Data Engineer) is recorded, but the thank-you drafts to "
        "pat.jones@acme.example and lee@acme.example are not confirmed yet; run the same `assistant add` "
        "again (or `assistant sync`) to finish only those.\n")
    assert "nothing half-done" not in result.stderr
    assert len(applications(world)) == 1 and world.drafts() == []


def test_add_again_after_ctrl_c_completes_the_application_instead_of_recording_it_twice(world):
    # Ctrl-C just after Gmail made the first draft, before the tool noted it
    first = interrupted_at(world, "after_gmail_write", *add_args())
    assert first.exit_code == 130 and "pat.jones@acme.example and lee@acme.example" in first.stderr
    assert len(world.drafts()) == 1

    again = world.ok(*add_args())
    assert again.stdout.startswith("Application 1 (Acme Corp, Data Engineer, Tue 17 Nov 2026, 14:00) was already "
                                   "recorded; made the thank-you drafts it was missing:\n")
    assert len(applications(world)) == 1
    drafts = sorted(msg["To"].addresses[0].addr_spec for _, msg in world.drafts())
    assert drafts == ["lee@acme.example", "pat.jones@acme.example"]   # one each, never two

    third = world.ok(*add_args())
    assert third.stdout == ("Application 1 (Acme Corp, Data Engineer, Tue 17 Nov 2026, 14:00) was already "
                            "recorded; nothing was missing. `assistant edit 1` changes its fields.\n")
    assert len(world.drafts()) == 2


def test_a_killed_add_is_finished_by_running_it_again(world):
    env = {**os.environ, "ASSISTANT_HOME": str(world.home), "ASSISTANT_SANDBOX": "1",
           "ASSISTANT_NOW": world.now, "ASSISTANT_CRASH_AT": "after_gmail_write"}
    killed = subprocess.run([sys.executable, "-m", "assistant", *add_args()], env=env, capture_output=True, timeout=120)
    assert killed.returncode == 86
    world.ok(*add_args())
    assert len(applications(world)) == 1 and len(world.drafts()) == 2
    letters = json.loads(world.ok("show", "1", "--json").stdout)["drafts"]
    assert sorted(letter["state"] for letter in letters) == ["drafted", "drafted"]


def test_import_skips_rows_it_already_has_and_says_so(world, tmp_path):
    csv = tmp_path / "interviews.csv"
    csv.write_text("company,position,interviewers,when\n"
                   "Acme Corp,Data Engineer,Ms. Pat Jones <pat.jones@acme.example>,2026-11-17 14:00\n"
                   "Globex,Analyst,Sam Roe <sam@globex.example>,2026-11-16 10:00\n", encoding="utf-8")
    world.ok("add", "--company", "acme corp", "--position", "Data Engineer", *PAT, *WHEN)
    result = world.ok("import", str(csv))
    assert result.stdout == (f"Imported 1 applications from {csv}; 1 thank-you drafts created.\n"
                             "Skipped line 2: that interview is already recorded as application 1.\n")
    again = world.ok("import", str(csv))
    assert again.stdout == (f"Imported 0 applications from {csv}; 0 thank-you drafts created.\n"
                            "Skipped line 2: that interview is already recorded as application 1.\n"
                            "Skipped line 3: that interview is already recorded as application 2.\n")
    assert len(applications(world)) == 2 and len(world.drafts()) == 2


def test_delete_with_yes_withdraws_the_unsent_drafts_and_removes_the_application(world):
    world.ok(*add_args())
    world.add(company="Globex", interviewers=("Sam Roe <sam@globex.example>",))
    result = world.ok("delete", "1", "--yes")
    assert result.stdout == (
        "Deleted application 1 (Acme Corp, Data Engineer).\n"
        "Withdrew the unsent draft \"Thank You – Data Engineer Interview\" to pat.jones@acme.example.\n"
        "Withdrew the unsent draft \"Thank You – Data Engineer Interview\" to lee@acme.example.\n")
    assert [a["id"] for a in applications(world)] == [2]
    assert [msg["To"].addresses[0].addr_spec for _, msg in world.drafts()] == ["sam@globex.example"]
    gone = world.run("show", "1")
    assert gone.exit_code == 1
    assert gone.stderr == "Error: There is no application with id 1; `assistant list` shows them.\n"


def test_delete_never_touches_a_thank_you_the_user_sent(world):
    world.ok(*add_args())
    pat = next(d for d, msg in world.drafts() if msg["To"].addresses[0].addr_spec == "pat.jones@acme.example")
    world.mailbox.press_send(pat)
    world.ok("sync", now="2026-11-17T18:00:00+01:00")
    result = world.ok("delete", "1", "--yes", now="2026-11-17T18:05:00+01:00")
    assert "Withdrew the unsent draft \"Thank You – Data Engineer Interview\" to lee@acme.example." in result.stdout
    assert "pat.jones@acme.example" not in result.stdout
    sent = [msg for _, msg in world.messages("SENT")]
    assert [m["To"].addresses[0].addr_spec for m in sent] == ["pat.jones@acme.example"]
    assert world.drafts() == []


def test_delete_asks_first_and_keeps_everything_when_the_answer_is_no(world, monkeypatch):
    from assistant.cli import delete_cmd

    world.ok(*add_args())
    monkeypatch.setattr(delete_cmd, "_terminal", lambda: True)
    result = world.run("delete", "1", input="n\n")
    assert result.exit_code == 0
    assert result.stdout == ("Delete application 1 (Acme Corp, Data Engineer) for good, and withdraw its unsent "
                             "drafts from Gmail? [y/N]: n\n")  # the runner echoes the answer
    assert result.stderr == "Nothing was deleted.\n"
    assert len(applications(world)) == 1 and len(world.drafts()) == 2
    yes = world.run("delete", "1", input="y\n")
    assert yes.exit_code == 0 and "Deleted application 1 (Acme Corp, Data Engineer)." in yes.stdout
    assert applications(world) == [] and world.drafts() == []


def test_delete_without_a_terminal_needs_yes(world):
    world.ok(*add_args())
    result = world.run("delete", "1")
    assert result.exit_code == 1
    assert result.stderr == ("Error: Deleting application 1 asks first and the input is not a terminal; "
                             "add --yes to delete it without asking.\n")
    assert len(applications(world)) == 1


def test_delete_leaves_a_draft_the_user_sent_before_any_sync_alone(world):
    world.ok(*add_args())
    pat = next(d for d, msg in world.drafts() if msg["To"].addresses[0].addr_spec == "pat.jones@acme.example")
    world.mailbox.press_send(pat)                     # the tool has not seen this yet: no sync in between
    result = world.ok("delete", "1", "--yes")
    assert ("\"Thank You – Data Engineer Interview\" to pat.jones@acme.example was already sent; it was left alone."
            in result.stdout)
    sent = [msg for _, msg in world.messages("SENT")]
    assert [m["To"].addresses[0].addr_spec for m in sent] == ["pat.jones@acme.example"]
    assert world.drafts() == []


def test_delete_leaves_a_letter_the_user_scheduled_and_says_where_to_cancel_it(world):
    from datetime import datetime

    world.ok(*add_args())
    pat = next(d for d, msg in world.drafts() if msg["To"].addresses[0].addr_spec == "pat.jones@acme.example")
    world.mailbox.schedule_send(pat, datetime.fromisoformat("2026-11-18T08:30:00+01:00"))
    result = world.ok("delete", "1", "--yes")
    assert ("\"Thank You – Data Engineer Interview\" to pat.jones@acme.example is scheduled to go out "
            "Wed 18 Nov 2026 08:30; the tool cannot cancel it: open Gmail's Scheduled folder and choose Cancel "
            "send if it should not go out.") in result.stdout
    assert "Withdrew the unsent draft \"Thank You – Data Engineer Interview\" to lee@acme.example." in result.stdout
    assert len(world.mailbox.scheduled()) == 1 and world.drafts() == []
