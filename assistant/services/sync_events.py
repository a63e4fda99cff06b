"""What a sync found on the user's side, as typed events; `assistant/cli/sync_text.py` words them.

The service records what happened (a letter sent by the user, a draft deleted,
a stage repaired …); only the CLI turns an event into a sentence or into the
`sync --json` document.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


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


SyncEvent = (SentByUser | ScheduledByUser | ScheduleCancelled | DraftDeletedByUser | OwnFollowUp | StageRepaired
             | InvitationBecameRound | InvitationMovedRound | InvitationCancelledRound)
