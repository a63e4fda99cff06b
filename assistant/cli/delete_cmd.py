"""`assistant delete ID [--yes]`: remove an application for good (asks first)."""

from __future__ import annotations

import sys

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
    for letter in result.already_gone:
        out(f"The draft \"{letter.subject}\" to {letter.to_addr} was no longer in Drafts (sent or deleted); "
            "it was left alone.")


def register(app: typer.Typer) -> None:
    app.command("delete")(delete)
