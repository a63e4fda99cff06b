"""The user's profile and preferences: a small JSON file, validated key by key."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import InputError, StateError

_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
_HOURS = re.compile(r"^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$")


def _text(value: str) -> str:
    value = value.strip()
    if "\n" in value or "\r" in value:
        raise ValueError("it must fit on one line")
    if not value:
        raise ValueError("it must not be empty")
    return value


def _email(value: str) -> str:
    value = _text(value)
    if not _EMAIL.match(value):
        raise ValueError("it is not an email address")
    return value


def _resume(value: str) -> str:
    path = Path(_text(value)).expanduser()
    if not path.is_file():
        raise ValueError(f"no file at {path}")
    return str(path.resolve())


def _timezone(value: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    value = _text(value)
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("it is not an IANA time zone such as Europe/Berlin or America/New_York") from None
    return value


def _holidays(value: str) -> str:
    from assistant.adapters.public_holidays import parse_place

    return parse_place(_text(value))


def _mode(value: str) -> str:
    value = _text(value).lower()
    if value not in ("draft", "send"):
        raise ValueError("it must be 'draft' or 'send'")
    return value


def _days(value: str) -> int:
    try:
        days = int(_text(value))
    except ValueError:
        raise ValueError("it must be a whole number of days") from None
    if not 1 <= days <= 60:
        raise ValueError("it must be between 1 and 60 days")
    return days


def _hours(value: str) -> str:
    match = _HOURS.match(_text(value))
    if not match:
        raise ValueError("it must look like 09:30-11:30")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if not (0 <= h1 < 24 and 0 <= h2 < 24 and m1 < 60 and m2 < 60) or (h1, m1) >= (h2, m2):
        raise ValueError("it must be a window within one day, start before end")
    return f"{h1:02d}:{m1:02d}-{h2:02d}:{m2:02d}"


def _quota(value: str) -> int:
    try:
        units = int(_text(value).replace(",", "").replace("_", ""))
    except ValueError:
        raise ValueError("it must be a whole number of quota units per minute, e.g. 6000") from None
    if not 100 <= units <= 1_000_000:
        raise ValueError("it must be between 100 and 1000000 units per minute")
    return units


@dataclass(frozen=True)
class Setting:
    key: str
    help: str
    parse: Callable[[str], Any]
    default: Any = None


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("name", "your full name, as you sign letters", _text),
        Setting("phone", "the phone number letters give", _text),
        Setting("email", "the address letters give (defaults to the authorized Gmail address)", _email),
        Setting("resume", "path of your resume (PDF), attached to every letter", _resume),
        Setting("timezone", "IANA time zone for working hours", _timezone, "UTC"),
        Setting("holidays", "public holidays to skip like weekends: ISO country code, optionally with a "
                "subdivision, e.g. US, FR or DE-BY (default: none)", _holidays),
        Setting("followup.mode", "'draft' (default) or 'send' for status inquiries", _mode, "draft"),
        Setting("followup.after_days", "days after the interview before a status inquiry", _days, 7),
        Setting("followup.hours", "working-hours window for an inquiry, e.g. 09:30-11:30", _hours, "09:30-11:30"),
        Setting("gmail.quota_per_minute", "Gmail quota units per user per minute your Cloud project has "
                "(6000 for projects made since May 2026)", _quota, 6000),
    )
}


@dataclass(frozen=True)
class Profile:
    """The settings a letter or a schedule needs."""

    name: str | None
    phone: str | None
    email: str | None
    resume: str | None
    timezone: str
    followup_mode: str
    followup_after_days: int
    followup_hours: str
    holidays: str | None = None     # `US`, `DE-BY`: whose public holidays count like weekends


class Config:
    """The config file: read, validate, write atomically."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[str, Any]:
        """The stored settings as written, unchecked; StateError when the file is no JSON object."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except IsADirectoryError:
            raise StateError(f"The config file {self.path} is a folder; move it away so the settings file can be written.") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise StateError(f"The config file {self.path} cannot be read ({getattr(exc, 'strerror', None) or exc}); "
                             "fix its permissions or delete it.") from None
        try:
            data = json.loads(text)
        except ValueError as exc:
            where = f"line {exc.lineno}, column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else "somewhere"
            raise StateError(f"The config file {self.path} is not valid JSON ({where}); fix it, or delete it "
                             "and set your values again with `assistant config set KEY VALUE`.") from None
        if not isinstance(data, dict):
            raise StateError(f"The config file {self.path} is not a JSON object; fix it, or delete it and set your "
                             "values again with `assistant config set KEY VALUE`.")
        return data

    def problems(self) -> list[str]:
        """One sentence per bad entry of the file, each naming the file and the fix (empty when all is well)."""
        return [f"The config file {self.path} {problem}" for problem in setting_problems(self.load())]

    def values(self) -> dict[str, Any]:
        """Every known key with its value or default; StateError naming the first bad entry of the file."""
        stored = self.load()
        problems = setting_problems(stored)
        if problems:
            raise StateError(f"The config file {self.path} {problems[0]}")
        return {key: stored.get(key, setting.default) for key, setting in SETTINGS.items()}

    def set(self, key: str, raw_value: str) -> Any:
        setting = SETTINGS.get(key)
        if setting is None:
            raise InputError(f"Unknown setting {key!r}; valid keys are: {', '.join(SETTINGS)}.")
        try:
            value = setting.parse(raw_value)
        except ValueError as exc:
            raise InputError(f"Invalid value for {key}: {raw_value!r} ({exc}).") from None
        data = self.load()   # other bad entries may stay: `config set` is how they get fixed
        data[key] = value
        write_private_json(self.path, data, mode=0o644)
        return value

    def restore(self, settings: dict[str, Any]) -> list[str]:
        """Add a backup's settings that are not set here; the keys kept at a different value here."""
        data = self.load()
        kept = sorted(k for k, v in settings.items() if k in SETTINGS and k in data and data[k] != v)
        added = {k: v for k, v in settings.items() if k in SETTINGS and k not in data}
        if added:
            write_private_json(self.path, {**data, **added}, mode=0o644)
        return kept

    def profile(self) -> Profile:
        v = self.values()
        return Profile(
            name=v["name"], phone=v["phone"], email=v["email"], resume=v["resume"], timezone=v["timezone"],
            followup_mode=v["followup.mode"], followup_after_days=int(v["followup.after_days"]),
            followup_hours=v["followup.hours"], holidays=v["holidays"],
        )


