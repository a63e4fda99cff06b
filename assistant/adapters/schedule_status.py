"""`assistant schedule status`: which runner is installed, when the sync last ran,
and how the last scheduled run went (read back from the tail of its log file)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from assistant.adapters.os_scheduler import CronLine, Installed, SystemdTimer, Tools

# The lines the scheduled script (os_scheduler.Job) writes around each run.
LOG_TAIL_BYTES = 64 * 1024
_HEADER = re.compile(r"^== (\S+) sync$")
_EXIT = re.compile(r"^== exit (\d+)$")


@dataclass
class LastRun:
    """The last scheduled run, as the log file tells it."""

    started: str  # the header's timestamp, as `date` wrote it
    exit_status: int | None  # None: still running, or killed before it finished
    last_line: str  # the last thing it printed (the error, when it failed)


def last_run(log_file: Path) -> LastRun | None:
    """Read the tail of the log: the last header, what followed it, and its exit line."""
    try:
        with log_file.open("rb") as handle:
            handle.seek(max(0, handle.seek(0, 2) - LOG_TAIL_BYTES))
            text = handle.read().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return None
    run: LastRun | None = None
    for line in text.splitlines():
        if header := _HEADER.match(line):
            run = LastRun(header[1], None, "")
        elif run is not None and (ended := _EXIT.match(line)):
            run.exit_status = int(ended[1])
        elif run is not None and line.strip() and run.exit_status is None:
            run.last_line = line.strip()
    return run


@dataclass
class Status:
    """What is installed, when the sync last ran, and how the last scheduled run went."""

    installed: list[Installed]
    last_sync_at: datetime | None
    last_run: LastRun | None
    log_file: Path

    def as_json(self) -> dict[str, Any]:
        return {
            "installed": bool(self.installed),
            "schedules": [{"method": i.method, "time": str(i.at) if i.at else None, "days": "Mon-Fri",
                           "where": i.where, "next_run": i.next_run} for i in self.installed],
            "last_sync_at": self.last_sync_at.isoformat() if self.last_sync_at else None,
            "last_run": None if self.last_run is None else {
                "started": self.last_run.started, "exit_status": self.last_run.exit_status,
                "last_line": self.last_run.last_line},
            "log_file": str(self.log_file),
        }


def status(rt: Any) -> Status:
    """Look at both runners, the last sync recorded in the database and the tail of the log."""
    tools, now = Tools(rt.environ), rt.clock.now()
    found = []
    for backend in (SystemdTimer(tools, rt.environ), CronLine(tools)):
        entry = backend.installed()
        if entry is not None:
            entry.next_run = backend.next_run(entry, now)
            found.append(entry)
    stamp = rt.repo.get_state("last_sync_at") if rt.paths.database.exists() else None
    return Status(found, datetime.fromisoformat(stamp) if stamp else None, last_run(rt.paths.log_file),
                  rt.paths.log_file)
