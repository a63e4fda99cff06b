"""Interviews as they come (SPEC "Interviews as they come", issue 13): rounds of one application,
an interview recorded ahead and its debrief, and a database from before rounds."""

from __future__ import annotations

import json
import sqlite3

from old_schema import database_at_version
from world import body, incoming

from assistant.store.migrations import MIGRATIONS

PAT = "Ms. Pat Jones <pat.jones@acme.example>"
SAM = "Sam Lee <sam.lee@acme.example>"
KIM = "Dr. Kim Ro <kim.ro@acme.example>"


def sync(world, now: str) -> dict:
    return json.loads(world.ok("sync", "--json", now=now).stdout)


def shown(world, app_id: int = 1, now: str | None = None) -> dict:
    return json.loads(world.ok("show", str(app_id), "--json", now=now).stdout)


def inquiries(world) -> list:
    return [msg for _, msg in world.drafts() if msg["Subject"].startswith("Following Up")]


def next_step_answer(world, message_id: str) -> None:
    world.mailbox.deliver(incoming(
        sender=PAT, subject="Next steps", message_id=message_id,
        text="Hi José,\n\nWe would like to invite you to another interview with the team. "
             "Could you share your availability for next week?\n\nBest,\nPat"))


def notes_to(world, address: str) -> list:
    return [msg for _, msg in world.drafts() if msg["To"].endswith(f"<{address}>") and msg["Subject"].startswith("Thank")]


def test_three_rounds_get_notes_after_each_and_one_inquiry_after_the_last(world):
    world.add("--when", "2026-11-17 14:00", interviewers=(PAT,))
    world.send_all_drafts()
    sync(world, "2026-11-17T18:00:00+01:00")
    next_step_answer(world, "<next-1@acme.example>")
    assert [r["label"] for r in sync(world, "2026-11-19T10:00:00+01:00")["replies"]] == ["next_step"]
    assert sync(world, "2026-11-26T10:00:00+01:00")["drafts_created"] == []   # next round coming: no inquiry

    second = world.ok("add", "--application", "1", "--interviewer", PAT, "--interviewer", SAM,
                      "--when", "2026-11-27 10:00", "--kind", "onsite", "--detail", "the tour of the lab",
                      now="2026-11-27T15:00:00+01:00")
    assert second.stdout.startswith("Recorded round 2 of application 1: Acme Corp, Data Engineer "
                                    "(onsite interview, Fri 27 Nov 2026, 10:00).\n")
    again = notes_to(world, "pat.jones@acme.example")
    assert len(again) == 1   # the first note to Pat was sent; this is a fresh one about round 2
    assert ("Thank you for taking the time to meet with me in person again about the Data Engineer role at "
            "Acme Corp on Friday, November 27. I especially enjoyed the tour of the lab.") in body(again[0])
    assert len(notes_to(world, "sam.lee@acme.example")) == 1
    world.send_all_drafts()
    sync(world, "2026-11-27T18:00:00+01:00")
    next_step_answer(world, "<next-2@acme.example>")
    sync(world, "2026-11-30T10:00:00+01:00")
    assert sync(world, "2026-12-08T10:00:00+01:00")["drafts_created"] == []

    world.ok("add", "--application", "1", "--interviewer", KIM, "--when", "2026-12-08 14:00",
             now="2026-12-08T16:00:00+01:00")
    world.send_all_drafts()
    sync(world, "2026-12-08T17:00:00+01:00")
    assert sync(world, "2026-12-14T10:00:00+01:00")["drafts_created"] == []   # not a week yet
    report = sync(world, "2026-12-16T10:00:00+01:00")
    assert [(d["purpose"], d["to"]) for d in report["drafts_created"]] == [("status_inquiry", "kim.ro@acme.example")]
    [inquiry] = inquiries(world)
    kim_note = next(m for m in world.messages("SENT") if m[1]["To"].endswith("<kim.ro@acme.example>"))[1]
    assert inquiry["References"] == kim_note["Message-ID"]
    assert "my interview for the Data Engineer position on Tuesday, December 8." in body(inquiry)
    assert sync(world, "2026-12-23T10:00:00+01:00")["drafts_created"] == []   # never a second one

    data = shown(world, now="2026-12-23T10:00:00+01:00")
    assert [(r["number"], r["kind"], r["state"], [p["email"] for p in r["interviewers"]]) for r in data["rounds"]] == [
        (1, "video", "held", ["pat.jones@acme.example"]),
        (2, "onsite", "held", ["pat.jones@acme.example", "sam.lee@acme.example"]),
        (3, "video", "held", ["kim.ro@acme.example"])]
    assert [[(lt["purpose"], lt["to"]) for lt in r["letters"]] for r in data["rounds"]] == [
        [("thank_you", "pat.jones@acme.example")],
        [("thank_you", "pat.jones@acme.example"), ("thank_you", "sam.lee@acme.example")],
        [("thank_you", "kim.ro@acme.example"), ("status_inquiry", "kim.ro@acme.example")]]
    [row] = json.loads(world.ok("list", "--json", now="2026-12-23T10:00:00+01:00").stdout)
    assert (row["round"], row["interview_at"]) == (3, "2026-12-08T14:00:00+01:00")


