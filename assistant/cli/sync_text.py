"""A sync's report in words: the summary a person reads and the `sync --json` document.

The sync service returns typed events (`assistant/services/sync_events.py`);
this is the one place they become sentences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.services.scheduled import local_time
from assistant.services.sync_events import (
    DraftDeletedByUser,
    InvitationBecameRound,
    InvitationCancelledRound,
    InvitationMovedRound,
    OwnFollowUp,
    ScheduleCancelled,
    ScheduledByUser,
    SentByUser,
    StageRepaired,
    SyncEvent,
)

if TYPE_CHECKING:
    from assistant.services.sync import SyncReport


def event_sentence(event: SyncEvent | str, timezone: str) -> str:
    """One event as the line the summary and the JSON document show."""
    if isinstance(event, str):
        return event
    where = f"application {event.application_id}"
    if isinstance(event, SentByUser):
        return f"{where}: you sent \"{event.subject}\" to {event.to}"
    if isinstance(event, ScheduledByUser):
        return f"{where}: \"{event.subject}\" to {event.to} is scheduled in Gmail for {local_time(event.at, timezone)}"
    if isinstance(event, ScheduleCancelled):
        return (f"{where}: the scheduled send of \"{event.subject}\" "
                f"was cancelled; it is a draft again (draft {event.draft_id})")
    if isinstance(event, DraftDeletedByUser):
        return f"{where}: you deleted the draft \"{event.subject}\"; it is not recreated"
    if isinstance(event, OwnFollowUp):
        return f"{where}: your own message \"{event.subject}\" to {event.to} counts as your follow-up"
    if isinstance(event, StageRepaired):
        return f"{where}: stage {event.before} is now {event.after}, as its letters say"
    if isinstance(event, InvitationBecameRound):
        people = f" with {', '.join(event.interviewers)}" if event.interviewers else ""
        return f"{where}: a calendar invitation adds the next interview{people} on {local_time(event.start, timezone)}"
    if isinstance(event, InvitationMovedRound):
        return (f"{where}: the interview on {local_time(event.before, timezone)} was moved to "
                f"{local_time(event.after, timezone)}")
    if isinstance(event, InvitationCancelledRound):
        return f"{where}: the interview on {local_time(event.start, timezone)} was cancelled by its organizer"
    raise TypeError(f"no sentence for {event!r}")


def sync_document(report: SyncReport, timezone: str) -> dict[str, Any]:
    """The `sync --json` document (SPEC `sync` JSON)."""
    return {
        "messages_read": report.messages_read, "replies": report.replies, "drafts_created": report.drafts_created,
        "sent": report.sent, "offers": report.offers, "withdrawn": report.withdrawn,
        "skipped": [event_sentence(e, timezone) for e in report.skipped],
        "moved": [event_sentence(e, timezone) for e in report.moved],
        "attention": report.attention, "would": report.would,
        "invitations": [invitation_json(stored) for stored in report.invitations],
        "history_fallback": report.fallback, "dry_run": report.dry_run,
    }


def invitation_json(stored: Any) -> dict[str, Any]:
    """One listed invitation (SPEC `sync` JSON `invitations`: `number`, `company`, `start`, `attendees`)."""
    return {"number": stored.number, "company": stored.company, "position": stored.position,
            "summary": stored.summary, "start": stored.start.isoformat(),
            "attendees": [{"name": p.name, "email": p.email} for p in stored.attendees]}


def invitation_line(stored: Any, timezone: str) -> str:
    """One listed invitation as the summary's line: what, with whom, when, and the command that records it."""
    company = stored.company or "a company not tracked"
    return (f"invitation {stored.number}: \"{stored.summary}\" ({company}, {local_time(stored.start, timezone)}); "
            f"`assistant add --from-invite {stored.number}` records it")
