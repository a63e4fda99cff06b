"""Building each kind of letter for an application, also again for a leftover intent (same Message-ID)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from email.utils import parseaddr
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from assistant.domain.matching import is_ats
from assistant.domain.models import Application, Interviewer, Letter, Reply
from assistant.domain.states import Label, LetterState, Purpose, RoundState
from assistant.errors import InputError, StateError
from assistant.letters.context import Sender, letter_context, load_resume, long_date, sender_for
from assistant.letters.mime import Attachment, compose

if TYPE_CHECKING:
    from assistant.letters.templates import LetterTemplates
    from assistant.services.ports import Collaborators
    from assistant.store.repo import Repository

# The whole letter as Gmail receives it (attachments base64-encoded) must stay under Gmail's 25 MB
# send limit (https://support.google.com/mail/answer/6584); checked before anything is uploaded.
MAX_MESSAGE_BYTES = 25_000_000


@dataclass(frozen=True)
class BuiltLetter:
    raw: bytes
    subject: str
    to: Interviewer
    attachments: tuple[str, ...]
    text: str
    html: str


def build_letter(templates: LetterTemplates, purpose: str, context: dict[str, Any], *, sender: Sender, to: Interviewer,
                 message_id: str, date: datetime, attachments: tuple[Attachment, ...] = (),
                 in_reply_to: str | None = None, references: tuple[str, ...] = ()) -> BuiltLetter:
    """Render one letter and compose its bytes."""
    rendered = templates.render(purpose, context, signature_html=sender.signature_html)
    raw = compose(
        sender=(sender.name, sender.email), to=(to.name, to.email), subject=rendered.subject,
        text=rendered.text, html=rendered.html, message_id=message_id, date=date,
        attachments=attachments, in_reply_to=in_reply_to, references=references,
    )
    if len(raw) > MAX_MESSAGE_BYTES:
        raise InputError(f"The letter \"{rendered.subject}\" would be {len(raw) / 1_000_000:.1f} MB once encoded; "
                         f"Gmail sends at most {MAX_MESSAGE_BYTES // 1_000_000} MB, so attach a smaller resume.")
    return BuiltLetter(raw=raw, subject=rendered.subject, to=to, text=rendered.text, html=rendered.html,
                       attachments=tuple(a.filename for a in attachments))


_NO_REPLY = re.compile(r"no-?reply|do-?not-?reply|donotreply|noreply|notifications?|mailer|bounce|automated", re.I)


def is_no_reply(address: str) -> bool:
    local = address.split("@", 1)[0]
    return bool(_NO_REPLY.search(local)) or is_ats(address)


class LetterBuilder:
    """The three letters, with the sender looked up once per run (2 Gmail requests)."""

    def __init__(self, rt: Collaborators, sender: Sender | None = None) -> None:
        self.rt = rt
        self._sender = sender

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.rt.profile.timezone)

    @property
    def sender(self) -> Sender:
        if self._sender is None:
            self._sender = sender_for(self.rt.profile, self.rt.mailbox.account())
        return self._sender

    def thank_you(self, app: Application, person: Interviewer, message_id: str,
                  attachment: Attachment | None = None, *, round_number: int | None = None,
                  met_before: bool | None = None) -> BuiltLetter:
        """The note for one person after a round (by default the latest); `met_before`: they were met in
        an earlier round too, so the note thanks them for meeting again."""
        if attachment is None:
            attachment, _ = load_resume(app.resume_path)
        latest = app.latest_round
        if round_number is None:
            round_number = latest.number if latest else 1
        if met_before is None:
            met_before = any(person.email in {p.email for p in r.interviewers}
                             for r in app.rounds if r.number < round_number and r.state != RoundState.CANCELLED)
        context = letter_context(app, person, self.sender, self.zone, self.rt.clock.now(),
                                 round=round_number, met_before=met_before)
        return build_letter(self.rt.templates, Purpose.THANK_YOU, context, sender=self.sender, to=person,
                            message_id=message_id, date=self.rt.clock.now(), attachments=(attachment,))

    def inquiry_recipient(self, app: Application) -> Interviewer | None:
        """The latest round's main contact, or the next person met in that round whose address has not bounced."""
        latest = app.latest_round
        met = latest.interviewers if latest and latest.interviewers else app.interviewers
        main = app.main_contact
        people = [main] + [p for p in met if p != main]
        return next((p for p in people if p and not p.bad_address), None)

    def status_inquiry(self, app: Application, person: Interviewer, message_id: str) -> tuple[BuiltLetter, tuple[str, ...]]:
        # References name the thank-you note as Gmail reported it after sending: the one of the
        # latest round to this person, else an earlier round's.
        latest = app.latest_round
        notes = sorted((lt for lt in self.rt.repo.letters(app.id, purpose=Purpose.THANK_YOU, states=(LetterState.SENT,))
                        if lt.interviewer_id == person.id),
                       key=lambda lt: (latest is not None and lt.round_id == latest.id, lt.id or 0), reverse=True)
        references = tuple(lt.rfc_message_id or lt.tool_message_id for lt in notes[:1])
        context = letter_context(app, person, self.sender, self.zone, self.rt.clock.now())
        letter = build_letter(self.rt.templates, Purpose.STATUS_INQUIRY, context, sender=self.sender, to=person,
                              message_id=message_id, date=self.rt.clock.now(), references=references)
        return letter, references

    def keep_on_file_recipient(self, app: Application, rejection: Reply) -> tuple[Interviewer, str | None]:
        """The rejection's sender, or the main interviewer when it came from a no-reply address."""
        name, address = parseaddr(rejection.sender or "")
        address = address.lower()
        for person in app.interviewers:
            if person.email == address:
                return person, None
        if address and not is_no_reply(address):
            if name.strip():
                return Interviewer(name=name.strip(), email=address), None
            return Interviewer(name=f"{app.company} team", email=address), f"Dear {app.company} team,"
        contact = self.inquiry_recipient(app)
        if contact is None:
            raise StateError(f"Application {app.id} has no interviewer address that works; fix one with `assistant edit`.")
        return contact, None

    def keep_on_file(self, app: Application, rejection: Reply, message_id: str,
                     update: str | None) -> tuple[BuiltLetter, Interviewer]:
        person, greeting = self.keep_on_file_recipient(app, rejection)
        # The latest resume: the configured one, else the one recorded for the application.
        attachment, _ = load_resume(self.rt.profile.resume or app.resume_path)
        subject = rejection.subject or f"{app.position}"
        subject = subject if re.match(r"(?i)^re:", subject) else f"Re: {subject}"
        extra: dict[str, Any] = {"update": update, "reply_subject": subject}
        if greeting:
            extra["salutation"] = greeting
        context = letter_context(app, person, self.sender, self.zone, self.rt.clock.now(), **extra)
        references = tuple(r for r in (rejection.rfc_message_id,) if r)
        letter = build_letter(self.rt.templates, Purpose.KEEP_ON_FILE, context, sender=self.sender, to=person,
                              message_id=message_id, date=self.rt.clock.now(), attachments=(attachment,),
                              in_reply_to=rejection.rfc_message_id, references=references)
        return letter, person

    def expedite(self, app: Application, person: Interviewer, message_id: str, deadline: date | None) -> BuiltLetter:
        """After an offer elsewhere: "is there an update on your timeline?" (docs/letters.md), a new message
        whose References name the thank-you note sent to that person."""
        notes = [lt for lt in self.rt.repo.letters(app.id, purpose=Purpose.THANK_YOU, states=(LetterState.SENT,))
                 if lt.interviewer_id == person.id]
        references = tuple(lt.rfc_message_id or lt.tool_message_id for lt in notes[:1])
        now = self.rt.clock.now()
        when = long_date(datetime.combine(deadline, time(12, 0), self.zone), self.zone, now) if deadline else None
        context = letter_context(app, person, self.sender, self.zone, now, deadline=when)
        return build_letter(self.rt.templates, Purpose.EXPEDITE, context, sender=self.sender, to=person,
                            message_id=message_id, date=now, references=references)

    def rebuild(self, letter: Letter) -> bytes:
        """The bytes of a leftover intent, with its own Message-ID, so a retry is the same letter."""
        repo = self.rt.repo
        app = repo.application(letter.application_id)
        person = next((p for p in app.interviewers if p.id == letter.interviewer_id), None)
        rnd = next((r for r in app.rounds if r.id == letter.round_id), None)
        if letter.purpose == Purpose.THANK_YOU and person:
            if rnd is None:
                return self.thank_you(app, person, letter.tool_message_id).raw
            met = any(person.email in {p.email for p in r.interviewers}
                      for r in app.rounds if r.number < rnd.number and r.state != RoundState.CANCELLED)
            return self.thank_you(app.at_round(rnd), person, letter.tool_message_id,
                                  round_number=rnd.number, met_before=met).raw
        if letter.purpose == Purpose.STATUS_INQUIRY and person:
            return self.status_inquiry(app, person, letter.tool_message_id)[0].raw
        if letter.purpose == Purpose.EXPEDITE and person:   # the deadline travels in the letter's note
            deadline = date.fromisoformat(letter.note) if letter.note else None
            return self.expedite(app, person, letter.tool_message_id, deadline).raw
        if letter.purpose == Purpose.KEEP_ON_FILE:
            rejection = latest_rejection(repo, app.key)
            if rejection:
                return self.keep_on_file(app, rejection, letter.tool_message_id, letter.note)[0].raw
        raise StateError(f"Letter {letter.id} of application {app.id} can no longer be rebuilt.")


def latest_rejection(repo: Repository, app_id: int) -> Reply | None:
    """The application's latest reply read (or confirmed) as a rejection, if any."""
    rejections = [r for r in repo.replies(app_id) if r.effective_label == Label.REJECTION]
    return rejections[-1] if rejections else None
