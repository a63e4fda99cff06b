"""`assistant schedule`: systemd user timer or crontab line, driven against fake `systemctl` and `crontab`.

There is no user systemd or cron daemon here, so small fake executables first
on PATH answer as the real ones do, record how they were called, and keep the
crontab in a file.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.adapters.os_scheduler import At, next_weekday_run, shown
from assistant.cli.app import app

FAKE_SYSTEMCTL = """#!{python}
import pathlib, sys
state = pathlib.Path({state!r})
with (state / "calls.log").open("a") as log:
    log.write("systemctl " + " ".join(sys.argv[1:]) + "\\n")
if (state / "systemd-down").exists():
    print("Failed to connect to bus: No medium found", file=sys.stderr)
    sys.exit(1)
if sys.argv[2:3] == ["show-environment"]:
    print("HOME=/home/tester")
elif sys.argv[2:3] == ["show"]:
    print("NextElapseUSecRealtime=Mon 2026-11-23 08:34:12 CET")
"""

FAKE_CRONTAB = """#!{python}
import pathlib, sys
state = pathlib.Path({state!r})
table = state / "crontab.txt"
with (state / "calls.log").open("a") as log:
    log.write("crontab " + " ".join(sys.argv[1:]) + "\\n")
if sys.argv[1:] == ["-l"]:
    if not table.exists():
        print("no crontab for tester", file=sys.stderr)
        sys.exit(1)
    sys.stdout.write(table.read_text())
elif sys.argv[1:] == ["-"]:
    if (state / "crontab-broken").exists():
        print("crontab: installing new crontab failed.", file=sys.stderr)
        sys.exit(1)
    table.write_text(sys.stdin.read())
else:
    sys.exit(2)
