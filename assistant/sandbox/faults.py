"""Injected faults, stored in the mailbox so a CLI subprocess meets the faults a test set.

A fault matches a method id (or "*"), lets `skip` matching calls through,
then strikes the next `times` ones: an HTTP error in Gmail's shape, a
connection closed without an answer, or a delay. `after_effect` makes a
write happen before the failure — the "did it go through?" case a client
has to reconcile.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.sandbox.errors import GmailApiError, unauthenticated
from assistant.sandbox.store import Transaction


@dataclass(frozen=True)
class Fault:
    """What to do to one request."""

    status: int | None = None
    reason: str | None = None
    drop: bool = False
    delay: float = 0.0
    after_effect: bool = False

    def error(self, retry_after: str | None = None) -> GmailApiError | None:
        """The Gmail error this fault answers with, if it answers with one."""
        if self.status is None:
            return None
        if self.status == 401:
            return unauthenticated()
        if self.status == 429 or self.reason in ("rateLimitExceeded", "userRateLimitExceeded"):
            # Gmail's per-user rate limit text, with the time it is willing to try again.
            message = "User-rate limit exceeded." + (f"  Retry after {retry_after}" if retry_after else "")
            return GmailApiError(self.status, message, reason=self.reason or "rateLimitExceeded")
        return GmailApiError(self.status, reason=self.reason)


class DropConnection(Exception):
    """Close the client's connection without sending any answer."""


def inject(tx: Transaction, method: str, *, status: int | None, reason: str | None, drop: bool,
           delay: float, times: int, skip: int, after_effect: bool) -> None:
    """Store a fault for the next matching calls."""
    if status is None and not drop and not delay:
        raise ValueError("a fault needs a status, drop=True or a delay")
    if times < 1 or skip < 0:
        raise ValueError("times must be at least 1 and skip not negative")
    tx.execute("INSERT INTO faults(method, status, reason, drop_connection, delay, times, skip, after_effect) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               (method, status, reason, int(drop), float(delay), times, skip, int(after_effect)))


def take(tx: Transaction, method_id: str) -> Fault | None:
    """The fault striking this call, if any; consumes it."""
    rows = tx.all("SELECT * FROM faults WHERE method IN (?, '*') ORDER BY seq", (method_id,))
    for row in rows:
        if row["skip"] > 0:
            tx.execute("UPDATE faults SET skip = skip - 1 WHERE seq = ?", (row["seq"],))
            continue
        if row["times"] <= 1:
            tx.execute("DELETE FROM faults WHERE seq = ?", (row["seq"],))
        else:
            tx.execute("UPDATE faults SET times = times - 1 WHERE seq = ?", (row["seq"],))
        return Fault(status=row["status"], reason=row["reason"], drop=bool(row["drop_connection"]),
                     delay=row["delay"], after_effect=bool(row["after_effect"]))
    return None


def clear(tx: Transaction) -> None:
    """Remove every pending fault."""
    tx.execute("DELETE FROM faults")
