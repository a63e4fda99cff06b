"""Progress of a long read on stderr (Rich), only on a terminal and never with --json."""

from __future__ import annotations

import sys
from typing import Any


def for_sync(as_json: bool) -> RichProgress | None:
    """A Rich progress bar when stderr is a terminal and the output is for a person; else None."""
    if as_json or not sys.stderr.isatty():
        return None
    return RichProgress()


class RichProgress:
    """Messages read out of the total, with notes (a wait for Gmail's rate limit) above the bar."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                  TimeElapsedColumn(), console=Console(stderr=True), transient=True)
        self._task: Any = None

    def start(self, total: int, text: str) -> None:
        self._progress.start()
        self._task = self._progress.add_task(text, total=total)

    def advance(self, count: int) -> None:
        if self._task is not None:
            self._progress.advance(self._task, count)

    def note(self, text: str) -> None:
        self._progress.console.print(text)

    def stop(self) -> None:
        if self._task is not None:
            self._progress.stop()
            self._task = None