def test_no_inquiry_between_a_next_step_answer_and_the_next_round(world):
    world.add("--when", "2026-11-17 14:00")
    world.send_all_drafts()
    sync(world, "2026-11-17T18:00:00+01:00")
    next_step_answer(world, "<next-1@acme.example>")
    sync(world, "2026-11-18T10:00:00+01:00")
    for day in ("2026-11-25", "2026-12-02", "2026-12-09"):
        assert sync(world, f"{day}T10:00:00+01:00")["drafts_created"] == []
    [row] = json.loads(world.ok("list", "--json").stdout)
    assert row["next_action"]["kind"] == "none"
    assert row["next_action"]["note"] == "next round coming: record it with `assistant add --application 1`"

    # The next round is recorded ahead: still no inquiry until it has been held.
    world.ok("add", "--application", "1", "--interviewer", PAT, "--when", "2026-12-14 10:00",
             now="2026-12-09T11:00:00+01:00")
    assert sync(world, "2026-12-11T10:00:00+01:00")["drafts_created"] == []
    # The employer writes about that round before it happens: it announces the round, it does not answer it.
    next_step_answer(world, "<next-2@acme.example>")
    assert [r["label"] for r in sync(world, "2026-12-11T11:00:00+01:00")["replies"]] == ["next_step"]
    assert shown(world)["stage"] == "thank_you_drafted"
    world.ok("debrief", "1", "--detail", "the roadmap", now="2026-12-14T11:00:00+01:00")
    world.send_all_drafts()
    sync(world, "2026-12-14T12:00:00+01:00")
    assert sync(world, "2026-12-18T10:00:00+01:00")["drafts_created"] == []
    report = sync(world, "2026-12-22T10:00:00+01:00")
    assert [d["purpose"] for d in report["drafts_created"]] == ["status_inquiry"]


