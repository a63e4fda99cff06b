"""Build the real google-api-python-client Gmail service from its bundled discovery document.

The document ships inside googleapiclient (no network fetch). To talk to the
sandbox or any Gmail-compatible server we replace its `rootUrl`: that moves the
JSON methods, the media uploads (`{rootUrl}upload/...`) and the batch endpoint
(`{rootUrl}batch`) together. `client_options={"api_endpoint": ...}` alone would
only move the JSON methods.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

GOOGLE_ROOT_URL = "https://gmail.googleapis.com/"


@lru_cache(maxsize=1)
def _discovery_text() -> str:
    documents = resources.files("googleapiclient.discovery_cache") / "documents" / "gmail.v1.json"
    return documents.read_text(encoding="utf-8")


def discovery_document(root_url: str | None = None) -> dict[str, Any]:
    """Gmail v1's discovery document, pointed at `root_url` when one is given."""
    document = json.loads(_discovery_text())
    if root_url:
        if not root_url.endswith("/"):
            root_url += "/"
        document["rootUrl"] = root_url
        document["mtlsRootUrl"] = root_url
        document["baseUrl"] = root_url + document["servicePath"]
    return document


class WriteOutcomeUnknown(ConnectionError):
    """The connection dropped after a write was sent: Gmail may or may not have done it."""


class _SendOnce:
    """A connection that refuses to send the same request twice."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self._sent = False

    def request(self, *args: Any, **kwargs: Any) -> Any:
        if self._sent:
            raise WriteOutcomeUnknown("the connection dropped after the request was sent")
        self._sent = True
        return self._conn.request(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def new_http(timeout: float = 60) -> Any:
    """An httplib2.Http that never resends a write, and leaves Google's 308 to the upload code.

    httplib2 silently sends a request again when the connection closes without
    an answer, POSTs included: a draft could be created twice, a message sent
    twice. Here a write is sent once; a dropped answer becomes an error the
    caller reconciles by Message-ID. Reads keep httplib2's retry (harmless)
    and googleapiclient's `num_retries`. 308 means "resume incomplete" for
    resumable uploads, not a redirect (as googleapiclient's own build_http does).
    """
    import httplib2

    class Http(httplib2.Http):
        def _conn_request(self, conn: Any, request_uri: str, method: str, body: Any, headers: Any) -> Any:
            if method not in ("GET", "HEAD"):
                conn = _SendOnce(conn)
            return super()._conn_request(conn, request_uri, method, body, headers)

    http = Http(timeout=timeout)
    http.redirect_codes = http.redirect_codes - {308}
    return http


def build_service(root_url: str | None = None, *, http: Any = None, credentials: Any = None) -> Any:
    """A googleapiclient Resource for Gmail, on Google or on `root_url`.

    Pass `http` (e.g. google_auth_httplib2.AuthorizedHttp around `new_http()`)
    or `credentials`; with neither, requests go out unauthenticated (the sandbox).
    """
    from googleapiclient.discovery import build_from_document

    if http is None and credentials is None:
        http = new_http()
    return build_from_document(
        discovery_document(root_url or GOOGLE_ROOT_URL),
        http=http,
        credentials=credentials,
    )
