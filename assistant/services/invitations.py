"""Calendar invitations: what the sync does with one it read, and `add --from-invite N`.

An invitation (one event, one UID) from a tracked company becomes that
application's next upcoming round; a newer revision (higher SEQUENCE) moves
it, a cancellation cancels it, a repeat changes nothing. One that looks like
an interview from a company not tracked is kept with a number, listed by
every sync until the user records it (`assistant add --from-invite N`) or
its organizer cancels it. See SPEC "Interviews as they come".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from assistant.domain.invitations import Invitation, company_of, invitations_in, kind_of, match_invitation, position_of
from assistant.domain.matching import Candidate, Match
from assistant.errors import StateError
from assistant.services.ports import Collaborators
from assistant.services.sync_events import (
    InvitationBecameRound,
    InvitationCancelledRound,
    InvitationMovedRound,
    SyncEvent,
)
from assistant.store.invitations import InvitationBook, StoredInvitation

if TYPE_CHECKING:
    from assistant.services.interviews import InterviewForm

LISTED, ROUND, RECORDED, CANCELLED = "listed", "round", "recorded", "cancelled"


@dataclass(frozen=True)
class InvitationSeen:
    """A calendar invitation read in a message, with the application it belongs to (None: not tracked)."""

    gmail_message_id: str
    received_at: datetime
    sender: str
    invitation: Invitation
    application_id: int | None
    matched_by: str | None


def invitations_seen(raw: Any, message: Any, match: Match | None, cands: list[Candidate], timezone: str,
                     own: frozenset[str]) -> list[InvitationSeen]:
    """The invitations in one message the sync read, each with its application (the event's people first,
    then how the message itself matched: its thread or references)."""
    from zoneinfo import ZoneInfo

    sender = str(message.get("From", ""))
    found = []
    for invitation in invitations_in(message, ZoneInfo(timezone), own):
        belongs = match_invitation(invitation, sender, cands) or match
        found.append(InvitationSeen(
            gmail_message_id=raw.id, received_at=raw.internal_date, sender=sender, invitation=invitation,
            application_id=belongs.app_id if belongs else None, matched_by=belongs.by if belongs else None))
    return found


def take_invitation(rt: Collaborators, seen: InvitationSeen) -> SyncEvent | None:
    """Apply one invitation read by the sync, inside the sync's transaction; the event to report, if any."""
    book = InvitationBook(rt.repo.conn)
    invitation = seen.invitation
    stored = book.by_uid(invitation.uid)
    if stored is None:
        return _first_sight(rt, book, seen)
    if not invitation.newer_than(stored.sequence):
        return None     # the same revision again (Google's two copies, a forwarded copy, a re-read)
    if invitation.cancelled:
        book.revise(stored.number, invitation, gmail_message_id=seen.gmail_message_id, state=CANCELLED)
        if stored.application_id is not None and stored.state in (ROUND, RECORDED):
            _cancel_round(rt, stored.application_id, stored)
            return InvitationCancelledRound(stored.application_id, stored.start)
        return None
    revived = LISTED if stored.state == CANCELLED and stored.application_id is None else None
    book.revise(stored.number, invitation, gmail_message_id=seen.gmail_message_id, state=revived)
    if stored.application_id is not None and stored.state in (ROUND, RECORDED) and invitation.start != stored.start:
        _move_round(rt, stored.application_id, stored, invitation)
        return InvitationMovedRound(stored.application_id, stored.start, invitation.start)
    return None


def _first_sight(rt: Collaborators, book: InvitationBook, seen: InvitationSeen) -> SyncEvent | None:
    invitation = seen.invitation
    if invitation.cancelled:
        return None   # the cancellation of something never seen: there is nothing to cancel
    common: dict[str, Any] = {"gmail_message_id": seen.gmail_message_id, "received_at": seen.received_at,
                              "sender": seen.sender}
    if seen.application_id is not None:
        app = rt.repo.application(seen.application_id)
        book.add(invitation, state=ROUND, company=app.company, position=app.position,
                 application_id=app.key, **common)
        _add_round(rt, app.key, invitation)
        return InvitationBecameRound(app.key, invitation.start, tuple(p.name for p in invitation.attendees))
    if not invitation.looks_like_interview:
        return None
    book.add(invitation, state=LISTED, company=company_of(invitation, seen.sender),
             position=position_of(invitation), application_id=None, **common)
    return None


def listed(rt: Collaborators) -> list[StoredInvitation]:
    """The invitations from companies not tracked that wait for the user, still ahead of now."""
    now = rt.clock.now()
    return [stored for stored in InvitationBook(rt.repo.conn).listed() if stored.start > now]


# ---- the application's rounds ------------------------------------------------------------

def _add_round(rt: Collaborators, app_id: int, invitation: Invitation) -> None:
    at = rt.clock.now()
    rt.repo.add_event(app_id, at, "invitation", f"invited to \"{invitation.summary}\" at {invitation.start.isoformat()}")


def _move_round(rt: Collaborators, app_id: int, stored: StoredInvitation, invitation: Invitation) -> None:
    rt.repo.add_event(app_id, rt.clock.now(), "invitation_moved",
                      f"\"{invitation.summary}\" moved from {stored.start.isoformat()} to {invitation.start.isoformat()}")


def _cancel_round(rt: Collaborators, app_id: int, stored: StoredInvitation) -> None:
    rt.repo.add_event(app_id, rt.clock.now(), "invitation_cancelled",
                      f"\"{stored.summary}\" at {stored.start.isoformat()} cancelled by its organizer")


# ---- add --from-invite ------------------------------------------------------------------------

def invitation_to_record(rt: Collaborators, number: int) -> StoredInvitation:
    """Invitation `number` as the sync listed it; one sentence when there is no such invitation to record."""
    stored = InvitationBook(rt.repo.conn).by_number(number)
    if stored is None or stored.state == ROUND:
        raise StateError(f"There is no calendar invitation {number} to record; `assistant sync` lists them "
                         "with their numbers.")
    if stored.state == RECORDED:
        raise StateError(f"Invitation {number} is already recorded as application {stored.application_id}; "
                         f"`assistant show {stored.application_id}` shows it.")
    if stored.state == CANCELLED:
        raise StateError(f"Invitation {number} was cancelled by its organizer; there is no interview to record.")
    return stored


def fill_form(form: InterviewForm, stored: StoredInvitation) -> None:
    """What the invitation says fills every field the user did not give: company, position, people, time, kind."""
    invitation = stored.as_invitation()
    form.company = form.company or stored.company
    form.position = form.position or stored.position
    if not form.interviewers:
        form.interviewers = [f"\"{p.name}\" <{p.email}>" for p in stored.attendees]
    form.when = form.when or stored.start.isoformat()
    form.kind = form.kind or kind_of(invitation)


def mark_recorded(rt: Collaborators, number: int, app_id: int) -> None:
    """The invitation is now the application's round 1: later revisions move or cancel it."""
    from assistant.store.db import transaction

    with transaction(rt.repo.conn):
        InvitationBook(rt.repo.conn).mark(number, state=RECORDED, application_id=app_id)

