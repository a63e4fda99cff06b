"""`assistant add / list / show / close / edit / import / export`."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any, Optional
from zoneinfo import ZoneInfo

import typer

from assistant.cli.common import out, print_json, runtime, say
from assistant.errors import InputError

COMPANY = typer.Option(None, "--company", help="The employer, e.g. 'Acme Corp'.")
POSITION = typer.Option(None, "--position", help="The job title, e.g. 'Customer Service Associate'.")
INTERVIEWER = typer.Option(None, "--interviewer", help="\"Ms. Pat Jones <pat.jones@acme.example>\"; repeat for each person (title optional).")
WHEN = typer.Option(None, "--when", help="Interview start: '2026-11-20 14:00', 'today 14:30', 'yesterday 9am' (default now).")
KIND = typer.Option(None, "--kind", help="phone, video (default) or onsite.")
DETAIL = typer.Option(None, "--detail", help="What you enjoyed or learned, e.g. 'hearing how your team plans peak season'.")
SKILL = typer.Option(None, "--skill", help="A hard skill or measurable achievement, e.g. 'cut ticket backlog by 40% at Globex'.")
MISSED = typer.Option(None, "--missed", help="What you forgot to say or want to clarify, e.g. 'I can relocate by March'.")
HEAR_BACK = typer.Option(None, "--hear-back", help="The time frame they gave: a date, a weekday or 'in 2 weeks'.")
TONE = typer.Option(None, "--tone", help="formal (default: 'Dear Ms. Jones') or casual ('Hi Pat').")
RESUME = typer.Option(None, "--resume", help="Resume to attach (default: the `resume` setting).")
JSON = typer.Option(False, "--json", help="One JSON document on stdout.")


FORM_FIELDS = ("company", "position", "when", "kind", "detail", "skill", "missed", "hear_back", "tone",
               "no_follow_up", "resume")


def _form(options: dict[str, Any]) -> Any:
    """The InterviewForm from a command's options (add and edit take the same ones)."""
    from assistant.services.interviews import InterviewForm

    values = {name: options[name] for name in FORM_FIELDS}
    return InterviewForm(interviewers=list(options.get("interviewer") or []), **values)


def _ask_missing(form: Any) -> None:
    """On a terminal, ask for what is required and missing; elsewhere it is an error."""
    missing = [name for name, value in (("company", form.company), ("position", form.position),
                                        ("interviewer", form.interviewers)) if not value]
    if not missing:
        return
    if not sys.stdin.isatty():
        raise InputError(f"Missing --{missing[0]} (required; not asked for because the input is not a terminal).")
    if not form.company:
        form.company = typer.prompt("Company")
    if not form.position:
        form.position = typer.prompt("Position")
    while not form.interviewers:
        form.interviewers = [typer.prompt("Interviewer (\"Ms. Pat Jones <pat.jones@acme.example>\")")]
        while typer.confirm("Another interviewer?", default=False):
            form.interviewers.append(typer.prompt("Interviewer"))


def _local(rt: Any, instant: Any) -> str:
    return instant.astimezone(ZoneInfo(rt.profile.timezone)).strftime("%a %d %b %Y, %H:%M")


def _print_drafts(rt: Any, result: Any) -> None:
    app = result.application
    people = {p.id: p for p in app.interviewers}
    for letter in result.drafts:
        person = people.get(letter.interviewer_id)
        name = person.display if person else letter.to_addr
        attached = f", attached: {', '.join(letter.attachments)}" if letter.attachments else ""
        out(f"  - {name} <{letter.to_addr}>: \"{letter.subject}\" (draft {letter.draft_id}{attached})")
    if result.send_by:
        when = _local(rt, result.send_by.deadline)
        if result.send_by.overdue:
            out("Send them as soon as you can: the 24 hours after the interview have passed.")
        elif result.send_by.next_morning:
            out(f"Best sent tomorrow morning, by {when}, so they are not buried under the evening's mail.")
        else:
            out(f"Send them by {when} (within 24 hours of the interview).")


