"""`assistant list`: the pipeline as a plan. What needs you now, then what is waiting, then what is over;
each row says its next action and when."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import typer

from assistant.cli.common import print_json, runtime, say
from assistant.cli.interviews import JSON


def list_applications(ctx: typer.Context, show_all: bool = typer.Option(False, "--all", help="Also the closed, rejected and finished applications."),
                      as_json: bool = JSON) -> None:
    """Your applications as a plan: what needs you now, what is waiting, what is over (--all adds the finished ones)."""
    from assistant.services.views import shown_by_default, summaries

    rt = runtime(ctx)
    apps = rt.repo.applications()
    rows = list(zip(apps, summaries(rt, apps), strict=True))
    shown = [(app, row) for app, row in rows if show_all or shown_by_default(row)]
    if as_json:
        print_json([row for _, row in shown])
        return
    hidden = len(rows) - len(shown)
    if not rows:
        say("No applications yet; record one with `assistant add`.")
    elif not shown:
        say(f"No active applications; `assistant list --all` also shows the {hidden} closed or finished "
            f"one{'s' if hidden != 1 else ''}.")
    else:
        _print_list(rt, shown)
        if hidden:
            say(f"{hidden} closed or finished application{'s are' if hidden != 1 else ' is'} not shown; "
                "`assistant list --all` shows every one.")


# How `list` says each next action, and how it says when (SPEC: "next action and when").
_ACTION_WORDS = {
    "send_thank_you": ("send the thank-you drafts", "by"),
    "thank_you_overdue": ("send the thank-you drafts today:", "overdue since"),
    "debrief": ("debrief: `assistant debrief {id}`", "before"),
    "send_inquiry": ("send the status inquiry draft", "drafted"),
    "confirm": ("review a doubtful reply: `assistant confirm {id}`", ""),
    "respond": ("keep-on-file reply: `assistant respond {id}`", ""),
    "thank_you_after_interview": ("upcoming interview; notes drafted", "after"),
    "status_inquiry": ("waiting for an answer; inquiry due", "on"),
    "scheduled": ("a letter is scheduled in Gmail", "goes out"),
    "wait": ("waiting for an answer", ""),
}
_GROUPS = (("now", "Needs you now:"), ("waiting", "Waiting:"), ("closed", "Closed:"))


def _next_words(row: dict[str, Any], zone: Any, now: datetime) -> tuple[str, str]:
    """The next action and when, as `list` says them."""
    from assistant.cli.render import when

    action = row["next_action"]
    words, lead = _ACTION_WORDS.get(action["kind"], (action["note"] or action["kind"].replace("_", " "), ""))
    if action["kind"] == "none":
        words = action["note"].split(":")[0] if action["note"] else "nothing"
    due = when(datetime.fromisoformat(action["due"]), zone, now, weekday=False) if action["due"] else ""
    # The lead word ("by", "on") ends the action, so the fixed-width time column stays narrow.
    return (f"{words} {lead}" if due and lead else words).format(id=row["id"]), due


def _print_list(rt: Any, shown: list[tuple[Any, dict[str, Any]]]) -> None:
    """The plan: what needs the user now, then what is waiting, then what is over; fitted to the terminal."""
    from assistant.cli.render import table_lines, terminal_width, when

    zone, now = ZoneInfo(rt.profile.timezone), rt.clock.now()
    far = datetime.max.replace(tzinfo=zone)
    ordered = []
    for group, heading in _GROUPS:
        rows = [(app, row) for app, row in shown if row["group"] == group]
        rows.sort(key=lambda item: (datetime.fromisoformat(item[1]["next_action"]["due"])
                                    if item[1]["next_action"]["due"] else far, item[0].id))
        if rows:
            ordered.append((heading, rows))
    cells = []
    for _, rows in ordered:
        for app, row in rows:
            words, due = _next_words(row, zone, now)
            cells.append([str(app.id), app.company, app.position, str(row["round"]),
                          when(app.interview_at, zone, now, weekday=False), app.stage.replace("_", " "), words, due])
    headers = ["id", "company", "position", "rnd", "interview", "stage", "next", "when"]   # rnd: the latest round
    lines = table_lines(headers, cells, terminal_width(), shrinkable=(1, 2, 5, 6))
    output, at = [lines[0]], 1
    for heading, rows in ordered:
        output.append(heading)
        output.extend(lines[at:at + len(rows)])
        at += len(rows)
    sys.stdout.write("\n".join(output) + "\n")
    say(f"Times are in {rt.profile.timezone}.")



def register(app: typer.Typer) -> None:
    app.command("list")(list_applications)
