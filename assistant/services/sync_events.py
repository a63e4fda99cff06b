"""What a sync did and found, as typed events; `assistant/cli/sync_text.py` words them.

The services record what happened (a letter sent by the user, a draft deleted,
a reply read, an inquiry drafted or withdrawn, something that needs the user
…); only the CLI turns an event into a sentence or into the `sync --json`
document.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from assistant.domain.models import Letter


@dataclass(frozen=True)
class SentByUser:
    """The user sent one of the tool's drafts from Gmail."""

    application_id: int
    subject: str
    to: str


@dataclass(frozen=True)
class ScheduledByUser:
    """The user chose Schedule send for a draft; Gmail sends it at `at`."""

    application_id: int
    subject: str
    to: str
    at: datetime


@dataclass(frozen=True)
class ScheduleCancelled:
    """The user cancelled a scheduled send: the letter is a draft again, under a new draft id."""

    application_id: int
    subject: str
    draft_id: str | None


@dataclass(frozen=True)
class DraftDeletedByUser:
    """The user deleted a draft in Gmail; the tool does not make it again."""

    application_id: int
    subject: str


@dataclass(frozen=True)
class OwnFollowUp:
    """Mail the user wrote by hand to an interviewer: their follow-up, no inquiry after it."""

    application_id: int
    subject: str
    to: str


@dataclass(frozen=True)
class StageRepaired:
    """A stage left behind by an older version, moved on as the application's letters say."""

    application_id: int
    before: str
    after: str


@dataclass(frozen=True)
class SentBeforeAnswer:
    """An inquiry to withdraw had already been sent when the employer's answer was read: nothing was deleted."""

    application_id: int
    subject: str


@dataclass(frozen=True)
class WrittenElsewhere:
    """A leftover letter another live assistant run is uploading: this run leaves it to that one."""

    application_id: int
    subject: str
    to: str
    pid: int | None


@dataclass(frozen=True)
class InvitationBecameRound:
    """A calendar invitation from a tracked company: the application's next upcoming round."""

    application_id: int
    start: datetime
    interviewers: tuple[str, ...]


@dataclass(frozen=True)
class InvitationMovedRound:
    """The organizer moved the interview (a newer SEQUENCE of the same event)."""

    application_id: int
    before: datetime
    after: datetime


@dataclass(frozen=True)
class InvitationCancelledRound:
    """The organizer cancelled the interview."""

    application_id: int
    start: datetime


# What `moved` and `skipped` list.
SyncEvent = (SentByUser | ScheduledByUser | ScheduleCancelled | DraftDeletedByUser | OwnFollowUp | StageRepaired
             | SentBeforeAnswer | WrittenElsewhere | InvitationBecameRound | InvitationMovedRound
             | InvitationCancelledRound)


# ---- replies read, letters written and withdrawn ---------------------------------
@dataclass(frozen=True)
class ReplyRead:
    """A reply about an application, read and classified this run."""

    application_id: int
    message_id: str | None
    label: str
    confidence: float
    sender: str | None
    subject: str | None
    matched_by: str


@dataclass(frozen=True)
class LetterWritten:
    """A letter the tool put into Gmail this run: a draft, or a message sent (in `send` mode)."""

    application_id: int
    purpose: str
    to: str
    subject: str
    draft_id: str | None
    message_id: str | None
    thread_id: str | None

    @classmethod
    def of(cls, letter: Letter) -> LetterWritten:
        """The event for a letter the outbox has just put into Gmail."""
        return cls(letter.application_id, letter.purpose, letter.to_addr, letter.subject, letter.draft_id,
                   letter.rfc_message_id, letter.thread_id)


@dataclass(frozen=True)
class InquiryWithdrawn:
    """The employer answered, so the tool's unsent inquiry draft was deleted (or was already gone)."""

    application_id: int
    draft_id: str | None
    subject: str
    outcome: str        # "deleted" or "already_gone"


# ---- what a dry run would do -----------------------------------------------------
@dataclass(frozen=True)
class WouldWithdraw:
    application_id: int
    draft_id: str | None
    subject: str


@dataclass(frozen=True)
class WouldFinish:
    """A letter a previous run left as an intent would be finished."""

    application_id: int
    to: str
    subject: str


