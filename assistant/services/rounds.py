"""The next interview of an application: `assistant add --application ID` records it as a new round.

The round gets its own thank-you notes (also to someone met in an earlier
round: a fresh letter about this interview), the application goes back to
thanking (`lifecycle.after_new_round`), and the status inquiry will follow
this round: the previous round's answer, send time and out-of-office date no
longer count, and an unsent inquiry about the previous round is withdrawn by
the next sync. An earlier round's thank-you to someone met again that is still
the tool's unsent draft is withdrawn at once (never a sent or scheduled one):
two notes to one person about the same role would read as a slip.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from assistant.domain.dates import parse_hear_back, parse_interview_time
from assistant.domain.lifecycle import after_new_round, round_state_at
from assistant.domain.models import KINDS, TONES, Application, Interviewer, Letter, Round
from assistant.domain.schedule import interview_end, thank_you_send_by
from assistant.domain.states import LetterState, Purpose, RoundState
from assistant.errors import InputError, Interrupted, StateError
from assistant.letters.build import BuiltLetter, LetterBuilder
from assistant.letters.context import load_resume, sender_for
from assistant.letters.mime import Attachment, new_message_id
from assistant.letters.outbox import outbox_for
from assistant.services.ports import Collaborators
from assistant.services.views import rules_for
from assistant.store.db import transaction

if TYPE_CHECKING:
    from assistant.services.interviews import AddResult, InterviewForm


@dataclass(frozen=True)
class EarlierNoteWithdrawn:
    """An unsent thank-you about an earlier round, to someone met again, taken out of Gmail's Drafts."""

    application_id: int
    round_number: int          # the round the withdrawn note was about
    to_addr: str
    subject: str
    outcome: str               # "deleted" or "already_gone"


def round_from_form(form: InterviewForm, now: datetime, zone: ZoneInfo) -> Round:
    """The checked, not yet recorded next round; InputError on the first bad field."""
    from assistant.services.interviews import _choice, _free_text, parse_interviewers

    start = parse_interview_time(form.when, now, zone)
    return Round(number=0, start=start, interviewers=parse_interviewers(form.interviewers),
                 kind=_choice(form.kind, KINDS, "interview kind", "video"),
                 detail=_free_text(form.detail), skill=_free_text(form.skill), missed=_free_text(form.missed),
                 hear_back_by=parse_hear_back(form.hear_back, start, zone))


def check_next_round(app: Application, form: InterviewForm) -> None:
    """One sentence when this application cannot take a round as asked (before anything is asked or made)."""
    for name in ("company", "position"):
        value = getattr(form, name)
        if value is not None and value.strip().casefold() != getattr(app, name).casefold():
            raise InputError(f"--{name} cannot change with --application; the next round belongs to application "
                             f"{app.id} ({app.company}, {app.position}). `assistant edit {app.id} --{name} …` "
                             "changes it.")
    if after_new_round(app.stage, drafts_made=True, upcoming=False) is None:
        raise StateError(f"Application {app.id} ({app.company}, {app.position}) is {app.stage.replace('_', ' ')}; "
                         "a new interview round is recorded only for an application still going on "
                         "(`assistant add` records a new application).")


def add_round(rt: Collaborators, app_id: int, form: InterviewForm, *, drafts: bool) -> AddResult:
    """Record the next round of application `app_id` and draft its thank-you notes (after it, when it is ahead)."""
    from assistant.services.completion import complete_recorded
    from assistant.services.interviews import _choice, follow_up_way

    repo, now = rt.repo, rt.clock.now()
    zone = ZoneInfo(rt.profile.timezone)
    app = repo.application(app_id)
    check_next_round(app, form)
    rnd = round_from_form(form, now, zone)
    way = follow_up_way(form, app)   # --follow-up-by / --contact-phone: how to follow up from now on
    tone = _choice(form.tone, TONES, "tone", app.tone) if form.tone is not None else app.tone
    no_follow_up = app.no_follow_up or bool(form.no_follow_up)
    resume_path = form.resume or app.resume_path or rt.profile.resume
    attachment, digest = None, app.resume_sha256
    if form.resume or (drafts and not no_follow_up):
        attachment, digest = load_resume(resume_path)
    same = next((r for r in app.rounds if r.start == rnd.start and r.state != RoundState.CANCELLED), None)
    if same is not None:   # the same round again: complete what an interrupted run left
        if same.id != (app.latest_round.id if app.latest_round else None):
            raise StateError(f"Application {app.id} already has round {same.number} at that time; "
                             f"`assistant show {app.id}` lists its rounds.")
        return complete_recorded(rt, app, attachment, drafts=drafts)
    app = replace(app, tone=tone, no_follow_up=no_follow_up, resume_path=resume_path, resume_sha256=digest)
    make = drafts and not no_follow_up
    upcoming = make and rnd.start > now
    make = make and not upcoming
    built = _render_notes(rt, app, rnd, attachment) if make else []
    changes = after_new_round(app.stage, drafts_made=make, upcoming=upcoming)
    assert changes is not None   # check_next_round refused the others
    try:
        with transaction(repo.conn):
            stored = repo.add_round(app.key, replace(rnd, state=round_state_at(rnd, now), created_at=now), now)
            repo.update_application(app.key, now, stage=changes.stage, tone=tone, no_follow_up=int(no_follow_up),
                                    resume_path=resume_path, resume_sha256=digest, **way,
                                    **({"answered_at": None, "thanked_at": None, "postpone_until": None,
                                        "called_at": None, "call_note": None}
                                       if changes.restart_follow_up else {}))
            if changes.withdraw_unsent_inquiry:
                for letter in repo.letters(app.key, purpose=Purpose.STATUS_INQUIRY, states=(LetterState.DRAFTED,)):
                    repo.update_letter(letter.key, state=LetterState.WITHDRAW_PENDING)
            repo.add_event(app.key, now, "round_recorded",
                           f"round {stored.number}: {stored.kind} interview with "
                           f"{', '.join(p.name for p in stored.interviewers)}")
            intents = [(repo.add_letter(_intent(app.key, stored, person, mid, letter, now, rt.writer)), letter.raw)
                       for person, mid, letter in built]
    except KeyboardInterrupt:
        raise Interrupted("Interrupted before the round was recorded; nothing was changed.") from None
    return _dispatch(rt, app.key, stored, intents, now, zone, upcoming=upcoming)


