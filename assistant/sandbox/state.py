"""`SandboxMailbox`: the persisted mailbox of one Gmail user.

It holds what Gmail holds (messages, threads, drafts, labels, history) in
`<directory>/mailbox.db`, so successive CLI processes and a test share one
mailbox. Besides what the API does (see `api.py`), it plays the rest of the
world: mail arriving, and the person pressing Send or editing a draft in
Gmail's own web interface. Those actions are not API calls and are not counted.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.sandbox import (
    compose,
    faults,
    history,
    mailstore,
    metering,
    quirks,
    ratelimit,
    rfc822,
    threads,
    useractions,
)
from assistant.sandbox.errors import GmailApiError
from assistant.sandbox.faults import Fault
from assistant.sandbox.store import Database, Transaction

DEFAULT_EMAIL = "you@sandbox.example"
DEFAULT_NAME = "Alex Candidate"


# Before any clock-bearing process has touched a mailbox, its clock reads this
# fixed instant: the sandbox never falls back to the wall clock.
SANDBOX_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


class SandboxMailbox:
    """One Gmail user's mailbox, stored in SQLite under `directory`."""

    def __init__(self, directory: Path, now: Callable[[], datetime] | None = None) -> None:
        """`now` is the caller's clock; without one the mailbox keeps the sandbox clock.

        The sandbox clock is the instant the latest clock-bearing process (a
        CLI run with its injected clock) reported. The person's own actions
        played from outside such a process (a test pressing Send between two
        runs) happen at that instant, never at the wall clock's.
        """
        self.directory = Path(directory)
        self.db = Database(self.directory / "mailbox.db")
        first = str(history.first_history_id())
        self.db.create({"email": DEFAULT_EMAIL, "display_name": DEFAULT_NAME,
                        "history_id": first, "history_floor": first, "http_requests": "0"})
        self._clock = now
        if now is not None:
            self.set_clock(now())

    def now(self) -> datetime:
        """The mailbox's time: the caller's clock, or the persisted sandbox clock."""
        if self._clock is not None:
            return self._clock()
        with self.db.read() as tx:
            stored = tx.meta("clock")
        return datetime.fromisoformat(stored) if stored else SANDBOX_EPOCH

    def set_clock(self, instant: datetime) -> None:
        """Move the persisted sandbox clock (every later clockless action happens then)."""
        if instant.tzinfo is None:
            raise ValueError("the sandbox clock needs an aware datetime")
        with self.write() as tx:
            tx.set_meta("clock", instant.astimezone(UTC).isoformat())

    # --- the account

    def profile(self) -> dict[str, Any]:
        """The account: emailAddress, displayName, signature (HTML or None)."""
        with self.db.read() as tx:
            return {"emailAddress": tx.meta("email"), "displayName": tx.meta("display_name"),
                    "signature": tx.meta("signature")}

    def set_profile(self, *, email_address: str | None = None, display_name: str | None = None,
                    signature_html: str | None = None, aliases: Sequence[str] | None = None) -> None:
        """Change the account's address, name, Gmail signature or verified send-as aliases (None: unchanged)."""
        with self.write() as tx:
            for key, value in (("email", email_address), ("display_name", display_name),
                               ("signature", signature_html)):
                if value is not None:
                    tx.set_meta(key, value)
            if aliases is not None:
                tx.set_meta("aliases", json.dumps([a.strip().lower() for a in aliases]))

    def account(self, tx: Transaction) -> compose.Account:
        """The sender identity and the clock's time, for a change being made."""
        return compose.Account(email=tx.meta("email") or DEFAULT_EMAIL,
                               display_name=tx.meta("display_name") or "", now=self.now(),
                               aliases=tuple(json.loads(tx.meta("aliases") or "[]")))

    @contextmanager
    def write(self) -> Iterator[Transaction]:
        """A write transaction stamped with the sandbox clock (history records carry its time)."""
        now_ms = mailstore.epoch_ms(self.now())
        with self.db.write() as tx:
            tx.now_ms = now_ms
            yield tx

    @contextmanager
    def read(self) -> Iterator[Transaction]:
        """A read snapshot (for the API layer)."""
        with self.db.read() as tx:
            yield tx

    # --- the outside world and the person at the keyboard (no HTTP, not counted)

    def deliver(self, raw: bytes, label_ids: Sequence[str] = ("INBOX", "UNREAD")) -> dict[str, Any]:
        """Incoming mail arrives; it joins a thread when its references and subject agree."""
        raw = rfc822.ensure_header(bytes(raw), "Message-ID", rfc822.received_message_id())
        msg = rfc822.parse(raw)
        with self.write() as tx:
            self._release(tx)
            joined = threads.for_incoming(tx, msg)
            stored = mailstore.add(tx, raw, list(label_ids), joined, mailstore.epoch_ms(self.now()), msg)
        return stored.reference()

    def press_send(self, draft_id: str) -> dict[str, Any]:
        """The user presses Send on a draft in Gmail (KeyError for an unknown draft)."""
        with self.write() as tx:
            self._release(tx)
            self._require_draft(tx, draft_id)
            stored = useractions.press_send(tx, draft_id, self.account(tx))
        return stored.reference()

    def user_edit_draft(self, draft_id: str, raw: bytes) -> dict[str, Any]:
        """The user edits a draft in Gmail: a new message id, same conversation; `id` is the draft id it now has."""
        with self.write() as tx:
            self._release(tx)
            self._require_draft(tx, draft_id)
            new_id, stored = useractions.edit_draft(tx, draft_id, raw, self.account(tx))
        return {"id": new_id, "message": stored.reference()}

    def draft_raw(self, draft_id: str) -> bytes:
        """The RFC 822 bytes a draft holds now (KeyError for an unknown draft)."""
        with self.read() as tx:
            return mailstore.require(tx, self._require_draft(tx, draft_id)).raw

    def user_delete_draft(self, draft_id: str) -> None:
        """The user discards a draft in Gmail (KeyError for an unknown draft)."""
        with self.write() as tx:
            self._release(tx)
            self._require_draft(tx, draft_id)
            mailstore.delete(tx, self._require_draft(tx, draft_id))

    def schedule_send(self, draft_id: str, at: datetime) -> dict[str, Any]:
        """The user uses Schedule send on a draft (KeyError for an unknown draft; ValueError for a naive time)."""
        if at.tzinfo is None:
            raise ValueError("a scheduled time needs its UTC offset")
        with self.write() as tx:
            self._release(tx)
            self._require_draft(tx, draft_id)
            stored = useractions.schedule(tx, draft_id, mailstore.epoch_ms(at))
        self.release_scheduled()  # a time already past goes out at once
        return stored.reference()

    def cancel_scheduled(self, message_id: str) -> dict[str, Any]:
        """The user cancels a scheduled send: `id` is the NEW draft id (KeyError when nothing is scheduled so)."""
        with self.write() as tx:
            self._release(tx)
            try:
                draft_id, stored = useractions.cancel_scheduled(tx, message_id, self.account(tx))
            except GmailApiError:
                raise KeyError(message_id) from None
        return {"id": draft_id, "message": stored.reference()}

    def scheduled(self) -> list[dict[str, Any]]:
        """The messages waiting in Scheduled: `id` and `send_at` (epoch milliseconds)."""
        with self.read() as tx:
            return useractions.scheduled(tx)

    def release_scheduled(self) -> list[dict[str, Any]]:
        """Send every scheduled message whose time has come on the sandbox clock."""
        with self.write() as tx:
            return [stored.reference() for stored in self._release(tx)]

    def _release(self, tx: Transaction) -> list[Any]:
        return useractions.release_due(tx, self.account(tx))

    def user_send(self, raw: bytes) -> dict[str, Any]:
        """The user writes and sends a mail in Gmail's composer (replies thread as in Gmail)."""
        with self.write() as tx:
            self._release(tx)
            account = self.account(tx)
            raw = compose.as_sent(bytes(raw), account)
            msg = rfc822.parse(raw)
            joined = threads.for_incoming(tx, msg)
            stored = mailstore.add(tx, raw, ["SENT"], joined, account.now_ms, msg)
        return stored.reference()

    @staticmethod
    def _require_draft(tx: Transaction, draft_id: str) -> str:
        message_id = mailstore.draft_message_id(tx, draft_id)
        if message_id is None:
            raise KeyError(draft_id)
        return message_id

    def dump(self) -> dict[str, Any]:
        """Every message and draft, in the format of `assistant sandbox mailbox --json`."""
        self.release_scheduled()
        with self.db.read() as tx:
            messages = mailstore.all_messages(tx)
            drafts = tx.all("SELECT id, message_id FROM drafts ORDER BY seq")
        by_id = {m.id: _dumped(m) for m in messages}
        return {"messages": list(by_id.values()),
                "drafts": [{"draft_id": row["id"], "message": by_id[row["message_id"]]}
                           for row in drafts if row["message_id"] in by_id]}

    # --- history

    def current_history_id(self) -> int:
        """The mailbox's current history id (getProfile's `historyId`)."""
        with self.db.read() as tx:
            return tx.meta_int("history_id")

    def expire_history(self, keep_after: int | None = None) -> None:
        """Forget history records (all, or those up to `keep_after`); older start ids then get 404."""
        with self.write() as tx:
            history.expire(tx, keep_after)

    # --- quirks (assistant/sandbox/quirks.py)

    def quirks(self) -> dict[str, Any]:
        """Every quirk's value in this mailbox."""
        with self.db.read() as tx:
            return quirks.values(tx)

    def quirk(self, name: str) -> Any:
        """One quirk's value (KeyError for an unknown name)."""
        with self.db.read() as tx:
            return quirks.value(tx, name)

    def set_quirk(self, name: str, value: Any) -> Any:
        """Set one quirk (KeyError for an unknown name, ValueError for a value that does not fit)."""
        with self.write() as tx:
            return quirks.set_value(tx, name, value)

    def set_quirk_profile(self, profile: str) -> dict[str, Any]:
        """Every quirk at its `kind` or `harsh` value."""
        with self.write() as tx:
            return quirks.apply_profile(tx, profile)

    # --- stats

    def stats(self) -> dict[str, Any]:
        """API requests and quota units, in total and by method, and HTTP round trips."""
        with self.db.read() as tx:
            return metering.report(tx)

    def reset_stats(self) -> None:
        """Start counting from zero."""
        with self.write() as tx:
            metering.reset(tx)

    def count_round_trip(self) -> None:
        """Count one HTTP request (the server calls this)."""
        with self.write() as tx:
            metering.count_round_trip(tx)

    def begin_call(self, method_id: str, *, beyond_concurrency: bool = False) -> Fault | None:
        """Charge one API call and take the fault aimed at it, if any (the server calls this).

        Raises Gmail's rate-limit error, uncharged, when the call is past the per-user
        limit or (`beyond_concurrency`) past the parts of a batch Gmail runs at once.
        """
        with self.write() as tx:
            # A scheduled message goes out at its time; the first request after it sees it sent.
            self._release(tx)
            refusal = (ratelimit.too_many_concurrent(tx) if beyond_concurrency
                       else ratelimit.admit(tx, metering.units(method_id)))
            metering.count_call(tx, method_id, charged=refusal is None)
            fault = faults.take(tx, method_id) if refusal is None else None
        if refusal is not None:
            raise refusal
        return fault

    def batch_concurrency(self) -> int:
        """How many parts of one batch run at once (0: all of them)."""
        with self.db.read() as tx:
            return ratelimit.concurrency_limit(tx)

    # --- fault injection

    def inject_fault(self, method: str, *, status: int | None = None, drop: bool = False, delay: float = 0.0,
                     times: int = 1, skip: int = 0, after_effect: bool = False,
                     reason: str | None = None) -> None:
        """Make the next `times` calls of `method` (a discovery id, or "*") fail, after `skip` pass.

        `status` answers with that HTTP status in Gmail's error shape (`reason`
        overrides the usual reason, e.g. 403 "rateLimitExceeded"); `drop`
        closes the connection without an answer; `delay` waits that long first.
        With `after_effect` a write is done before the failure is reported.
        """
        with self.write() as tx:
            faults.inject(tx, method, status=status, reason=reason, drop=drop, delay=delay, times=times,
                          skip=skip, after_effect=after_effect)

    def clear_faults(self) -> None:
        """Remove every pending fault."""
        with self.write() as tx:
            faults.clear(tx)


def _dumped(stored: Any) -> dict[str, Any]:
    return {"id": stored.id, "thread_id": stored.thread_id, "labels": list(stored.labels),
            "raw": base64.urlsafe_b64encode(stored.raw).decode("ascii")}


__all__ = ["SandboxMailbox"]
