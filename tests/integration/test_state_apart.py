"""Sandbox mode keeps its own database, sync state and settings (README.md "The sandbox")."""

from __future__ import annotations

import json
import shlex

from typer.testing import CliRunner

from assistant.cli.app import app

NOW = "2026-11-17T15:00:00+01:00"


def real(home, *args: str):
    """A real-mode command (no sandbox); only commands that need no Gmail are run this way."""
    return CliRunner().invoke(app, list(args), env={"ASSISTANT_HOME": str(home), "ASSISTANT_SANDBOX": ""})


def test_an_application_recorded_in_sandbox_mode_is_never_listed_in_real_mode(world):
    world.add()
    assert json.loads(world.ok("list", "--json").stdout)[0]["company"] == "Acme Corp"

    result = real(world.home, "list", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    result = real(world.home, "list")
    assert result.exit_code == 0
    assert result.stderr == "No applications yet; record one with `assistant add`.\n"


def test_an_application_recorded_in_sandbox_mode_cannot_be_shown_in_real_mode(world):
    world.add()
    result = real(world.home, "show", "1")
    assert result.exit_code == 1
    assert result.stderr == "Error: There is no application with id 1; `assistant list` shows them.\n"


def test_sandbox_settings_do_not_leak_into_real_mode_nor_the_reverse(world):
    assert real(world.home, "config", "set", "name", "Real Person").exit_code == 0
    sandbox_config = json.loads(world.ok("config", "show", "--json").stdout)
    real_config = json.loads(real(world.home, "config", "show", "--json").stdout)
    assert sandbox_config["name"] == "José Ñúñez" and sandbox_config["timezone"] == "Europe/Berlin"
    assert real_config["name"] == "Real Person" and real_config["timezone"] == "UTC"
    assert real_config["resume"] is None


def test_a_sandbox_sync_leaves_the_real_sync_state_alone(world):
    world.add()
    world.ok("sync", now="2026-11-18T09:00:00+01:00")
    from assistant.store.db import connect
    from assistant.store.repo import Repository

    repo = Repository(connect(world.home / "data" / "assistant.db"))
    try:
        assert repo.get_state("history_id") is None and repo.get_state("last_sync_at") is None
    finally:
        repo.conn.close()


def test_what_the_demos_closing_hint_records_stays_in_the_sandbox(tmp_path):
    import os
    import shutil
    import subprocess
    import sys

    program = shutil.which("assistant", path=os.path.dirname(sys.executable))
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "TMPDIR": str(tmp_path), "ASSISTANT_NOW": NOW}
    demo = subprocess.run([program, "demo", "--keep"], env=env, capture_output=True, text=True, timeout=120)
    assert demo.returncode == 0, demo.stderr
    hint = demo.stdout.split("Go on in it (nothing reaches Gmail):\n", 1)[1].splitlines()
    went_on = subprocess.run(["bash", "-euc", "\n".join(line.strip() for line in hint)], env=env,
                             capture_output=True, text=True, timeout=120)
    assert went_on.returncode == 0, went_on.stderr
    home = shlex.split(hint[0].strip())[1].split("=", 1)[1]

    sandbox = CliRunner().invoke(app, ["list", "--all", "--json"], env={"ASSISTANT_HOME": home, "ASSISTANT_SANDBOX": "1"})
    assert [a["company"] for a in json.loads(sandbox.stdout)] == ["Northwind Analytics", "Contoso"]
    assert json.loads(real(home, "list", "--all", "--json").stdout) == []     # nothing of it in real mode
    assert json.loads(real(home, "config", "show", "--json").stdout)["name"] is None


def _legacy_shared_database(world) -> None:
    """The state an earlier version left: sandbox and real applications in one database."""
    import shutil

    world.add()                                                        # application 1: a sandbox one
    shutil.move(world.state / "assistant.db", world.home / "data" / "assistant.db")
    for suffix in ("-wal", "-shm"):
        (world.state / f"assistant.db{suffix}").unlink(missing_ok=True)
    from assistant.store.db import connect, transaction

    conn = connect(world.home / "data" / "assistant.db")
    with transaction(conn):   # application 2: recorded in real mode (its letters on the user's own domain)
        conn.execute("INSERT INTO applications (id, company, position, interview_at, stage, created_at, updated_at) "
                     "VALUES (2, 'Globex', 'Analyst', '2026-11-10T09:00:00+00:00', 'thanked', '2026-11-10T12:00:00+00:00', '2026-11-10T12:00:00+00:00')")
        conn.execute("INSERT INTO letters (application_id, purpose, state, tool_message_id, to_addr, subject, "
                     "created_at) VALUES (2, 'thank_you', 'sent', '<1.assistant@gmail.com>', 'sam@globex.example', "
                     "'Thank You – Analyst Interview', '2026-11-10T12:00:00+00:00')")
    conn.close()


def test_sandbox_applications_left_in_the_shared_database_move_to_the_sandbox_once(world):
    _legacy_shared_database(world)

    result = real(world.home, "list", "--json")
    assert result.exit_code == 0
    assert [a["company"] for a in json.loads(result.stdout)] == ["Globex"]
    assert result.stderr == ("Moved 1 application(s) recorded in sandbox mode (id 1) out of your real records; "
                             "`ASSISTANT_SANDBOX=1 assistant list` shows them.\n")
    assert [a["company"] for a in json.loads(world.ok("list", "--json").stdout)] == ["Acme Corp"]
    again = real(world.home, "list", "--json")
    assert again.stderr == "" and len(json.loads(again.stdout)) == 1
