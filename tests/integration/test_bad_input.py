"""Bad input: one clear sentence, a non-zero exit, no traceback, and nothing recorded or drafted."""

import pytest

BASE = ["add", "--company", "Acme Corp", "--position", "Data Engineer"]
PAT = ["--interviewer", "Ms. Pat Jones <pat@acme.example>"]


def assert_nothing_left(world):
    assert world.run("list", "--json").stdout.strip() == "[]"
    assert world.drafts() == []


@pytest.mark.parametrize("args, message", [
    (BASE + ["--interviewer", "Pat Jones <pat@acme>"], "Error: Invalid email address of interviewer Pat Jones: 'pat@acme'.\n"),
    (BASE + ["--interviewer", "pat@acme.example"], "must look like \"Ms. Pat Jones <pat.jones@acme.example>\""),
    (["add", "--company", "Acme\nBcc: evil@x.example", "--position", "Engineer"] + PAT,
     "Error: The company contains a line break; it must fit on one line.\n"),
    (["add", "--company", "Acme", "--position", "Eng\r\nineer"] + PAT, "The position contains a line break"),
    (BASE + PAT + ["--when", "next tuesday-ish"], "Error: Cannot read the date 'next tuesday-ish' for --when"),
    (BASE + PAT + ["--hear-back", "soonish"], "Cannot read the date 'soonish' for --hear-back"),
    (BASE + PAT + ["--resume", "/nonexistent/cv.pdf"], "Error: The resume /nonexistent/cv.pdf does not exist.\n"),
    (BASE + PAT + ["--kind", "carrier-pigeon"], "Invalid interview kind 'carrier-pigeon'; choose one of: phone, video, onsite."),
    (BASE + PAT + ["--tone", "sarcastic"], "Invalid tone 'sarcastic'"),
    (BASE + PAT + PAT, "The interviewer address pat@acme.example is given twice."),
    (["add", "--position", "Engineer"] + PAT, "Error: Missing --company (required; not asked for because the input is not a terminal).\n"),
])
def test_bad_add_input_is_refused_cleanly(world, args, message):
    result = world.run(*args)
    assert result.exit_code == 1, result.stdout + result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("Error:") == 1
    assert_nothing_left(world)


def test_oversized_resume_says_the_limit(world, tmp_path):
    big = tmp_path / "huge.pdf"
    with open(big, "wb") as handle:
        handle.truncate(19 * 1024 * 1024)
    result = world.run(*BASE, *PAT, "--resume", str(big))
    assert result.exit_code == 1
    assert f"Error: The resume {big} is 19.0 MB; Gmail's limit allows at most 18 MB once attached.\n" == result.stderr
    assert_nothing_left(world)


def test_a_folder_given_as_resume_is_refused(world, tmp_path):
    result = world.run(*BASE, *PAT, "--resume", str(tmp_path))
    assert result.stderr == f"Error: The resume {tmp_path} is not a file.\n"
    assert_nothing_left(world)


def test_empty_resume_is_refused(world, tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    result = world.run(*BASE, *PAT, "--resume", str(empty))
    assert result.stderr == f"Error: The resume {empty} is empty.\n"
    assert_nothing_left(world)


def test_template_with_a_syntax_error_names_file_and_line_and_drafts_nothing(world):
    override = world.settings / "templates" / "thank_you" / "body.txt.j2"
    override.parent.mkdir(parents=True)
    override.write_text("{{ salutation }}\n\n{% if app.detail %}never closed\n")
    result = world.run(*BASE, *PAT)
    assert result.exit_code == 1
    assert f"Error: Template {override}:" in result.stderr and "has a syntax error" in result.stderr
    assert_nothing_left(world)


def test_template_with_an_unknown_variable_names_file_and_line(world):
    override = world.settings / "templates" / "thank_you" / "subject.txt.j2"
    override.parent.mkdir(parents=True)
    override.write_text("Thanks {{ app.salary }}\n")
    result = world.run(*BASE, *PAT)
    assert result.exit_code == 1
    assert f"{override}:1 uses an unknown variable" in result.stderr
    assert_nothing_left(world)


@pytest.mark.parametrize("args", [["show", "42"], ["close", "42"], ["respond", "42"], ["edit", "42", "--position", "X"]])
def test_unknown_application_id_is_one_sentence(world, args):
    result = world.run(*args)
    assert result.exit_code == 1
    assert result.stderr == "Error: There is no application with id 42; `assistant list` shows them.\n"


def test_newer_database_is_refused_by_every_command(world):
    import sqlite3

    world.add()
    db = world.state / "assistant.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    result = world.run("list")
    assert result.exit_code == 1
    assert "was written by a newer version of assistant (schema 99" in result.stderr


def test_usage_errors_exit_2(world):
    assert world.run("add", "--no-such-option").exit_code == 2
    assert world.run("show", "not-a-number").exit_code == 2


def test_import_with_one_bad_row_records_nothing(world, tmp_path):
    csv_file = tmp_path / "interviews.csv"
    csv_file.write_text(
        "company,position,interviewers,when\n"
        "Acme Corp,Engineer,Ms. Pat Jones <pat@acme.example>,2026-11-17 14:00\n"
        "Globex,Analyst,Sam Lee <sam@globex>,2026-11-18 10:00\n", encoding="utf-8")
    result = world.run("import", str(csv_file))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {csv_file}:3: Invalid email address")
    assert_nothing_left(world)


def test_sandbox_commands_refuse_to_run_against_gmail(world):
    from typer.testing import CliRunner

    from assistant.cli.app import app

    result = CliRunner().invoke(app, ["sandbox", "mailbox"], env={"ASSISTANT_HOME": str(world.home), "ASSISTANT_SANDBOX": ""})
    assert result.exit_code == 1 and "This is a sandbox command" in result.stderr
