"""OAuth for Gmail (placeholder until the authorization issue lands): load the stored token."""

from __future__ import annotations

from typing import Any

from assistant.errors import AuthError

SCOPES = ("https://www.googleapis.com/auth/gmail.compose", "https://www.googleapis.com/auth/gmail.readonly")


def load_credentials(paths: Any, clock: Any) -> Any:
    """The stored credentials, or AuthError when there are none."""
    if not paths.token_file.exists():
        raise AuthError("Gmail is not authorized yet.")
    from google.oauth2.credentials import Credentials

    return Credentials.from_authorized_user_file(str(paths.token_file), list(SCOPES))


def authorized_http(credentials: Any, paths: Any) -> Any:
    import google_auth_httplib2
    import httplib2

    return google_auth_httplib2.AuthorizedHttp(credentials, http=httplib2.Http(timeout=30))
