"""Reading and writing the job search: applications, interviewers, letters, replies, events."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from typing import Any

from assistant.domain.models import Application, Event, Interviewer, Letter, Reply, Round
from assistant.domain.states import ACTIVE, RoundState
from assistant.errors import StateError


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def unfolded(message_id: str | None) -> str | None:
    """A Message-ID as stored: a header folded over lines (RFC 5322 §2.2.3) comes back from Gmail
    with the line break removed but its whitespace kept, e.g. ' <id@host>'."""
    if message_id is None:
        return None
    return "".join(message_id.split()) or None


_MESSAGE_ID_FIELDS = ("rfc_message_id", "in_reply_to", "tool_message_id")


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _instant(value: str) -> datetime:
    """A column the schema declares NOT NULL."""
    return datetime.fromisoformat(value)


class Repository:
    """All SQL lives here; callers see models."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # ---- applications -------------------------------------------------
    def add_application(self, app: Application, now: datetime,
                        round_state: str = RoundState.HELD) -> Application:
        """Record an application with its first round (the interview fields of `app`) and its people."""
        cur = self.conn.execute(
            """INSERT INTO applications (company, position, interview_at, kind, detail, skill, missed,
               hear_back_by, tone, no_follow_up, resume_path, resume_sha256, stage, created_at, updated_at,
               follow_up_by, contact_phone)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (app.company, app.position, _iso(app.interview_at), app.kind, app.detail, app.skill, app.missed,
             _iso(app.hear_back_by), app.tone, int(app.no_follow_up), app.resume_path, app.resume_sha256,
             app.stage, _iso(now), _iso(now), app.follow_up_by, app.contact_phone),
        )
        app_id = int(cur.lastrowid or 0)
        first = Round(number=1, start=app.interview_at, interviewers=app.interviewers, kind=app.kind,
                      detail=app.detail, skill=app.skill, missed=app.missed, hear_back_by=app.hear_back_by,
                      state=round_state)
        self.add_round(app_id, first, now)
        stored = self.application(app_id)
        main = stored.main_contact.id if stored.main_contact else None
        self.conn.execute("UPDATE applications SET main_contact = ? WHERE id = ?", (main, app_id))
        return replace(stored, main_contact_id=main)

    def update_application(self, app_id: int, now: datetime, **fields: Any) -> None:
        """Set columns of one application (datetimes stored as ISO text)."""
        if not fields:
            return
        values = [(_iso(v) if isinstance(v, datetime) else v) for v in fields.values()]
        assignments = ", ".join(f"{name} = ?" for name in fields)
        self.conn.execute(
            f"UPDATE applications SET {assignments}, updated_at = ? WHERE id = ?", (*values, _iso(now), app_id)
        )

    def replace_interviewers(self, app_id: int, people: Iterable[Interviewer]) -> None:
        """The latest round's people become `people`: ids kept by address, new people added, the others
        unlinked from that round (and forgotten when no round links them any more)."""
        latest = self.application(app_id).latest_round
        if latest is None:
            raise StateError(f"Application {app_id} has no interview round to change.")
        self.set_round_people(latest.key, people)

    def _person_id(self, app_id: int, person: Interviewer) -> int:
        """The stored id of this person on the application (by address), adding them when new."""
        row = self.conn.execute("SELECT id FROM interviewers WHERE application_id = ? AND email = ?",
                                (app_id, person.email)).fetchone()
        if row is not None:
            self.conn.execute("UPDATE interviewers SET title = ?, name = ? WHERE id = ?",
                              (person.title, person.name, row[0]))
            return int(row[0])
        ordinal = self.conn.execute("SELECT COALESCE(MAX(ordinal) + 1, 0) FROM interviewers WHERE application_id = ?",
                                    (app_id,)).fetchone()[0]
        return int(self.conn.execute(
            "INSERT INTO interviewers (application_id, ordinal, title, name, email) VALUES (?,?,?,?,?)",
            (app_id, ordinal, person.title, person.name, person.email)).lastrowid or 0)

    def set_round_people(self, round_id: int, people: Iterable[Interviewer]) -> None:
        """Who was met in a round, in order; people no round links any more are removed."""
        app_id, main = self.conn.execute("SELECT application_id, main_contact FROM rounds WHERE id = ?",
                                         (round_id,)).fetchone()
        keep = [self._person_id(app_id, person) for person in people]
        self.conn.execute("DELETE FROM round_interviewers WHERE round_id = ?", (round_id,))
        for ordinal, pid in enumerate(keep):
            self.conn.execute("INSERT INTO round_interviewers (round_id, interviewer_id, ordinal) VALUES (?,?,?)",
                              (round_id, pid, ordinal))
        if main not in keep:
            self.conn.execute("UPDATE rounds SET main_contact = ? WHERE id = ?", (keep[0] if keep else None, round_id))
        self.conn.execute("""DELETE FROM interviewers WHERE application_id = ? AND id NOT IN
                             (SELECT interviewer_id FROM round_interviewers)""", (app_id,))
        self._mirror(app_id)

    # ---- rounds ---------------------------------------------------------
    def add_round(self, app_id: int, rnd: Round, now: datetime) -> Round:
        """Record the application's next round (numbered after the last one) and link its people."""
        number = self.conn.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM rounds WHERE application_id = ?",
                                   (app_id,)).fetchone()[0]
        round_id = int(self.conn.execute(
            """INSERT INTO rounds (application_id, number, start, kind, detail, skill, missed, hear_back_by, state,
               debriefed_at, invite_uid, invite_sequence, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (app_id, number, _iso(rnd.start), rnd.kind, rnd.detail, rnd.skill, rnd.missed, _iso(rnd.hear_back_by),
             rnd.state, _iso(rnd.debriefed_at), rnd.invite_uid, rnd.invite_sequence,
             _iso(rnd.created_at or now))).lastrowid or 0)
        self.set_round_people(round_id, rnd.interviewers)
        return self.round(round_id)

    def update_round(self, round_id: int, **fields: Any) -> None:
        """Set columns of one round (datetimes stored as ISO text); the application's copy follows."""
        if not fields:
            return
        values = [(_iso(v) if isinstance(v, datetime) else v) for v in fields.values()]
        assignments = ", ".join(f"{name} = ?" for name in fields)
        self.conn.execute(f"UPDATE rounds SET {assignments} WHERE id = ?", (*values, round_id))
        app_id = self.conn.execute("SELECT application_id FROM rounds WHERE id = ?", (round_id,)).fetchone()[0]
        self._mirror(app_id)

    def _mirror(self, app_id: int) -> None:
        """Copy the latest live round's interview fields onto the application row, for older readers."""
        self.conn.execute(
            """UPDATE applications SET (interview_at, kind, detail, skill, missed, hear_back_by) =
               (SELECT start, kind, detail, skill, missed, hear_back_by FROM rounds
                WHERE application_id = applications.id AND state <> 'cancelled' ORDER BY number DESC LIMIT 1)
               WHERE id = ? AND EXISTS (SELECT 1 FROM rounds WHERE application_id = applications.id
                                        AND state <> 'cancelled')""", (app_id,))

    def _rounds_by_application(self, app_id: int | None = None) -> dict[int, list[Round]]:
        where, args = ("WHERE r.application_id = ?", (app_id,)) if app_id is not None else ("", ())
        people: dict[int, list[Interviewer]] = {}
        for r in self.conn.execute(
                f"""SELECT ri.round_id, i.* FROM round_interviewers ri JOIN interviewers i ON i.id = ri.interviewer_id
                    JOIN rounds r ON r.id = ri.round_id {where} ORDER BY ri.round_id, ri.ordinal""", args):
            people.setdefault(r["round_id"], []).append(self._interviewer(r))
        found: dict[int, list[Round]] = {}
        for r in self.conn.execute(f"SELECT * FROM rounds r {where} ORDER BY r.application_id, r.number", args):
            found.setdefault(r["application_id"], []).append(Round(
                id=r["id"], application_id=r["application_id"], number=r["number"], start=_instant(r["start"]),
                interviewers=tuple(people.get(r["id"], [])), kind=r["kind"], detail=r["detail"], skill=r["skill"],
                missed=r["missed"], hear_back_by=_dt(r["hear_back_by"]), state=r["state"],
                main_contact_id=r["main_contact"], debriefed_at=_dt(r["debriefed_at"]),
                created_at=_dt(r["created_at"]), invite_uid=r["invite_uid"], invite_sequence=r["invite_sequence"]))
        return found

    def rounds(self, app_id: int) -> list[Round]:
        """An application's rounds, oldest first (cancelled ones too)."""
        return self._rounds_by_application(app_id).get(app_id, [])

    def round(self, round_id: int) -> Round:
        row = self.conn.execute("SELECT application_id FROM rounds WHERE id = ?", (round_id,)).fetchone()
        if row is None:
            raise StateError(f"There is no interview round with id {round_id}.")
        return next(r for r in self.rounds(row[0]) if r.id == round_id)

    def round_for_invitation(self, invite_uid: str) -> Round | None:
        """The round recorded from the calendar invitation with this UID, if any."""
        row = self.conn.execute("SELECT id FROM rounds WHERE invite_uid = ? ORDER BY id DESC LIMIT 1",
                                (invite_uid,)).fetchone()
        return self.round(row[0]) if row else None

    def set_bad_address(self, interviewer_id: int, reason: str | None) -> None:
        self.conn.execute("UPDATE interviewers SET bad_address = ? WHERE id = ?", (reason, interviewer_id))

    def interviewers(self, app_id: int) -> list[Interviewer]:
        rows = self.conn.execute(
            "SELECT * FROM interviewers WHERE application_id = ? ORDER BY ordinal", (app_id,)
        ).fetchall()
        return [self._interviewer(r) for r in rows]

    @staticmethod
    def _interviewer(r: sqlite3.Row) -> Interviewer:
        return Interviewer(name=r["name"], email=r["email"], title=r["title"], id=r["id"], bad_address=r["bad_address"])

    def _application(self, row: sqlite3.Row, people: list[Interviewer] | None = None,
                     rounds: list[Round] | None = None) -> Application:
        app = Application(
            id=row["id"], company=row["company"], position=row["position"],
            interview_at=_instant(row["interview_at"]),
            interviewers=tuple(self.interviewers(row["id"]) if people is None else people),
            kind=row["kind"], detail=row["detail"], skill=row["skill"], missed=row["missed"],
            hear_back_by=_dt(row["hear_back_by"]), tone=row["tone"], no_follow_up=bool(row["no_follow_up"]),
            resume_path=row["resume_path"], resume_sha256=row["resume_sha256"], stage=row["stage"],
            main_contact_id=row["main_contact"], answered_at=_dt(row["answered_at"]),
            thanked_at=_dt(row["thanked_at"]), postpone_until=_dt(row["postpone_until"]),
            created_at=_dt(row["created_at"]),
            follow_up_by=row["follow_up_by"], contact_phone=row["contact_phone"],
            called_at=_dt(row["called_at"]), call_note=row["call_note"],
            rounds=tuple(self.rounds(row["id"]) if rounds is None else rounds),
        )
        latest = app.latest_round   # the round is the truth; the row's interview columns are its copy
        return app.at_round(latest) if latest is not None else app

    def application(self, app_id: int) -> Application:
        row = self.conn.execute("SELECT * FROM applications WHERE id = ?", (app_id,)).fetchone()
        if row is None:
            raise StateError(f"There is no application with id {app_id}; `assistant list` shows them.")
        return self._application(row)

    def find_interview(self, company: str, position: str, interview_at: datetime) -> Application | None:
        """The application already holding this interview (same company, position, and a round at that start)."""
        rows = self.conn.execute("""SELECT a.id, a.company, a.position, r.start FROM applications a
                                    JOIN rounds r ON r.application_id = a.id ORDER BY a.id, r.number""").fetchall()
        for row in rows:
            if (row["company"].casefold() == company.casefold() and row["position"].casefold() == position.casefold()
                    and _dt(row["start"]) == interview_at):
                return self.application(row["id"])
        return None

    def delete_application(self, app_id: int) -> None:
        """Remove an application for good; its interviewers, letters, replies and timeline go with it."""
        self.conn.execute("DELETE FROM applications WHERE id = ?", (app_id,))

    def applications(self, *, active_only: bool = False) -> list[Application]:
        sql = "SELECT * FROM applications"
        if active_only:
            # The one definition of "active" (assistant/domain/states.py), spelled for SQL.
            sql += f" WHERE stage IN ({', '.join(repr(str(s)) for s in sorted(ACTIVE))})"
        # Everyone in one query: `list` of a thousand applications must not make a thousand more.
        people: dict[int, list[Interviewer]] = {}
        for r in self.conn.execute("SELECT * FROM interviewers ORDER BY application_id, ordinal"):
            people.setdefault(r["application_id"], []).append(self._interviewer(r))
        rounds = self._rounds_by_application()
        return [self._application(r, people.get(r["id"], []), rounds.get(r["id"], []))
                for r in self.conn.execute(sql + " ORDER BY id").fetchall()]

    # ---- letters ------------------------------------------------------
    def add_letter(self, letter: Letter) -> Letter:
        letter = replace(letter, tool_message_id=unfolded(letter.tool_message_id) or letter.tool_message_id,
                         in_reply_to=unfolded(letter.in_reply_to))
        cur = self.conn.execute(
            """INSERT INTO letters (application_id, interviewer_id, purpose, mode, state, tool_message_id,
               to_addr, subject, attachments, in_reply_to, thread_id, created_at, note, writer, round_id)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (letter.application_id, letter.interviewer_id, letter.purpose, letter.mode, letter.state,
             letter.tool_message_id, letter.to_addr, letter.subject, json.dumps(list(letter.attachments)),
             letter.in_reply_to, letter.thread_id, _iso(letter.created_at), letter.note, letter.writer,
             letter.round_id),
        )
        return replace(letter, id=cur.lastrowid)

    def update_letter(self, letter_id: int, **fields: Any) -> None:
        fields = {k: (unfolded(v) if k in _MESSAGE_ID_FIELDS else v) for k, v in fields.items()}
        values = [(_iso(v) if isinstance(v, datetime) else v) for v in fields.values()]
        assignments = ", ".join(f"{name} = ?" for name in fields)
        self.conn.execute(f"UPDATE letters SET {assignments} WHERE id = ?", (*values, letter_id))

    def claim_letter(self, letter_id: int, writer: str, replacing: str | None) -> bool:
        """Make `writer` the one run uploading an intent, if its claim is still `replacing` (compare-and-swap)."""
        cur = self.conn.execute(
            "UPDATE letters SET writer = ? WHERE id = ? AND state = 'intent' AND writer IS ?",
            (writer, letter_id, replacing))
        return cur.rowcount == 1

    def release_letter(self, letter_id: int, writer: str) -> None:
        """Drop `writer`'s claim on a letter it could not finish."""
        self.conn.execute("UPDATE letters SET writer = NULL WHERE id = ? AND writer = ?", (letter_id, writer))

    @staticmethod
    def _letter(r: sqlite3.Row) -> Letter:
        return Letter(
            id=r["id"], application_id=r["application_id"], interviewer_id=r["interviewer_id"],
            purpose=r["purpose"], mode=r["mode"], state=r["state"], tool_message_id=r["tool_message_id"],
            gmail_message_id=r["gmail_message_id"], rfc_message_id=r["rfc_message_id"], draft_id=r["draft_id"],
            thread_id=r["thread_id"], to_addr=r["to_addr"], subject=r["subject"],
            attachments=tuple(json.loads(r["attachments"])), in_reply_to=r["in_reply_to"],
            created_at=_dt(r["created_at"]), drafted_at=_dt(r["drafted_at"]), sent_at=_dt(r["sent_at"]),
            note=r["note"], writer=r["writer"], scheduled_for=_dt(r["scheduled_for"]),
            written_message_id=r["written_message_id"], round_id=r["round_id"],
        )

    def letters(self, app_id: int | None = None, *, states: Iterable[str] | None = None,
                purpose: str | None = None, round_id: int | None = None) -> list[Letter]:
        sql, args = "SELECT * FROM letters WHERE 1=1", list[Any]()
        if round_id is not None:
            sql += " AND round_id = ?"
            args.append(round_id)
        if app_id is not None:
            sql += " AND application_id = ?"
            args.append(app_id)
        if states is not None:
            states = list(states)
            sql += f" AND state IN ({','.join('?' * len(states))})"
            args.extend(states)
        if purpose is not None:
            sql += " AND purpose = ?"
            args.append(purpose)
        return [self._letter(r) for r in self.conn.execute(sql + " ORDER BY id", args).fetchall()]

    def letter(self, letter_id: int) -> Letter:
        return self._letter(self.conn.execute("SELECT * FROM letters WHERE id = ?", (letter_id,)).fetchone())

    # ---- replies --------------------------------------------------------
    def add_reply(self, reply: Reply) -> bool:
        """Store a matched message once; False when it was already known."""
        reply = replace(reply, rfc_message_id=unfolded(reply.rfc_message_id))
        cur = self.conn.execute(
            """INSERT OR IGNORE INTO replies (gmail_message_id, application_id, thread_id, rfc_message_id, sender,
               subject, received_at, label, confidence, reasons, matched_by, confirmed_label, handled)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (reply.gmail_message_id, reply.application_id, reply.thread_id, reply.rfc_message_id, reply.sender,
             reply.subject, _iso(reply.received_at), reply.label, reply.confidence, json.dumps(list(reply.reasons)),
             reply.matched_by, reply.confirmed_label, int(reply.handled)),
        )
        return cur.rowcount == 1

    def known_reply_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT gmail_message_id FROM replies")}

    def replies(self, app_id: int | None = None) -> list[Reply]:
        """One application's replies (every reply when `app_id` is None), oldest first."""
        sql, args = "SELECT * FROM replies", list[Any]()
        if app_id is not None:
            sql, args = sql + " WHERE application_id = ?", [app_id]
        rows = self.conn.execute(sql + " ORDER BY received_at", args).fetchall()
        return [Reply(
            gmail_message_id=r["gmail_message_id"], application_id=r["application_id"], thread_id=r["thread_id"],
            rfc_message_id=r["rfc_message_id"], sender=r["sender"], subject=r["subject"],
            received_at=_instant(r["received_at"]), label=r["label"], confidence=r["confidence"],
            reasons=tuple(json.loads(r["reasons"])), matched_by=r["matched_by"],
            confirmed_label=r["confirmed_label"], handled=bool(r["handled"]),
        ) for r in rows]

    def update_reply(self, gmail_message_id: str, **fields: Any) -> None:
        assignments = ", ".join(f"{name} = ?" for name in fields)
        self.conn.execute(f"UPDATE replies SET {assignments} WHERE gmail_message_id = ?",
                          (*fields.values(), gmail_message_id))

    # ---- events and sync state -----------------------------------------
    def add_event(self, app_id: int, at: datetime, kind: str, detail: str = "") -> None:
        self.conn.execute("INSERT INTO events (application_id, at, kind, detail) VALUES (?,?,?,?)",
                          (app_id, _iso(at), kind, detail))

    def events(self, app_id: int) -> list[Event]:
        rows = self.conn.execute(
            "SELECT at, kind, detail FROM events WHERE application_id = ? ORDER BY id", (app_id,)
        ).fetchall()
        # Sorted by the instant, not the stored text: Gmail's times are kept in UTC and the user's in
        # their offset, and "16:10+00:00" sorts before "16:30+01:00" although it is 40 minutes later.
        events = [Event(at=_instant(r["at"]), kind=r["kind"], detail=r["detail"]) for r in rows]
        return sorted(events, key=lambda e: e.at)   # stable: events at the same instant keep their order

    def get_state(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_state(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
