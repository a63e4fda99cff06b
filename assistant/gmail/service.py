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


def build_service(root_url: str | None = None, *, http: Any = None, credentials: Any = None) -> Any:
    """A googleapiclient Resource for Gmail, on Google or on `root_url`.

    Pass `http` (an httplib2.Http or google_auth_httplib2.AuthorizedHttp) or
    `credentials`; with neither, requests go out unauthenticated (the sandbox).
    """
    import httplib2
    from googleapiclient.discovery import build_from_document

    if http is None and credentials is None:
        http = httplib2.Http(timeout=30)
    return build_from_document(
        discovery_document(root_url or GOOGLE_ROOT_URL),
        http=http,
        credentials=credentials,
    )