# The resume is checked where it is used (and by doctor): a moved file must not stop `list`.
# The holidays place too: checking it loads the holidays package, which only timing needs.
_CHECKED_WHEN_USED = ("resume", "holidays")


def setting_problems(stored: dict[str, Any]) -> list[str]:
    """What is wrong with a hand-edited settings file, one clause each ("sets timezone to …; fix it with …")."""
    problems = []
    for key, value in stored.items():
        setting = SETTINGS.get(key)
        if setting is None:
            problems.append(f"has an unknown setting {key!r}; remove it from the file "
                            f"(the settings are: {', '.join(SETTINGS)}).")
            continue
        if value is None:
            continue
        try:
            if not isinstance(value, (str, int)) or isinstance(value, bool):
                raise ValueError("it must be text or a number")
            if key not in _CHECKED_WHEN_USED:
                setting.parse(str(value))
        except ValueError as exc:
            problems.append(f"sets {key} to {json.dumps(value, ensure_ascii=False)}, but {exc}; "
                            f"fix it with `assistant config set {key} VALUE`.")
    return problems


def write_private_json(path: Path, data: Any, mode: int = 0o600, dir_mode: int = 0o700) -> None:
    """Write JSON atomically (temp file + rename) with the given file mode."""
    import tempfile  # here: it pulls in random and hashlib, which most commands never need

    path.parent.mkdir(parents=True, exist_ok=True, mode=dir_mode)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2, sort_keys=True)
            handle.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
