"""What the tool knows about a job search, in the user's words."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from assistant.domain.states import RoundState, Stage

# Stages, labels, purposes and letter states: assistant/domain/states.py.
KINDS = ("phone", "video", "onsite")
FOLLOW_UP_WAYS = ("email", "phone")      # how the interviewer asked to be followed up
TONES = ("formal", "casual")
# At or above this a classified rejection is acted on; below it the user confirms.
CONFIDENT = 0.8


@dataclass(frozen=True)
class Interviewer:
    """A person who interviewed the candidate."""

    name: str
    email: str
    title: str | None = None
    id: int | None = None
    bad_address: str | None = None

    @property
    def key(self) -> int:
        """The database id of a stored interviewer (one not stored yet has none: asking is a bug)."""
        if self.id is None:
            raise ValueError("this interviewer is not stored yet")
        return self.id

    @property
    def first_name(self) -> str:
        return self.name.split()[0]

    @property
    def last_name(self) -> str:
        return self.name.split()[-1]

    @property
    def display(self) -> str:
        return f"{self.title} {self.name}" if self.title else self.name


@dataclass(frozen=True)
class Round:
    """One interview of an application: its time, the people met, what to say in its notes.

    `interviewers` are the people met in this round (the same stored person,
    with the same id, when they were met in an earlier round too).
    """

    number: int
    start: datetime
    interviewers: tuple[Interviewer, ...] = ()
    kind: str = "video"
    detail: str | None = None
    skill: str | None = None
    missed: str | None = None
    hear_back_by: datetime | None = None
    state: str = RoundState.HELD
    id: int | None = None
    application_id: int | None = None
    main_contact_id: int | None = None
    debriefed_at: datetime | None = None
    created_at: datetime | None = None
    invite_uid: str | None = None
    invite_sequence: int | None = None

    @property
    def key(self) -> int:
        """The database id of a stored round (one not stored yet has none: asking is a bug)."""
        if self.id is None:
            raise ValueError("this round is not stored yet")
        return self.id

    @property
    def main_contact(self) -> Interviewer | None:
        """Whom the status inquiry after this round goes to: the one chosen, else the first person met."""
        for person in self.interviewers:
            if person.id == self.main_contact_id:
                return person
        return self.interviewers[0] if self.interviewers else None


@dataclass(frozen=True)
class Application:
    """One interview process with one company for one position."""

    company: str
    position: str
    interview_at: datetime
    interviewers: tuple[Interviewer, ...]
    kind: str = "video"
    detail: str | None = None
    skill: str | None = None
    missed: str | None = None
    hear_back_by: datetime | None = None
    tone: str = "formal"
    no_follow_up: bool = False
    resume_path: str | None = None
    resume_sha256: str | None = None
    stage: str = Stage.THANK_YOU_DRAFTED
    id: int | None = None
    main_contact_id: int | None = None
    answered_at: datetime | None = None
    thanked_at: datetime | None = None
    postpone_until: datetime | None = None
    created_at: datetime | None = None
    follow_up_by: str = "email"              # "phone": no inquiry draft, a call reminder instead
    contact_phone: str | None = None         # the number to call for a phone follow-up
    called_at: datetime | None = None        # `assistant called`: the phone follow-up was made
    call_note: str | None = None
    # Every interview, oldest first (cancelled ones too). The interview fields above
    # (interview_at, kind, detail, skill, missed, hear_back_by) are the latest round's.
    rounds: tuple[Round, ...] = ()

    @property
    def latest_round(self) -> Round | None:
        """The latest round not cancelled: the one the notes and the inquiry follow."""
        live = [r for r in self.rounds if r.state != RoundState.CANCELLED]
        return max(live, key=lambda r: r.number) if live else None

    def at_round(self, rnd: Round) -> Application:
        """This application as its letters about `rnd` see it: that round's time, kind and details."""
        return replace(self, interview_at=rnd.start, kind=rnd.kind, detail=rnd.detail, skill=rnd.skill,
                       missed=rnd.missed, hear_back_by=rnd.hear_back_by)

    def round_numbered(self, number: int) -> Round | None:
        return next((r for r in self.rounds if r.number == number), None)

    @property
    def key(self) -> int:
        """The database id of a stored application (one not stored yet has none: asking is a bug)."""
        if self.id is None:
            raise ValueError("this application is not stored yet")
        return self.id

    @property
    def main_contact(self) -> Interviewer | None:
        """The latest round's main contact (an application without rounds: its own)."""
        latest = self.latest_round
        if latest is not None and latest.interviewers:
            return latest.main_contact
        for person in self.interviewers:
            if person.id == self.main_contact_id:
                return person
        return self.interviewers[0] if self.interviewers else None


@dataclass(frozen=True)
class Letter:
    """A letter the tool drafted or sent, remembered by its draft id and Message-ID."""

    application_id: int
    purpose: str
    state: str
    tool_message_id: str
    to_addr: str
    subject: str
    id: int | None = None
    interviewer_id: int | None = None
    mode: str = "draft"
    gmail_message_id: str | None = None
    rfc_message_id: str | None = None
    draft_id: str | None = None
    thread_id: str | None = None
    attachments: tuple[str, ...] = ()
    in_reply_to: str | None = None
    created_at: datetime | None = None
    drafted_at: datetime | None = None
    sent_at: datetime | None = None
    note: str | None = None
    writer: str | None = None        # the run uploading it now (assistant/services/writers.py)
    scheduled_for: datetime | None = None   # state 'scheduled': when Gmail's Schedule send will send it
    written_message_id: str | None = None   # the draft message the tool last wrote (differs: the user edited it)
    round_id: int | None = None      # the interview round it follows (None: keep-on-file, about the application)

    @property
    def key(self) -> int:
        """The database id of a stored letter (one not stored yet has none: asking is a bug)."""
        if self.id is None:
            raise ValueError("this letter is not stored yet")
        return self.id


@dataclass(frozen=True)
class Event:
    """A line of an application's timeline."""

    at: datetime
    kind: str
    detail: str = ""


@dataclass(frozen=True)
class Reply:
    """A message from the employer side, matched to an application and labelled."""

    gmail_message_id: str
    application_id: int
    received_at: datetime
    label: str
    confidence: float
    matched_by: str
    thread_id: str | None = None
    rfc_message_id: str | None = None
    sender: str | None = None
    subject: str | None = None
    reasons: tuple[str, ...] = field(default_factory=tuple)
    confirmed_label: str | None = None
    handled: bool = False

    @property
    def effective_label(self) -> str:
        return self.confirmed_label or self.label
