"""Recording interviews and drafting the thank-you notes: `add`, `edit`, `close`, `import`."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from assistant.domain.dates import parse_hear_back, parse_interview_time
from assistant.domain.lifecycle import stage_after_close, stage_at_record
from assistant.domain.models import KINDS, TONES, Application, Interviewer, Letter, Round
from assistant.domain.people import check_single_line, parse_interviewer, split_interviewers
from assistant.domain.schedule import SendBy, interview_end, thank_you_send_by
from assistant.domain.states import IN_GMAIL_UNSENT, THANKING, LetterState, Purpose, Stage
from assistant.errors import InputError, Interrupted, StateError
from assistant.letters.build import BuiltLetter, LetterBuilder
from assistant.letters.context import load_resume, sender_for
from assistant.letters.mime import Attachment, new_message_id
from assistant.letters.outbox import outbox_for
from assistant.services.ports import Collaborators
from assistant.store.db import transaction

if TYPE_CHECKING:
    from assistant.domain.workdays import IsHoliday
    from assistant.letters.redraft import Redrafted
    from assistant.services.rounds import EarlierNoteWithdrawn
    from assistant.store.repo import Repository

# `edit` fields that are the latest round's, and their column there.
_ROUND_COLUMNS = {"interview_at": "start", "kind": "kind", "detail": "detail", "skill": "skill",
                  "missed": "missed", "hear_back_by": "hear_back_by"}


def _met_last(app: Application) -> tuple[Interviewer, ...]:
    """The people of the latest round (an application without rounds: all of its people)."""
    latest = app.latest_round
    return latest.interviewers if latest is not None else app.interviewers


@dataclass
class InterviewForm:
    """What the user typed for `add`, `edit` or a CSV row, before it is checked."""

    company: str | None = None
    position: str | None = None
    interviewers: list[str] = field(default_factory=list)
    when: str | None = None
    kind: str | None = None
    detail: str | None = None
    skill: str | None = None
    missed: str | None = None
    hear_back: str | None = None
    tone: str | None = None
    no_follow_up: bool | None = None
    resume: str | None = None
    follow_up_by: str | None = None      # "email" (default) or "phone"
    contact_phone: str | None = None
    main_contact: str | None = None      # `edit` only: the address of the latest round's main contact


@dataclass(frozen=True)
class AddResult:
    application: Application
    drafts: tuple[Letter, ...]
    send_by: SendBy | None
    skipped: tuple[str, ...] = ()
    redrafted: Redrafted | None = None    # `edit`: the unsent drafts rewritten, or left alone (letters/redraft.py)
    already_recorded: bool = False       # `add` ran again for an interview it had: only what was missing was made
    drafts_after: datetime | None = None  # an interview still ahead: the sync drafts the notes after this instant
    round: Round | None = None            # `add --application`: the round recorded
    replaced: tuple[EarlierNoteWithdrawn, ...] = ()   # earlier rounds' unsent notes the new ones replace


@dataclass(frozen=True)
class InquiryOnClose:
    """What `close` did with one open status inquiry: `outcome` is deleted, already_gone, sent or scheduled."""

    subject: str
    outcome: str
    scheduled_for: datetime | None = None   # scheduled: when Gmail sends it (the tool cannot cancel it)


def _required_line(value: str | None, what: str) -> str:
    """A field that must be filled in: InputError when it is empty."""
    line = _line(value, what, required=True)
    if line is None:
        raise InputError(f"The {what} is required.")
    return line


def _line(value: str | None, what: str, required: bool = False) -> str | None:
    if value is None or not value.strip():
        if required:
            raise InputError(f"The {what} is required.")
        return None
    value = " ".join(check_single_line(value, what).split())
    if len(value) > 200:
        raise InputError(f"The {what} is longer than 200 characters.")
    return value


def _free_text(value: str | None) -> str | None:
    """Sentences for the letter body: whitespace folded, empty means absent."""
    return " ".join(value.split()) if value and value.strip() else None


def _choice(value: str | None, choices: tuple[str, ...], what: str, default: str) -> str:
    value = (value or default).strip().lower()
    if value not in choices:
        raise InputError(f"Invalid {what} {value!r}; choose one of: {', '.join(choices)}.")
    return value


def parse_interviewers(texts: list[str]) -> tuple[Interviewer, ...]:
    """Every person in the values given (one value may list several, separated by commas)."""
    if not texts:
        raise InputError("At least one --interviewer \"Ms. Pat Jones <pat.jones@acme.example>\" is required.")
    people = tuple(parse_interviewer(part) for t in texts for part in split_interviewers(t))
    seen: set[str] = set()
    for person in people:
        if person.email in seen:
            raise InputError(f"The interviewer address {person.email} is given twice.")
        seen.add(person.email)
    return people


def application_from_form(form: InterviewForm, now: datetime, zone: ZoneInfo) -> Application:
    """A checked, not yet recorded Application; InputError on the first bad field."""
    interview_at = parse_interview_time(form.when, now, zone)
    return Application(
        company=_required_line(form.company, "company"),
        position=_required_line(form.position, "position"),
        interviewers=parse_interviewers(form.interviewers),
        interview_at=interview_at,
        kind=_choice(form.kind, KINDS, "interview kind", "video"),
        detail=_free_text(form.detail), skill=_free_text(form.skill), missed=_free_text(form.missed),
        hear_back_by=parse_hear_back(form.hear_back, interview_at, zone),
        tone=_choice(form.tone, TONES, "tone", "formal"),
        no_follow_up=bool(form.no_follow_up),
        stage=Stage.THANK_YOU_DRAFTED,
        **follow_up_way(form, None),
    )


def follow_up_way(form: InterviewForm, app: Application | None) -> dict[str, Any]:
    """The checked `follow_up_by` and `contact_phone` (for `edit`, only those that change); InputError otherwise."""
    from assistant.domain.phone import parse_follow_up_by, parse_phone

    fields: dict[str, Any] = {}
    if form.follow_up_by is not None:
        try:
            fields["follow_up_by"] = parse_follow_up_by(form.follow_up_by)
        except ValueError:
            raise InputError(f"Invalid --follow-up-by {form.follow_up_by!r}; choose email or phone.") from None
    if form.contact_phone is not None and form.contact_phone.strip():
        try:
            fields["contact_phone"] = parse_phone(form.contact_phone)
        except ValueError:
            raise InputError(f"--contact-phone {form.contact_phone.strip()!r} is not a phone number; write it "
                             "with digits, e.g. \"+1 555 0100\".") from None
    way = fields.get("follow_up_by", app.follow_up_by if app else "email")
    if way == "phone" and not fields.get("contact_phone", app.contact_phone if app else None):
        raise InputError("A phone follow-up needs the number to call: add --contact-phone \"+1 555 0100\".")
    return fields


def _main_contact(app: Application, text: str, people: tuple[Interviewer, ...] | None) -> str:
    """The address of the latest round's person `text` names (the round as this edit leaves it); InputError otherwise."""
    latest = app.latest_round
    met = people if people is not None else (latest.interviewers if latest else app.interviewers)
    wanted = text.strip().lower()
    if not any(p.email.lower() == wanted for p in met):
        number = f"round {latest.number} of " if latest else ""
        raise InputError(f"{text.strip()} was not met in {number}application {app.id}; --main-contact must be "
                         f"someone from it: {', '.join(p.email for p in met)}.")
    return wanted


