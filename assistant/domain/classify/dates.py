"""The day an absent person is back, from an out-of-office text.

"back on 16 November" names the first day back; "out until 20 November" /
"bis 20.11." / "jusqu'au 2 décembre" names the last day away, so the day
after it is returned. A date without a year is the next such date on or
after the message was sent (allowing a week of slack for sloppy writers).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .lang import LANGUAGES, words

if TYPE_CHECKING:
    from .headers import Headers

# Month and weekday names of every language (lang/<code>/__init__.py).
_MONTHS = {name: number for language in LANGUAGES for name, number in language.months.items()}
_WEEKDAYS = {name: number for language in LANGUAGES for name, number in language.weekdays.items()}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))

# The date words of every language (lang/<code>/__init__.py), as alternations.
_ARTICLE = words("date_articles")
_ORDINAL = words("ordinals")
_ORDINAL_BEFORE_MONTH = rf"(?:{_ORDINAL}|\.)"  # "16th November", "1er décembre", "16. November"
_MONTH_OF = words("month_joiners")
_YEAR_OF = words("year_joiners")

# A date: "16 November (2026)", "November 16(th), 2026", "16.11.(2026)", "16/11", "2026-11-16",
# or a bare weekday ("Monday").
_DATE = (
    rf"(?:(?:{_WEEKDAY_RE}),? (?:(?:{_ARTICLE}) )?)?"
    rf"(?:(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|(?P<d1>\d{{1,2}}){_ORDINAL_BEFORE_MONTH}? (?:(?:{_MONTH_OF}) )?(?P<m1>{_MONTH_RE})\.?"
    rf"(?:,? (?:(?:{_YEAR_OF}) )?(?P<y1>\d{{4}}))?"
    rf"|(?P<m2>{_MONTH_RE})\.? (?P<d2>\d{{1,2}})(?:{_ORDINAL})?(?:,? (?P<y2>\d{{4}}))?"
    rf"|(?P<n1>\d{{1,2}})[./](?P<n2>\d{{1,2}})(?:[./](?P<ny>\d{{2,4}}))?\.?"
    rf"|(?P<wd>{_WEEKDAY_RE}))"
)
# Words that introduce the first day back ...
_BACK = re.compile(
    rf"\b(?:{words('back_words')})"
    rf"(?: (?:{words('back_places')}))?"
    rf"(?: (?:{words('back_joiners')}))*"
    rf" (?P<date>{_DATE})"
)
# ... and words that introduce the last day away.
_UNTIL = re.compile(
    rf"\b(?:{words('until_words')})"
    rf"(?: (?:{words('until_joiners')}))? (?P<date>{_DATE})"
)


def _year_for(month: int, day: int, sent: date | None) -> date | None:
    if sent is None:
        return None
    for year in (sent.year, sent.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate >= sent - timedelta(days=7):
            return candidate
    return None


def _to_date(m: re.Match[str], sent: date | None, day_first: bool) -> date | None:
    """The date a match names; a numeric one in the given day/month order."""
    g = m.groupdict()
    try:
        if g["iso"]:
            return date.fromisoformat(g["iso"])
        if g["d1"] or g["d2"]:
            day = int(g["d1"] or g["d2"])
            month = _MONTHS[(g["m1"] or g["m2"]).lower()]
            year = g["y1"] or g["y2"]
            return date(int(year), month, day) if year else _year_for(month, day, sent)
        if g["n1"]:
            a, b = int(g["n1"]), int(g["n2"])
            day, month = (a, b) if day_first else (b, a)
            if month > 12:
                day, month = month, day
            year = g["ny"]
            if year:
                full = int(year) + (2000 if len(year) == 2 else 0)
                return date(full, month, day)
            return _year_for(month, day, sent)
        if g["wd"] and sent is not None:
            ahead = (_WEEKDAYS[g["wd"].lower()] - sent.weekday()) % 7 or 7
            return sent + timedelta(days=ahead)
    except (ValueError, KeyError):
        return None
    return None


def return_date(text: str, sent: date | None, lang_hint: str = "en", locale: str = "") -> date | None:
    """First day back stated in an out-of-office text, or None.

    `sent` is the day the message was written; without it only dates that
    state their year can be resolved. A numeric date whose day and month
    could be swapped ("03/01") is read the way the text confirms elsewhere
    ("3rd January"), else the way that is not already past, else by the
    sender's `locale` ("day_first", "month_first" or "" for unknown: then
    day first unless the text is English). A stated first day back ("back
    on …") is preferred to the last day away ("until …") it would contradict.
    """
    floor = sent - timedelta(days=7) if sent else date.min
    text = text.lower()
    day_first = locale == "day_first" or (locale != "month_first" and lang_hint != "en")
    named = _named_days(text)
    for pattern, shift in ((_BACK, 0), (_UNTIL, 1)):
        for m in pattern.finditer(text):
            found = _to_date(m, sent, _numeric_order(m, named, sent, floor, day_first))
            if found is None or found < floor:
                continue
            return _next_working_day(found) if shift else found
    return None


def _named_days(text: str) -> set[tuple[int, int]]:
    """(day, month) of every date written with a month name ("5th jan", "january 3")."""
    found = set()
    for m in re.finditer(rf"\b(\d{{1,2}}){_ORDINAL_BEFORE_MONTH}? (?:(?:{_MONTH_OF}) )?({_MONTH_RE})\b"
                         rf"|\b({_MONTH_RE})\.? (\d{{1,2}})(?:{_ORDINAL})?\b", text):
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        found.add((int(day), _MONTHS[month]))
    return found


def _numeric_order(m: re.Match[str], named: set[tuple[int, int]], sent: date | None, floor: date,
                   day_first: bool) -> bool:
    """Whether a numeric date "a/b" is day first: as the text confirms, else not
    in the past, else the default."""
    if not m.group("n1"):
        return day_first
    if "/" not in m.string[m.end("n1"):m.start("n2")]:
        day_first = True  # "05.11." is written day first wherever dots are used
    a, b = int(m.group("n1")), int(m.group("n2"))
    if a > 12 or b > 12 or a == b:
        return day_first
    if (a, b) in named and (b, a) not in named:
        return True
    if (b, a) in named and (a, b) not in named:
        return False
    readings = {order: _to_date(m, sent, order) for order in (True, False)}
    current = [order for order, day in readings.items() if day is not None and day >= floor]
    return current[0] if len(current) == 1 else day_first


def sender_locale(headers: Headers) -> str:
    """"day_first", "month_first" or "" from what the headers say of the sender:
    Content-Language, the country domain of the address, the Date's offset.

    `headers` is anything with a `get(name)` that returns a string."""
    language = (headers.get("Content-Language") or headers.get("Accept-Language")).lower()
    if language:
        return "month_first" if language.startswith(("en-us", "en-ph")) else "day_first"
    address = headers.get("From").lower().rstrip("> ")
    tld = address.rsplit(".", 1)[-1] if "@" in address else ""
    if tld == "us":
        return "month_first"
    if len(tld) == 2:
        return "day_first"  # a country domain outside the US
    offset = re.search(r"([+-])(\d{2})(\d{2})\s*(?:\(|$)", headers.get("Date"))
    if offset is None:
        return ""
    hours = int(offset.group(2)) * (-1 if offset.group(1) == "-" else 1)
    if -10 <= hours <= -4:
        return "month_first"  # the Americas' date order, as in the US
    return "day_first" if hours >= 0 else ""


def _next_working_day(last_day_away: date) -> date:
    """The day after the last day away, skipping a weekend."""
    day = last_day_away + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day
