"""`assistant config show / set`: the profile letters are signed with, and the timing preferences."""

from __future__ import annotations

import typer

from assistant.cli.common import out, print_json, runtime, say

app = typer.Typer(help="Show or change your profile and preferences.", no_args_is_help=True)


@app.command("show")
def show(ctx: typer.Context, as_json: bool = typer.Option(False, "--json", help="One JSON object on stdout.")) -> None:
    """Show every setting with its value (or its default)."""
    values = runtime(ctx).config.values()
    if as_json:
        print_json(values)
        return
    from assistant.config import SETTINGS

    for key, value in values.items():
        shown = "(not set)" if value is None else value
        out(f"{key:<20} {shown}")
    say(f"Change one with `assistant config set KEY VALUE`; keys: {', '.join(SETTINGS)}.")


@app.command("set")
def set_value(ctx: typer.Context, key: str = typer.Argument(..., help="e.g. name, phone, resume, timezone, followup.mode"),
              value: str = typer.Argument(..., help="the new value")) -> None:
    """Set one setting; the value is checked before it is saved."""
    stored = runtime(ctx).config.set(key, value)
    say(f"{key} = {stored}")
