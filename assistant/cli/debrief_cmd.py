"""`assistant debrief ID`: what to say in the notes of an interview recorded ahead, then the notes."""

from __future__ import annotations

import sys
from typing import Any
from zoneinfo import ZoneInfo

import typer

from assistant.cli.common import out, print_json, runtime, say
from assistant.cli.interviews import DETAIL, HEAR_BACK, JSON, MISSED, SKILL, print_drafts, print_replaced

_QUESTIONS = (
    ("detail", "What you enjoyed or learned (optional)"),
    ("skill", "A skill or result to stress (optional)"),
    ("missed", "Something you forgot to say (optional)"),
    ("hear_back", "When they said you would hear back, e.g. 'in 2 weeks' (optional)"),
)


def _ask_missing(rt: Any, app_id: int, form: Any) -> None:
    """On a terminal: ask for each answer not given as an option (Enter skips), checked as it is typed."""
    from assistant.domain.dates import parse_hear_back
    from assistant.errors import InputError
    from assistant.services.debrief import round_to_debrief

    _, rnd = round_to_debrief(rt, app_id)   # nothing to ask about: say so before asking
    zone = ZoneInfo(rt.profile.timezone)

    def checked_time_frame(answer: str) -> str:
        if answer.strip():
            try:
                parse_hear_back(answer, rnd.start, zone)
            except InputError as error:
                raise typer.BadParameter(error.message) from None
        return answer.strip()

    say(f"Debrief of application {app_id}'s interview; press Enter to skip a question, Ctrl-C to stop.")
    for name, question in _QUESTIONS:
        if getattr(form, name) is None:
            proc = checked_time_frame if name == "hear_back" else str.strip
            setattr(form, name, typer.prompt(question, default="", show_default=False, value_proc=proc, err=True))


def debrief(
    ctx: typer.Context, app_id: int = typer.Argument(..., metavar="ID"),
    detail: str | None = DETAIL, skill: str | None = SKILL, missed: str | None = MISSED,
    hear_back: str | None = HEAR_BACK, as_json: bool = JSON,
) -> None:
    """After an interview the tool knew was coming: what to say in the notes, then the thank-you drafts."""
    from assistant.services.debrief import DebriefForm
    from assistant.services.debrief import debrief as run_debrief
    from assistant.services.views import draft_json

    rt = runtime(ctx)
    form = DebriefForm(detail=detail, skill=skill, missed=missed, hear_back=hear_back)
    if sys.stdin.isatty() and not all(getattr(form, name) is not None for name, _ in _QUESTIONS):
        try:
            _ask_missing(rt, app_id, form)
        except typer.Abort:
            say()
            say("Stopped; nothing was changed.")
            raise typer.Exit(130) from None
    result = run_debrief(rt, app_id, form)
    if as_json:
        print_json({"id": app_id, "round": result.round.number,
                    "drafts": [draft_json(letter) for letter in result.drafts],
                    "send_by": result.send_by.deadline.isoformat() if result.send_by else None})
        return
    out(f"Debrief saved for round {result.round.number} of application {app_id} "
        f"({result.application.company}, {result.application.position}).")
    if not result.drafts:
        out("No thank-you drafts were needed (every address bounced or the notes were already made).")
        return
    out("Thank-you drafts are in Gmail's Drafts, one per interviewer:")
    print_drafts(rt, result)   # as `add` says them: each person's name, the draft, the resume attached
    print_replaced(result.replaced, result.round.number)
    say("Next: review and send them in Gmail; `assistant sync` notices what you sent.")


def register(app: typer.Typer) -> None:
    app.command("debrief")(debrief)
