"""Putting letters into Gmail exactly once.

The intent (a `letters` row with the Message-ID the tool generated) is committed
before Gmail is called. If the call fails with an unknown outcome (a timeout, a
5xx, a dropped connection), the next attempt first looks for that Message-ID in
Gmail and adopts what it finds, so a retry never makes a second draft or send.

Only one run writes a given letter: the intent row carries a claim (`writer`)
that another run respects while the claiming process lives
(docs/architecture.md "Who writes a letter"). The letter's new state and the
stage it implies commit in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from assistant.domain.lifecycle import follows_latest_round, stage_after_letter
from assistant.domain.models import Letter
from assistant.domain.states import LetterState
from assistant.errors import AuthError, GmailError, StateError
from assistant.gmail.mailbox import DraftInfo, SentInfo
from assistant.services.writers import is_live, new_writer
from assistant.store.db import transaction

if TYPE_CHECKING:
    from assistant.clock import Clock
    from assistant.gmail.mailbox import Mailbox
    from assistant.services.ports import Collaborators
    from assistant.store.repo import Repository


def outbox_for(rt: Collaborators) -> Outbox:
    """The outbox of one run: its claims and crash points come from the runtime."""
    return Outbox(rt.repo, rt.mailbox, rt.clock, on_written=rt.crash_point, writer=rt.writer)


class Outbox:
    """Uploads intents, one writer per letter (a claim on the row), and commits each result with its stage."""

    def __init__(self, repo: Repository, mailbox: Mailbox, clock: Clock,
                 on_written: Callable[[str], None] | None = None, writer: str | None = None) -> None:
        self.repo = repo
        self.mailbox = mailbox
        self.clock = clock
        # Called at each boundary between a Gmail write and the local commits (crash tests).
        self.on_written = on_written or (lambda point: None)
        self.writer = writer or new_writer()

    def record_intent(self, letter: Letter) -> Letter:
        """Commit the intent, already claimed by this run, before Gmail is called."""
        with transaction(self.repo.conn):
            return self.repo.add_letter(replace(letter, writer=self.writer))

    def claimed(self, letter: Letter) -> Letter:
        """Claim a letter another run left; the letter as it now is (still someone else's when they are alive)."""
        with transaction(self.repo.conn):
            current = self.repo.letter(letter.key)
            if current.state != LetterState.INTENT or current.writer == self.writer or is_live(current.writer, self.writer):
                return current
            self.repo.claim_letter(current.key, self.writer, current.writer)
            return self.repo.letter(current.key)

    def dispatch(self, letter: Letter, raw: bytes, *, fresh: bool = False) -> Letter:
        """Create the draft (or send the message) for an intent row.

        `fresh` means the intent was recorded (and claimed) by this very run, so no
        earlier attempt can exist; otherwise the letter is claimed first and Gmail
        searched. A letter another live run is writing comes back unchanged
        (state 'intent', its `writer` not ours): the caller leaves it alone.
        """
        if not fresh:
            letter = self.claimed(letter)
        if letter.state != LetterState.INTENT or letter.writer != self.writer:
            return letter
        try:
            if letter.mode == "send":
                return self._send(letter, raw, fresh)
            return self._draft(letter, raw, fresh)
        except BaseException:
            self._release(letter)
            raise

    def _draft(self, letter: Letter, raw: bytes, fresh: bool) -> Letter:
        found = None if fresh else self.mailbox.find_draft(letter.tool_message_id, letter.thread_id)
        if found is None:
            try:
                found = self.mailbox.create_draft(raw, letter.thread_id)
            except AuthError:
                raise
            except GmailError:
                # Outcome unknown: Gmail may have created it before failing. Look once more.
                found = self._find_quietly(letter.tool_message_id, letter.thread_id)
                if found is None:
                    raise
        self.on_written("after_gmail_write.draft_created")
        now = self.clock.now()
        return self._commit(letter, LetterState.DRAFTED, "draft", f"{letter.purpose}_drafted",
                            f"draft {found.draft_id} to {letter.to_addr}: {letter.subject}",
                            draft_id=found.draft_id, gmail_message_id=found.message_id,
                            written_message_id=found.message_id, thread_id=found.thread_id,
                            rfc_message_id=found.rfc_message_id or letter.tool_message_id, drafted_at=now)

    def _find_quietly(self, message_id: str, thread_id: str | None) -> DraftInfo | None:
        try:
            return self.mailbox.find_draft(message_id, thread_id)
        except GmailError:
            return None

    def _send(self, letter: Letter, raw: bytes, fresh: bool) -> Letter:
        sent = None if fresh else self._already_sent(letter)
        if sent is None:
            try:
                sent = self.mailbox.send(raw, letter.thread_id)
            except AuthError:
                raise
            except GmailError:
                sent = self._already_sent(letter, quietly=True)
                if sent is None:
                    raise
        self.on_written("after_gmail_write.message_sent")
        return self._commit(letter, LetterState.SENT, "message", f"{letter.purpose}_sent",
                            f"sent to {letter.to_addr}: {letter.subject}",
                            gmail_message_id=sent.message_id, thread_id=sent.thread_id,
                            rfc_message_id=sent.rfc_message_id, sent_at=self.clock.now())

    def _commit(self, letter: Letter, state: str, what: str, event: str, detail: str, **fields: Any) -> Letter:
        """The letter's new state, the stage it implies and its event: one transaction."""
        now = self.clock.now()
        try:
            with transaction(self.repo.conn):
                self.repo.update_letter(letter.key, state=state, writer=None, **fields)
                app = self.repo.application(letter.application_id)
                stage = stage_after_letter(app.stage, letter.purpose, state) if follows_latest_round(app, letter) else None
                if stage:
                    self.repo.update_application(app.key, now, stage=stage)
                self.repo.add_event(letter.application_id, now, event, detail)
        except StateError as exc:
            raise StateError(f"{exc.message.rstrip('.')}; Gmail already has the {what} \"{letter.subject}\" "
                             f"to {letter.to_addr}, and the next run adopts it without making a second one.",
                             exc.hint) from None
        self.on_written("after_letter_committed")
        return self.repo.letter(letter.key)

    def _release(self, letter: Letter) -> None:
        """Drop this run's claim on a letter it could not finish (a failure): the next run takes it up."""
        try:
            with transaction(self.repo.conn):
                self.repo.release_letter(letter.key, self.writer)
        except StateError:
            pass  # the database is failing too; a claim of a finished run is taken over anyway

    def _already_sent(self, letter: Letter, quietly: bool = False) -> SentInfo | None:
        """A message already sent for this intent. Gmail rewrites the Message-ID on send,
        so look in the sent folder for our subject to our recipient since the intent was made.
        The SENT label is listed rather than searched: search can trail a message just sent."""
        from datetime import timedelta

        since = (letter.created_at or self.clock.now()) - timedelta(minutes=1)
        try:
            head = self.mailbox.find_sent(letter.to_addr, letter.subject, since)
        except GmailError:
            if quietly:
                return None
            raise
        return None if head is None else SentInfo(head.id, head.thread_id, head.header("message-id") or None)

