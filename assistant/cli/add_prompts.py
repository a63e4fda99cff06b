"""The interactive `add`: on a terminal, ask for every field that makes the letter, check each answer as
it is typed, show the letter, and ask before anything is drafted. The conversation is on stderr, so
`add --json` still prints only JSON on stdout.

Each answer is checked by the same code that checks the options (a probe form with the answer in
its place), so a mistake is named at once and only that answer is asked again.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import typer

from assistant.cli.common import say
from assistant.errors import InputError

# Stand-ins for the required fields not asked yet, so that a probe checks only the answer in hand.
_PROBE = {"company": "Probe", "position": "Probe", "interviewers": ["Probe Person <probe@probe.example>"]}
_REQUIRED = ("company", "position", "interviewers")


class Interrupted(Exception):
    """Ctrl-C (or the end of input) at a prompt: nothing was recorded."""


def ask_for_missing(rt: Any, form: Any, *, drafts: bool, follow_up_way: bool = True) -> bool:
    """Fill `form` from prompts when a required field is missing; True when the user was asked.

    Not on a terminal, a missing field is one sentence (scripts must give every option).
    `follow_up_way`: also ask how they asked to be followed up (not for a next round: that is the application's).
    """
    missing = [name for name in _REQUIRED if not getattr(form, name)]
    if not missing:
        return False
    if not sys.stdin.isatty():
        option = "interviewer" if missing[0] == "interviewers" else missing[0]
        raise InputError(f"Missing --{option} (required; not asked for because the input is not a terminal).")
    try:
        _ask_every_field(rt, form, drafts=drafts)
        if follow_up_way and form.follow_up_by is None and not form.no_follow_up:
            _ask_follow_up_way(rt, form)
    except typer.Abort:
        raise Interrupted() from None
    return True


def _ask_every_field(rt: Any, form: Any, *, drafts: bool) -> None:
    say("Record an interview; press Enter to skip a field shown as optional, Ctrl-C to stop (nothing is kept).")
    if drafts and not form.no_follow_up and not form.resume:
        form.resume = _ask(rt, form, "resume", "Resume to attach (PDF)", default=rt.profile.resume or None,
                           check=_resume_check)
    for name, question in (("company", "Company"), ("position", "Position (job title)")):
        if not getattr(form, name):
            setattr(form, name, _ask(rt, form, name, question))
    if not form.interviewers:
        form.interviewers = _ask_interviewers(rt, form)
    optional = (
        ("when", "Interview start, e.g. 'today 14:00' or '2026-11-20 14:00'", "now"),
        ("kind", "Kind of interview (phone, video, onsite)", "video"),
        ("detail", "What you enjoyed or learned (optional)", ""),
        ("skill", "A skill or result to stress (optional)", ""),
        ("missed", "Something you forgot to say (optional)", ""),
        ("hear_back", "When they said you would hear back, e.g. 'in 2 weeks' (optional)", ""),
        ("tone", "Tone (formal, casual)", "formal"),
    )
    for name, question, default in optional:
        if getattr(form, name) is None:
            answer = _ask(rt, form, name, question, default=default)
            setattr(form, name, None if answer in ("", "now") else answer)


def _ask_follow_up_way(rt: Any, form: Any) -> None:
    """Email (a status inquiry draft) or phone (a call reminder, which needs the number to call)."""
    form.follow_up_by = _ask(rt, form, "follow_up_by", "Follow up by email or phone?", default="email",
                             check=_way_check).lower()
    if form.follow_up_by == "phone" and not (form.contact_phone or "").strip():
        form.contact_phone = _ask(rt, form, "contact_phone", "Number to call, e.g. '+1 555 0100'", check=_phone_check)


def _way_check(rt: Any, form: Any, name: str, answer: str) -> None:
    from assistant.domain.phone import parse_follow_up_by

    try:
        parse_follow_up_by(answer)
    except ValueError:
        raise InputError(f"{answer!r} is neither email nor phone; answer email or phone.") from None


def _phone_check(rt: Any, form: Any, name: str, answer: str) -> None:
    from assistant.domain.phone import parse_phone

    try:
        parse_phone(answer)
    except ValueError:
        raise InputError(f"{answer!r} is not a phone number; write it with digits, e.g. +1 555 0100.") from None


def _ask_interviewers(rt: Any, form: Any) -> list[str]:
    people = [_ask(rt, form, "interviewers", 'Interviewer, e.g. "Ms. Pat Jones <pat.jones@acme.example>"')]
    while True:
        more = _ask(rt, replace(form, interviewers=people), "interviewers",
                    "Another interviewer (optional; Enter when done)", default="", keep=people)
        if not more:
            return people
        people.append(more)


def _ask(rt: Any, form: Any, name: str, question: str, *, default: str | None = None,
         check: Callable[[Any, Any, str, Any], None] | None = None, keep: list[str] | None = None) -> str:
    """One prompt whose answer is checked as it is typed; a wrong one is named and asked again."""

    def checked(answer: str) -> str:
        answer = answer.strip()
        if answer and answer != "now":
            try:
                (check or _field_check)(rt, form, name, answer if keep is None else [*keep, answer])
            except InputError as error:
                raise typer.BadParameter(error.message) from None
        elif default is None:
            raise typer.BadParameter("An answer is needed here.")
        return answer

    answer: str = typer.prompt(question, default=default, show_default=bool(default), value_proc=checked, err=True)
    return answer


def _field_check(rt: Any, form: Any, name: str, answer: Any) -> None:
    """Check one answer with the checks `add` applies to its options."""
    from zoneinfo import ZoneInfo

    from assistant.services.interviews import application_from_form

    values = {key: (getattr(form, key) or _PROBE[key]) for key in _REQUIRED}
    values[name] = answer if name != "interviewers" or isinstance(answer, list) else [answer]
    probe = replace(form, **values)
    application_from_form(probe, rt.clock.now(), ZoneInfo(rt.profile.timezone))


def _resume_check(rt: Any, form: Any, name: str, answer: str) -> None:
    from pathlib import Path

    from assistant.letters.context import load_resume

    load_resume(str(Path(answer).expanduser()))


def confirm_letters(rt: Any, form: Any) -> bool:
    """Show the thank-you note each interviewer would get, then ask before drafting."""
    from zoneinfo import ZoneInfo

    from assistant.letters.context import letter_context, sender_for
    from assistant.services.interviews import application_from_form

    profile = rt.profile
    app = application_from_form(form, rt.clock.now(), ZoneInfo(profile.timezone))
    sender = sender_for(profile, rt.mailbox.account())   # the letter exactly as it will be drafted
    for person in app.interviewers:
        letter = rt.templates.render("thank_you", letter_context(app, person, sender, ZoneInfo(profile.timezone)))
        say()
        say(f"To: {person.display} <{person.email}>")
        say(f"Subject: {letter.subject}")
        say()
        say(letter.text.rstrip())
    say()
    count = len(app.interviewers)
    try:
        return typer.confirm(f"Record the interview and create {'this draft' if count == 1 else f'these {count} drafts'} "
                             "in Gmail?", default=True, err=True)
    except typer.Abort:
        raise Interrupted() from None
