"""`assistant add` and `assistant edit`: record an interview (or its next round) and change it.

`show`/`close` are in `show_cmd.py`, `import`/`export` in `transfer_cmd.py`.
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import typer

from assistant.cli.common import out, print_json, runtime, say
from assistant.errors import InputError

COMPANY = typer.Option(None, "--company", metavar="NAME", help="The employer, e.g. 'Acme Corp'.")
POSITION = typer.Option(None, "--position", metavar="TITLE", help="The job title, e.g. 'Customer Service Associate'.")
INTERVIEWER = typer.Option(None, "--interviewer", metavar="\"NAME <EMAIL>\"", help="\"Ms. Pat Jones <pat.jones@acme.example>\"; repeat for each person (title optional).")
WHEN = typer.Option(None, "--when", metavar="DATE TIME", help="Interview start: '2026-11-20 14:00', 'today 14:30', 'yesterday 9am' (default now).")
KIND = typer.Option(None, "--kind", metavar="phone|video|onsite", help="The kind of interview (default: video).")
DETAIL = typer.Option(None, "--detail", metavar="TEXT", help="What you enjoyed or learned, e.g. 'hearing how your team plans peak season'.")
SKILL = typer.Option(None, "--skill", metavar="TEXT", help="A hard skill or measurable achievement, e.g. 'cut ticket backlog by 40% at Globex'.")
MISSED = typer.Option(None, "--missed", metavar="TEXT", help="What you forgot to say or want to clarify, e.g. 'I can relocate by March'.")
HEAR_BACK = typer.Option(None, "--hear-back", metavar="DATE", help="The time frame they gave: a date, a weekday or 'in 2 weeks'.")
TONE = typer.Option(None, "--tone", metavar="formal|casual", help="formal (the default: 'Dear Ms. Jones') or casual ('Hi Pat').")
RESUME = typer.Option(None, "--resume", metavar="FILE", help="Resume to attach (default: the `resume` setting).")
JSON = typer.Option(False, "--json", help="One JSON document on stdout.")
FOLLOW_UP_BY = typer.Option(None, "--follow-up-by", metavar="email|phone", help="How they asked to be followed up: email (a status inquiry draft, the default) or phone (a call reminder).")
CONTACT_PHONE = typer.Option(None, "--contact-phone", metavar="NUMBER", help="The number to call for a phone follow-up, e.g. '+1 555 0100'.")


def _form(*, company: str | None, position: str | None, interviewer: list[str] | None, when: str | None,
          kind: str | None, detail: str | None, skill: str | None, missed: str | None, hear_back: str | None,
          tone: str | None, no_follow_up: bool | None, resume: str | None,
          follow_up_by: str | None = None, contact_phone: str | None = None, main_contact: str | None = None) -> Any:
    """The InterviewForm from a command's options (add and edit take the same ones)."""
    from assistant.services.interviews import InterviewForm

    return InterviewForm(company=company, position=position, interviewers=list(interviewer or []), when=when,
                         kind=kind, detail=detail, skill=skill, missed=missed, hear_back=hear_back, tone=tone,
                         no_follow_up=no_follow_up, resume=resume, follow_up_by=follow_up_by,
                         contact_phone=contact_phone, main_contact=main_contact)


def _asked_and_confirmed(rt: Any, form: Any, *, drafts: bool, new_application: bool = True) -> bool:
    """On a terminal with fields missing: ask for them, show the letters, and ask before drafting.

    False when the user said no; Ctrl-C at a prompt ends the command with status 130.
    """
    from assistant.cli.add_prompts import Interrupted, ask_for_missing, confirm_letters

    try:
        if not ask_for_missing(rt, form, drafts=drafts, follow_up_way=new_application):
            return True
        if not drafts or confirm_letters(rt, form):
            return True
    except Interrupted:
        say()
        say("Stopped; nothing was recorded.")
        raise typer.Exit(130) from None
    say("Nothing was recorded; run `assistant add` again when you are ready.")
    return False


def _local(rt: Any, instant: datetime) -> str:
    return instant.astimezone(ZoneInfo(rt.profile.timezone)).strftime("%a %d %b %Y, %H:%M")


