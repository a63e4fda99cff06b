"""Gmail's per-user rate limit and its limit on concurrent calls, as the sandbox plays them.

Quota units per user per minute: https://developers.google.com/gmail/api/reference/quota
(since May 2026 a new project gets 6,000 units per user per minute, quirk
`quota_per_minute`). Past it Gmail answers either 429 "User-rate limit
exceeded" with a Retry-After, or its older 403 `userRateLimitExceeded`
(https://developers.google.com/gmail/api/guides/handle-errors#resolve_a_403_error_user_rate_limit_exceeded
and #resolve_a_429_error_too_many_requests); the sandbox alternates between the two,
so a client has to cope with both. The window is REAL time (a monotonic clock
shared by every process on the machine), not the sandbox clock: a rate limit
is about how fast a client calls, and the sandbox clock stands still within a run.

Concurrent calls: https://developers.google.com/gmail/api/guides/batch warns that
large batches trigger rate limiting; Gmail answers the parts of one batch beyond
what it runs at once with 429 "Too many concurrent requests for user", reason
rateLimitExceeded (quirk `batch_concurrency`; reported in
https://github.com/googleapis/google-api-dotnet-client/issues/1982).
"""

from __future__ import annotations

import math
import time

from assistant.sandbox import quirks
from assistant.sandbox.errors import GmailApiError
from assistant.sandbox.store import Transaction

CONCURRENCY_MESSAGE = "Too many concurrent requests for user"


def admit(tx: Transaction, units: int) -> GmailApiError | None:
    """Charge `units` to the current window; or the refusal Gmail answers with (nothing charged)."""
    limit = quirks.value(tx, "quota_per_minute")
    if not limit:
        return None
    window = max(1, quirks.value(tx, "quota_window_seconds"))
    now = time.monotonic()
    tx.execute("DELETE FROM quota_spent WHERE at <= ?", (now - window,))
    spending = tx.all("SELECT at, units FROM quota_spent ORDER BY at")
    spent = sum(row["units"] for row in spending)
    if spent + units <= limit:
        tx.execute("INSERT INTO quota_spent(at, units) VALUES (?, ?)", (now, units))
        return None
    return _refusal(tx, _seconds_until_room(spending, spent, now, window, limit, units))


def _seconds_until_room(spending: list, spent: int, now: float, window: int, limit: int, units: int) -> int:
    """Whole seconds until enough of the window's spending has aged out for this call to fit."""
    for row in spending:
        spent -= row["units"]
        if spent + units <= limit:
            return max(1, math.ceil(row["at"] + window - now))
    return window


def _refusal(tx: Transaction, retry_after: int) -> GmailApiError:
    """429 with Retry-After and 403 userRateLimitExceeded, in turn, worded as Gmail words them
    (the 429 as reported in github.com/mxngls/gmail-cleaner/issues/5; the 403 as in the
    handle-errors guide)."""
    turn = tx.meta_int("rate_limited")
    tx.set_meta("rate_limited", str(turn + 1))
    if turn % 2 == 0:
        error = GmailApiError(429, "Resource has been exhausted (e.g. check quota).", reason="rateLimitExceeded",
                              headers={"Retry-After": str(retry_after)})
        error.domain = "global"
        return error
    return GmailApiError(403, "User Rate Limit Exceeded", reason="userRateLimitExceeded", status="PERMISSION_DENIED")


def concurrency_limit(tx: Transaction) -> int:
    """How many parts of one batch Gmail runs at once (0: no limit)."""
    return quirks.value(tx, "batch_concurrency")


def too_many_concurrent(tx: Transaction) -> GmailApiError:
    """The answer for a batch part beyond the concurrency limit."""
    tx.set_meta("concurrency_refused", str(tx.meta_int("concurrency_refused") + 1))
    # The shape reported in github.com/googleapis/google-api-dotnet-client/issues/1982.
    error = GmailApiError(429, CONCURRENCY_MESSAGE, reason="rateLimitExceeded")
    error.domain = "global"
    return error
