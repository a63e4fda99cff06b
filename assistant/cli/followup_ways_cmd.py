"""`assistant called` and `assistant expedite`: following up the way it is done (SPEC "Following up the way it is done")."""

from __future__ import annotations

from typing import Any

import typer

from assistant.cli.common import out, runtime, say


def called(ctx: typer.Context, app_id: int = typer.Argument(..., metavar="ID"),
           note: str | None = typer.Option(None, "--note", metavar="TEXT", help="What they said, e.g. 'decision by Friday'.")) -> None:
    """Record that you made the phone follow-up: the call reminder ends and the application waits for the answer."""
    from assistant.services.calls import record_call, thank_yous_unsent

    rt = runtime(ctx)
    app = record_call(rt, app_id, note)
    out(f"Recorded your call for application {app_id} ({app.company}, {app.position}); no further follow-up "
        "will be suggested, and `assistant sync` reads their answer as usual.")
    unsent = thank_yous_unsent(rt, app_id)
    if unsent:   # the call ends the plan's reminders, so say it here: the note still matters
        one = len(unsent) == 1
        say(f"Your thank-you {'note' if one else 'notes'} to {', '.join(unsent)} {'is' if one else 'are'} still in "
            f"Gmail's Drafts; send {'it' if one else 'them'} as well.")


def expedite(ctx: typer.Context, app_id: int = typer.Argument(..., metavar="ID"),
             deadline: str | None = typer.Option(None, "--deadline", metavar="DATE", help="The day you must answer the offer by, e.g. 2026-12-04 or friday.")) -> None:
    """After an offer elsewhere: draft a short, polite note asking this application's main contact about their timeline."""
    from assistant.services.expedite import expedite as draft_expedite

    letter = draft_expedite(runtime(ctx), app_id, deadline)
    out(f"Drafted \"{letter.subject}\" to {letter.to_addr} (draft {letter.draft_id}).")
    say("Review and send it in Gmail; the tool makes this note only once.")


def names_as_signed(rt: Any, form: Any, *, keep: bool) -> None:
    """Before `add` drafts: an interviewer's own mail spelling their name otherwise stops it, unless kept.

    On a terminal the user is asked; otherwise the command stops (exit 1) unless `--yes` keeps the typed names.
    """
    import sys

    from assistant.errors import InputError
    from assistant.services.interviews import parse_interviewers
    from assistant.services.signed_names import misspelt_names

    if not form.interviewers:
        return   # `add` itself says that an interviewer is required
    for found in misspelt_names(rt, parse_interviewers(form.interviewers)):
        warning = f"The mail from {found.email} is signed \"{found.signed}\"; you typed \"{found.typed}\"."
        if keep:
            say(f"{warning} Kept yours (--yes).")
        elif sys.stdin.isatty():
            say(warning)
            if not typer.confirm(f"Keep \"{found.typed}\"?", default=False, err=True):
                raise InputError(f"Nothing was recorded; write the name as \"{found.signed}\" in --interviewer "
                                 "and run `assistant add` again.")
        else:
            raise InputError(f"{warning} Keep yours with --yes or fix it.")


def print_call_script(data: dict[str, Any]) -> None:
    """`show` of a phone follow-up: the number and a short script built from the application."""
    state = "called" if data.get("called_at") else "to call"
    out(f"  follow-up by phone ({state}): {data.get('contact_phone') or 'no number'}")
    if data.get("call_note"):
        out(f"  call note: {data['call_note']}")
    out("Call script:")
    for line in data["call_script"]:
        out(f"  - {line}")


def register(app: typer.Typer) -> None:
    app.command("called")(called)
    app.command("expedite")(expedite)
