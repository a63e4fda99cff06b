"""OAuth for Gmail: the client file, the installed-app sign-in, logging out.

The sign-in is google-auth-oauthlib's installed-app flow (loopback redirect on
a free port, PKCE and `state` as the library does them), or the same flow with
the redirected address pasted back by hand on a machine without a browser.
The token it yields is kept by `assistant.gmail.token_store`.

Two library behaviours are worked around here:
- the flow honours the client file's `token_uri` (a local server can stand in
  for Google), which the token file then keeps for every refresh.
- oauthlib refuses plain-http endpoints and raises when Google grants fewer
  scopes than asked; both are relaxed only for the length of one exchange.

No function here prints, and secrets never reach any log (the loggers that
would dump token requests are capped at WARNING).
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from assistant.config import write_private_json
from assistant.errors import AuthError, GmailError, InputError
from assistant.gmail.oauth_client import GOOGLE_REVOKE_URI, OAuthClient
from assistant.gmail.token_store import SCOPES, as_utc, quiet_secret_loggers

# Re-exported: the wiring builds the Gmail service from these.
from assistant.gmail.token_store import authorized_http as authorized_http
from assistant.gmail.token_store import load_credentials as load_credentials

SIGN_IN_TIMEOUT = 300
DOWNLOAD = ('download a "Desktop app" OAuth client JSON from Google Cloud Console '
            "→ Google Auth Platform → Clients and pass it with `assistant auth --credentials FILE`")
_REQUIRED_CLIENT_KEYS = ("client_id", "client_secret", "auth_uri", "token_uri")
_LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
_CONSOLE_BROWSERS = {"www-browser", "links", "elinks", "lynx", "w3m"}
_AGAIN = "Run `assistant auth` again."
# Since June 2025 the console shows a client's secret once, when it is made; a JSON
# downloaded later from the client's page has none (support.google.com/cloud/answer/15549257).
_NO_SECRET = ("The OAuth client file {path} has no client_secret, because Google shows a client's secret only "
              "in the dialog that appears when the client is created; create a new \"Desktop app\" client "
              "(or add a secret to this one), press Download JSON in that dialog and pass that file to "
              "`assistant auth --credentials FILE`.")


# ---- the OAuth client file --------------------------------------------------
def _client_error(problem: str) -> InputError:
    return InputError(f"{problem}; {DOWNLOAD}.", hint="The steps are in docs/gmail-setup.md.")


def read_client_file(path: Path) -> OAuthClient:
    """The OAuth client in `path`, or InputError saying what to download instead."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _client_error(f"There is no OAuth client file at {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _client_error(f"The OAuth client file {path} cannot be read ({getattr(exc, 'strerror', None) or exc})") from None
    try:
        document = json.loads(text)
    except ValueError:
        raise _client_error(f"{path} is not a JSON file") from None
    if isinstance(document, dict) and "web" in document:
        raise _client_error(f'{path} is a "Web application" OAuth client, which cannot sign in from a terminal')
    installed = document.get("installed") if isinstance(document, dict) else None
    if not isinstance(installed, dict):
        raise _client_error(f"{path} is not an OAuth client file")
    missing = [key for key in _REQUIRED_CLIENT_KEYS if not isinstance(installed.get(key), str) or not installed[key]]
    if missing == ["client_secret"]:
        raise InputError(_NO_SECRET.format(path=path), hint="The steps are in docs/gmail-setup.md, step 4.")
    if missing:
        raise _client_error(f"The OAuth client file {path} lacks {', '.join(missing)}")
    return OAuthClient(document)


def install_client_file(source: Path, paths: Any) -> OAuthClient:
    """Validate `source` and copy it into the config folder (0600), where later commands find it."""
    client = read_client_file(source.expanduser())
    if source.expanduser().resolve() != paths.credentials_file.resolve():
        write_private_json(paths.credentials_file, client.document)
    return client


def stored_client(paths: Any) -> OAuthClient:
    """The client file copied in by an earlier `assistant auth --credentials`."""
    if not paths.credentials_file.exists():
        raise _client_error("No OAuth client file has been given yet")
    return read_client_file(paths.credentials_file)


# ---- signing in ---------------------------------------------------------------
def browser_available() -> bool:
    """Whether Python's `webbrowser` can start a graphical browser here."""
    import webbrowser

    try:
        controller = webbrowser.get()
    except webbrowser.Error:
        return False
    # Over SSH `webbrowser` falls back to text browsers, which cannot do Google's sign-in.
    return getattr(controller, "name", "") not in _CONSOLE_BROWSERS


def sign_in_with_browser(client: OAuthClient, show_url: Callable[[str, bool], None],
                         timeout: int = SIGN_IN_TIMEOUT) -> Any:
    """Open the consent page in a browser and wait for Google's redirect on a loopback port.

    `show_url(url, opened)` is told the consent URL and whether a browser took it.
    """
    import webbrowser

    def open_browser(url: str) -> None:
        try:
            opened = webbrowser.get().open(url, new=1, autoraise=True)
        except webbrowser.Error:
            opened = False
        show_url(url, bool(opened))

    flow = _flow(client, on_url=open_browser)
    with _exchange(client):
        return flow.run_local_server(
            host="127.0.0.1", port=0, open_browser=False, authorization_prompt_message=None,
            success_message="assistant is now connected to your Gmail. You can close this tab.",
            timeout_seconds=timeout, prompt="consent",
        )


class PastedSignIn:
    """The sign-in for a machine without a browser: show a URL, take back the address Google redirected to."""

    def __init__(self, client: OAuthClient) -> None:
        self._client = client
        self._flow = _flow(client)
        # Nothing listens there: on another device the page fails to load, and its address holds the answer.
        self._flow.redirect_uri = f"http://127.0.0.1:{_free_port()}/"
        with _exchange(client):
            self.url, _state = self._flow.authorization_url(prompt="consent")

    def finish(self, pasted: str) -> Any:
        """Exchange the code in the pasted address (checked against this sign-in's state) for a token."""
        answer = pasted.strip()
        parsed = urlparse(answer)
        if parsed.scheme not in ("http", "https") or not ("code=" in parsed.query or "error=" in parsed.query):
            raise InputError(
                "That is not the address the browser was sent to; copy the whole address from the "
                "browser's address bar (it starts with http://127.0.0.1 and contains code=).",
                hint=_AGAIN,
            )
        with _exchange(self._client):
            # oauthlib insists on https even for the loopback redirect, as run_local_server does too.
            self._flow.fetch_token(authorization_response="https" + answer[len(parsed.scheme):])
        return self._flow.credentials


def _flow(client: OAuthClient, on_url: Callable[[str], None] | None = None) -> Any:
    from google_auth_oauthlib.flow import InstalledAppFlow

    class Flow(InstalledAppFlow):
        def authorization_url(self, **kwargs: Any) -> tuple[str, str]:
            url, state = super().authorization_url(**kwargs)
            if on_url is not None:
                on_url(url)
            return url, state

    return Flow.from_client_config({"installed": client.installed}, scopes=list(SCOPES))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _is_loopback_http(uri: str) -> bool:
    parsed = urlparse(uri)
    return parsed.scheme == "http" and parsed.hostname in _LOOPBACK_HOSTS


@contextlib.contextmanager
def _exchange(client: OAuthClient) -> Iterator[None]:
    """oauthlib's settings for one exchange, and its errors as the tool's."""
    overrides = {"OAUTHLIB_RELAX_TOKEN_SCOPE": "1"}   # an unticked scope is reported, not a crash
    if any(_is_loopback_http(uri) for uri in (client.auth_uri, client.token_uri)):
        overrides["OAUTHLIB_INSECURE_TRANSPORT"] = "1"  # a local OAuth server standing in for Google
    saved = {key: os.environ.get(key) for key in overrides}
    os.environ.update(overrides)
    quiet_secret_loggers()
    try:
        with _sign_in_errors():
            yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@contextlib.contextmanager
def _sign_in_errors() -> Iterator[None]:
    import requests
    from google_auth_oauthlib.flow import WSGITimeoutError
    from oauthlib.oauth2.rfc6749 import errors as oauth

    try:
        yield
    except oauth.MismatchingStateError:
        raise AuthError("The answer from Google does not belong to this sign-in (its state differs), "
                        "so it was refused.", hint="Run `assistant auth` again and use the newest address.") from None
    except oauth.InsecureTransportError:
        raise InputError("The OAuth client file's auth_uri and token_uri must use https.") from None
    except oauth.AccessDeniedError:
        raise AuthError("Access was denied on Google's consent screen, so Gmail is not connected.",
                        hint="Run `assistant auth` again and choose Allow.") from None
    except oauth.MissingCodeError:
        raise InputError("The address has no authorization code; copy the whole address from the browser's "
                         "address bar.", hint=_AGAIN) from None
    except oauth.OAuth2Error as exc:
        detail = f"{exc.error}: {exc.description}" if exc.description else exc.error
        raise AuthError(f"Google refused the sign-in ({detail}).", hint=_AGAIN) from None
    except WSGITimeoutError:
        raise AuthError(f"No answer came from the browser within {SIGN_IN_TIMEOUT // 60} minutes.",
                        hint="Run `assistant auth` again, or `assistant auth --no-browser` to paste the address.") from None
    except requests.RequestException as exc:
        raise GmailError(f"Google's sign-in server could not be reached ({type(exc).__name__}).") from None


# ---- logout and clock -------------------------------------------------------------------
@dataclass(frozen=True)
class SignOut:
    had_token: bool
    revoked: bool
    problem: str | None = None


def sign_out(paths: Any, timeout: float = 5.0) -> SignOut:
    """Revoke the grant at the authorization server (best effort) and delete the token file."""
    if not paths.token_file.exists():
        return SignOut(had_token=False, revoked=False)
    try:
        record = json.loads(paths.token_file.read_text(encoding="utf-8"))
        secret = record.get("refresh_token") or record.get("token")
        revoke_uri = record.get("revoke_uri") or GOOGLE_REVOKE_URI
    except (OSError, ValueError, AttributeError):
        secret, revoke_uri = None, GOOGLE_REVOKE_URI
    problem = _revoke(revoke_uri, secret, timeout) if secret else "the stored token was unreadable"
    paths.token_file.unlink(missing_ok=True)
    return SignOut(had_token=True, revoked=problem is None, problem=problem)


def _revoke(revoke_uri: str, token: str, timeout: float) -> str | None:
    """None when revoked (or already invalid), else why it could not be done."""
    import urllib.error
    import urllib.parse
    import urllib.request

    body = urllib.parse.urlencode({"token": token}).encode("ascii")
    request = urllib.request.Request(revoke_uri, data=body, method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=timeout):
            return None
    except urllib.error.HTTPError as exc:
        if exc.code == 400:   # Google: invalid_token, i.e. already revoked or expired
            return None
        return f"the server answered {exc.code}"
    except (urllib.error.URLError, OSError) as exc:
        return f"{urlparse(revoke_uri).hostname} could not be reached: {getattr(exc, 'reason', exc)}"


def server_date(url: str, timeout: float = 10.0) -> str:
    """The `Date` header of an unauthenticated request to `url` (any status will do)."""
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            date = response.headers.get("Date")
    except urllib.error.HTTPError as exc:
        date = exc.headers.get("Date")
    except (urllib.error.URLError, OSError) as exc:
        raise GmailError(f"{urlparse(url).hostname} could not be reached ({getattr(exc, 'reason', exc)}).") from None
    if not date:
        raise GmailError(f"{urlparse(url).hostname} sent no Date header.")
    return date


def clock_skew(date_header: str, now: datetime) -> timedelta:
    """How far the local clock is ahead of the server's `Date` (negative: behind)."""
    from email.utils import parsedate_to_datetime

    try:
        server_now = parsedate_to_datetime(date_header)
    except (TypeError, ValueError):
        raise GmailError(f"The server's Date header {date_header!r} cannot be read.") from None
    return as_utc(now) - as_utc(server_now)