def print_drafts(rt: Any, result: Any) -> None:
    """Each thank-you draft made (the person, the draft id, the resume attached), then by when to send them."""
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
    company: str | None = COMPANY, position: str | None = POSITION,
    interviewer: list[str] | None = INTERVIEWER, when: str | None = WHEN, kind: str | None = KIND,
    detail: str | None = DETAIL, skill: str | None = SKILL, missed: str | None = MISSED,
    hear_back: str | None = HEAR_BACK, tone: str | None = TONE,
    no_follow_up: bool = typer.Option(False, "--no-follow-up", help="They asked not to be contacted: record it, draft nothing, ever."),
    resume: str | None = RESUME,
    no_drafts: bool = typer.Option(False, "--no-drafts", help="Record the interview without creating drafts."),
    application: int | None = typer.Option(None, "--application", metavar="ID",
                                           help="Record the next interview round of this application."),
    from_invite: int | None = typer.Option(None, "--from-invite", metavar="N", help="Record calendar invitation N that `assistant sync` listed (its time, people and kind); options given win."),
    as_json: bool = JSON,
    follow_up_by: str | None = FOLLOW_UP_BY, contact_phone: str | None = CONTACT_PHONE,
    yes: bool = typer.Option(False, "--yes", help="Keep the names as typed even when earlier mail spells them otherwise."),
) -> None:
    """Record an interview and create one thank-you draft per interviewer in Gmail, resume attached.

    With --application ID: the next interview round of an existing application (its own notes).
    """
    from assistant.cli.followup_ways_cmd import names_as_signed
    from assistant.services.interviews import Interviews
    from assistant.services.views import draft_json

    form = _form(company=company, position=position, interviewer=interviewer, when=when, kind=kind,
                 detail=detail, skill=skill, missed=missed, hear_back=hear_back, tone=tone,
                 no_follow_up=no_follow_up, resume=resume, follow_up_by=follow_up_by, contact_phone=contact_phone)
    rt = runtime(ctx)
    if application is not None:
        from assistant.services.rounds import add_round, check_next_round

        existing = rt.repo.application(application)
        check_next_round(existing, form)
        form.company, form.position = existing.company, existing.position
    invitation = _from_invitation(rt, from_invite, form) if from_invite is not None else None
    if not _asked_and_confirmed(rt, form, drafts=not no_drafts and not no_follow_up,
                                new_application=application is None):
        return
    if not no_drafts and not no_follow_up:
        names_as_signed(rt, form, keep=yes)
    if application is not None:
        result = add_round(rt, application, form, drafts=not no_drafts)
    else:
        result = Interviews(rt).add(form, drafts=not no_drafts)
    app = result.application
    if invitation is not None:
        from assistant.services.invitations import mark_recorded

        mark_recorded(rt, invitation.number, app.key)
    if as_json:
        print_json({"id": app.id, "drafts": [draft_json(letter) for letter in result.drafts],
                    "already_recorded": result.already_recorded,
                    "round": result.round.number if result.round else 1})
        return
    if result.already_recorded:
        _print_completed(rt, result)
        return
    if result.round is not None:
        out(f"Recorded round {result.round.number} of application {app.id}: {app.company}, {app.position} "
            f"({app.kind} interview, {_local(rt, app.interview_at)}).")
    else:
        out(f"Recorded application {app.id}: {app.company}, {app.position} ({app.kind} interview, "
            f"{_local(rt, app.interview_at)}).")
    if result.drafts_after:
        out(f"The interview has not taken place yet: `assistant sync` asks for a debrief after it ends "
            f"({_local(rt, result.drafts_after)}), then drafts the thank-you notes.")
    elif app.no_follow_up:
        out("No follow-up: no thank-you note and no inquiry will be drafted for it.")
    elif result.drafts:
        out("Thank-you drafts are in Gmail's Drafts, one per interviewer:")
        print_drafts(rt, result)
        print_replaced(result.replaced, result.round.number if result.round else 1)
        if not (app.detail and app.skill):
            say(f"Tip: --detail and --skill make a note personal; `assistant edit {app.id} --detail …` rewrites "
                "the unsent drafts.")
        say("Next: review and send them in Gmail; `assistant sync` notices what you sent.")
    else:
        out("No drafts were created (--no-drafts).")


def print_replaced(replaced: Any, round_number: int) -> None:
    """Each earlier unsent note the new round's note replaced (`rounds.withdraw_earlier_notes`)."""
    for gone in replaced:
        out(f"Withdrew your unsent note \"{gone.subject}\" to {gone.to_addr} about round {gone.round_number}: "
            f"the new note about round {round_number} replaces it.")


