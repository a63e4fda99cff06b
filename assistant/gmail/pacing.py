"""Staying under Gmail's per-user rate limit: what each call costs, a budget, and when to try again.

Gmail charges quota units per method and limits each user to a number of units
per minute (https://developers.google.com/gmail/api/reference/quota; a project
created since May 2026 gets 6,000 per user per minute, older projects more —
setting `gmail.quota_per_minute`). Past it Gmail answers 429 with Retry-After,
or 403 `userRateLimitExceeded`/`rateLimitExceeded`; the documented remedy is to
wait and retry with exponential backoff
(https://developers.google.com/gmail/api/guides/handle-errors#exponential-backoff).
The budget paces calls so that the limit is never reached by this client alone;
the retry rules cover everyone else sharing the user's quota.
"""

from __future__ import annotations

import random
import time
from collections import deque
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Any

# Units per call, the table in force since May 2026 (README.md "Sync cost and Gmail's limits").
UNITS: dict[str, int] = {
    "gmail.users.getProfile": 1,
    "gmail.users.settings.sendAs.list": 1,
    "gmail.users.history.list": 2,
    "gmail.users.messages.list": 5,
    "gmail.users.messages.get": 20,
    "gmail.users.messages.attachments.get": 20,
    "gmail.users.messages.send": 100,
    "gmail.users.threads.get": 40,
    "gmail.users.drafts.list": 5,
    "gmail.users.drafts.get": 20,
    "gmail.users.drafts.create": 10,
    "gmail.users.drafts.update": 15,
    "gmail.users.drafts.delete": 10,
    "gmail.users.drafts.send": 100,
}
DEFAULT_UNITS = 5
RATE_REASONS = ("rateLimitExceeded", "userRateLimitExceeded")
MAX_WAIT = 120.0           # a single Retry-After longer than this stops the sync instead


def units(method_id: str | None) -> int:
    """Quota units one call of `method_id` costs."""
    return UNITS.get(method_id or "", DEFAULT_UNITS)


class Budget:
    """Quota units spent in the last `window` seconds; `spend` waits until a call fits."""

    def __init__(self, per_window: int, window: float = 60.0, *, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic, on_wait: Callable[[float], None] | None = None) -> None:
        self.per_window = per_window
        self.window = window
        # Gmail starts counting a call a little after we send it: let spending age a bit longer.
        self.slack = 0.2 + window * 0.05
        self._sleep, self._clock = sleep, clock
        self._spent: deque[tuple[float, int]] = deque()
        self.on_wait = on_wait or (lambda seconds: None)

    def spend(self, amount: int) -> None:
        """Wait (if need be) until `amount` more units fit in the window, then record them."""
        amount = min(amount, self.per_window)
        while True:
            now = self._clock()
            while self._spent and self._spent[0][0] + self.window + self.slack <= now:
                self._spent.popleft()
            in_window = sum(u for _, u in self._spent)
            if in_window + amount <= self.per_window:
                self._spent.append((now, amount))
                return
            wait = self._wait_for(amount, in_window, now)
            self.on_wait(wait)
            self._sleep(wait)

    def _wait_for(self, amount: int, in_window: int, now: float) -> float:
        for at, spent in self._spent:
            in_window -= spent
            if in_window + amount <= self.per_window:
                return max(0.05, at + self.window + self.slack - now)
        return self.window


def status_of(exc: Exception) -> int | None:
    resp = getattr(exc, "resp", None)
    return getattr(resp, "status", None)


def reason_of(exc: Exception) -> str:
    """Gmail's `errors[0].reason` of an HttpError ("" when there is none)."""
    try:
        import json

        content = getattr(exc, "content", b"") or b""
        detail = json.loads(content.decode("utf-8", "replace"))["error"]
        return str((detail.get("errors") or [{}])[0].get("reason", ""))
    except (ValueError, KeyError, TypeError, AttributeError, IndexError):
        return ""


def is_rate_limited(exc: Exception) -> bool:
    """429, or Gmail's older 403 form of the per-user rate limit."""
    status = status_of(exc)
    return status == 429 or (status == 403 and reason_of(exc) in RATE_REASONS)


def is_concurrency_limit(exc: Exception) -> bool:
    """A batch part refused because too many ran at once for the user."""
    return status_of(exc) == 429 and b"concurrent" in (getattr(exc, "content", b"") or b"").lower()


def retry_after(exc: Exception) -> float | None:
    """Seconds the server asked us to wait (Retry-After: seconds or an HTTP date), if it said."""
    resp: Any = getattr(exc, "resp", None)
    value = resp.get("retry-after") if hasattr(resp, "get") else None
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        # An HTTP date is measured against the server's own Date header, never against our clock.
        return max(0.0, (parsedate_to_datetime(value) - parsedate_to_datetime(resp.get("date"))).total_seconds())
    except (TypeError, ValueError):
        return None


def backoff(attempt: int, base: float) -> float:
    """Exponential backoff with jitter: base, 2×base, 4×base … (times 0.5–1.5)."""
    return base * (2 ** attempt) * (0.5 + random.random())
