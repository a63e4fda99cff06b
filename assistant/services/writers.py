"""Who is writing a letter to Gmail right now: a claim on the letter's row.

A claim names the process (pid and its start time, so a reused pid is not
mistaken for the writer) and the run inside it. A run finds a letter claimed
by a live process and leaves it alone; a claim of a process that is gone is
taken over with a compare-and-swap on the row. docs/architecture.md "Who
writes a letter" explains why claims and not one lock for every command.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def _start_ticks(pid: int) -> str:
    """The process's start time in clock ticks since boot (Linux), '' where /proc is missing."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    # The command name (field 2) may hold spaces and parentheses: split after the last ')'.
    fields = stat.rsplit(")", 1)[1].split()
    return fields[19] if len(fields) > 19 else ""


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return False


def new_writer() -> str:
    """The claim this run puts on the letters it writes: 'pid:start:run'."""
    pid = os.getpid()
    return f"{pid}:{_start_ticks(pid)}:{secrets.token_hex(4)}"


def writer_pid(writer: str) -> int | None:
    try:
        return int(writer.split(":", 1)[0])
    except ValueError:
        return None


def is_live(writer: str | None, me: str) -> bool:
    """True when the claim belongs to another run that is still going."""
    if not writer or writer == me:
        return False
    pid = writer_pid(writer)
    if pid is None:
        return False
    if pid == os.getpid():
        # An earlier run inside this same process (tests run commands in-process): it has ended.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's live process
    if _is_zombie(pid):
        return False
    started = writer.split(":")[1] if writer.count(":") >= 2 else ""
    return not started or started == _start_ticks(pid)
