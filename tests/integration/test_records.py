"""list, show, close, edit, export/import, templates: the records and the letters around them."""

import json
import os

from world import body


def test_list_and_show_give_the_spec_fields(world):
    world.add("--when", "2026-11-17 14:00", "--hear-back", "in 2 weeks")
    (row,) = json.loads(world.ok("list", "--json").stdout)
    assert {"id", "company", "position", "interview_at", "stage", "interviewers", "next_action"} <= set(row)
    assert row["interviewers"][0]["email"] == "pat.jones@acme.example"
    assert row["next_action"]["kind"] == "send_thank_you" and row["next_action"]["due"]
    shown = json.loads(world.ok("show", "1", "--json").stdout)
    assert [e["kind"] for e in shown["events"]] == ["recorded", "thank_you_drafted"]
    human = world.ok("show", "1").stdout
    assert "Application 1: Acme Corp, Data Engineer [thank_you_drafted]" in human
    assert "interviewer: Ms. Pat Jones <pat.jones@acme.example>" in human


def test_close_stops_follow_ups_and_withdraws_an_unsent_inquiry(world):
    world.add("--when", "2026-11-20 14:00", now="2026-11-20T16:00:00+01:00")
    world.send_all_drafts()
    world.ok("sync", now="2026-11-20T18:00:00+01:00")
    world.ok("sync", now="2026-11-30T09:45:00+01:00")
    assert len(world.drafts()) == 1
    result = world.ok("close", "1", now="2026-11-30T10:00:00+01:00")
    assert "Withdrew the unsent draft \"Following Up – Data Engineer\"." in result.stdout
    assert world.drafts() == []
    assert json.loads(world.ok("show", "1", "--json").stdout)["stage"] == "closed"
    again = world.run("close", "1")
    assert again.exit_code == 1 and again.stderr == "Error: Application 1 is already closed.\n"


def test_edit_changes_fields_and_refuses_nothing_to_change(world):
    world.add()
    world.ok("edit", "1", "--position", "Senior Data Engineer", "--hear-back", "2026-12-04")
    shown = json.loads(world.ok("show", "1", "--json").stdout)
    assert shown["position"] == "Senior Data Engineer" and shown["hear_back_by"].startswith("2026-12-04")
    nothing = world.run("edit", "1")
    assert nothing.exit_code == 1 and "Nothing to change" in nothing.stderr


def test_export_reads_back_as_an_import(world, tmp_path):
    from world import World

    world.add("--detail", "the roadmap talk", "--interviewer", "Lee Wong <lee@acme.example>", "--tone", "casual")
    exported = world.ok("export", "--csv").stdout
    (tmp_path / "back.csv").write_text(exported, encoding="utf-8")
    other = World(home=tmp_path / "other-home", resume=world.resume)   # read back into an empty home
    result = other.ok("import", str(tmp_path / "back.csv"), "--no-drafts")
    assert "Imported 1 applications" in result.stdout
    [first], [second] = json.loads(world.ok("export").stdout), json.loads(other.ok("export").stdout)
    for key in ("company", "position", "interview_at", "tone", "interviewers"):
        assert first[key] == second[key]


def test_templates_list_show_and_preview(world):
    world.add("--detail", "hearing about the data platform")
    listed = world.ok("templates", "list").stdout
    assert "thank_you        built-in" in listed
    shown = world.ok("templates", "show", "status_inquiry").stdout
    assert "subject.txt.j2" in shown and "Following Up" in shown
    preview = world.ok("templates", "preview", "thank_you", "--id", "1").stdout
    assert "Subject: Thank You – Data Engineer Interview" in preview
    assert "I especially enjoyed hearing about the data platform." in preview
    unknown = world.run("templates", "show", "love_letter")
    assert unknown.exit_code == 1 and "Unknown letter 'love_letter'" in unknown.stderr


def test_templates_edit_creates_an_override_that_the_next_draft_uses(world, tmp_path):
    editor = tmp_path / "editor.sh"
    editor.write_text("#!/bin/sh\nsed -i 's/Thank you for taking the time/Many thanks for taking the time/' \"$1\"\n")
    editor.chmod(0o755)
    os.environ["EDITOR"] = str(editor)
    try:
        result = world.ok("templates", "edit", "thank_you")
    finally:
        del os.environ["EDITOR"]
    assert "renders" in result.stderr
    assert "overridden: body.txt.j2" in world.ok("templates", "list").stdout
    world.add()
    (_, draft), = world.drafts()
    assert "Many thanks for taking the time" in body(draft)


