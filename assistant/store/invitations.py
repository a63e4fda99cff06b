"""The calendar invitations the sync read (table `invitations`, migration 0008_invitations)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from assistant.domain.invitations import Invitation, Person


@dataclass(frozen=True)
class StoredInvitation:
    """An invitation as the tool remembers it: its number, where it stands, and its latest revision."""

    number: int
    uid: str
    sequence: int
    state: str                  # listed, recorded, cancelled
    gmail_message_id: str
    received_at: datetime
    start: datetime
    end: datetime | None
    summary: str
    description: str
    sender: str
    organizer: Person | None
    attendees: tuple[Person, ...]
    company: str | None
    position: str | None
    application_id: int | None

    def as_invitation(self) -> Invitation:
        """The event as the domain reads it (for deriving company and position again)."""
        return Invitation(uid=self.uid, sequence=self.sequence, method="CANCEL" if self.state == "cancelled" else "REQUEST",
                          start=self.start, end=self.end, summary=self.summary, description=self.description,
                          location="", organizer=self.organizer, attendees=self.attendees)


def _utc(instant: datetime | None) -> str | None:
    """Instants are stored in UTC (STYLE.md "Time")."""
    return instant.astimezone(UTC).isoformat() if instant else None


def _person(value: str | None) -> Person | None:
    if not value:
        return None
    data = json.loads(value)
    return Person(data["name"], data["email"])


def _people_json(people: tuple[Person, ...]) -> str:
    return json.dumps([{"name": p.name, "email": p.email} for p in people])


class InvitationBook:
    """All SQL about invitations; callers see `StoredInvitation`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def by_uid(self, uid: str) -> StoredInvitation | None:
        row = self.conn.execute("SELECT * FROM invitations WHERE uid = ?", (uid,)).fetchone()
        return _stored(row) if row else None

    def by_number(self, number: int) -> StoredInvitation | None:
        row = self.conn.execute("SELECT * FROM invitations WHERE number = ?", (number,)).fetchone()
        return _stored(row) if row else None

    def listed(self) -> list[StoredInvitation]:
        """Invitations from companies not tracked, not yet recorded nor cancelled, in number order."""
        rows = self.conn.execute("SELECT * FROM invitations WHERE state = 'listed' ORDER BY number").fetchall()
        return [_stored(r) for r in rows]

    def message_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT gmail_message_id FROM invitations")}

    def add(self, invitation: Invitation, *, state: str, gmail_message_id: str, received_at: datetime, sender: str,
            company: str | None, position: str | None, application_id: int | None) -> StoredInvitation:
        organizer = invitation.organizer
        cur = self.conn.execute(
            """INSERT INTO invitations (uid, sequence, state, gmail_message_id, received_at, start_at, end_at, summary,
               description, sender, organizer, attendees, company, position, application_id)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (invitation.uid, invitation.sequence, state, gmail_message_id, _utc(received_at),
             _utc(invitation.start), _utc(invitation.end), invitation.summary, invitation.description, sender,
             json.dumps({"name": organizer.name, "email": organizer.email}) if organizer else None,
             _people_json(invitation.attendees), company, position, application_id),
        )
        stored = self.by_number(int(cur.lastrowid or 0))
        assert stored is not None
        return stored

    def revise(self, number: int, invitation: Invitation, *, gmail_message_id: str, state: str | None = None) -> None:
        """A newer revision (an update or a cancellation) replaces what the row says."""
        self.conn.execute(
            """UPDATE invitations SET sequence = ?, gmail_message_id = ?, start_at = ?, end_at = ?, summary = ?,
               description = ?, attendees = ?, state = COALESCE(?, state) WHERE number = ?""",
            (invitation.sequence, gmail_message_id, _utc(invitation.start), _utc(invitation.end),
             invitation.summary, invitation.description,
             _people_json(invitation.attendees), state, number),
        )

    def mark(self, number: int, *, state: str, application_id: int | None = None) -> None:
        self.conn.execute("UPDATE invitations SET state = ?, application_id = COALESCE(?, application_id) WHERE number = ?",
                          (state, application_id, number))


def _stored(row: sqlite3.Row) -> StoredInvitation:
    return StoredInvitation(
        number=row["number"], uid=row["uid"], sequence=row["sequence"], state=row["state"],
        gmail_message_id=row["gmail_message_id"], received_at=datetime.fromisoformat(row["received_at"]),
        start=datetime.fromisoformat(row["start_at"]),
        end=datetime.fromisoformat(row["end_at"]) if row["end_at"] else None,
        summary=row["summary"], description=row["description"], sender=row["sender"],
        organizer=_person(row["organizer"]),
        attendees=tuple(Person(p["name"], p["email"]) for p in json.loads(row["attendees"])),
        company=row["company"], position=row["position"], application_id=row["application_id"],
    )
