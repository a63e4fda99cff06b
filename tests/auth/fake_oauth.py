"""A local OAuth 2.0 server standing in for Google's, on 127.0.0.1 with an ephemeral port.

It implements what the installed-app flow uses: the authorization endpoint
(redirecting to the client's loopback `redirect_uri` with `code` and `state`,
or `error=access_denied`), the token endpoint for the `authorization_code`
grant (checking the PKCE `code_verifier` against the challenge, the redirect
URI and the client's credentials) and the `refresh_token` grant (or
`invalid_grant`, once revoked), and the revoke endpoint.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

CLIENT_ID = "123456789012-fakeclient.apps.googleusercontent.com"
CLIENT_SECRET = "GOCSPX-fake-client-secret-never-printed"


@dataclass
class Grant:
    scopes: list[str]
    refresh_token: str


@dataclass
class FakeOAuthState:
    """What the server knows; tests read and change it directly."""

    deny: bool = False                       # the user clicks "Cancel" on the consent screen
    drop_scopes: tuple[str, ...] = ()        # the user unticks these boxes
    expires_in: int = 3600
    clock_offset: float = 0.0                # seconds added to the Date header it sends
    token_failures: int = 0                  # the next N token requests answer 500 (a transient outage)
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    access_tokens: set[str] = field(default_factory=set)
    refresh_tokens: dict[str, Grant] = field(default_factory=dict)
    revoked: set[str] = field(default_factory=set)
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)   # (verb, path, form)

    def issued_secrets(self) -> set[str]:
        """Every access and refresh token handed out, and the client secret."""
        return self.access_tokens | set(self.refresh_tokens) | self.revoked | {CLIENT_SECRET}

    def revoke_everything(self) -> None:
        """As if the user removed the app's access (or a "Testing" app's 7 days passed)."""
        self.revoked |= set(self.refresh_tokens) | self.access_tokens
        self.refresh_tokens.clear()
        self.access_tokens.clear()

    def grant_types(self) -> list[str]:
        return [form.get("grant_type", "") for verb, path, form in self.requests if path == "/token"]


class FakeOAuthServer:
    """Start in a thread; `url`, `state` and `client_document()` are what tests use."""

    def __init__(self) -> None:
        self.state = FakeOAuthState()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.oauth = self.state
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeOAuthServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def client_document(self, **overrides: Any) -> dict[str, Any]:
        """An "installed" client file whose endpoints point here."""
        installed = {
            "client_id": CLIENT_ID, "project_id": "fake-project", "client_secret": CLIENT_SECRET,
            "auth_uri": f"{self.url}/authorize", "token_uri": f"{self.url}/token",
            "revoke_uri": f"{self.url}/revoke",
            "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
            "redirect_uris": ["http://localhost"],
        }
        installed.update(overrides)
        return {"installed": installed}

    def token_check(self, token: str) -> bool:
        """For SandboxServer: only access tokens issued here and not revoked pass."""
        return token in self.state.access_tokens


def _challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


class _Handler(BaseHTTPRequestHandler):
    server: Any

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    @property
    def oauth(self) -> FakeOAuthState:
        return self.server.oauth

    def date_time_string(self, timestamp: float | None = None) -> str:
        return super().date_time_string((timestamp or time.time()) + self.oauth.clock_offset)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.oauth.requests.append(("GET", parts.path, query))
        if parts.path != "/authorize":
            self._json(404, {"error": "not_found"})
            return
        self._authorize(query)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode("ascii")).items()}
        path = urlsplit(self.path).path
        self.oauth.requests.append(("POST", path, form))
        if path == "/token":
            self._token(form)
        elif path == "/revoke":
            self._revoke(form)
        else:
            self._json(404, {"error": "not_found"})

    # --- endpoints
    def _authorize(self, query: dict[str, str]) -> None:
        redirect = query.get("redirect_uri", "")
        ok = (query.get("client_id") == CLIENT_ID and query.get("response_type") == "code"
              and redirect.startswith("http://127.0.0.1:") and query.get("code_challenge_method") == "S256"
              and query.get("code_challenge") and query.get("state"))
        if not ok:
            self._json(400, {"error": "invalid_request"})
            return
        if self.oauth.deny:
            answer = {"error": "access_denied", "state": query["state"]}
        else:
            code = "4/fake-code-" + secrets.token_urlsafe(12)
            granted = [s for s in query.get("scope", "").split() if s not in self.oauth.drop_scopes]
            self.oauth.codes[code] = {"challenge": query["code_challenge"], "redirect_uri": redirect, "scopes": granted}
            answer = {"code": code, "state": query["state"], "scope": " ".join(granted)}
        self.send_response(302)
        self.send_header("Location", f"{redirect}?{urlencode(answer)}")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _client_ok(self, form: dict[str, str]) -> bool:
        client_id, client_secret = form.get("client_id"), form.get("client_secret")
        basic = self.headers.get("Authorization", "")
        if basic.startswith("Basic "):
            client_id, _, client_secret = base64.b64decode(basic[6:]).decode().partition(":")
        return client_id == CLIENT_ID and client_secret == CLIENT_SECRET

    def _token(self, form: dict[str, str]) -> None:
        if self.oauth.token_failures > 0:
            self.oauth.token_failures -= 1
            self._json(500, {"error": "internal_failure", "error_description": "Backend Error"})
            return
        if not self._client_ok(form):
            self._json(401, {"error": "invalid_client", "error_description": "The OAuth client was not found."})
            return
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            self._exchange_code(form)
        elif grant_type == "refresh_token":
            self._refresh(form)
        else:
            self._json(400, {"error": "unsupported_grant_type"})

    def _exchange_code(self, form: dict[str, str]) -> None:
        issued = self.oauth.codes.pop(form.get("code", ""), None)
        if issued is None or form.get("redirect_uri") != issued["redirect_uri"]:
            self._invalid_grant("Malformed auth code.")
            return
        if _challenge(form.get("code_verifier", "")) != issued["challenge"]:
            self._invalid_grant("Invalid code verifier.")
            return
        refresh_token = "1//fake-refresh-" + secrets.token_urlsafe(16)
        self.oauth.refresh_tokens[refresh_token] = Grant(issued["scopes"], refresh_token)
        self._issue_access_token(issued["scopes"], refresh_token)

    def _refresh(self, form: dict[str, str]) -> None:
        grant = self.oauth.refresh_tokens.get(form.get("refresh_token", ""))
        if grant is None:
            self._invalid_grant("Token has been expired or revoked.")
            return
        self._issue_access_token(grant.scopes, None)

    def _issue_access_token(self, scopes: list[str], refresh_token: str | None) -> None:
        access_token = "ya29.fake-access-" + secrets.token_urlsafe(16)
        self.oauth.access_tokens.add(access_token)
        answer = {"access_token": access_token, "expires_in": self.oauth.expires_in,
                  "scope": " ".join(scopes), "token_type": "Bearer"}
        if refresh_token:
            answer["refresh_token"] = refresh_token
        self._json(200, answer)

    def _invalid_grant(self, description: str) -> None:
        self._json(400, {"error": "invalid_grant", "error_description": description})

    def _revoke(self, form: dict[str, str]) -> None:
        token = form.get("token", "")
        if token in self.oauth.refresh_tokens or token in self.oauth.access_tokens:
            self.oauth.revoke_everything()
            self._json(200, {})
        else:
            self._json(400, {"error": "invalid_token", "error_description": "Token expired or revoked"})

    def _json(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def wait_until(predicate: Any, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False
