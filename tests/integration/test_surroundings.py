"""Broken surroundings other than the database: one sentence naming the file and the fix, exit 1, never "a bug"."""

import json

import pytest
from world import World


def test_assistant_home_that_is_a_file_is_one_sentence(tmp_path, world):
    home = tmp_path / "not-a-folder"
    home.write_text("oops")
    result = World(home=home, resume=world.resume).run("list")
    assert result.exit_code == 1
    assert result.stderr == (f"Error: ASSISTANT_HOME {home} is a file, not a folder; set ASSISTANT_HOME to a folder "
                             "(it is created when missing).\n")


def _edit_config(world, **changes):
    path = world.settings / "config.json"
    path.write_text(json.dumps({**json.loads(path.read_text()), **changes}), encoding="utf-8")
    return path


@pytest.mark.parametrize("key, value, problem", [
    ("timezone", "Mars/Olympus", 'sets timezone to "Mars/Olympus", but it is not an IANA time zone such as '
                                 "Europe/Berlin or America/New_York; fix it with `assistant config set timezone VALUE`."),
    ("followup.after_days", "seven", 'sets followup.after_days to "seven", but it must be a whole number of days; '
                                     "fix it with `assistant config set followup.after_days VALUE`."),
    ("followup.after_days", 0, "sets followup.after_days to 0, but it must be between 1 and 60 days; "
                               "fix it with `assistant config set followup.after_days VALUE`."),
    ("colour", "blue", "has an unknown setting 'colour'; remove it from the file (the settings are: name, phone, "
                       "email, resume, timezone, holidays, followup.mode, followup.after_days, followup.hours, "
                       "gmail.quota_per_minute)."),
])
def test_a_hand_edited_bad_setting_is_named_with_its_fix(world, key, value, problem):
    path = _edit_config(world, **{key: value})
    for command in (["list"], ["add", "--company", "Acme", "--position", "Analyst",
                               "--interviewer", "Pat Jones <pat@acme.example>"]):
        result = world.run(*command)
        assert result.exit_code == 1
        assert result.stderr == f"Error: The config file {path} {problem}\n"
    doctor = world.run("doctor")
    assert doctor.exit_code == 1
    assert f"FAIL  settings     The config file {path} {problem}\n" in doctor.stdout
    if key != "colour":   # `config set` repairs what it knows
        world.ok("config", "set", key, "Europe/Berlin" if key == "timezone" else "7")
        assert world.ok("list").stderr == "No applications yet; record one with `assistant add`.\n"


def test_config_that_is_no_json_is_named_with_its_fix(world):
    path = world.settings / "config.json"
    path.write_text('{"name": "José",}', encoding="utf-8")
    result = world.run("list")
    assert result.exit_code == 1
    assert result.stderr == (f"Error: The config file {path} is not valid JSON (line 1, column 17); fix it, or "
                             "delete it and set your values again with `assistant config set KEY VALUE`.\n")
    assert "This is a bug" not in world.run("doctor").stderr


def test_doctor_checks_every_setting_and_names_an_unreadable_resume(world):
    _edit_config(world, timezone="Mars/Olympus", **{"followup.mode": "shout"})
    world.resume.unlink()
    doctor = world.run("doctor")
    assert doctor.exit_code == 1
    settings = [line for line in doctor.stdout.splitlines() if line.startswith("FAIL  settings")]
    assert len(settings) == 2 and "followup.mode" in settings[1]
    assert (f"FAIL  resume       {world.resume} cannot be read (No such file or directory)"
            " — fix: assistant config set resume PATH") in doctor.stdout


def test_the_data_folder_is_0700_and_the_database_0600_also_when_an_older_version_made_them_looser(tmp_path):
    from typer.testing import CliRunner

    from assistant.cli.app import app
    from assistant.paths import resolve_paths

    home = tmp_path / "private"
    paths = resolve_paths({"ASSISTANT_HOME": str(home)})
    runner = CliRunner()
    assert runner.invoke(app, ["list"], env={"ASSISTANT_HOME": str(home)}).exit_code == 0
    assert oct(paths.data_dir.stat().st_mode & 0o777) == "0o700"
    assert oct(paths.database.stat().st_mode & 0o777) == "0o600"

    paths.data_dir.chmod(0o755)
    paths.database.chmod(0o644)
    assert runner.invoke(app, ["list"], env={"ASSISTANT_HOME": str(home)}).exit_code == 0
    assert oct(paths.data_dir.stat().st_mode & 0o777) == "0o700"
    assert oct(paths.database.stat().st_mode & 0o777) == "0o600"


def test_a_file_where_the_tool_needs_a_folder_is_one_sentence_not_a_bug(world):
    import shutil

    shutil.rmtree(world.sandbox_dir)
    world.sandbox_dir.write_text("not a folder")
    result = world.run("sandbox", "mailbox")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {world.sandbox_dir} cannot be used (")
    assert result.stderr.endswith("); check that it exists and that you may read and write it, "
                                  "or set ASSISTANT_HOME to a folder of your own.\n")
