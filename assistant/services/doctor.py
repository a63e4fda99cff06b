"""What `whoami` and `doctor` find out: who is connected, and whether everything a sync needs works.

Each check answers with a `Check`: "ok", "warn" (works today, act soon),
"fail" (with the fix) or "skip"; an AssistantError a check raises becomes its
failed line. The Google libraries are imported only inside the checks that need them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from assistant.errors import AssistantError, GmailError, InputError
from assistant.services.ports import Collaborators

MAX_SKEW = timedelta(minutes=5)


# ---- whoami ----------------------------------------------------------------------
def identity(rt: Collaborators) -> dict[str, Any]:
    """The connected address, granted scopes, the token's age and state, and whether asking renewed it."""
    if rt.sandbox:
        email = rt.mailbox.account().email
        return {"address": email, "sandbox": True, "state": "sandbox (no authorization needed)"}
    from assistant.gmail.token_store import token_status

    before = token_status(rt.paths, rt.clock)
    email = rt.mailbox.account().email          # refreshes the token when needed
    after = token_status(rt.paths, rt.clock)
    return {
        "address": email, "sandbox": False,
        "scopes": list(after.scopes), "missing_scopes": list(after.missing_scopes),
        "issued_at": after.issued_at.isoformat() if after.issued_at else None,
        "age_days": round(after.age.total_seconds() / 86400, 2) if after.age is not None else None,
        "state": before.state, "refreshed": after.expires_at != before.expires_at,
        "expires_at": after.expires_at.isoformat() if after.expires_at else None,
    }


# ---- doctor -------------------------------------------------------------------------
@dataclass(frozen=True)
class Check:
    """One line of `assistant doctor`."""

    name: str
    status: str          # "ok", "warn" (works today, act soon), "fail" or "skip"
    detail: str
    fix: str | None = None


def run_checks(rt: Collaborators) -> list[Check]:
    """Every check, in the order doctor shows them."""
    lines: list[Check] = []
    for check in _CHECKS:
        found = check(rt)
        lines.extend(found if isinstance(found, list) else [found])   # settings: one line per bad entry
    return lines


DoctorCheck = Callable[[Collaborators], Check | list[Check]]


def _guarded(name: str) -> Callable[[DoctorCheck], DoctorCheck]:
    """Run a check; an AssistantError it raises is a failed line, with its hint as the fix."""

    def wrap(check: DoctorCheck) -> DoctorCheck:
        def run(rt: Collaborators) -> Check | list[Check]:
            try:
                return check(rt)
            except AssistantError as error:
                return Check(name, "fail", error.message, error.hint)
        return run
    return wrap


def _sandboxed(name: str) -> Check:
    return Check(name, "skip", "sandbox mode: no authorization needed")


def _without_token(rt: Collaborators, name: str) -> Check | None:
    """The skipped line of a check that reads the stored token, when there is none to read."""
    if rt.sandbox:
        return _sandboxed(name)
    if not rt.paths.token_file.exists():
        return Check(name, "skip", "no token yet")
    return None


@_guarded("settings")
def _check_settings(rt: Collaborators) -> Check | list[Check]:
    """Every entry of the config file, as a hand edit may have left it (the resume has its own line)."""
    problems = rt.config.problems()
    if problems:
        return [Check("settings", "fail", problem) for problem in problems]
    return Check("settings", "ok", f"{rt.paths.config_file}: every setting is valid")


@_guarded("credentials")
def _check_credentials(rt: Collaborators) -> Check:
    if rt.sandbox:
        return _sandboxed("credentials")
    from assistant.gmail.auth import stored_client

    try:
        client = stored_client(rt.paths)
    except InputError as error:
        return Check("credentials", "fail", error.message, "assistant auth --credentials FILE")
    return Check("credentials", "ok", f"{rt.paths.credentials_file} (Desktop client {client.client_id})")


@_guarded("token")
def _check_token(rt: Collaborators) -> Check:
    if rt.sandbox:
        return _sandboxed("token")
    from assistant.gmail.token_store import token_status

    status = token_status(rt.paths, rt.clock)
    if status.state == "expired":
        return Check("token", "fail", "the stored token has expired and cannot be renewed", "assistant auth")
    detail = {"valid": "valid", "refreshable": "the access token expired; it renews on the next use"}[status.state]
    return Check("token", "ok", f"{detail} ({rt.paths.token_file})")


@_guarded("scopes")
def _check_scopes(rt: Collaborators) -> Check:
    if skipped := _without_token(rt, "scopes"):
        return skipped
    from assistant.gmail.token_store import SCOPE_USES, short_scope, token_status

    status = token_status(rt.paths, rt.clock)
    if status.missing_scopes:
        lost = "; ".join(f"{short_scope(s)} ({SCOPE_USES[s]})" for s in status.missing_scopes)
        return Check("scopes", "fail", f"not granted: {lost}", "assistant auth, and tick every box on Google's consent screen")
    return Check("scopes", "ok", ", ".join(short_scope(s) for s in status.scopes))


