"""Letters the user scheduled with Gmail's Schedule send: how the tool speaks of them.

A scheduled message waits in Gmail's Scheduled folder; only the user can
cancel it there (the tool's Gmail scopes cannot, and the API offers no call).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from assistant.domain.models import Application, Letter


def local_time(instant: datetime, timezone: str) -> str:
    """`Wed 18 Nov 2026 08:30` in the user's time zone."""
    return instant.astimezone(ZoneInfo(timezone)).strftime("%a %d %b %Y %H:%M")


def scheduled_after_answer(letter: Letter, app: Application, timezone: str) -> str:
    """The attention sentence: the letter will still go out; where to cancel it."""
    when = local_time(letter.scheduled_for, timezone) if letter.scheduled_for else "its scheduled time"
    return (f"application {app.id}: {app.company} has answered, but \"{letter.subject}\" to {letter.to_addr} "
            f"is scheduled to go out {when}; the tool cannot cancel it — if it should not go out, open Gmail's "
            "Scheduled folder, open the message and choose Cancel send")
