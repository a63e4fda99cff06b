"""The Gmail token file: what was granted, when, and credentials that keep it fresh.

The token is JSON (never pickle), written atomically, 0600 in a 0700 folder,
and written again whenever google-auth refreshes it.

`Credentials.from_authorized_user_info` always resets `token_uri` to Google's,
so credentials are built directly from the token file, whose `token_uri` comes
from the OAuth client file (a local server can stand in for Google).

No function here prints: warnings go to this module's logger, and secrets
never reach any log (the loggers that would dump token requests are capped at
WARNING).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.clock import SystemClock
from assistant.config import write_private_json
from assistant.errors import AuthError

if TYPE_CHECKING:
    from assistant.gmail.oauth_client import OAuthClient

COMPOSE = "https://www.googleapis.com/auth/gmail.compose"
READONLY = "https://www.googleapis.com/auth/gmail.readonly"
SCOPES = (COMPOSE, READONLY)
SCOPE_USES = {
    COMPOSE: "creating drafts and sending the letters you chose to send",
    READONLY: "reading the employers' replies and noticing which drafts you sent",
}
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
GOOGLE_PERMISSIONS_PAGE = "https://myaccount.google.com/permissions"
SETUP_GUIDE = 'docs/gmail-setup.md, section "Keeping the authorization alive"'
TESTING_LIFETIME = timedelta(days=7)     # refresh tokens of apps in "Testing" status
WARN_FROM = timedelta(days=5)            # i.e. from the sixth day on
# These log request bodies, headers (Basic auth with the client secret) and tokens at DEBUG.
_SECRET_LOGGERS = ("requests_oauthlib", "oauthlib", "google.auth", "google.oauth2")
log = logging.getLogger(__name__)


def quiet_secret_loggers() -> None:
    """Keep the libraries that log token requests and responses at DEBUG from ever doing so."""
    for name in _SECRET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


# ---- scopes ---------------------------------------------------------------------
def granted_scopes(credentials: Any) -> list[str]:
    """The scopes Google actually granted (the requested ones when it did not say)."""
    granted = getattr(credentials, "granted_scopes", None) or credentials.scopes or SCOPES
    return sorted(granted.split() if isinstance(granted, str) else granted)


def missing_scopes(scopes: list[str] | tuple[str, ...]) -> list[str]:
    return [scope for scope in SCOPES if scope not in scopes]


def short_scope(scope: str) -> str:
    """`gmail.compose` for the full scope URL, as the user sees it on the consent screen."""
    return scope.rsplit("/", 1)[-1]


# ---- reading and writing the file ---------------------------------------------------
def save_new_token(credentials: Any, client: OAuthClient, paths: Any, clock: Any) -> dict[str, Any]:
    """Store a freshly granted token with the client's endpoints and the time it was issued."""
    if not credentials.refresh_token:
        raise AuthError("Google gave no refresh token, so the authorization could not be kept.",
                        hint=f"Remove assistant's access at {GOOGLE_PERMISSIONS_PAGE}, then run `assistant auth` again.")
    record = {
        "type": "authorized_user",
        "token": credentials.token,
        "refresh_token": credentials.refresh_token,
        "client_id": client.client_id,
        "client_secret": client.installed["client_secret"],
        "token_uri": client.token_uri,
        "revoke_uri": client.revoke_uri,
        "scopes": granted_scopes(credentials),
        "expiry": _format_expiry(credentials.expiry),
        "issued_at": as_utc(clock.now()).isoformat(timespec="seconds"),
    }
    write_token(paths.token_file, record)
    return record


def write_token(token_file: Path, record: dict[str, Any]) -> None:
    """Atomically, 0600, in a folder only the user can enter."""
    write_private_json(token_file, record, mode=0o600, dir_mode=0o700)
    os.chmod(token_file.parent, 0o700)   # also when the folder existed with looser rights


