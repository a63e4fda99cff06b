"""The user's public holidays, from the `holidays` package (`config set holidays CC[-SUBDIVISION]`).

The package is imported here only, and only when a place is set: `assistant
--help` and every command of a user without the setting never load it. The
domain receives a predicate (`assistant/domain/workdays.py`) and stays free
of the package.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from assistant.domain.workdays import IsHoliday, no_holidays


def parse_place(text: str) -> str:
    """An ISO country code with an optional subdivision (`US`, `DE-BY`), as the package spells it.

    ValueError (a clause for `config set`) when the package does not know the place.
    """
    import holidays

    code, _, subdivision = text.strip().partition("-")
    known: dict[str, list[str]] = holidays.list_supported_countries()
    country = code.upper()
    if country not in known:
        raise ValueError("it is not a country code the holidays package knows; use an ISO code such as "
                         "US, FR or DE-BY (country-subdivision)")
    if not subdivision:
        return country
    by_fold = {s.casefold(): s for s in known[country]}
    found = by_fold.get(subdivision.casefold())
    if found is None:
        example = f"{country}-{known[country][0]}" if known[country] else country
        raise ValueError(f"{country} has no subdivision {subdivision!r} in the holidays package; use {example} "
                         f"or just {country}")
    return f"{country}-{found}"


@lru_cache(maxsize=8)
def _calendar(place: str) -> Any:
    import holidays

    from assistant.errors import StateError

    country, _, subdivision = place.partition("-")
    try:
        # The years are computed as they are asked for (the package's `expand`), so any date works.
        return holidays.country_holidays(country, subdiv=subdivision or None)
    except (NotImplementedError, KeyError, ValueError):   # a hand-edited config file
        raise StateError(f"The holidays setting {place!r} is not a place the holidays package knows; fix it with "
                         "`assistant config set holidays US` (your country code, e.g. FR or DE-BY).") from None


def holiday_predicate(place: str | None) -> IsHoliday:
    """Whether a date is a public holiday at `place` (no place set: never)."""
    if not place:
        return no_holidays
    calendar = _calendar(place)

    def is_holiday(day: date) -> bool:
        return day in calendar

    return is_holiday


def holiday_name(place: str | None, day: date) -> str | None:
    """The holiday's name at `place` on `day`, or None."""
    if not place:
        return None
    name = _calendar(place).get(day)
    return str(name) if name else None