def test_an_interview_recorded_ahead_asks_for_a_debrief_and_drafts_its_notes_with_it(world, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")   # wide enough that no cell is clipped
    ahead = world.add("--when", "2026-11-18 10:00", now="2026-11-17T15:00:00+01:00")
    assert ahead.stdout.endswith("The interview has not taken place yet: `assistant sync` asks for a debrief "
                                 "after it ends (Wed 18 Nov 2026, 10:45), then drafts the thank-you notes.\n")
    assert sync(world, "2026-11-18T10:30:00+01:00")["attention"] == [] and world.drafts() == []
    early = world.run("debrief", "1", "--detail", "x", now="2026-11-18T10:30:00+01:00")
    assert (early.exit_code, early.stderr) == (
        1, "Error: Application 1's interview (Wed 18 Nov 2026, 10:00) has not ended yet; "
           "run `assistant debrief 1` after Wed 18 Nov 2026, 10:45.\n")

    report = sync(world, "2026-11-18T11:00:00+01:00")
    assert report["drafts_created"] == [] and world.drafts() == []
    assert report["attention"] == [{
        "application_id": 1, "kind": "debrief",
        "text": "application 1: your interview with Ms. Pat Jones on Wed 18 Nov 2026, 10:00 has ended; run "
                "`assistant debrief 1` to add what you talked about (without it the notes are drafted "
                "Thu 19 Nov 2026, 06:00)"}]
    [row] = json.loads(world.ok("list", "--json", now="2026-11-18T11:00:00+01:00").stdout)
    assert row["next_action"]["kind"] == "debrief" and row["group"] == "now"
    assert world.ok("list", now="2026-11-18T11:00:00+01:00").stdout.splitlines()[1:] == [
        "Needs you now:",
        "1   Acme Corp  Data Engineer  1    18 Nov, 10:00  thank you drafted  "
        "debrief: `assistant debrief 1` before  19 Nov, 06:00"]

    done = world.ok("debrief", "1", "--detail", "hearing about the data platform", "--skill",
                    "cut report times by half", "--hear-back", "2026-12-04", now="2026-11-18T12:00:00+01:00")
    assert done.stdout.startswith("Debrief saved for round 1 of application 1 (Acme Corp, Data Engineer).\n"
                                  "Thank-you drafts are in Gmail's Drafts, one per interviewer:\n"
                                  "  - Ms. Pat Jones <pat.jones@acme.example>: \"Thank You – Data Engineer Interview\" (draft ")
    assert done.stdout.endswith("Send them by Thu 19 Nov 2026, 10:00 (within 24 hours of the interview).\n")
    (_, note), = world.drafts()
    assert "I especially enjoyed hearing about the data platform." in body(note)
    assert "hearing from you by Friday, December 4." in body(note)
    assert json.loads(world.ok("list", "--json", now="2026-11-18T12:00:00+01:00").stdout)[0]["next_action"]["kind"] == (
        "send_thank_you")
    assert sync(world, "2026-11-18T13:00:00+01:00")["drafts_created"] == []   # never a second note

    twice = world.run("debrief", "1", "--detail", "more", now="2026-11-18T13:00:00+01:00")
    assert (twice.exit_code, twice.stderr) == (
        1, "Error: The thank-you notes for application 1's interview of Wed 18 Nov 2026, 10:00 are already "
           "drafted; `assistant edit 1 --detail …` rewrites the unsent ones.\n")


def test_without_a_debrief_the_sync_drafts_the_notes_close_to_the_send_by_time_and_says_so(world):
    world.add("--when", "2026-11-18 10:00", now="2026-11-17T15:00:00+01:00")
    assert sync(world, "2026-11-19T05:00:00+01:00")["drafts_created"] == []
    report = sync(world, "2026-11-19T06:30:00+01:00")
    assert [d["to"] for d in report["drafts_created"]] == ["pat.jones@acme.example"]
    assert {"application_id": 1, "kind": "drafted_without_debrief",
            "text": "application 1: no debrief came for your interview of Wed 18 Nov 2026, 10:00, so its "
                    "thank-you notes were drafted without your details; add them in Gmail before sending, "
                    "by Thu 19 Nov 2026, 10:00"} in report["attention"]
    late = world.run("debrief", "1", "--detail", "x", now="2026-11-19T07:00:00+01:00")
    assert late.exit_code == 1 and "are already drafted" in late.stderr


def test_a_debrief_with_nothing_given_off_a_terminal_is_one_sentence(world):
    world.add("--when", "2026-11-18 10:00", now="2026-11-17T15:00:00+01:00")
    result = world.run("debrief", "1", now="2026-11-18T11:00:00+01:00")
    assert (result.exit_code, result.stderr) == (
        1, "Error: Give at least one of --detail, --skill, --missed or --hear-back "
           "(not asked for because the input is not a terminal).\n")
    after = world.add("--company", "Globex", "--when", "2026-11-17 14:00")
    assert after.exit_code == 0
    held = world.run("debrief", "2", "--detail", "x", now="2026-11-18T11:00:00+01:00")
    assert (held.exit_code, held.stderr) == (
        1, "Error: The thank-you notes for application 2's interview of Tue 17 Nov 2026, 14:00 are already "
           "drafted; `assistant edit 2 --detail …` rewrites the unsent ones.\n")


def test_a_round_for_an_ended_application_is_refused_with_the_fix(world):
    world.add("--when", "2026-11-17 14:00")
    world.ok("close", "1")
    result = world.run("add", "--application", "1", "--interviewer", PAT, "--when", "2026-11-20 10:00")
    assert (result.exit_code, result.stderr) == (
        1, "Error: Application 1 (Acme Corp, Data Engineer) is closed; a new interview round is recorded only "
           "for an application still going on (`assistant add` records a new application).\n")
    assert len(shown(world)["rounds"]) == 1


def _database_before_rounds(path) -> None:
    """The database the release before rounds wrote (migrations 0001..0005): one application,
    its interviewer, a sent thank-you and a reply."""
    raw = database_at_version(path, 5)
    raw.execute("INSERT INTO applications (id, company, position, interview_at, kind, detail, stage, main_contact,"
                " thanked_at, resume_path, created_at, updated_at) VALUES (1, 'Acme Corp', 'Data Engineer',"
                " '2026-11-17T13:00:00+00:00', 'video', 'the roadmap', 'thanked', 7, '2026-11-17T17:00:00+00:00',"
                " NULL, '2026-11-17T14:00:00+00:00', '2026-11-17T17:00:00+00:00')")
    raw.execute("INSERT INTO interviewers (id, application_id, ordinal, title, name, email)"
                " VALUES (7, 1, 0, 'Ms.', 'Pat Jones', 'pat.jones@acme.example')")
    raw.execute("INSERT INTO letters (id, application_id, interviewer_id, purpose, state, tool_message_id, to_addr,"
                " subject, created_at, sent_at, rfc_message_id) VALUES (3, 1, 7, 'thank_you', 'sent', '<t1@x>',"
                " 'pat.jones@acme.example', 'Thank You – Data Engineer Interview', '2026-11-17T14:00:00+00:00',"
                " '2026-11-17T17:00:00+00:00', '<t1@x>')")
    raw.execute("INSERT INTO replies (gmail_message_id, application_id, received_at, label, confidence, matched_by)"
                " VALUES ('r9', 1, '2026-11-18T10:00:00+00:00', 'pending', 0.9, 'thread')")
    raw.commit()
    raw.close()


def test_a_database_from_before_rounds_is_upgraded_and_its_application_is_round_one(world):
    world.state.mkdir(parents=True, exist_ok=True)
    _database_before_rounds(world.state / "assistant.db")
    data = shown(world)
    assert (data["company"], data["stage"], data["interview_at"]) == (
        "Acme Corp", "thanked", "2026-11-17T13:00:00+00:00")
    assert [(r["number"], r["start"], r["kind"], r["state"], [p["email"] for p in r["interviewers"]],
             [(lt["purpose"], lt["state"]) for lt in r["letters"]]) for r in data["rounds"]] == [
        (1, "2026-11-17T13:00:00+00:00", "video", "held", ["pat.jones@acme.example"], [("thank_you", "sent")])]
    assert [r["label"] for r in data["replies"]] == ["pending"]
    # And it goes on as rounds: the next one is round 2.
    world.ok("add", "--application", "1", "--interviewer", PAT, "--when", "2026-11-24 10:00", "--no-drafts",
             now="2026-11-24T15:00:00+01:00")
    assert [r["number"] for r in shown(world)["rounds"]] == [1, 2]


def _two_rounds(world) -> None:
    world.add("--when", "2026-11-17 14:00", "--detail", "the roadmap")
    world.send_all_drafts()
    world.ok("add", "--application", "1", "--interviewer", PAT, "--interviewer", SAM, "--when", "2026-11-24 10:00",
             "--kind", "onsite", "--skill", "led the migration", now="2026-11-24T15:00:00+01:00")


def _rounds(data: dict) -> list:
    return [(r["number"], r["start"], r["kind"], r["detail"], r["skill"], [p["email"] for p in r["interviewers"]])
            for r in data["rounds"]]


def test_a_backup_carries_the_rounds_and_their_letters(world, tmp_path):
    from test_backup import restored_home

    _two_rounds(world)
    backup = tmp_path / "backup.json"
    world.ok("export", "--backup", str(backup))
    other = restored_home(world, tmp_path)
    other.ok("import", "--backup", str(backup))
    later = "2026-11-24T16:00:00+01:00"
    assert shown(other, now=later)["rounds"] == shown(world, now=later)["rounds"]
    assert len(shown(other, now=later)["rounds"][1]["letters"]) == 2
    assert sync(other, later)["drafts_created"] == []


def test_csv_export_writes_a_row_per_round_and_import_reads_them_back_as_rounds(world, tmp_path):
    from test_backup import restored_home

    _two_rounds(world)
    csv = tmp_path / "interviews.csv"
    csv.write_text(world.ok("export", "--csv").stdout)
    import csv as csv_format

    assert [row["round"] for row in csv_format.DictReader(csv.read_text().splitlines())] == ["1", "2"]
    other = restored_home(world, tmp_path)
    imported = other.ok("import", str(csv), "--no-drafts", now="2026-11-24T15:00:00+01:00")
    assert imported.stdout.startswith("Imported 1 applications and 1 later round from")
    later = "2026-11-24T16:00:00+01:00"
    assert _rounds(shown(other, now=later)) == _rounds(shown(world, now=later)) == [
        (1, "2026-11-17T14:00:00+01:00", "video", "the roadmap", None, ["pat.jones@acme.example"]),
        (2, "2026-11-24T10:00:00+01:00", "onsite", None, "led the migration",
         ["pat.jones@acme.example", "sam.lee@acme.example"])]
    again = other.ok("import", str(csv), "--no-drafts", now="2026-11-24T15:00:00+01:00")
    assert "Skipped line 3: that interview is already recorded as application 1." in again.stdout


def test_debrief_on_a_terminal_asks_for_what_the_options_left_out(world):
    from test_add_prompts import converse

    world.add("--when", "2026-11-18 10:00", now="2026-11-17T15:00:00+01:00")
    status, said = converse(world, [
        ("A skill or result", b"cut report times by half\n"),
        ("Something you forgot", b"\n"),
        ("hear back", b"2026-11-01\n"),                       # before the interview: asked again
        ("hear back", b"in 2 weeks\n"),
    ], "1", "--detail", "the data platform", command="debrief", now="2026-11-18T12:00:00+01:00")
    assert status == 0, said
    assert "Error: The time frame '2026-11-01' (2026-11-01) is before the interview (2026-11-18)" in said
    assert "Debrief saved for round 1 of application 1 (Acme Corp, Data Engineer)." in said
    (_, note), = world.drafts()
    assert "I especially enjoyed the data platform." in body(note)
    assert "As one example of what I would bring, I cut report times by half." in body(note)
    assert "hearing from you by Wednesday, December 2." in body(note)


def test_someone_from_an_earlier_round_added_to_the_latest_by_edit_gets_a_note_about_it(world):
    world.add("--when", "2026-11-17 14:00")
    world.send_all_drafts()
    world.ok("add", "--application", "1", "--interviewer", SAM, "--when", "2026-11-24 10:00",
             now="2026-11-24T15:00:00+01:00")
    edited = world.ok("edit", "1", "--interviewer", SAM, "--interviewer", PAT, now="2026-11-24T15:10:00+01:00")
    assert "New thank-you drafts:\n  - Ms. Pat Jones <pat.jones@acme.example>: \"Thank You – Data Engineer Interview (Tuesday, November 24)\"" \
        in edited.stdout
    [note] = notes_to(world, "pat.jones@acme.example")
    assert "meet with me over video again about the Data Engineer role at Acme Corp on Tuesday, November 24." \
        in body(note)
    rounds = shown(world, now="2026-11-24T16:00:00+01:00")["rounds"]
    assert [[lt["to"] for lt in r["letters"]] for r in rounds] == [
        ["pat.jones@acme.example"], ["sam.lee@acme.example", "pat.jones@acme.example"]]


def test_add_again_for_an_earlier_round_makes_nothing_for_the_latest(world):
    world.add("--when", "2026-11-17 14:00")
    world.ok("add", "--application", "1", "--interviewer", SAM, "--when", "2026-11-24 10:00",
             now="2026-11-23T15:00:00+01:00")   # ahead: its notes wait for the debrief
    again = world.add("--when", "2026-11-17 14:00", now="2026-11-24T15:10:00+01:00")
    assert again.stdout.startswith("Application 1 (Acme Corp, Data Engineer, ")
    assert notes_to(world, "sam.lee@acme.example") == []
    assert len(shown(world)["rounds"]) == 2


def test_a_backup_from_before_rounds_restores_each_application_as_its_round_one(world, tmp_path):
    from test_backup import restored_home

    world.add("--when", "2026-11-17 14:00", "--detail", "the roadmap")
    backup = tmp_path / "backup.json"
    world.ok("export", "--backup", str(backup))
    document = json.loads(backup.read_text())
    fifth = sqlite3.connect(":memory:")
    fifth.executescript("".join(script for _, script in MIGRATIONS[:5]))
    tables = {r[0] for r in fifth.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    document["tables"] = {name: table for name, table in document["tables"].items() if name in tables}
    for name, table in document["tables"].items():   # as schema 5 wrote it: no rounds, no later columns
        known = [r[1] for r in fifth.execute(f'PRAGMA table_info("{name}")')]
        keep = [i for i, column in enumerate(table["columns"]) if column in known]
        table["columns"] = [table["columns"][i] for i in keep]
        table["rows"] = [[row[i] for i in keep] for row in table["rows"]]
    assert "round_id" not in document["tables"]["letters"]["columns"]
    document["schema_version"] = 5
    backup.write_text(json.dumps(document))
    other = restored_home(world, tmp_path)
    other.ok("import", "--backup", str(backup))
    later = "2026-11-18T10:00:00+01:00"
    assert shown(other, now=later)["rounds"] == shown(world, now=later)["rounds"]
    assert [(r["number"], r["detail"], len(r["letters"])) for r in shown(other, now=later)["rounds"]] == [
        (1, "the roadmap", 1)]


def test_the_next_round_keeps_its_applications_company_and_says_how_to_change_it(world):
    world.add("--when", "2026-11-17 14:00")
    result = world.run("add", "--application", "1", "--company", "Globex", "--interviewer", PAT,
                       "--when", "2026-11-24 10:00")
    assert (result.exit_code, result.stderr) == (
        1, "Error: --company cannot change with --application; the next round belongs to application 1 "
           "(Acme Corp, Data Engineer). `assistant edit 1 --company …` changes it.\n")
    missing = world.run("add", "--application", "1", "--when", "2026-11-24 10:00")
    assert (missing.exit_code, missing.stderr) == (
        1, "Error: Missing --interviewer (required; not asked for because the input is not a terminal).\n")
    assert len(shown(world)["rounds"]) == 1


def test_the_next_round_withdraws_the_unsent_earlier_note_to_the_same_person_and_names_its_date(world):
    world.add("--when", "2026-11-17 14:00", interviewers=(PAT,))   # its note to Pat is left unsent
    assert [m["Subject"] for m in notes_to(world, "pat.jones@acme.example")] == ["Thank You – Data Engineer Interview"]
    second = world.ok("add", "--application", "1", "--interviewer", PAT, "--interviewer", SAM,
                      "--when", "2026-11-27 10:00", now="2026-11-27T15:00:00+01:00")
    assert ("Withdrew your unsent note \"Thank You – Data Engineer Interview\" to pat.jones@acme.example "
            "about round 1: the new note about round 2 replaces it.") in second.stdout
    assert [m["Subject"] for m in notes_to(world, "pat.jones@acme.example")] == [
        "Thank You – Data Engineer Interview (Friday, November 27)"]
    assert len(notes_to(world, "sam.lee@acme.example")) == 1
    data = shown(world, now="2026-11-27T15:00:00+01:00")
    assert [[(lt["to"], lt["state"]) for lt in r["letters"]] for r in data["rounds"]] == [
        [("pat.jones@acme.example", "withdrawn")],
        [("pat.jones@acme.example", "drafted"), ("sam.lee@acme.example", "drafted")]]


def test_the_next_round_keeps_an_earlier_note_already_sent(world):
    world.add("--when", "2026-11-17 14:00", interviewers=(PAT,))
    world.send_all_drafts()   # sent in Gmail, the tool has not synced yet
    second = world.ok("add", "--application", "1", "--interviewer", PAT,
                      "--when", "2026-11-27 10:00", now="2026-11-27T15:00:00+01:00")
    assert "Withdrew" not in second.stdout
    assert len(world.messages("SENT")) == 1
    assert len(notes_to(world, "pat.jones@acme.example")) == 1


def test_a_debrief_after_the_notes_were_sent_says_they_were_sent_not_that_unsent_ones_can_be_rewritten(world):
    world.add("--when", "2026-11-17 14:00", interviewers=(PAT,))
    world.send_all_drafts()
    sync(world, "2026-11-17T18:00:00+01:00")
    result = world.run("debrief", "1", "--detail", "the roadmap", now="2026-11-18T10:00:00+01:00")
    assert result.exit_code == 1
    assert result.stderr == ("Error: The thank-you notes for application 1's interview of Tue 17 Nov 2026, 14:00 "
                             "were already sent; there is nothing left to debrief.\n")


def test_a_debrief_of_a_round_recorded_ahead_withdraws_the_unsent_earlier_note_to_someone_met_again(world):
    world.add("--when", "2026-11-17 14:00", interviewers=(PAT,))   # its note to Pat is left unsent
    world.ok("add", "--application", "1", "--interviewer", PAT, "--when", "2026-11-27 10:00",
             now="2026-11-20T15:00:00+01:00")
    assert len(notes_to(world, "pat.jones@acme.example")) == 1   # nothing drafted for round 2 yet
    done = world.ok("debrief", "1", "--detail", "the tour of the lab", now="2026-11-27T12:00:00+01:00")
    assert ("Withdrew your unsent note \"Thank You – Data Engineer Interview\" to pat.jones@acme.example "
            "about round 1: the new note about round 2 replaces it.") in done.stdout
    assert [m["Subject"] for m in notes_to(world, "pat.jones@acme.example")] == [
        "Thank You – Data Engineer Interview (Friday, November 27)"]