def read_token(paths: Any) -> dict[str, Any]:
    """The stored token record, or AuthError when there is none usable."""
    try:
        record = json.loads(paths.token_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AuthError("Gmail is not authorized yet.", hint="Run `assistant auth` to connect your Gmail account.") from None
    except (OSError, ValueError):
        raise AuthError(f"The stored authorization {paths.token_file} cannot be read.") from None
    if not isinstance(record, dict) or not record.get("refresh_token") or not record.get("client_id"):
        raise AuthError(f"The stored authorization {paths.token_file} is incomplete.")
    return record


# ---- credentials that save themselves ---------------------------------------------
def load_credentials(paths: Any, clock: Any) -> Any:
    """Credentials from the token file that refresh themselves and save the result; warns near a 7-day expiry."""
    quiet_secret_loggers()
    record = read_token(paths)
    _warn_once_a_day(record, paths.token_file, clock)
    _note_use(read_token(paths), paths.token_file, clock)
    return _credentials(record, paths.token_file, clock)


def authorized_http(credentials: Any, paths: Any) -> Any:
    """An httplib2-compatible http that refreshes on expiry and on a 401, saving the new token."""
    import google_auth_httplib2

    from assistant.gmail.service import new_http

    if getattr(credentials, "token_file", False) is None:
        credentials.token_file = paths.token_file
    return google_auth_httplib2.AuthorizedHttp(credentials, http=new_http())


def _credentials(record: dict[str, Any], token_file: Path | None, clock: Any) -> Any:
    credentials = _stored_credentials_class()(
        token=record.get("token"),
        refresh_token=record["refresh_token"],
        token_uri=record.get("token_uri") or GOOGLE_TOKEN_URI,
        client_id=record["client_id"],
        client_secret=record.get("client_secret"),
        scopes=record.get("scopes") or list(SCOPES),
        expiry=_parse_expiry(record.get("expiry")),
    )
    credentials.token_file = token_file
    credentials.clock = clock
    return credentials


@lru_cache(maxsize=1)
def _stored_credentials_class() -> type:
    from google.oauth2.credentials import Credentials

    class StoredCredentials(Credentials):
        """Credentials that write themselves back to the token file after every refresh.

        AuthorizedHttp refreshes through `refresh()` (expiry, 401) and so does
        googleapiclient's batch, so this is the one place that sees every new token.
        """

        token_file: Path | None = None
        clock: Any = None

        def refresh(self, request: Any) -> None:
            super().refresh(request)
            if self.token_file is not None:
                _save_refreshed(self, self.token_file, self.clock)

    return StoredCredentials


def _save_refreshed(credentials: Any, token_file: Path, clock: Any) -> None:
    try:
        record = json.loads(token_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return   # logged out meanwhile: do not bring the token back
    if credentials.refresh_token and credentials.refresh_token != record.get("refresh_token"):
        record["refresh_token"] = credentials.refresh_token   # rotated: a new grant, a new 7-day clock
        now = (clock or SystemClock()).now()
        record["issued_at"] = as_utc(now).isoformat(timespec="seconds")
    record["token"] = credentials.token
    record["expiry"] = _format_expiry(credentials.expiry)
    if credentials.granted_scopes:
        record["scopes"] = sorted(credentials.granted_scopes)
    write_token(token_file, record)


# ---- age, state, warnings -----------------------------------------------------------
@dataclass(frozen=True)
class TokenStatus:
    """What whoami and doctor say about the stored token (never the token itself)."""

    scopes: tuple[str, ...]
    missing_scopes: tuple[str, ...]
    issued_at: datetime | None
    age: timedelta | None
    expires_at: datetime | None
    state: str   # "valid", "refreshable" (the access token expired; a refresh renews it) or "expired"


def token_status(paths: Any, clock: Any) -> TokenStatus:
    """The stored token's scopes, age and state; AuthError when there is none."""
    record = read_token(paths)
    now = as_utc(clock.now())
    issued = _issued_at(record)
    expiry = _parse_expiry(record.get("expiry"))
    expires_at = expiry.replace(tzinfo=UTC) if expiry else None
    if record.get("token") and expires_at and expires_at > now:
        state = "valid"
    else:
        state = "refreshable" if record.get("refresh_token") else "expired"
    scopes = tuple(record.get("scopes") or ())
    return TokenStatus(scopes=scopes, missing_scopes=tuple(missing_scopes(scopes)), issued_at=issued,
                       age=(now - issued) if issued else None, expires_at=expires_at, state=state)


def testing_expiry_warning(age: timedelta | None) -> str | None:
    """The warning due on the sixth and seventh day of a refresh token's life, else None."""
    if age is None or not WARN_FROM <= age < TESTING_LIFETIME:
        return None
    return (f"Your Gmail authorization is {age.days} days old: if your Google Cloud app is still in "
            f'"Testing" publishing status, Google ends it after 7 days and `assistant auth` must be run '
            f"again; {SETUP_GUIDE} explains how to keep it alive.")


def _warn_once_a_day(record: dict[str, Any], token_file: Path, clock: Any) -> None:
    now = as_utc(clock.now())
    issued = _issued_at(record)
    warning = testing_expiry_warning(now - issued if issued else None)
    today = now.date().isoformat()
    if warning is None or record.get("warned_on") == today:
        return
    log.warning(warning)
    with contextlib.suppress(OSError):
        write_token(token_file, {**record, "warned_on": today})


# Google deletes an OAuth client that has not been used for about six months (announced in
# https://developers.googleblog.com/en/usability-and-safety-updates-to-google-auth-platform);
# doctor warns a month before, from the day of last use the token file records.
CLIENT_UNUSED_LIMIT = timedelta(days=180)
UNUSED_WARN_FROM = timedelta(days=150)


def _note_use(record: dict[str, Any], token_file: Path, clock: Any) -> None:
    """Record the day the authorization was last used (once a day), for doctor's unused-client warning."""
    today = as_utc(clock.now()).date().isoformat()
    if record.get("last_used_on") == today:
        return
    with contextlib.suppress(OSError):
        write_token(token_file, {**record, "last_used_on": today})


def unused_for(record: dict[str, Any], now: datetime) -> timedelta | None:
    """How long ago the authorization was last used (None when no use was recorded)."""
    try:
        last = datetime.fromisoformat(record["last_used_on"]).replace(tzinfo=UTC)
    except (KeyError, TypeError, ValueError):
        return None
    return as_utc(now) - last


def _issued_at(record: dict[str, Any]) -> datetime | None:
    try:
        return as_utc(datetime.fromisoformat(record["issued_at"]))
    except (KeyError, TypeError, ValueError):
        return None


def as_utc(instant: datetime) -> datetime:
    """`instant` in UTC; a naive one is taken to be UTC already (as google-auth keeps them)."""
    return instant.astimezone(UTC) if instant.tzinfo else instant.replace(tzinfo=UTC)


def _parse_expiry(text: Any) -> datetime | None:
    """google-auth keeps expiry as a naive UTC datetime; the file has it as ISO with a Z."""
    if not isinstance(text, str) or not text:
        return None
    try:
        return as_utc(datetime.fromisoformat(text.replace("Z", "+00:00"))).replace(tzinfo=None)
    except ValueError:
        return None


def _format_expiry(expiry: datetime | None) -> str | None:
    return as_utc(expiry).replace(tzinfo=None).isoformat(timespec="seconds") + "Z" if expiry else None