def _render_notes(rt: Collaborators, app: Application, rnd: Round, attachment: Attachment | None) -> list[tuple[Interviewer, str, BuiltLetter]]:
    """Every note of the round, rendered before anything is recorded (a template error records nothing)."""
    builder = LetterBuilder(rt, sender=sender_for(rt.profile, rt.mailbox.account()))
    about = app.at_round(rnd)
    met = {p.email for r in app.rounds if r.state != RoundState.CANCELLED for p in r.interviewers}
    built: list[tuple[Interviewer, str, BuiltLetter]] = []
    for person in rnd.interviewers:
        mid = new_message_id(builder.sender.email)
        built.append((person, mid, builder.thank_you(about, person, mid, attachment,
                                                     round_number=len(app.rounds) + 1,
                                                     met_before=person.email in met)))
    return built


def _intent(app_id: int, rnd: Round, person: Interviewer, message_id: str, letter: BuiltLetter, now: datetime,
            writer: str | None) -> Letter:
    stored = next(p for p in rnd.interviewers if p.email == person.email)
    return Letter(application_id=app_id, interviewer_id=stored.key, purpose=Purpose.THANK_YOU,
                  state=LetterState.INTENT, tool_message_id=message_id, to_addr=person.email, subject=letter.subject,
                  attachments=letter.attachments, created_at=now, writer=writer, round_id=rnd.key)


def _dispatch(rt: Collaborators, app_id: int, rnd: Round, intents: list[tuple[Letter, bytes]], now: datetime,
              zone: ZoneInfo, *, upcoming: bool) -> AddResult:
    from assistant.services.completion import interrupted_after_recording
    from assistant.services.interviews import AddResult

    outbox = outbox_for(rt)
    try:
        done = tuple(outbox.dispatch(intent, raw, fresh=True) for intent, raw in intents)
    except KeyboardInterrupt:
        for intent, _ in intents:
            with transaction(rt.repo.conn):
                rt.repo.release_letter(intent.key, rt.writer)
        raise interrupted_after_recording(rt.repo, app_id) from None
    send_by = thank_you_send_by(rnd.start, rnd.kind, now, zone, rules_for(rt.profile).is_holiday) if done else None
    after = interview_end(rnd.start, rnd.kind) if upcoming else None
    replaced = withdraw_earlier_notes(rt, app_id, rnd) if done else ()
    return AddResult(application=rt.repo.application(app_id), drafts=done, send_by=send_by, drafts_after=after,
                     round=rt.repo.round(rnd.key), replaced=replaced)


def withdraw_earlier_notes(rt: Collaborators, app_id: int, rnd: Round) -> tuple[EarlierNoteWithdrawn, ...]:
    """Withdraw the unsent thank-you drafts of earlier rounds to the people of `rnd`, who now have a fresh one.

    Goes through `draft_life.withdraw`, which deletes only what is still a draft; a note the user sent or
    scheduled meanwhile is kept (the sync records it)."""
    from assistant.services.draft_life import withdraw

    repo, now = rt.repo, rt.clock.now()
    met_again = {p.email.casefold() for p in rnd.interviewers}
    numbers = {r.key: r.number for r in repo.application(app_id).rounds}
    gone: list[EarlierNoteWithdrawn] = []
    for letter in repo.letters(app_id, purpose=Purpose.THANK_YOU, states=(LetterState.DRAFTED,)):
        if letter.round_id == rnd.key or letter.to_addr.casefold() not in met_again:
            continue
        done = withdraw(rt.mailbox, letter)
        if done.outcome not in ("deleted", "already_gone"):
            continue
        number = numbers.get(letter.round_id, 1) if letter.round_id is not None else 1
        with transaction(repo.conn):
            repo.update_letter(letter.key, state=LetterState.WITHDRAWN)
            repo.add_event(app_id, now, "thank_you_withdrawn",
                           f"round {rnd.number} met {letter.to_addr} again, so the unsent \"{letter.subject}\" "
                           f"about round {number} was withdrawn")
        gone.append(EarlierNoteWithdrawn(app_id, number, letter.to_addr, letter.subject, done.outcome))
    return tuple(gone)
