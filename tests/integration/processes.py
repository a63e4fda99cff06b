"""Running the CLI as real processes: to overlap commands, and to kill them at a crash point."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

CRASHED = 86   # the exit status of Runtime.crash_point


def env_for(world, now: str, **extra: str) -> dict[str, str]:
    env = {**os.environ, "ASSISTANT_HOME": str(world.home), "ASSISTANT_SANDBOX": "1", "ASSISTANT_NOW": now}
    env.pop("ASSISTANT_CRASH_AT", None)
    env.update(extra)
    return env


def spawn(world, *args: str, now: str, **extra: str) -> subprocess.Popen:
    """Start `assistant ARGS…` in the background."""
    return subprocess.Popen([sys.executable, "-m", "assistant", *args], env=env_for(world, now, **extra),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run(world, *args: str, now: str, crash_at: str | None = None) -> subprocess.CompletedProcess:
    """Run `assistant ARGS…` to its end (or to the crash point named)."""
    extra = {"ASSISTANT_CRASH_AT": crash_at} if crash_at else {}
    return subprocess.run([sys.executable, "-m", "assistant", *args], env=env_for(world, now, **extra),
                          capture_output=True, text=True, timeout=60)


def db(world) -> sqlite3.Connection:
    conn = sqlite3.connect(world.state / "assistant.db")
    conn.row_factory = sqlite3.Row
    return conn


def stage(world, app_id: int = 1) -> str:
    return json.loads(world.ok("show", str(app_id), "--json").stdout)["stage"]


def copies(world) -> dict[tuple[str, str], int]:
    """How many drafts and messages the tool made of each letter, by (recipient, subject)."""
    counted: dict[tuple[str, str], int] = {}
    seen = [m for _, m in world.drafts()] + [m for d, m in world.messages("SENT")]
    for msg in seen:
        key = (msg["To"].addresses[0].addr_spec, str(msg["Subject"]))
        counted[key] = counted.get(key, 0) + 1
    return counted