"""


@dataclass
class Fakes:
    state: Path
    units: Path

    def calls(self) -> list[str]:
        log = self.state / "calls.log"
        return log.read_text().splitlines() if log.exists() else []

    @property
    def crontab(self) -> Path:
        return self.state / "crontab.txt"

    def systemd_down(self, down: bool = True) -> None:
        flag = self.state / "systemd-down"
        flag.touch() if down else flag.unlink()


@pytest.fixture
def fakes(tmp_path, monkeypatch) -> Fakes:
    state, bin_dir = tmp_path / "fake-state", tmp_path / "bin"
    state.mkdir()
    bin_dir.mkdir()
    for name, text in (("systemctl", FAKE_SYSTEMCTL), ("crontab", FAKE_CRONTAB)):
        script = bin_dir / name
        script.write_text(text.format(python=sys.executable, state=str(state)))
        script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return Fakes(state=state, units=tmp_path / "xdg" / "systemd" / "user")


def schedule(*args: str, env: dict[str, str | None] | None = None):
    """The CLI outside the sandbox (ASSISTANT_HOME from the autouse fixture)."""
    return CliRunner().invoke(app, ["schedule", *args], env=env)


def ok(*args: str):
    result = schedule(*args)
    assert result.exit_code == 0, f"exit {result.exit_code}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    return result


def our_lines(fakes: Fakes) -> list[str]:
    return [line for line in fakes.crontab.read_text().splitlines() if line.endswith("# assistant-sync")]


# ---- choosing the runner ---------------------------------------------------------------------------

def test_install_auto_chooses_a_systemd_user_timer_when_the_user_manager_answers(fakes, assistant_home, monkeypatch):
    monkeypatch.setenv("ASSISTANT_NOW", "2026-11-17T15:00:00+01:00")  # ignored outside the sandbox, never carried
    result = ok("install")

    assert "Installed a systemd user timer: `assistant sync --no-input` runs Monday to Friday at 08:30." in result.stdout
    timer = (fakes.units / "assistant-sync.timer").read_text()
    service = (fakes.units / "assistant-sync.service").read_text()
    assert "OnCalendar=Mon..Fri 08:30\n" in timer
    assert "Persistent=true\n" in timer and "RandomizedDelaySec=600\n" in timer
    assert "WantedBy=timers.target" in timer
    assert "Type=oneshot\n" in service
    assert f'Environment="ASSISTANT_HOME={assistant_home}"\n' in service
    exec_start = next(line for line in service.splitlines() if line.startswith("ExecStart=/bin/sh -c "))
    assert "sync --no-input" in exec_start
    assert str(assistant_home / "data" / "sync.log") in exec_start
    assert "ASSISTANT_NOW" not in service and "ASSISTANT_SANDBOX" not in service
    assert fakes.calls() == ["systemctl --user show-environment", "systemctl --user daemon-reload",
                             "systemctl --user enable --now assistant-sync.timer",
                             "crontab -l"]  # an earlier crontab line would be removed; there is none
    assert not fakes.crontab.exists()


def test_install_auto_falls_back_to_a_crontab_line_when_systemctl_fails(fakes, assistant_home):
    fakes.systemd_down()
    result = ok("install", "--at", "07:05")

    assert "Installed a crontab line" in result.stdout and "at 07:05" in result.stdout
    [line] = our_lines(fakes)
    assert line.startswith(f"5 7 * * 1-5 ASSISTANT_HOME={assistant_home} /bin/sh -c ")
    assert "sync --no-input" in line and str(assistant_home / "data" / "sync.log") in line
    assert not fakes.units.exists()


def test_neither_systemd_nor_cron_is_a_clear_error_with_the_line_to_add_by_hand(tmp_path, monkeypatch):
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    result = schedule("install")

    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "Error: Neither systemd user timers nor cron are available here, so nothing was installed."
    assert "crontab by hand" in lines[1] and "launchd" in lines[1]
    assert lines[2].strip().startswith("30 8 * * 1-5 ") and lines[2].endswith("# assistant-sync")
    assert "Traceback" not in result.output


def test_asking_for_an_unavailable_method_says_which_one_to_try(fakes):
    fakes.systemd_down()
    result = schedule("install", "--method", "systemd")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: systemd user timers are not available here")
    assert "--method cron" in result.stderr


@pytest.mark.parametrize("flag_or_env", [("--sandbox",), ("env",)])
def test_install_refuses_to_schedule_the_sandbox(fakes, flag_or_env):
    if flag_or_env == ("env",):
        result = CliRunner().invoke(app, ["schedule", "install"], env={"ASSISTANT_SANDBOX": "1"})
    else:
        result = CliRunner().invoke(app, ["--sandbox", "schedule", "install"])

    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Error: The sandbox is a throw-away practice mailbox, so scheduling a daily sync of it makes no sense; "
        "run `assistant schedule install` without --sandbox or ASSISTANT_SANDBOX."]
    assert fakes.calls() == [] and not fakes.units.exists()


def test_a_bad_time_is_refused(fakes):
    result = schedule("install", "--at", "25:00")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: --at takes a 24-hour time as HH:MM, e.g. 07:45, not '25:00'."


# ---- --print -------------------------------------------------------------------------------------

def test_print_shows_the_unit_files_and_changes_nothing(fakes):
    result = ok("install", "--print", "--at", "06:45")

    assert f"# {fakes.units / 'assistant-sync.timer'}" in result.stdout
    assert "OnCalendar=Mon..Fri 06:45" in result.stdout and "sync --no-input" in result.stdout
    assert "Nothing was changed" in result.stderr
    assert not fakes.units.exists()
    assert fakes.calls() == ["systemctl --user show-environment"]


def test_print_shows_the_crontab_line_and_changes_nothing(fakes):
    result = ok("install", "--print", "--method", "cron")

    assert result.stdout.strip().startswith("30 8 * * 1-5 ") and result.stdout.strip().endswith("# assistant-sync")
    assert not fakes.crontab.exists()
    assert "crontab -" not in fakes.calls()


# ---- cron ------------------------------------------------------------------------------------------

def test_cron_line_is_installed_once_and_removed_leaving_the_other_lines(fakes):
    others = ["MAILTO=me@example.com", "0 3 * * * /usr/local/bin/backup # nightly", "*/5 * * * * echo hi"]
    fakes.crontab.write_text("\n".join(others) + "\n")

    ok("install", "--method", "cron")
    ok("install", "--method", "cron", "--at", "09:15")

    lines = fakes.crontab.read_text().splitlines()
    assert lines[:3] == others and len(lines) == 4
    assert our_lines(fakes)[0].startswith("15 9 * * 1-5 ")

    assert ok("remove").stdout == "Removed the crontab line.\n"
    assert fakes.crontab.read_text().splitlines() == others
    assert ok("remove").stdout == "No schedule was installed; nothing to remove.\n"


def test_a_failing_crontab_is_one_sentence_without_traceback(fakes):
    (fakes.state / "crontab-broken").touch()
    result = schedule("install", "--method", "cron")

    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Error: `crontab -` failed with exit status 1: crontab: installing new crontab failed.")


def test_installing_with_systemd_removes_an_earlier_crontab_line(fakes):
    fakes.systemd_down()
    ok("install")
    fakes.systemd_down(False)
    result = ok("install")

    assert "Removed the earlier crontab line." in result.stderr
    assert our_lines(fakes) == []
    assert (fakes.units / "assistant-sync.timer").exists()


# ---- systemd remove ---------------------------------------------------------------------------------

def test_remove_disables_the_timer_and_deletes_the_unit_files(fakes):
    ok("install")
    result = ok("remove")

    assert result.stdout == "Removed the systemd user timer.\n"
    assert list(fakes.units.iterdir()) == []
    systemctl = [call for call in fakes.calls() if call.startswith("systemctl")]
    assert systemctl[-2:] == ["systemctl --user disable --now assistant-sync.timer",
                              "systemctl --user daemon-reload"]


# ---- what actually runs ---------------------------------------------------------------------------

def _command_from_crontab(fakes: Fakes) -> list[str]:
    command = our_lines(fakes)[0].split(" ", 5)[5]
    return ["/bin/sh", "-c", command.replace("\\%", "%")]  # cron unescapes \% and hands the rest to sh


def _command_from_service(fakes: Fakes) -> list[str]:
    service = (fakes.units / "assistant-sync.service").read_text()
    exec_start = next(line for line in service.splitlines() if line.startswith("ExecStart="))
    env = [shlex.split(line[len("Environment="):])[0] for line in service.splitlines()
           if line.startswith("Environment=")]
    words = [w.replace("$$", "$").replace("%%", "%") for w in shlex.split(exec_start[len("ExecStart="):])]
    return ["env", *env, *words]


@pytest.mark.parametrize("method", ["cron", "systemd"])
def test_the_scheduled_command_appends_a_header_the_output_and_the_exit_status(fakes, assistant_home, tmp_path, method):
    ok("install", "--method", method)
    command = _command_from_crontab(fakes) if method == "cron" else _command_from_service(fakes)

    # a schedule's bare environment: no ASSISTANT_HOME unless the job carries it
    for _ in range(2):
        subprocess.run(command, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}, check=True, timeout=60)

    log = (assistant_home / "data" / "sync.log").read_text().splitlines()
    assert log[0].startswith("== ") and log[0].endswith(" sync")
    datetime.fromisoformat(log[0].split()[1])  # the header's timestamp is ISO 8601
    assert "Error: Gmail is not authorized yet." in log  # not authorized here: the real, non-sandbox sync
    assert log.count("== exit 3") == 2 and log[-1] == "== exit 3"

    result = ok("status")
    assert "failed with exit status 3: Run `assistant auth` to connect your Gmail account." in result.stdout


# ---- status -----------------------------------------------------------------------------------------

def test_status_when_nothing_is_installed_says_how_to_install(fakes):
    result = ok("status")
    assert result.stdout.splitlines()[0] == "No schedule is installed."
    assert "Last sync: never." in result.stdout
    assert "`assistant schedule install`" in result.stderr


def test_status_reports_the_schedule_the_last_sync_and_the_last_scheduled_run(fakes, assistant_home):
    from assistant.store.db import connect, transaction
    from assistant.store.repo import Repository

    # a real-mode sync records when it ran in the real database (a sandbox sync keeps its own)
    repo = Repository(connect(assistant_home / "data" / "assistant.db"))
    with transaction(repo.conn):
        repo.set_state("last_sync_at", "2026-11-17T15:00:00+01:00")
    repo.conn.close()
    ok("install")
    log = assistant_home / "data" / "sync.log"
    log.write_text("== 2026-11-16T08:34:02+0100 sync\nError: Gmail could not be reached.\n== exit 4\n"
                   "== 2026-11-17T08:31:40+0100 sync\nRead 2 new messages.\n== exit 0\n")

    result = ok("status")
    last_sync = datetime.fromisoformat("2026-11-17T15:00:00+01:00")
    assert result.stdout.splitlines() == [
        "Schedule: systemd user timer, Monday to Friday at 08:30; next run Mon 2026-11-23 08:34:12 CET.",
        f"Last sync: {shown(last_sync)}.",
        "Last scheduled run: 2026-11-17T08:31:40+0100, succeeded.",
    ]

    data = json.loads(ok("status", "--json").stdout)
    assert data["installed"] is True
    assert data["schedules"] == [{"method": "systemd", "time": "08:30", "days": "Mon-Fri",
                                  "where": str(fakes.units / "assistant-sync.timer"),
                                  "next_run": "Mon 2026-11-23 08:34:12 CET"}]
    assert datetime.fromisoformat(data["last_sync_at"]) == last_sync
    assert data["last_run"] == {"started": "2026-11-17T08:31:40+0100", "exit_status": 0,
                                "last_line": "Read 2 new messages."}
    assert data["log_file"] == str(log)


def test_status_of_a_crontab_line_computes_the_next_weekday_morning(fakes):
    fakes.systemd_down()
    ok("install", "--at", "07:00")

    data = json.loads(ok("status", "--json").stdout)
    [entry] = data["schedules"]
    assert entry["method"] == "cron" and entry["time"] == "07:00"
    assert entry["next_run"] and " 07:00 " in entry["next_run"] and entry["next_run"][:3] in {"Mon", "Tue", "Wed", "Thu", "Fri"}
    assert data["last_run"] is None


def test_status_reports_a_run_that_did_not_finish(fakes, assistant_home):
    (assistant_home / "data").mkdir(parents=True)
    (assistant_home / "data" / "sync.log").write_text(
        "== 2026-11-16T08:34:02+0100 sync\n== exit 0\n== 2026-11-17T08:31:40+0100 sync\nRead 0 new messages.\n")
    assert "Last scheduled run: 2026-11-17T08:31:40+0100, did not finish" in ok("status").stdout


@pytest.mark.parametrize("now, expected", [
    (datetime(2026, 11, 20, 8, 0), datetime(2026, 11, 20, 8, 30)),   # Friday before the time: today
    (datetime(2026, 11, 20, 8, 30), datetime(2026, 11, 23, 8, 30)),  # Friday at the time: Monday
    (datetime(2026, 11, 21, 12, 0), datetime(2026, 11, 23, 8, 30)),  # Saturday: Monday
    (datetime(2026, 11, 18, 23, 59), datetime(2026, 11, 19, 8, 30)),  # Wednesday night: Thursday
])
def test_next_weekday_run(now, expected):
    assert next_weekday_run(now.astimezone(), At(8, 30)).replace(tzinfo=None) == expected
