"""The weekday-morning sync: a systemd user timer or a crontab line running `assistant sync --no-input`.

Both run the same small `sh` script, which appends a header line, everything
the sync prints and its exit status to the log file in the data directory;
`assistant schedule status` reads that log back. Times are the machine's local
time, because that is what systemd's `OnCalendar=` and cron both use.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from assistant.errors import InputError, StateError

MARK = "# assistant-sync"  # ends our crontab line; no other line of the user's crontab is touched
SERVICE, TIMER = "assistant-sync.service", "assistant-sync.timer"


@dataclass(frozen=True)
class At:
    """A time of day in the machine's local time."""

    hour: int = 8
    minute: int = 30

    @classmethod
    def parse(cls, text: str) -> At:
        match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", text)
        if not match or int(match[1]) > 23 or int(match[2]) > 59:
            raise InputError(f"--at takes a 24-hour time as HH:MM, e.g. 07:45, not {text!r}.")
        return cls(int(match[1]), int(match[2]))

    def __str__(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"


@dataclass
class Job:
    """What the schedule runs: this `assistant`, the variables it needs, and the log it appends to."""

    command: list[str]
    environment: dict[str, str]
    log_file: Path

    @classmethod
    def for_runtime(cls, rt: Any) -> Job:
        if rt.sandbox:
            raise StateError("The sandbox is a throw-away practice mailbox, so scheduling a daily sync of it "
                             "makes no sense; run `assistant schedule install` without --sandbox or ASSISTANT_SANDBOX.")
        return cls(assistant_command(rt.environ), carried_environment(rt.environ), rt.paths.log_file)

    def script(self) -> str:
        """A POSIX sh script: header line, the sync's stdout and stderr, exit status, all appended to the log."""
        sync = " ".join(shlex.quote(part) for part in [*self.command, "sync", "--no-input"])
        return (f"mkdir -p {shlex.quote(str(self.log_file.parent))}; "
                f'{{ echo "== $(date +%Y-%m-%dT%H:%M:%S%z) sync"; {sync}; echo "== exit $?"; }} '
                f">>{shlex.quote(str(self.log_file))} 2>&1")


def assistant_command(environ: dict[str, str]) -> list[str]:
    """The absolute command that runs this very `assistant` (a schedule's PATH is bare)."""
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name == "assistant" and argv0.is_file():
        return [str(argv0.resolve())]
    found = shutil.which("assistant", path=environ.get("PATH"))
    if found:
        return [str(Path(found).resolve())]
    return [sys.executable, "-m", "assistant"]


def carried_environment(environ: dict[str, str]) -> dict[str, str]:
    """The variables that decide where our files are; never the sandbox's or its clock's."""
    home = environ.get("ASSISTANT_HOME")
    if home:
        return {"ASSISTANT_HOME": str(Path(home).expanduser().resolve())}
    # without ASSISTANT_HOME, platformdirs reads these; cron and systemd would not pass them on
    return {name: environ[name] for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME") if environ.get(name)}


def failure(done: subprocess.CompletedProcess[str]) -> StateError:
    """A failed call as one sentence: the command, its exit status and the last thing it said."""
    said = (done.stderr or done.stdout or "").strip().splitlines()
    detail = f": {said[-1].strip().rstrip('.')}" if said else ""
    return StateError(f"`{' '.join(done.args)}` failed with exit status {done.returncode}{detail}.")


class Tools:
    """Runs `systemctl` and `crontab`, turning their failures into one sentence."""

    def __init__(self, environ: dict[str, str]) -> None:
        self.environ = environ

    def which(self, name: str) -> str | None:
        return shutil.which(name, path=self.environ.get("PATH"))

    def run(self, *args: str, input: str | None = None, timeout: float = 30.0,
            check: bool = True) -> subprocess.CompletedProcess[str]:
        shown = " ".join(args)
        try:
            done = subprocess.run(list(args), input=input, capture_output=True, text=True,
                                  timeout=timeout, env=self.environ)
        except subprocess.TimeoutExpired:
            raise StateError(f"`{shown}` did not answer within {timeout:g} seconds.") from None
        except OSError as exc:
            raise StateError(f"`{shown}` could not be run ({exc.strerror or exc}).") from None
        if check and done.returncode != 0:
            raise failure(done)
        return done

    def systemd_usable(self) -> bool:
        """Whether a systemd user manager answers (not so in containers, over plain ssh, or on macOS)."""
        if not self.which("systemctl"):
            return False
        try:
            return self.run("systemctl", "--user", "show-environment", timeout=5, check=False).returncode == 0
        except StateError:
            return False

    def cron_usable(self) -> bool:
        return self.which("crontab") is not None


@dataclass
class Installed:
    """A schedule found on this machine."""

    method: str  # "systemd" or "cron"
    at: At | None  # None when the entry was edited by hand beyond recognition
    where: str  # the timer file, or "crontab"
    next_run: str | None = None


def _unit_word(text: str) -> str:
    """One double-quoted argument of a unit file line; `%` would be a systemd specifier."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%") + '"'


class SystemdTimer:
    """assistant-sync.timer starts the oneshot assistant-sync.service on weekday mornings."""

    method = "systemd"
    label = "systemd user timer"

    def __init__(self, tools: Tools, environ: dict[str, str]) -> None:
        config = environ.get("XDG_CONFIG_HOME") or str(Path(environ.get("HOME") or Path.home()) / ".config")
        self.tools, self.unit_dir = tools, Path(config) / "systemd" / "user"

    def files(self, job: Job, at: At) -> dict[Path, str]:
        env = "".join(f"Environment={_unit_word(f'{k}={v}')}\n" for k, v in job.environment.items())
        # systemd expands $VAR in ExecStart= itself; $$ hands a plain $ to the shell
        exec_start = f"ExecStart=/bin/sh -c {_unit_word(job.script().replace('$', '$$'))}\n"
        head = "# Written by `assistant schedule install`; `assistant schedule remove` deletes it.\n"
        service = (f"{head}[Unit]\nDescription=assistant sync: notice sent drafts, read replies, draft what is due\n\n"
                   f"[Service]\nType=oneshot\n{env}{exec_start}")
        timer = (f"{head}[Unit]\nDescription=assistant sync on weekday mornings\n\n"
                 f"[Timer]\nOnCalendar=Mon..Fri {at}\nPersistent=true\nRandomizedDelaySec=600\n\n"
                 "[Install]\nWantedBy=timers.target\n")
        return {self.unit_dir / SERVICE: service, self.unit_dir / TIMER: timer}

    def preview(self, job: Job, at: At) -> str:
        parts = [f"# {path}\n{text}" for path, text in self.files(job, at).items()]
        return "\n".join(parts) + f"\n# then: systemctl --user daemon-reload && systemctl --user enable --now {TIMER}"

    def install(self, job: Job, at: At) -> None:
        self.unit_dir.mkdir(parents=True, exist_ok=True)
        for path, text in self.files(job, at).items():
            path.write_text(text, encoding="utf-8")
        self.tools.run("systemctl", "--user", "daemon-reload")
        self.tools.run("systemctl", "--user", "enable", "--now", TIMER)

    def installed(self) -> Installed | None:
        timer = self.unit_dir / TIMER
        if not timer.exists():
            return None
        match = re.search(r"^OnCalendar=Mon\.\.Fri (\d{1,2}):(\d{2})\s*$", timer.read_text(encoding="utf-8"), re.M)
        return Installed(self.method, At(int(match[1]), int(match[2])) if match else None, str(timer))

    def remove(self) -> None:
        usable = self.tools.systemd_usable()  # without a user manager nothing runs the files: just delete them
        if usable:
            self.tools.run("systemctl", "--user", "disable", "--now", TIMER)
        for name in (TIMER, SERVICE):
            (self.unit_dir / name).unlink(missing_ok=True)
        if usable:
            self.tools.run("systemctl", "--user", "daemon-reload")

    def next_run(self, entry: Installed, now: datetime) -> str | None:
        try:
            done = self.tools.run("systemctl", "--user", "show", TIMER, "-p", "NextElapseUSecRealtime", timeout=5)
        except StateError:
            return None
        value = done.stdout.strip().partition("=")[2].strip()
        return value if value and value != "n/a" else None


class CronLine:
    """One line in the user's crontab, recognised by its trailing `# assistant-sync`."""

    method = "cron"
    label = "crontab line"

    def __init__(self, tools: Tools) -> None:
        self.tools = tools

    def line(self, job: Job, at: At) -> str:
        env = "".join(f"{k}={shlex.quote(v)} " for k, v in job.environment.items())
        command = f"{env}/bin/sh -c {shlex.quote(job.script())}"
        # cron turns an unescaped % into a newline (crontab(5)); the date format has several
        return f"{at.minute} {at.hour} * * 1-5 {command.replace('%', chr(92) + '%')} {MARK}"

    preview = line

    def read(self) -> list[str]:
        done = self.tools.run("crontab", "-l", check=False)
        if done.returncode == 0:
            return done.stdout.splitlines()
        said = (done.stderr + done.stdout).lower()
        if "no crontab" in said or "can't open" in said:  # no crontab yet (cronie, vixie, macOS; busybox)
            return []
        raise failure(done)

    def write(self, lines: list[str]) -> None:
        self.tools.run("crontab", "-", input="".join(f"{line}\n" for line in lines))

    def install(self, job: Job, at: At) -> None:
        """Replace our line where it stands (or append it); any duplicate of it goes."""
        ours, lines, placed = self.line(job, at), [], False
        for line in self.read():
            if not _is_ours(line):
                lines.append(line)
            elif not placed:
                lines.append(ours)
                placed = True
        self.write(lines if placed else [*lines, ours])

    def installed(self) -> Installed | None:
        if not self.tools.cron_usable():
            return None
        line = next((line for line in self.read() if _is_ours(line)), None)
        if line is None:
            return None
        match = re.match(r"\s*(\d{1,2})\s+(\d{1,2})\s+\*\s+\*\s+1-5\s", line)
        return Installed(self.method, At(int(match[2]), int(match[1])) if match else None, "crontab")

    def remove(self) -> None:
        self.write([line for line in self.read() if not _is_ours(line)])

    def next_run(self, entry: Installed, now: datetime) -> str | None:
        return shown(next_weekday_run(now, entry.at)) if entry.at else None


def _is_ours(line: str) -> bool:
    return line.rstrip().endswith(MARK)


def shown(instant: datetime) -> str:
    """An instant as status shows it: the machine's local time, like the schedule."""
    return instant.astimezone().strftime("%a %Y-%m-%d %H:%M %Z")


def next_weekday_run(now: datetime, at: At) -> datetime:
    """The next Monday-to-Friday `at` after `now`, in the machine's local time (as cron counts)."""
    local = now.astimezone().replace(tzinfo=None)  # naive local time, so a DST change gets the right offset
    candidate = local.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    while candidate <= local or candidate.weekday() >= 5:
        candidate += timedelta(days=1)
    return candidate.astimezone()


Backend = SystemdTimer | CronLine


@dataclass
class Plan:
    """What `install` will do: which runner, what it runs, when."""

    backend: Backend
    others: list[Backend]
    job: Job
    at: At

    def preview(self) -> str:
        return self.backend.preview(self.job, self.at)

    def apply(self) -> list[str]:
        """Install, then remove a schedule of the other kind so the sync does not run twice; notices."""
        self.backend.install(self.job, self.at)
        notices = []
        for other in self.others:
            try:
                if other.installed():
                    other.remove()
                    notices.append(f"Removed the earlier {other.label}.")
            except StateError as error:  # ours is installed; a stale other one is worth a warning, not a failure
                notices.append(f"Could not check for an earlier {other.label}: {error.message}")
        return notices


def plan_install(rt: Any, at: At, method: str = "auto") -> Plan:
    """Choose the runner: systemd when a user manager answers, else cron; or the one asked for."""
    if method not in ("auto", "systemd", "cron"):
        raise InputError(f"--method is auto, systemd or cron, not {method!r}.")
    job, tools = Job.for_runtime(rt), Tools(rt.environ)
    systemd, cron = SystemdTimer(tools, rt.environ), CronLine(tools)
    if method == "systemd" and not tools.systemd_usable():
        raise StateError("systemd user timers are not available here (`systemctl --user show-environment` "
                         "failed); try `--method cron`.")
    if method == "cron" and not tools.cron_usable():
        raise StateError("`crontab` is not on PATH, so a crontab line cannot be installed; try `--method systemd`.")
    if method == "auto":
        if tools.systemd_usable():
            method = "systemd"
        elif tools.cron_usable():
            method = "cron"
        else:
            raise StateError(
                "Neither systemd user timers nor cron are available here, so nothing was installed.",
                "Add this line to your crontab by hand, or on macOS use launchd (see docs/schedule.md):\n  "
                + cron.line(job, at))
    chosen, other = (systemd, cron) if method == "systemd" else (cron, systemd)
    return Plan(chosen, [other], job, at)


def remove(rt: Any) -> list[str]:
    """Remove every schedule we installed; the labels of those removed."""
    tools = Tools(rt.environ)
    removed = []
    for backend in (SystemdTimer(tools, rt.environ), CronLine(tools)):
        if backend.installed():
            backend.remove()
            removed.append(backend.label)
    return removed
