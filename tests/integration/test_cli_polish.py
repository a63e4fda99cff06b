"""Everyday CLI friction: list fits the terminal, show names its zone, pipes, --help, several interviewers."""

import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from world import body


def test_list_fits_the_terminal_and_shows_active_applications_unless_all(world, monkeypatch):
    world.add("--when", "2026-11-17 14:00", company="Northwind Analytics International",
              position="Senior Customer Success Operations Specialist")
    world.add("--when", "2026-11-16 10:00", company="Globex", position="Analyst",
              interviewers=("Lee Wong <lee@globex.example>",))
    world.ok("close", "2")
    monkeypatch.setenv("COLUMNS", "72")

    listed = world.ok("list")
    lines = listed.stdout.splitlines()
    assert lines[0].split() == ["id", "company", "position", "rnd", "interview", "stage", "next", "when"]
    assert len(lines) == 3 and all(len(line) <= 72 for line in lines)
    assert lines[1] == "Needs you now:"
    assert lines[2].startswith("1   Northw…") and "17 Nov, 14:00" in lines[2]
    assert listed.stderr == ("Times are in Europe/Berlin.\n"
                             "1 closed or finished application is not shown; `assistant list --all` shows every one.\n")

    every = world.ok("list", "--all")
    assert [line.split()[0] for line in every.stdout.splitlines()[1:]] == ["Needs", "1", "Closed:", "2"]
    assert [row["id"] for row in json.loads(world.ok("list", "--json").stdout)] == [1]
    assert [row["id"] for row in json.loads(world.ok("list", "--json", "--all").stdout)] == [1, 2]


def test_show_gives_every_time_in_the_users_zone_and_names_it(world):
    world.add("--when", "2026-11-17 14:00", "--hear-back", "2026-12-04")
    shown = world.ok("show", "1").stdout
    assert "  times in Europe/Berlin\n" in shown
    assert "  interview: video, Tue 17 Nov, 14:00; tone formal\n" in shown
    assert "  they said you would hear back by Fri 04 Dec, " in shown
    assert "  Tue 17 Nov, 15:00   recorded" in shown   # 14:00 UTC is 15:00 in Berlin
    assert not re.search(r"\d{4}-\d\d-\d\d", shown), shown   # no raw ISO dates


def test_a_closed_pipe_ends_quietly(tmp_path):
    from assistant.domain.models import Application, Interviewer
    from assistant.paths import resolve_paths
    from assistant.store.db import connect, transaction
    from assistant.store.repo import Repository

    home = tmp_path / "piped"
    repo = Repository(connect(resolve_paths({"ASSISTANT_HOME": str(home)}).database))
    start = datetime(2026, 11, 2, 9, tzinfo=UTC)
    with transaction(repo.conn):
        for n in range(600):   # far more than a pipe's buffer holds
            repo.add_application(Application(company=f"Company {n}", position="Analyst", stage="thanked",
                                             interview_at=start + timedelta(hours=n),
                                             interviewers=(Interviewer(name="Pat Jones", email=f"p{n}@c.example"),)),
                                 start)
    env = {**os.environ, "ASSISTANT_HOME": str(home), "ASSISTANT_DEBUG": ""}
    for command in (["list", "--json", "--all"], ["export"]):
        process = subprocess.Popen([sys.executable, "-m", "assistant", *command], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        process.stdout.read(100)
        process.stdout.close()   # what `| head` does
        stderr = process.stderr.read().decode()
        assert process.wait(timeout=60) in (0, 141)
        assert stderr == ""


def test_help_names_values_in_words_and_lists_the_choices(world, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    for command in (["add"], ["edit"], ["list"], ["--sandbox"], ["config", "set"], ["import"], ["export"]):
        text = world.ok(*command, "--help").stdout
        assert not re.search(r"<(str|bool|int|list\[str\]|Path|list\[Path\])>", text), (command, text)
    add = world.ok("add", "--help").stdout
    assert "--kind                   phone|video|onsite" in add
    assert "--tone                   formal|casual" in add
    assert '--interviewer            "NAME <EMAIL>"' in add
    assert "--follow-up-by           email|phone" in add


def test_several_interviewers_in_one_value_each_get_a_thank_you_note(world):
    added = world.add(interviewers=("Ms. Pat Jones <pat.jones@acme.example>, Herr Dr. Bob Weber <bob@acme.example>",))
    assert "Ms. Pat Jones <pat.jones@acme.example>" in added.stdout and "Herr Dr. Bob Weber <bob@acme.example>" in added.stdout
    greetings = sorted(body(message).splitlines()[0] for _, message in world.drafts())
    assert greetings == ["Dear Dr. Weber,", "Dear Ms. Jones,"]


def test_several_addresses_without_commas_are_refused(world):
    result = world.run("add", "--company", "Acme", "--position", "Analyst",
                       "--interviewer", "Pat <pat@acme.example> Bob <bob@acme.example>")
    assert result.exit_code == 1
    assert result.stderr == ("Error: Interviewer 'Pat <pat@acme.example> Bob <bob@acme.example>' holds several "
                             "addresses; separate the people with commas (\"Pat Jones <pat@acme.example>, "
                             "Lee Wong <lee@acme.example>\") or give --interviewer once each.\n")
    assert world.drafts() == []


def test_the_demos_closing_hint_works_as_printed_without_assistant_on_path(tmp_path):
    import shutil as _shutil

    program = _shutil.which("assistant", path=os.path.dirname(sys.executable))   # the venv's, as README says
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "TMPDIR": str(tmp_path),
           "ASSISTANT_NOW": "2026-12-04T11:00:00+01:00"}
    demo = subprocess.run([program, "demo", "--keep"], env=env, capture_output=True, text=True, timeout=120)
    assert demo.returncode == 0, demo.stderr
    hint = demo.stdout.split("Go on in it (nothing reaches Gmail):\n", 1)[1].splitlines()
    assert hint[0].startswith("  export ASSISTANT_HOME=") and hint[1].startswith(f"  {program} add ")
    went_on = subprocess.run(["bash", "-euc", "\n".join(line.strip() for line in hint)], env=env,
                             capture_output=True, text=True, timeout=120)
    assert went_on.returncode == 0, went_on.stderr
    assert "Recorded application 2: Contoso, Data Analyst" in went_on.stdout
    assert "Contoso" in went_on.stdout.splitlines()[-1]   # `list` shows it


def test_a_mistyped_command_is_still_answered_with_a_suggestion(world):
    result = world.run("lst")
    assert result.exit_code == 2
    assert "No such command 'lst'. Did you mean 'list'?" in result.stderr
