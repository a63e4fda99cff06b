"""`assistant schedule install / remove / status`: the daily sync on weekday mornings."""

from __future__ import annotations

import enum
from typing import Any

import typer

from assistant.cli.common import out, print_json, runtime, say

app = typer.Typer(help="Run `assistant sync` every weekday morning: a systemd user timer or a crontab line.",
                  no_args_is_help=True)


class Method(enum.StrEnum):
    auto = "auto"
    systemd = "systemd"
    cron = "cron"


@app.command("install")
def install(
    ctx: typer.Context,
    at: str = typer.Option("08:30", "--at", help="Time of day, HH:MM in this machine's local time."),
    method: Method = typer.Option(Method.auto, "--method",
                                  help="auto: a systemd user timer when systemd answers, else a crontab line."),
    show: bool = typer.Option(False, "--print", help="Show exactly what would be installed; change nothing."),
) -> None:
    """Run `assistant sync --no-input` Monday to Friday at 08:30 (or --at), its output appended to sync.log."""
    from assistant.adapters.os_scheduler import At, plan_install

    rt = runtime(ctx)
    plan = plan_install(rt, At.parse(at), method.value)
    if show:
        out(plan.preview())
        say(f"Nothing was changed; without --print this {plan.backend.label} would be installed.")
        return
    for notice in plan.apply():
        say(notice)
    out(f"Installed a {plan.backend.label}: `assistant sync --no-input` runs Monday to Friday at {plan.at}.")
    if plan.backend.method == "systemd":
        out("It may start up to 10 minutes later; a morning missed while the computer was off runs at the next start.")
    else:
        out("It runs only if the computer is on at that time.")
    out(f"Each run is appended to {plan.job.log_file}.")
    if not rt.paths.token_file.exists():
        say("Gmail is not authorized yet: run `assistant auth` before the first scheduled run.")
    say("`assistant schedule status` shows how the last run went; `assistant schedule remove` undoes this.")


@app.command("remove")
def remove(ctx: typer.Context) -> None:
    """Remove the timer or crontab line that `schedule install` made; the log file stays."""
    from assistant.adapters.os_scheduler import remove as remove_schedules

    removed = remove_schedules(runtime(ctx))
    if not removed:
        out("No schedule was installed; nothing to remove.")
        return
    for label in removed:
        out(f"Removed the {label}.")
    say("The log file stays; `assistant sync` still works by hand.")


@app.command("status")
def status(ctx: typer.Context, as_json: bool = typer.Option(False, "--json", help="One JSON document on stdout.")) -> None:
    """Whether a schedule is installed, when it runs next, and when the sync last ran and how that went."""
    from assistant.adapters.schedule_status import status as schedule_status

    report = schedule_status(runtime(ctx))
    if as_json:
        print_json(report.as_json())
        return
    _print_schedules(report)
    _print_last_run(report)


def _print_schedules(report: Any) -> None:
    for entry in report.installed:
        when = f"Monday to Friday at {entry.at}" if entry.at else f"an edited schedule (see {entry.where})"
        nxt = f"; next run {entry.next_run}" if entry.next_run else ""
        out(f"Schedule: {_label(entry.method)}, {when}{nxt}.")
    if len(report.installed) > 1:
        say("Both are installed, so the sync runs twice; `assistant schedule install` keeps only one.")
    if not report.installed:
        out("No schedule is installed.")
        say("`assistant schedule install` runs the sync Monday to Friday at 08:30 (--at HH:MM to change).")


def _print_last_run(report: Any) -> None:
    from assistant.adapters.os_scheduler import shown

    out(f"Last sync: {shown(report.last_sync_at) if report.last_sync_at else 'never'}.")
    run = report.last_run
    if run is None:
        out(f"Last scheduled run: none logged yet ({report.log_file}).")
        return
    if run.exit_status == 0:
        outcome = "succeeded"
    elif run.exit_status is None:
        outcome = "did not finish (still running, or stopped half way)"
    else:
        outcome = f"failed with exit status {run.exit_status}" + (f": {run.last_line.rstrip('.')}" if run.last_line else "")
    out(f"Last scheduled run: {run.started}, {outcome}.")
    say(f"The full output is in {report.log_file}.")


def _label(method: str) -> str:
    return "systemd user timer" if method == "systemd" else "crontab line"


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="schedule")
