"""Calendar invitations: what the sync does with one it read, and `add --from-invite N`.

An invitation (one event, one UID) from a tracked company becomes that
application's next upcoming round; a newer revision (higher SEQUENCE) moves
it, a cancellation cancels it, a repeat changes nothing. One that looks like
an interview from a company not tracked is kept with a number, listed by
every sync until the user records it (`assistant add --from-invite N`) or
its organizer cancels it. See SPEC "Interviews as they come".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from assistant.domain.invitations import Invitation, company_of, invitations_in, kind_of, match_invitation, position_of
from assistant.domain.lifecycle import after_new_round, round_state_at, stage_after_round_cancelled
from assistant.domain.matching import Candidate, Match
from assistant.domain.models import Interviewer, Round
from assistant.domain.states import LetterState, Purpose, RoundState
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
    from email.message import Message

    from assistant.gmail.mailbox import RawMessage
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


def invitations_seen(raw: RawMessage, message: Message, match: Match | None, cands: list[Candidate], timezone: str,
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
        called_off = _cancel_round(rt, invitation)
        if called_off is None or called_off.application_id is None:
            return None
        return InvitationCancelledRound(called_off.application_id, called_off.start)
    revived = LISTED if stored.state == CANCELLED and stored.application_id is None else None
    book.revise(stored.number, invitation, gmail_message_id=seen.gmail_message_id, state=revived)
    before = _move_round(rt, invitation)
    if before is None or before.application_id is None or before.start == invitation.start:
        return None
    return InvitationMovedRound(before.application_id, before.start, invitation.start)


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
        if _add_round(rt, app.key, invitation, seen.matched_by) is None:
            return None
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


# ---- the application's rounds (their model: services/rounds.py, store/repo.py) -------------

# How an invitation was tied to its application, for the timeline.
_HOW = {"interviewer": "from one of its interviewers", "company_domain": "from the company's domain",
        "ats": "from its applicant-tracking system", "scheduler": "from its scheduling service",
        "thread": "in one of its conversations", "references": "in reply to one of its letters"}


def _add_round(rt: Collaborators, app_id: int, invitation: Invitation, how: str | None) -> Round | None:
    """The invitation as the application's next upcoming round, in the caller's transaction.

    The same steps as `rounds.add_round` for an interview still ahead (no notes
    yet): the round, the stage `after_new_round` gives, the follow-up restarted.
    A round the user already recorded at that time takes the invitation instead;
    an application that has ended, or an interview already over, takes none.
    """
    repo, now = rt.repo, rt.clock.now()
    app = repo.application(app_id)
    same = next((r for r in app.rounds if r.start == invitation.start and r.state != RoundState.CANCELLED), None)
    if same is not None:
        repo.update_round(same.key, invite_uid=invitation.uid, invite_sequence=invitation.sequence)
        return None
    changes = after_new_round(app.stage, drafts_made=False, upcoming=True)
    if changes is None or invitation.start <= now:
        return None
    people = tuple(Interviewer(name=p.name, email=p.email) for p in invitation.attendees)
    stored = repo.add_round(app.key, Round(
        number=0, start=invitation.start, interviewers=people, kind=kind_of(invitation), state=RoundState.UPCOMING,
        invite_uid=invitation.uid, invite_sequence=invitation.sequence, created_at=now), now)
    repo.update_application(app.key, now, stage=changes.stage,
                            **({"answered_at": None, "thanked_at": None, "postpone_until": None}
                               if changes.restart_follow_up else {}))
    if changes.withdraw_unsent_inquiry:
        for letter in repo.letters(app.key, purpose=Purpose.STATUS_INQUIRY, states=(LetterState.DRAFTED,)):
            repo.update_letter(letter.key, state=LetterState.WITHDRAW_PENDING)
    repo.add_event(app.key, now, "round_recorded",
                   f"round {stored.number}: {stored.kind} interview from the calendar invitation \"{invitation.summary}\" "
                   f"({_HOW.get(how or '', 'tied to it')})")
    return stored


def _move_round(rt: Collaborators, invitation: Invitation) -> Round | None:
    """A newer revision moves the round made from it (its time, and its people when it names them)."""
    repo, now = rt.repo, rt.clock.now()
    rnd = repo.round_for_invitation(invitation.uid)
    if rnd is None or rnd.state == RoundState.CANCELLED:
        return None
    moved = replace(rnd, start=invitation.start)
    repo.update_round(rnd.key, start=invitation.start, invite_sequence=invitation.sequence,
                      state=round_state_at(moved, now))
    if invitation.attendees:
        repo.set_round_people(rnd.key, [Interviewer(name=p.name, email=p.email) for p in invitation.attendees])
    if rnd.application_id is not None and invitation.start != rnd.start:
        repo.add_event(rnd.application_id, now, "round_moved",
                       f"round {rnd.number} moved from {rnd.start.isoformat()} to {invitation.start.isoformat()}")
    return rnd


def _cancel_round(rt: Collaborators, invitation: Invitation) -> Round | None:
    """A cancellation calls the round off; the application goes back to where its latest live round was."""
    repo, now = rt.repo, rt.clock.now()
    rnd = repo.round_for_invitation(invitation.uid)
    if rnd is None or rnd.state == RoundState.CANCELLED or rnd.application_id is None:
        return None
    repo.update_round(rnd.key, state=RoundState.CANCELLED, invite_sequence=invitation.sequence)
    app = repo.application(rnd.application_id)
    latest = app.latest_round
    letters = [lt for lt in repo.letters(app.key) if latest is not None and lt.round_id == latest.id]
    stage = stage_after_round_cancelled(app.stage, letters)
    if stage is not None:
        repo.update_application(app.key, now, stage=stage)
    repo.add_event(app.key, now, "round_cancelled", f"round {rnd.number} at {rnd.start.isoformat()} cancelled "
                                                    "by its organizer")
    return rnd


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


def nameless_attendees(stored: StoredInvitation) -> list[str]:
    """The addresses of the people the invitation gives without a name."""
    return [p.email for p in stored.attendees if p.name.strip().casefold() == p.email.casefold()]


def fill_form(form: InterviewForm, stored: StoredInvitation) -> None:
    """What the invitation says fills every field the user did not give: company, position, people, time, kind."""
    invitation = stored.as_invitation()
    form.company = form.company or stored.company
    form.position = form.position or stored.position
    # Someone the invitation names only by address (no CN) is not filled in: a note's greeting needs a name,
    # and `add` refuses a bare address; the people are then asked for, or given with --interviewer.
    if not form.interviewers and not nameless_attendees(stored):
        form.interviewers = [f"\"{p.name}\" <{p.email}>" for p in stored.attendees]
    form.when = form.when or stored.start.isoformat()
    form.kind = form.kind or kind_of(invitation)


def mark_recorded(rt: Collaborators, number: int, app_id: int) -> None:
    """The invitation is now the application's round 1: later revisions move or cancel it."""
    from assistant.store.db import transaction

    repo = rt.repo
    with transaction(repo.conn):
        book = InvitationBook(repo.conn)
        book.mark(number, state=RECORDED, application_id=app_id)
        stored, latest = book.by_number(number), repo.application(app_id).latest_round
        if stored is not None and latest is not None:
            repo.update_round(latest.key, invite_uid=stored.uid, invite_sequence=stored.sequence)

