"""Letters the user scheduled with Gmail's Schedule send: the time they go out, in the user's time zone.

A scheduled message waits in Gmail's Scheduled folder; only the user can
cancel it there (the tool's Gmail scopes cannot, and the API offers no call).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo


def local_time(instant: datetime, timezone: str) -> str:
    """`Wed 18 Nov 2026 08:30` in the user's time zone."""
    return instant.astimezone(ZoneInfo(timezone)).strftime("%a %d %b %Y %H:%M")

