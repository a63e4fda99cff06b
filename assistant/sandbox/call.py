"""One API call as the handlers see it, whether it came alone, in a batch or as an upload."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any, overload

from assistant.sandbox import rfc822
from assistant.sandbox.errors import GmailApiError, invalid

MAX_PAGE = 500
DEFAULT_PAGE = 100


@dataclass
class Call:
    """A routed request: method id, path and query parameters, JSON body, uploaded bytes."""

    method_id: str
    path: dict[str, str]
    query: dict[str, list[str]] = field(default_factory=dict)
    body: dict[str, Any] | None = None
    media: bytes | None = None

    @overload
    def param(self, name: str) -> str | None: ...

    @overload
    def param(self, name: str, default: str) -> str: ...

    @overload
    def param(self, name: str, default: None) -> str | None: ...

    def param(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def params(self, name: str) -> list[str]:
        return list(self.query.get(name, []))

    def flag(self, name: str) -> bool:
        return (self.param(name) or "false").lower() == "true"

    def page_size(self) -> int:
        """maxResults: 100 unless given, never more than 500 (Gmail's cap)."""
        text = self.param("maxResults")
        if text is None:
            return DEFAULT_PAGE
        try:
            value = int(text)
        except ValueError:
            raise invalid(f"Invalid value for \"maxResults\": {text!r}") from None
        if value < 0:
            raise invalid("maxResults must not be negative")
        return min(value or DEFAULT_PAGE, MAX_PAGE)

    def page_offset(self) -> int:
        """Where the page named by pageToken starts."""
        token = self.param("pageToken")
        if not token:
            return 0
        try:
            text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
            if not text.startswith("o"):
                raise ValueError
            return int(text[1:])
        except (ValueError, UnicodeDecodeError):
            raise invalid("Invalid pageToken") from None


def page_token(offset: int) -> str:
    """An opaque token for the page starting at `offset`."""
    return base64.urlsafe_b64encode(f"o{offset:012d}".encode()).decode().rstrip("=")


def paginate(call: Call, items: list[Any]) -> tuple[list[Any], str | None]:
    """The page of `items` the call asks for, and the token of the next one."""
    start, size = call.page_offset(), call.page_size()
    page = items[start:start + size]
    more = start + size < len(items)
    return page, (page_token(start + size) if more else None)


def raw_message(call: Call, container: dict[str, Any] | None, field_name: str) -> bytes:
    """The RFC 822 bytes of the call: the uploaded media, else base64url `raw` in JSON."""
    if call.media is not None:
        return call.media
    raw = (container or {}).get("raw")
    if raw is None:
        raise invalid("'raw' RFC822 payload message string or uploading message via /upload/* URL required")
    try:
        data = rfc822.from_b64url(raw)
    except ValueError:
        preview = str(raw)[:32]
        raise invalid(f"Invalid value at '{field_name}' (TYPE_BYTES), Base64 decoding failed for \"{preview}\"") from None
    if not data.strip():
        raise invalid("'raw' RFC822 payload message string or uploading message via /upload/* URL required")
    return data


@dataclass
class Answer:
    """An HTTP answer: status, headers, body bytes."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    @classmethod
    def json(cls, status: int, document: Any, headers: dict[str, str] | None = None) -> Answer:
        """A JSON answer (Gmail pretty-prints its JSON); None gives an empty body."""
        if document is None:
            return cls(status, dict(headers or {}))
        body = json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
        return cls(status, {"Content-Type": "application/json; charset=UTF-8", **(headers or {})}, body)

    @classmethod
    def error(cls, error: GmailApiError) -> Answer:
        """Gmail's error document for `error`."""
        return cls.json(error.code, error.body(), error.headers)