def add(
    ctx: typer.Context,
    company: Optional[str] = COMPANY, position: Optional[str] = POSITION,
    interviewer: Optional[list[str]] = INTERVIEWER, when: Optional[str] = WHEN, kind: Optional[str] = KIND,
    detail: Optional[str] = DETAIL, skill: Optional[str] = SKILL, missed: Optional[str] = MISSED,
    hear_back: Optional[str] = HEAR_BACK, tone: Optional[str] = TONE,
    no_follow_up: bool = typer.Option(False, "--no-follow-up", help="They asked not to be contacted: record it, draft nothing, ever."),
    resume: Optional[str] = RESUME,
    no_drafts: bool = typer.Option(False, "--no-drafts", help="Record the interview without creating drafts."),
    as_json: bool = JSON,
) -> None:
    """Record an interview and create one thank-you draft per interviewer in Gmail, resume attached."""
    from assistant.services.interviews import Interviews
    from assistant.services.views import draft_json

    form = _form(locals())
    rt = runtime(ctx)
    _ask_missing(form)
    result = Interviews(rt).add(form, drafts=not no_drafts)
    app = result.application
    if as_json:
        print_json({"id": app.id, "drafts": [draft_json(letter) for letter in result.drafts],
                    "already_recorded": result.already_recorded})
        return
    if result.already_recorded:
        _print_completed(rt, result)
        return
    out(f"Recorded application {app.id}: {app.company}, {app.position} ({app.kind} interview, {_local(rt, app.interview_at)}).")
    if result.drafts_after:
        out(f"The interview has not taken place yet: `assistant sync` drafts the thank-you notes after it ends "
            f"({_local(rt, result.drafts_after)}).")
    elif app.no_follow_up:
        out("No follow-up: no thank-you note and no inquiry will be drafted for it.")
    elif result.drafts:
        out("Thank-you drafts are in Gmail's Drafts, one per interviewer:")
        _print_drafts(rt, result)
        if not (app.detail and app.skill):
            say(f"Tip: --detail and --skill make a note personal; `assistant edit {app.id} --detail …` rewrites "
                "the unsent drafts.")
        say("Next: review and send them in Gmail; `assistant sync` notices what you sent.")
    else:
        out("No drafts were created (--no-drafts).")


def _print_completed(rt: Any, result: Any) -> None:
    """`add` ran again for an interview already recorded: say so, and what was made now."""
    app = result.application
    head = (f"Application {app.id} ({app.company}, {app.position}, {_local(rt, app.interview_at)}) "
            "was already recorded")
    if result.drafts:
        out(f"{head}; made the thank-you drafts it was missing:")
        _print_drafts(rt, result)
    elif result.drafts_after:
        out(f"{head}; `assistant sync` drafts its thank-you notes after the interview ends "
            f"({_local(rt, result.drafts_after)}).")
    else:
        out(f"{head}; nothing was missing. `assistant edit {app.id}` changes its fields.")


def list_applications(ctx: typer.Context, as_json: bool = JSON) -> None:
    """Every application: id, company, position, interview time, stage, next action and when."""
    from assistant.services.views import summary

    rt = runtime(ctx)
    rows = [summary(rt, app) for app in rt.repo.applications()]
    if as_json:
        print_json(rows)
        return
    if not rows:
        say("No applications yet; record one with `assistant add`.")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    for column in ("id", "company", "position", "interview", "stage", "next", "when"):
        table.add_column(column)
    for row, app in zip(rows, rt.repo.applications()):
        action = row["next_action"]
        due = _local(rt, datetime.fromisoformat(action["due"])) if action["due"] else ""
        table.add_row(str(row["id"]), row["company"], row["position"], _local(rt, app.interview_at),
                      row["stage"], action["kind"].replace("_", " "), due)
    Console(width=160).print(table)


def show(ctx: typer.Context, app_id: int = typer.Argument(..., metavar="ID"), as_json: bool = JSON) -> None:
    """One application with its timeline: drafts, sends, replies and their labels."""
    from assistant.services.views import detail

    rt = runtime(ctx)
    data = detail(rt, rt.repo.application(app_id))
    if as_json:
        print_json(data)
        return
    out(f"Application {data['id']}: {data['company']}, {data['position']} [{data['stage']}]")
    out(f"  interview: {data['kind']}, {_local(rt, rt.repo.application(app_id).interview_at)}; tone {data['tone']}")
    for person in data["interviewers"]:
        bad = f"  (bad address: {person['bad_address']})" if person["bad_address"] else ""
        out(f"  interviewer: {person['title'] + ' ' if person['title'] else ''}{person['name']} <{person['email']}>{bad}")
    action = data["next_action"]
    due = f" ({action['due']})" if action["due"] else ""
    out(f"  next: {action['kind'].replace('_', ' ')}{due}{' - ' + action['note'] if action['note'] else ''}")
    out("Timeline:")
    for event in data["events"]:
        out(f"  {event['at'][:16].replace('T', ' ')}  {event['kind']:<22} {event['detail']}")
    for reply in data["replies"]:
        out(f"  reply {reply['received_at'][:16].replace('T', ' ')}  {reply['label']} ({reply['confidence']:.2f}) "
            f"from {reply['from']}: {reply['subject']}")


