"""`assistant delete ID [--yes]`: remove an application for good (asks first)."""

from __future__ import annotations

import sys
from typing import Any

import typer

from assistant.cli.common import out, runtime, say
from assistant.errors import InputError


def _terminal() -> bool:
    return sys.stdin.isatty()


def delete(ctx: typer.Context, app_id: int = typer.Argument(..., metavar="ID"),
           yes: bool = typer.Option(False, "--yes", help="Delete without asking (for scripts).")) -> None:
    """Remove an application for good; the tool's unsent drafts for it are withdrawn from Gmail."""
    from assistant.services.removal import delete_application

    rt = runtime(ctx)
    app = rt.repo.application(app_id)
    if not yes:
        if not _terminal():
            raise InputError(f"Deleting application {app_id} asks first and the input is not a terminal; "
                             "add --yes to delete it without asking.")
        question = (f"Delete application {app_id} ({app.company}, {app.position}) for good, "
                    "and withdraw its unsent drafts from Gmail?")
        if not typer.confirm(question, default=False):
            say("Nothing was deleted.")
            return
    result = delete_application(rt, app_id)
    out(f"Deleted application {app_id} ({app.company}, {app.position}).")
    for letter in result.withdrawn:
        out(f"Withdrew the unsent draft \"{letter.subject}\" to {letter.to_addr}.")
    for left in result.left_alone:
        out(_left_alone(rt, left))


def _left_alone(rt: Any, left: Any) -> str:
    """One sentence for a letter that was not withdrawn, saying why."""
    letter = left.letter
    what = f"\"{letter.subject}\" to {letter.to_addr}"
    if left.outcome == "sent":
        return f"{what} was already sent; it was left alone."
    if left.outcome == "scheduled" and left.scheduled_for is not None:
        from assistant.services.scheduled import local_time

        return (f"{what} is scheduled to go out {local_time(left.scheduled_for, rt.profile.timezone)}; the tool "
                "cannot cancel it: open Gmail's Scheduled folder and choose Cancel send if it should not go out.")
    return f"The draft {what} was no longer in Drafts; nothing to withdraw."


def register(app: typer.Typer) -> None:
    app.command("delete")(delete)
