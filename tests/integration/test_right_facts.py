"""No wrong facts in letters: time frames checked, the year shown when it is not this year, no note before the interview."""

from __future__ import annotations

import json

from world import body

PAT_ADDR = "pat.jones@acme.example"


def applications(world) -> list[dict]:
    return json.loads(world.ok("list", "--json").stdout)


def test_a_time_frame_before_the_interview_is_refused_with_the_fix(world):
    result = world.run("add", "--company", "Acme Corp", "--position", "Data Engineer",
                       "--interviewer", f"Ms. Pat Jones <{PAT_ADDR}>", "--when", "2026-11-17 14:00",
                       "--hear-back", "2026-11-01")
    assert result.exit_code == 1
    assert result.stderr == ("Error: The time frame '2026-11-01' (2026-11-01) is before the interview (2026-11-17); "
                             "give the day they said you would hear back by, e.g. 'in 2 weeks' or a later date.\n")
    assert applications(world) == [] and world.drafts() == []


def test_a_time_frame_beyond_a_year_is_refused_with_the_fix(world):
    result = world.run("add", "--company", "Acme Corp", "--position", "Data Engineer",
                       "--interviewer", f"Ms. Pat Jones <{PAT_ADDR}>", "--when", "2026-11-17 14:00",
                       "--hear-back", "in 500 weeks")
    assert result.exit_code == 1
    assert result.stderr == ("Error: The time frame 'in 500 weeks' (2036-06-17) is more than a year after the "
                             "interview (2026-11-17); give the day they said you would hear back by, e.g. 'in 2 weeks'.\n")
    assert applications(world) == []


def test_edit_refuses_a_time_frame_before_the_interview(world):
    world.add("--when", "2026-11-17 14:00")
    result = world.run("edit", "1", "--hear-back", "2026-11-10")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: The time frame '2026-11-10' (2026-11-10) is before the interview (2026-11-17)")
    assert json.loads(world.ok("show", "1", "--json").stdout)["hear_back_by"] is None


def test_a_date_in_this_year_has_no_year_and_one_in_the_next_year_shows_it(world):
    world.add("--when", "2026-11-17 14:00", "--hear-back", "2026-12-04")
    (_, note), = world.drafts()
    assert "hearing from you by Friday, December 4." in body(note)

    later = "2026-12-21T16:00:00+01:00"
    world.add("--company", "Globex", "--when", "2026-12-21 14:00", "--hear-back", "2027-01-08", now=later)
    note = next(msg for _, msg in world.drafts() if "Globex" in body(msg))
    assert "hearing from you by Friday, January 8, 2027." in body(note)


def test_an_inquiry_written_in_the_next_year_names_the_year_of_the_interview(world):
    world.add("--when", "2026-12-21 14:00", "--hear-back", "2027-01-08", now="2026-12-21T16:00:00+01:00")
    world.send_all_drafts()
    world.ok("sync", now="2026-12-21T18:00:00+01:00")
    world.ok("sync", now="2027-01-11T10:00:00+01:00")
    inquiry = next(msg for _, msg in world.drafts() if msg["Subject"].startswith("Following Up"))
    assert "my interview for the Data Engineer position on Monday, December 21, 2026." in body(inquiry)


def test_an_interview_ahead_is_recorded_but_drafts_nothing_until_it_has_ended(world):
    result = world.add("--when", "2026-11-18 10:00", now="2026-11-17T15:00:00+01:00")
    assert result.stdout == (
        "Recorded application 1: Acme Corp, Data Engineer (video interview, Wed 18 Nov 2026, 10:00).\n"
        "The interview has not taken place yet: `assistant sync` asks for a debrief after it ends "
        "(Wed 18 Nov 2026, 10:45), then drafts the thank-you notes.\n")
    assert world.drafts() == []
    [app] = applications(world)
    assert app["next_action"]["kind"] == "thank_you_after_interview"

    during = json.loads(world.ok("sync", "--json", now="2026-11-18T10:30:00+01:00").stdout)
    assert during["drafts_created"] == [] and world.drafts() == []

    ended = json.loads(world.ok("sync", "--json", now="2026-11-18T11:00:00+01:00").stdout)
    assert ended["drafts_created"] == [] and [a["kind"] for a in ended["attention"]] == ["debrief"]
    # No debrief: the notes are drafted anyway 4 hours before the send-by time (10:00 the next day).
    after = world.ok("sync", now="2026-11-19T06:30:00+01:00")
    assert ("  - application 1: drafted \"Thank You – Data Engineer Interview\" to pat.jones@acme.example"
            in after.stdout)
    (_, note), = world.drafts()
    assert body(note).startswith("Dear Ms. Jones,\n")
    assert json.loads(world.ok("list", "--json", now="2026-11-19T06:30:00+01:00").stdout)[0]["next_action"][
        "kind"] == "send_thank_you"

    again = json.loads(world.ok("sync", "--json", now="2026-11-19T07:00:00+01:00").stdout)
    assert again["drafts_created"] == [] and len(world.drafts()) == 1


def test_a_dry_run_after_the_interview_says_it_would_draft_the_notes_and_drafts_nothing(world):
    world.add("--when", "2026-11-18 10:00", now="2026-11-17T15:00:00+01:00")
    result = world.ok("sync", "--dry-run", now="2026-11-19T06:30:00+01:00")
    assert ("  - would draft: application 1, \"thank-you note\" to pat.jones@acme.example" in result.stdout)
    assert world.drafts() == []