def _set_main_contact(repo: Repository, app_id: int, email: str, now: datetime) -> None:
    """Whom the status inquiry (or the call) after the latest round goes to, on the round and the application."""
    app = repo.application(app_id)
    latest = app.latest_round
    person = next(p for p in (latest.interviewers if latest else app.interviewers) if p.email.lower() == email)
    if latest is not None:
        repo.update_round(latest.key, main_contact=person.id)
    repo.update_application(app_id, now, main_contact=person.id)


class Interviews:
    """The use cases around one interview: record it, draft the notes, change it, close it."""

    def __init__(self, runtime: Collaborators) -> None:
        self.rt = runtime

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.rt.profile.timezone)

    def _is_holiday(self) -> IsHoliday:
        """The user's public holidays (`config set holidays`), skipped like weekends in send-by advice."""
        from assistant.services.views import rules_for

        return rules_for(self.rt.profile).is_holiday

    def prepare(self, form: InterviewForm, *, drafts: bool = True) -> tuple[Application, Attachment | None]:
        """Check everything before anything is recorded: fields, dates, and the resume when it will be attached."""
        app = application_from_form(form, self.rt.clock.now(), self.zone)
        resume_path = form.resume or self.rt.profile.resume
        attachment = None
        if resume_path or (drafts and not app.no_follow_up):
            attachment, digest = load_resume(resume_path)
            app = replace(app, resume_path=str(resume_path), resume_sha256=digest)
        return app, attachment

    def add(self, form: InterviewForm, *, drafts: bool = True) -> AddResult:
        """Record an interview and draft its notes; the same interview again only completes what is missing."""
        try:
            app, attachment = self.prepare(form, drafts=drafts)
        except KeyboardInterrupt:
            raise Interrupted("Interrupted before the interview was recorded; nothing was changed.") from None
        same = self.rt.repo.find_interview(app.company, app.position, app.interview_at)
        if same is not None and same.interview_at != app.interview_at:
            # An earlier round of it: that round is done; nothing is made for the later one from here.
            return AddResult(application=same, drafts=(), send_by=None, already_recorded=True)
        if same is not None:
            from assistant.services.completion import complete_recorded

            return complete_recorded(self.rt, same, attachment, drafts=drafts)
        return self.add_prepared(app, attachment, drafts=drafts)

    def add_prepared(self, app: Application, attachment: Attachment | None, *, drafts: bool) -> AddResult:
        """Record one checked interview and draft its notes (a Ctrl-C says what is and is not done)."""
        from assistant.services.completion import interrupted_after_recording

        try:
            app, intents, upcoming = self._record(app, attachment, drafts=drafts)
        except KeyboardInterrupt:
            # The stop may land just after the commit: look before saying nothing was recorded.
            recorded = self.rt.repo.find_interview(app.company, app.position, app.interview_at)
            if recorded is not None:
                raise interrupted_after_recording(self.rt.repo, recorded.key) from None
            raise Interrupted("Interrupted before the interview was recorded; nothing was changed.") from None
        repo, now = self.rt.repo, self.rt.clock.now()
        outbox = outbox_for(self.rt)
        try:
            self.rt.crash_point("after_record")
            done = tuple(outbox.dispatch(intent, raw, fresh=True) for intent, raw in intents)
        except KeyboardInterrupt:
            for intent, _ in intents:   # this run stops here: the next one may take them up at once
                with transaction(repo.conn):
                    repo.release_letter(intent.key, self.rt.writer)
            raise interrupted_after_recording(repo, app.key) from None
        send_by = thank_you_send_by(app.interview_at, app.kind, now, self.zone, self._is_holiday()) if done else None
        after = interview_end(app.interview_at, app.kind) if upcoming else None
        return AddResult(application=repo.application(app.key), drafts=done, send_by=send_by, drafts_after=after)

    def _record(self, app: Application, attachment: Attachment | None, *,
                drafts: bool) -> tuple[Application, list[tuple[Letter, bytes]], bool]:
        """Render every note, then record the application with one intent per note in one transaction."""
        now = self.rt.clock.now()
        make_drafts = drafts and not app.no_follow_up
        upcoming = make_drafts and app.interview_at > now   # no thank-you for a meeting not yet held
        make_drafts = make_drafts and not upcoming
        built, account = [], None
        if make_drafts:
            # Render every letter before recording anything: a template or profile
            # error must leave no half-recorded application behind.
            account = self.rt.mailbox.account()
            builder = LetterBuilder(self.rt, sender=sender_for(self.rt.profile, account))
            for person in app.interviewers:
                mid = new_message_id(builder.sender.email)
                built.append((person, mid, builder.thank_you(app, person, mid, attachment)))
        app = replace(app, stage=stage_at_record(drafts_made=make_drafts, upcoming=upcoming))
        repo = self.rt.repo
        self.rt.crash_point("before_record")
        with transaction(repo.conn):
            app = repo.add_application(app, now)
            repo.add_event(app.key, now, "recorded", f"{app.kind} interview at {app.company} for {app.position}")
            if account is not None and repo.get_state("history_id") is None:
                repo.set_state("history_id", str(account.history_id))  # the first sync starts here
            intents = [(repo.add_letter(self._intent(app, person, mid, letter, now, self.rt.writer)), letter.raw)
                       for person, mid, letter in built]
        return app, intents, upcoming

    @staticmethod
    def _intent(app: Application, person: Interviewer, message_id: str, letter: BuiltLetter, now: datetime,
                writer: str | None = None) -> Letter:
        """The thank-you's intent row; `writer` claims it for this run (no sync uploads it meanwhile)."""
        stored = next(p for p in app.interviewers if p.email == person.email)
        latest = app.latest_round   # the notes thank for the latest round (its fields are the application's)
        return Letter(application_id=app.key, interviewer_id=stored.key, purpose=Purpose.THANK_YOU, state=LetterState.INTENT,
                      tool_message_id=message_id, to_addr=person.email, subject=letter.subject,
                      attachments=letter.attachments, created_at=now, writer=writer,
                      round_id=latest.id if latest else None)

    def close(self, app_id: int) -> list[InquiryOnClose]:
        """Stop all follow-ups; an unsent inquiry draft of the tool's is withdrawn.

        Returns what really happened to each open inquiry: a draft is deleted only
        after checking it is still a draft (never a SENT or SCHEDULED message).
        """
        from assistant.services.draft_life import withdraw

        repo, now = self.rt.repo, self.rt.clock.now()
        app = repo.application(app_id)
        closed = stage_after_close(app.stage)
        if closed is None:
            raise StateError(f"Application {app_id} is already closed.")
        said: list[InquiryOnClose] = []
        for letter in repo.letters(app_id, states=IN_GMAIL_UNSENT, purpose=Purpose.STATUS_INQUIRY):
            done = withdraw(self.rt.mailbox, letter)
            self.rt.crash_point("after_gmail_write.close_withdrew")
            head, subject = done.where.head, letter.subject
            with transaction(repo.conn):
                if done.outcome == "sent" and head is not None:
                    repo.update_letter(letter.key, state=LetterState.SENT, gmail_message_id=head.id, sent_at=head.internal_date,
                                       rfc_message_id=head.header("message-id") or letter.rfc_message_id)
                    said.append(InquiryOnClose(subject, "sent"))
                elif done.outcome == "scheduled" and head is not None:
                    repo.update_letter(letter.key, state=LetterState.SCHEDULED, gmail_message_id=head.id,
                                       scheduled_for=head.internal_date)
                    said.append(InquiryOnClose(subject, "scheduled", head.internal_date))
                else:
                    repo.update_letter(letter.key, state=LetterState.WITHDRAWN)
                    said.append(InquiryOnClose(subject, "deleted" if done.outcome == "deleted" else "already_gone"))
        with transaction(repo.conn):
            repo.update_application(app_id, now, stage=closed)
            repo.add_event(app_id, now, "closed", "follow-ups stopped by the user")
        return said

    def edit(self, app_id: int, form: InterviewForm, *, drafts: bool = True) -> AddResult:
        """Change fields; a new interviewer address (a fixed bounce) gets its own thank-you draft."""
        repo, now = self.rt.repo, self.rt.clock.now()
        app = repo.application(app_id)
        changes: dict[str, Any] = {}
        for name in ("company", "position"):
            value = getattr(form, name)
            if value is not None:
                changes[name] = _line(value, name, required=True)
        for name in ("detail", "skill", "missed"):
            value = getattr(form, name)
            if value is not None:
                changes[name] = _free_text(value)
        if form.kind is not None:
            changes["kind"] = _choice(form.kind, KINDS, "interview kind", "video")
        if form.tone is not None:
            changes["tone"] = _choice(form.tone, TONES, "tone", "formal")
        if form.when is not None:
            changes["interview_at"] = parse_interview_time(form.when, now, self.zone)
        if form.hear_back is not None:
            changes["hear_back_by"] = parse_hear_back(form.hear_back, changes.get("interview_at", app.interview_at), self.zone)
        if form.no_follow_up is not None:
            changes["no_follow_up"] = int(form.no_follow_up)
        changes.update(follow_up_way(form, app))
        attachment = None
        if form.resume is not None:
            attachment, digest = load_resume(form.resume)
            changes.update(resume_path=form.resume, resume_sha256=digest)
        people = parse_interviewers(form.interviewers) if form.interviewers else None
        main = _main_contact(app, form.main_contact, people) if form.main_contact is not None else None
        if not changes and people is None and main is None:
            raise InputError("Nothing to change; give at least one option, e.g. --interviewer or --position.")
        # Someone new to the latest round gets a note about it, even when met in an earlier round.
        known = {p.email for p in _met_last(app)}
        with transaction(repo.conn):
            # The interview's own fields belong to the latest round (the application row keeps a copy).
            latest = app.latest_round
            own = {_ROUND_COLUMNS[k]: v for k, v in changes.items() if k in _ROUND_COLUMNS and latest is not None}
            repo.update_application(app_id, now, **{k: v for k, v in changes.items()
                                                    if _ROUND_COLUMNS.get(k) not in own})
            if latest is not None:
                repo.update_round(latest.key, **own)
            if people is not None:
                repo.replace_interviewers(app_id, people)
            if main is not None:
                _set_main_contact(repo, app_id, main, now)
            repo.add_event(app_id, now, "edited", ", ".join(sorted(changes) + (["interviewers"] if people else [])
                                                            + (["main contact"] if main else [])))
        before, app = app, repo.application(app_id)
        redrafted = self._redraft(before, app)
        fresh = [p for p in _met_last(app) if p.email not in known]
        if not (fresh and drafts and not app.no_follow_up and app.stage in THANKING):
            return AddResult(application=app, drafts=(), send_by=None, redrafted=redrafted)
        return replace(self._draft_for(app, fresh, attachment), redrafted=redrafted)

    def _redraft(self, before: Application, after: Application) -> Redrafted | None:
        """The unsent drafts rewritten in Gmail when the edit changed what they say (None when it did not)."""
        from assistant.letters.redraft import letters_out_of_date, redraft_unsent

        return redraft_unsent(self.rt, after.key) if letters_out_of_date(before, after) else None

    def _draft_for(self, app: Application, people: list[Interviewer], attachment: Attachment | None) -> AddResult:
        from assistant.services.completion import draft_missing

        now = self.rt.clock.now()
        done = draft_missing(self.rt, app, people, attachment)
        return AddResult(application=app, drafts=tuple(done),
                         send_by=thank_you_send_by(now, app.kind, now, self.zone))
