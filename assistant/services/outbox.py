"""Putting letters into Gmail exactly once.

The intent (a `letters` row with the Message-ID the tool generated) is committed
before Gmail is called. If the call fails with an unknown outcome (a timeout, a
5xx, a dropped connection), the next attempt first looks for that Message-ID in
Gmail and adopts what it finds, so a retry never makes a second draft or send.
"""

from __future__ import annotations

from typing import Any, Callable

from assistant.domain.models import Letter
from assistant.errors import AuthError, GmailError
from assistant.store.db import transaction


class Outbox:
    def __init__(self, repo: Any, mailbox: Any, clock: Any,
                 on_written: Callable[[str], None] | None = None) -> None:
        self.repo = repo
        self.mailbox = mailbox
        self.clock = clock
        # Called right after Gmail accepted a write, before the local commit (crash tests).
        self.on_written = on_written or (lambda point: None)

    def record_intent(self, letter: Letter) -> Letter:
        with transaction(self.repo.conn):
            return self.repo.add_letter(letter)

    def dispatch(self, letter: Letter, raw: bytes, *, fresh: bool = False) -> Letter:
        """Create the draft (or send the message) for an intent row.

        `fresh` means the intent was recorded by this very run, so no earlier
        attempt can exist; otherwise Gmail is searched first.
        """
        if letter.state != "intent":
            return letter
        if letter.mode == "send":
            return self._send(letter, raw, fresh)
        found = None if fresh else self.mailbox.find_draft(letter.tool_message_id)
        if found is None:
            try:
                found = self.mailbox.create_draft(raw, letter.thread_id)
            except AuthError:
                raise
            except GmailError:
                # Outcome unknown: Gmail may have created it before failing. Look once more.
                found = self._find_quietly(letter.tool_message_id)
                if found is None:
                    raise
        return self._drafted(letter, found)

    def _find_quietly(self, message_id: str) -> Any:
        try:
            return self.mailbox.find_draft(message_id)
        except GmailError:
            return None

    def _drafted(self, letter: Letter, draft: Any) -> Letter:
        self.on_written("after_gmail_write")
        now = self.clock.now()
        with transaction(self.repo.conn):
            self.repo.update_letter(letter.id, state="drafted", draft_id=draft.draft_id,
                                    gmail_message_id=draft.message_id, written_message_id=draft.message_id,
                                    thread_id=draft.thread_id,
                                    rfc_message_id=draft.rfc_message_id or letter.tool_message_id, drafted_at=now)
            self.repo.add_event(letter.application_id, now, f"{letter.purpose}_drafted",
                                f"draft {draft.draft_id} to {letter.to_addr}: {letter.subject}")
        return self.repo.letter(letter.id)

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
        self.on_written("after_gmail_write")
        now = self.clock.now()
        with transaction(self.repo.conn):
            self.repo.update_letter(letter.id, state="sent", gmail_message_id=sent.message_id,
                                    thread_id=sent.thread_id, rfc_message_id=sent.rfc_message_id, sent_at=now)
            self.repo.add_event(letter.application_id, now, f"{letter.purpose}_sent",
                                f"sent to {letter.to_addr}: {letter.subject}")
        return self.repo.letter(letter.id)

    def _already_sent(self, letter: Letter, quietly: bool = False) -> Any:
        """A message already sent for this intent. Gmail rewrites the Message-ID on send,
        so look in the sent folder for our subject to our recipient since the intent was made."""
        from assistant.gmail.mailbox import SentInfo

        since = int((letter.created_at or self.clock.now()).timestamp()) - 60
        query = f'in:sent to:{letter.to_addr} after:{since} subject:"{_quoted(letter.subject)}"'
        try:
            refs = self.mailbox.search(query, limit=5)
            if not refs:
                return None
            heads = self.mailbox.heads([r.id for r in refs], ["Message-ID", "Subject"])
        except GmailError:
            if quietly:
                return None
            raise
        for ref in refs:
            head = heads.get(ref.id)
            if head and head.header("subject") == letter.subject:
                return SentInfo(ref.id, ref.thread_id, head.header("message-id") or None)
        return None


def _quoted(text: str) -> str:
    return text.replace('"', " ")

