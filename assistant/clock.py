"""The tool's clock, injected everywhere time matters.

`ASSISTANT_NOW` fixes it, but only in sandbox mode, so a stray variable can
never shift the timing of real mail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from assistant.errors import InputError


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware."""
        ...


class SystemClock:
    """The real time."""

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock that says what it is told (ASSISTANT_NOW, tests)."""

    instant: datetime

    def now(self) -> datetime:
        return self.instant


def parse_instant(text: str, what: str = "ASSISTANT_NOW") -> datetime:
    """An ISO-8601 timestamp with an offset, or a clear error."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"{what} is not an ISO-8601 timestamp: {text!r} (example: 2026-11-20T15:00:00+01:00).") from None
    if value.tzinfo is None:
        raise InputError(f"{what} needs a UTC offset: {text!r} (example: 2026-11-20T15:00:00+01:00).")
    return value


def clock_for(environ: dict[str, str], sandbox: bool) -> Clock:
    """The clock for this run: ASSISTANT_NOW in sandbox mode, else the system's."""
    fixed = environ.get("ASSISTANT_NOW")
    if sandbox and fixed:
        return FixedClock(parse_instant(fixed))
    return SystemClock()