@_guarded("token age")
def _check_token_age(rt: Collaborators) -> Check:
    if skipped := _without_token(rt, "token age"):
        return skipped
    from assistant.gmail import token_store

    status = token_store.token_status(rt.paths, rt.clock)
    if status.age is None:
        return Check("token age", "warn", "unknown (authorized by an older version)", "assistant auth")
    days = status.age.days
    if token_store.testing_expiry_warning(status.age):
        return Check("token age", "warn", f"{days} days: an app in \"Testing\" status loses it on day 7",
                     f"publish the app ({token_store.SETUP_GUIDE}) or run `assistant auth` again")
    if status.age >= token_store.TESTING_LIFETIME:
        return Check("token age", "ok", f"{days} days (older than 7 days, so the app is not in \"Testing\" status)")
    return Check("token age", "ok", f"{days} days")


@_guarded("last use")
def _check_last_use(rt: Collaborators) -> Check:
    if skipped := _without_token(rt, "last use"):
        return skipped
    from assistant.gmail import token_store

    idle = token_store.unused_for(token_store.read_token(rt.paths), rt.clock.now())
    if idle is None:
        return Check("last use", "skip", "not recorded yet (it is from the next command that reaches Gmail)")
    days = idle.days
    if idle >= token_store.CLIENT_UNUSED_LIMIT:
        return Check("last use", "warn",
                     f"{days} days ago: Google deletes an OAuth client unused for about six months, so yours may be gone",
                     f"if Gmail now refuses the client, create a new one and run `assistant auth --credentials FILE` "
                     f"({token_store.SETUP_GUIDE})")
    if idle >= token_store.UNUSED_WARN_FROM:
        return Check("last use", "warn",
                     f"{days} days ago: Google deletes an OAuth client unused for about six months",
                     "run `assistant sync` now and then (the daily `assistant schedule install` does it for you)")
    return Check("last use", "ok", "today" if days == 0 else f"{days} day{'s' if days != 1 else ''} ago")


@_guarded("clock")
def _check_clock(rt: Collaborators) -> Check:
    if rt.sandbox:
        return Check("clock", "skip", "sandbox mode: the sandbox uses this computer's clock")
    from assistant.gmail.auth import clock_skew, server_date

    date, problem = None, None
    for url in _date_sources(rt):
        try:
            date = server_date(url)
            break
        except GmailError as error:
            problem = error.message
    if date is None:
        return Check("clock", "skip", f"not checked: {problem}")
    skew = clock_skew(date, rt.clock.now())
    seconds = abs(skew.total_seconds())
    if abs(skew) > MAX_SKEW:
        direction = "ahead of" if skew.total_seconds() > 0 else "behind"
        return Check("clock", "warn", f"this computer's clock is {seconds / 60:.0f} minutes {direction} the server's",
                     "turn on automatic time (NTP) synchronisation")
    return Check("clock", "ok", f"within {max(1, round(seconds))} s of the server's")


def _date_sources(rt: Collaborators) -> list[str]:
    """Where to read the time from: the Gmail endpoint, then the token endpoint when there is a token."""
    from assistant.gmail import token_store
    from assistant.gmail.service import GOOGLE_ROOT_URL

    root = (rt.environ.get("ASSISTANT_GMAIL_ENDPOINT") or GOOGLE_ROOT_URL).rstrip("/") + "/"
    candidates = [root + "gmail/v1/users/me/profile"]
    if rt.paths.token_file.exists():
        candidates.append(token_store.read_token(rt.paths).get("token_uri") or token_store.GOOGLE_TOKEN_URI)
    return candidates


@_guarded("gmail")
def _check_gmail(rt: Collaborators) -> Check:
    account = rt.mailbox.account()
    where = "the sandbox" if rt.sandbox else "Gmail"
    return Check("gmail", "ok", f"{where} answers for {account.email}")


@_guarded("resume")
def _check_resume(rt: Collaborators) -> Check:
    resume = rt.config.load().get("resume")   # not the profile: another bad setting must not hide this line
    if not resume:
        return Check("resume", "fail", "no resume is set", "assistant config set resume PATH")
    try:
        with open(resume, "rb") as handle:
            handle.read(1)
    except OSError as exc:
        return Check("resume", "fail", f"{resume} cannot be read ({exc.strerror or exc})",
                     "assistant config set resume PATH")
    return Check("resume", "ok", resume)


@_guarded("templates")
def _check_templates(rt: Collaborators) -> Check:
    try:
        from assistant.letters.context import check_templates
    except ImportError:
        return Check("templates", "skip", "this version cannot check templates")
    errors = check_templates(rt)
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        return Check("templates", "fail", errors[0] + more, "assistant templates edit NAME, then preview it")
    return Check("templates", "ok", "every letter renders")


@_guarded("holidays")
def _check_holidays(rt: Collaborators) -> Check:
    """Whose public holidays the timing skips; unset, only weekends are (the default)."""
    place = rt.config.load().get("holidays")
    if not place:
        return Check("holidays", "warn", "not set: inquiries, calls and send-by times skip weekends only, not "
                     "public holidays", "assistant config set holidays US (your country code, e.g. FR or DE-BY)")
    from assistant.adapters.public_holidays import holiday_predicate

    holiday_predicate(str(place))   # a hand-edited unknown place fails here, with its fix
    return Check("holidays", "ok", f"{place}: its public holidays count like weekends")


_CHECKS = (_check_settings, _check_credentials, _check_token, _check_scopes, _check_token_age, _check_last_use,
           _check_clock, _check_gmail, _check_resume, _check_templates, _check_holidays)