@dataclass(frozen=True)
class WouldDraftThankYou:
    """An interview has ended: its thank-you note to `to` would be drafted."""

    application_id: int
    to: str


@dataclass(frozen=True)
class WouldWriteInquiry:
    """A status inquiry is due: it would be drafted (or sent, in `send` mode); `text` is its body."""

    application_id: int
    send: bool
    to: str
    subject: str
    text: str


WouldDo = WouldWithdraw | WouldFinish | WouldDraftThankYou | WouldWriteInquiry


# ---- what needs the user (`sync --json` `attention`); `kind` is its JSON kind -----
@dataclass(frozen=True)
class Attention:
    """Something needs the user, already worded (`SyncReport.attend`)."""

    application_id: int | None
    kind: str
    text: str


@dataclass(frozen=True)
class ResumeChanged:
    """The resume file changed after the unsent thank-you drafts attached it."""

    kind: ClassVar[str] = "resume_changed"
    application_id: int
    resume_path: str


@dataclass(frozen=True)
class ThankYouOverdue:
    """Thank-you notes still in Drafts after their send-by time."""

    kind: ClassVar[str] = "thank_you_overdue"
    application_id: int
    recipients: tuple[str, ...]
    deadline: datetime


@dataclass(frozen=True)
class AddressesBounced:
    """An inquiry is due, but every interviewer's address bounced."""

    kind: ClassVar[str] = "addresses_bounced"
    application_id: int


@dataclass(frozen=True)
class InquiryWaiting:
    """An inquiry is due, but the thank-you note to the same person is still unsent."""

    kind: ClassVar[str] = "inquiry_waiting"
    application_id: int
    to: str


@dataclass(frozen=True)
class DeliveryDelayed:
    """A delay report: the mail server is still trying, so no address is marked bad."""

    kind: ClassVar[str] = "delivery_delayed"
    application_id: int
    recipients: tuple[str, ...]


@dataclass(frozen=True)
class DoubtfulReply:
    """A reply that may be a rejection, below the confidence the tool acts on."""

    kind: ClassVar[str] = "doubtful_reply"
    application_id: int
    subject: str | None
    confidence: float


@dataclass(frozen=True)
class ScheduledAfterAnswer:
    """The employer answered while a letter waits in Gmail's Scheduled folder (the tool cannot cancel it)."""

    kind: ClassVar[str] = "scheduled_after_answer"
    application_id: int
    company: str
    subject: str
    to: str
    at: datetime | None


@dataclass(frozen=True)
class CallDue:
    """A phone follow-up is due: whom to call, the number, and the next good window (`domain/workdays.py`)."""

    kind: ClassVar[str] = "call"
    application_id: int
    person: str
    phone: str | None
    position: str
    opens: datetime
    closes: datetime


@dataclass(frozen=True)
class CallWaiting:
    """A phone follow-up is due, but the thank-you note to the person to call is still unsent (as InquiryWaiting)."""

    kind: ClassVar[str] = "call_waiting"
    application_id: int
    person: str


@dataclass(frozen=True)
class ExpediteOffered:
    """An offer arrived elsewhere: this active application may get the note asking about its timeline."""

    kind: ClassVar[str] = "expedite"
    application_id: int
    company: str
    offers: tuple[tuple[int, str], ...]     # (application id, company) of each offer


@dataclass(frozen=True)
class DebriefDue:
    """An interview recorded ahead has ended: `assistant debrief` adds what to say before its notes are drafted."""

    kind: ClassVar[str] = "debrief"
    application_id: int
    people: tuple[str, ...]       # whom the user met, as they are greeted
    interview_at: datetime
    drafted_at: datetime          # without a debrief the sync drafts the notes from then on


@dataclass(frozen=True)
class DraftedWithoutDebrief:
    """No debrief came before the margin before the send-by time: the notes were drafted without it."""

    kind: ClassVar[str] = "drafted_without_debrief"
    application_id: int
    interview_at: datetime
    send_by: datetime


AttentionEvent = (Attention | ResumeChanged | ThankYouOverdue | AddressesBounced | InquiryWaiting | DeliveryDelayed
                  | DoubtfulReply | ScheduledAfterAnswer | CallDue | CallWaiting | ExpediteOffered | DebriefDue
                  | DraftedWithoutDebrief)
