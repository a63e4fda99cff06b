"""`assistant show` (one application, its rounds, letters and timeline) and `assistant close`."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import typer

from assistant.cli.common import out, print_json, runtime
from assistant.cli.interviews import JSON

if TYPE_CHECKING:
    from assistant.services.interviews import InquiryOnClose


def show(ctx: typer.Context, app_id: int = typer.Argument(..., metavar="ID"), as_json: bool = JSON) -> None:
    """One application with its timeline: drafts, sends, replies and their labels."""
    from assistant.services.views import detail

    rt = runtime(ctx)
    data = detail(rt, rt.repo.application(app_id))
    if as_json:
        print_json(data)
        return
    _print_application(rt, data)


def _print_application(rt: Any, data: dict[str, Any]) -> None:
    """`show` for a person: every time in the user's zone, which it names, as a date one reads."""
    from assistant.cli.render import when

    zone, now = ZoneInfo(rt.profile.timezone), rt.clock.now()

    def at(iso: str | None) -> str:
        return when(datetime.fromisoformat(iso), zone, now) if iso else ""

    out(f"Application {data['id']}: {data['company']}, {data['position']} [{data['stage']}]")
    out(f"  times in {rt.profile.timezone}")
    out(f"  interview: {data['kind']}, {at(data['interview_at'])}; tone {data['tone']}")
    if data.get("hear_back_by"):
        out(f"  they said you would hear back by {at(data['hear_back_by'])}")
    for person in data["interviewers"]:
        bad = f"  (bad address: {person['bad_address']})" if person["bad_address"] else ""
        out(f"  interviewer: {person['title'] + ' ' if person['title'] else ''}{person['name']} <{person['email']}>{bad}")
    action = data["next_action"]
    due = f" ({at(action['due'])})" if action["due"] else ""
    out(f"  next: {action['kind'].replace('_', ' ')}{due}{' - ' + action['note'] if action['note'] else ''}")
    for rnd in data["rounds"]:
        people = ", ".join(p["name"] for p in rnd["interviewers"])
        out(f"  round {rnd['number']} ({rnd['state']}): {rnd['kind']}, {at(rnd['start'])} with {people}")
        for letter in rnd["letters"]:
            out(f"    {letter['purpose'].replace('_', ' ')} to {letter['to']}: {letter['state']}")
    if data.get("call_script"):
        from assistant.cli.followup_ways_cmd import print_call_script

        print_call_script(data)
    out("Timeline:")
    for event in data["events"]:
        out(f"  {at(event['at']):<19} {event['kind']:<22} {event['detail']}")
    for reply in data["replies"]:
        out(f"  {at(reply['received_at']):<19} reply: {reply['label']} ({reply['confidence']:.2f}) "
            f"from {reply['from']}: {reply['subject']}")


def close(ctx: typer.Context, app_id: int = typer.Argument(..., metavar="ID")) -> None:
    """Stop all follow-ups for an application (an unsent inquiry draft is withdrawn)."""
    from assistant.services.interviews import Interviews

    rt = runtime(ctx)
    done = Interviews(rt).close(app_id)
    out(f"Application {app_id} is closed: no further letters will be drafted for it.")
    for inquiry in done:
        out(_closed_inquiry(inquiry, rt.profile.timezone))


def _closed_inquiry(inquiry: InquiryOnClose, timezone: str) -> str:
    """What `close` did with an open status inquiry, in one sentence."""
    from assistant.services.scheduled import local_time

    subject = inquiry.subject
    if inquiry.outcome == "sent":
        return f"\"{subject}\" was already sent, so nothing was deleted."
    if inquiry.outcome == "scheduled" and inquiry.scheduled_for is not None:
        return (f"\"{subject}\" is scheduled to go out {local_time(inquiry.scheduled_for, timezone)}; "
                "the tool cannot cancel it: open Gmail's Scheduled folder and choose Cancel send.")
    if inquiry.outcome == "deleted":
        return f"Withdrew the unsent draft \"{subject}\"."
    return f"The unsent draft \"{subject}\" was already gone from Gmail."


def register(app: typer.Typer) -> None:
    app.command("show")(show)
    app.command("close")(close)
