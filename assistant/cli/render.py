"""Plain-text rendering for the terminal: tables that fit its width, dates a person reads.

Plain string work on purpose: a table of 1,000 applications must appear about
as fast as `--help` does, which a cell-wrapping table library cannot do.
"""

from __future__ import annotations

import os
import shutil
import sys
from datetime import datetime, tzinfo

ELLIPSIS = "…"
GAP = "  "


def terminal_width() -> int | None:
    """The width to fit: $COLUMNS, else the terminal's; None (no limit) when stdout is a pipe or file."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout.isatty():
        return shutil.get_terminal_size((100, 24)).columns
    return None


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + ELLIPSIS


def fit_columns(headers: list[str], rows: list[list[str]], width: int | None,
                shrinkable: tuple[int, ...]) -> list[int]:
    """Column widths for `rows` under `width`: the `shrinkable` columns give way, widest first."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    if width is None:
        return widths
    excess = sum(widths) + len(GAP) * (len(widths) - 1) - width
    floor = {i: max(len(headers[i]), 6) for i in shrinkable}
    while excess > 0:
        candidates = [i for i in shrinkable if widths[i] > floor[i]]
        if not candidates:
            break   # narrower than the fixed columns: let the terminal wrap rather than hide ids and dates
        widest = max(candidates, key=lambda i: widths[i])
        widths[widest] -= 1
        excess -= 1
    return widths


def table_lines(headers: list[str], rows: list[list[str]], width: int | None,
                shrinkable: tuple[int, ...] = ()) -> list[str]:
    """The header and one line per row, columns padded (the last one unpadded), clipped with '…' to fit."""
    widths = fit_columns(headers, rows, width, shrinkable)
    last = len(headers) - 1

    def line(cells: list[str]) -> str:
        parts = [_clip(c, widths[i]) if i == last else _clip(c, widths[i]).ljust(widths[i]) for i, c in enumerate(cells)]
        return GAP.join(parts).rstrip()

    return [line(headers)] + [line(r) for r in rows]


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def when(instant: datetime | None, zone: tzinfo, now: datetime, *, weekday: bool = True) -> str:
    """'Fri 20 Nov, 14:00' in the user's zone; the year is added when it is not the current one.

    English names whatever the locale, as in the letters' dates (and faster than strftime).
    """
    if instant is None:
        return ""
    local = instant.astimezone(zone)
    day = f"{_DAYS[local.weekday()]} " if weekday else ""
    year = f" {local.year}" if local.year != now.astimezone(zone).year else ""
    return f"{day}{local.day:02d} {_MONTHS[local.month - 1]}{year}, {local.hour:02d}:{local.minute:02d}"
