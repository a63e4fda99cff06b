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


SyncEvent = SentByUser | ScheduledByUser | ScheduleCancelled | DraftDeletedByUser | OwnFollowUp | StageRepaired