def _from_invitation(rt: Any, number: int, form: Any) -> Any:
    """`add --from-invite N`: the invitation fills what the options left out; what it cannot say
    (a company or position it does not name) is asked on a terminal, and an error otherwise."""
    from assistant.services.invitations import fill_form, invitation_to_record, nameless_attendees

    stored = invitation_to_record(rt, number)
    fill_form(form, stored)
    if not sys.stdin.isatty():
        if not form.interviewers and (nameless := nameless_attendees(stored)):
            raise InputError(f"Invitation {number} gives {', '.join(nameless)} without a name; give every "
                             "interviewer with --interviewer \"Name <address>\".")
        for field, option in (("company", "--company"), ("position", "--position"), ("interviewers", "--interviewer")):
            if not getattr(form, field):
                what = "interviewer's name" if field == "interviewers" else field
                raise InputError(f"Invitation {number} does not say the {what}; give it with {option}.")
    return stored


def _print_completed(rt: Any, result: Any) -> None:
    """`add` ran again for an interview already recorded: say so, and what was made now."""
    app = result.application
    head = (f"Application {app.id} ({app.company}, {app.position}, {_local(rt, app.interview_at)}) "
            "was already recorded")
    if result.drafts:
        out(f"{head}; made the thank-you drafts it was missing:")
        print_drafts(rt, result)
    elif result.drafts_after:
        out(f"{head}; `assistant sync` drafts its thank-you notes after the interview ends "
            f"({_local(rt, result.drafts_after)}).")
    else:
        out(f"{head}; nothing was missing. `assistant edit {app.id}` changes its fields.")


def edit(
    ctx: typer.Context, app_id: int = typer.Argument(..., metavar="ID"),
    company: str | None = COMPANY, position: str | None = POSITION,
    interviewer: list[str] | None = typer.Option(None, "--interviewer", metavar="\"NAME <EMAIL>\"", help="Replaces the list of interviewers; a new address gets its own thank-you draft."),
    when: str | None = WHEN, kind: str | None = KIND, detail: str | None = DETAIL,
    skill: str | None = SKILL, missed: str | None = MISSED, hear_back: str | None = HEAR_BACK,
    tone: str | None = TONE,
    no_follow_up: bool | None = typer.Option(None, "--no-follow-up/--follow-up", help="Stop or allow follow-ups."),
    resume: str | None = RESUME,
    no_drafts: bool = typer.Option(False, "--no-drafts", help="Do not draft for new interviewer addresses."),
    as_json: bool = JSON,
    follow_up_by: str | None = FOLLOW_UP_BY, contact_phone: str | None = CONTACT_PHONE,
    main_contact: str | None = typer.Option(None, "--main-contact", metavar="EMAIL", help="Who of the latest round gets the status inquiry (or the call); default: the first person met."),
) -> None:
    """Change an application's fields, e.g. fix a bounced interviewer address."""
    from assistant.services.interviews import Interviews
    from assistant.services.views import draft_json

    form = _form(company=company, position=position, interviewer=interviewer, when=when, kind=kind,
                 detail=detail, skill=skill, missed=missed, hear_back=hear_back, tone=tone,
                 no_follow_up=no_follow_up, resume=resume, follow_up_by=follow_up_by, contact_phone=contact_phone,
                 main_contact=main_contact)
    rt = runtime(ctx)
    result = Interviews(rt).edit(app_id, form, drafts=not no_drafts)
    if as_json:
        redrafted = result.redrafted
        print_json({"id": app_id, "drafts": [draft_json(letter) for letter in result.drafts],
                    "rewritten": [draft_json(letter) for letter in (redrafted.updated if redrafted else ())],
                    "left_alone": [draft_json(letter) for letter in (redrafted.user_changed if redrafted else ())]})
        return
    out(f"Application {app_id} updated.")
    if main_contact is not None and result.application.main_contact is not None:
        latest = result.application.latest_round
        person = result.application.main_contact
        what = "call" if result.application.follow_up_by == "phone" else "status inquiry"
        out(f"The {what} after round {latest.number if latest else 1} goes to {person.display} <{person.email}>.")
    _print_redrafted(result.redrafted)
    if result.drafts:
        out("New thank-you drafts:")
        print_drafts(rt, result)


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


def register(app: typer.Typer) -> None:
    app.command("add")(add)
    app.command("edit")(edit)