def close(ctx: typer.Context, app_id: int = typer.Argument(..., metavar="ID")) -> None:
    """Stop all follow-ups for an application (an unsent inquiry draft is withdrawn)."""
    from assistant.services.interviews import Interviews

    withdrawn = Interviews(runtime(ctx)).close(app_id)
    out(f"Application {app_id} is closed: no further letters will be drafted for it.")
    for subject in withdrawn:
        out(f"Withdrew the unsent draft \"{subject}\".")


def edit(
    ctx: typer.Context, app_id: int = typer.Argument(..., metavar="ID"),
    company: Optional[str] = COMPANY, position: Optional[str] = POSITION,
    interviewer: Optional[list[str]] = typer.Option(None, "--interviewer", help="Replaces the list of interviewers; a new address gets its own thank-you draft."),
    when: Optional[str] = WHEN, kind: Optional[str] = KIND, detail: Optional[str] = DETAIL,
    skill: Optional[str] = SKILL, missed: Optional[str] = MISSED, hear_back: Optional[str] = HEAR_BACK,
    tone: Optional[str] = TONE,
    no_follow_up: Optional[bool] = typer.Option(None, "--no-follow-up/--follow-up", help="Stop or allow follow-ups."),
    resume: Optional[str] = RESUME,
    no_drafts: bool = typer.Option(False, "--no-drafts", help="Do not draft for new interviewer addresses."),
    as_json: bool = JSON,
) -> None:
    """Change an application's fields, e.g. fix a bounced interviewer address."""
    from assistant.services.interviews import Interviews
    from assistant.services.views import draft_json

    form = _form(locals())
    rt = runtime(ctx)
    result = Interviews(rt).edit(app_id, form, drafts=not no_drafts)
    if as_json:
        redrafted = result.redrafted
        print_json({"id": app_id, "drafts": [draft_json(letter) for letter in result.drafts],
                    "rewritten": [draft_json(letter) for letter in (redrafted.updated if redrafted else ())],
                    "left_alone": [draft_json(letter) for letter in (redrafted.user_changed if redrafted else ())]})
        return
    out(f"Application {app_id} updated.")
    _print_redrafted(result.redrafted)
    if result.drafts:
        out("New thank-you drafts:")
        _print_drafts(rt, result)


def _print_redrafted(redrafted: Any) -> None:
    """What `edit` did to the unsent drafts in Gmail."""
    if redrafted is None:
        return
    for letter in redrafted.updated:
        out(f"Rewrote the unsent draft \"{letter.subject}\" to {letter.to_addr} with the new details "
            f"(draft {letter.draft_id}).")
    for letter in redrafted.user_changed:
        out(f"Left the draft \"{letter.subject}\" to {letter.to_addr} alone: you changed it in Gmail, "
            "so make this change there yourself.")
    for letter in redrafted.gone:
        out(f"The draft \"{letter.subject}\" to {letter.to_addr} is no longer in Drafts (sent or deleted); "
            "nothing to rewrite.")


def import_csv(ctx: typer.Context, file: Path = typer.Argument(..., metavar="FILE.csv"),
               no_drafts: bool = typer.Option(False, "--no-drafts", help="Record only; create no drafts."),
               as_json: bool = JSON) -> None:
    """Record many interviews from a CSV file (columns: add's option names, '_' for '-'; interviewers split by ';')."""
    from assistant.services.transfer import import_file

    rt = runtime(ctx)
    imported = import_file(rt, file, drafts=not no_drafts)
    results = imported.recorded
    if as_json:
        from assistant.services.views import draft_json

        print_json([{"id": r.application.id, "drafts": [draft_json(l) for l in r.drafts]} for r in results])
        for line, app_id in imported.skipped:
            say(f"Skipped line {line}: that interview is already recorded as application {app_id}.")
        return
    drafts = sum(len(r.drafts) for r in results)
    out(f"Imported {len(results)} applications from {file}; {drafts} thank-you drafts created.")
    for line, app_id in imported.skipped:
        out(f"Skipped line {line}: that interview is already recorded as application {app_id}.")


def export(ctx: typer.Context, as_csv: bool = typer.Option(False, "--csv", help="CSV in the import format instead of JSON.")) -> None:
    """Every application, as JSON (default) or as CSV that `assistant import` reads back."""
    from assistant.services.transfer import export_csv, export_json

    rt = runtime(ctx)
    if as_csv:
        sys.stdout.write(export_csv(rt))
    else:
        print_json(export_json(rt))


def register(app: typer.Typer) -> None:
    app.command("add")(add)
    app.command("list")(list_applications)
    app.command("show")(show)
    app.command("edit")(edit)
    app.command("close")(close)
    app.command("import")(import_csv)
    app.command("export")(export)
