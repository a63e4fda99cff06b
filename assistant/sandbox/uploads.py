"""Media uploads: `uploadType=media`, `multipart` and `resumable`, with Gmail's size limits.

https://developers.google.com/gmail/api/guides/uploads — messages up to 35 MB
must be uploaded as media; a JSON request body is refused above 5 MB.
A resumable upload starts with a POST of the JSON metadata (answered with a
session URL in `Location`), then PUTs the bytes there, in one or more chunks
(`308` with `Range` until the last one). The method runs when the last byte
arrives; once it has run, the session answers with its result.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
from dataclasses import dataclass, field
from typing import Any

from assistant.sandbox import multipart, routes
from assistant.sandbox.call import Answer, Call
from assistant.sandbox.errors import GmailApiError, invalid
from assistant.sandbox.faults import DropConnection
from assistant.sandbox.state import SandboxMailbox

MAX_MEDIA_BYTES = 36_700_160  # 35 MB: the discovery document's maxSize for Gmail uploads
MAX_JSON_BYTES = 5_242_880
_RANGE = re.compile(r"^bytes\s+(?:(\d+)-(\d+)|\*)/(\d+|\*)$")


def media_too_large(size: int) -> GmailApiError:
    """Gmail's 413 for a message over 35 MB."""
    return GmailApiError(413, f"Media upload of {size} bytes exceeds the maximum size of "
                              f"{MAX_MEDIA_BYTES} bytes (35 MB).")


def json_too_large() -> GmailApiError:
    """Gmail's 400 for a JSON body over 5 MB."""
    return invalid(f"Request payload size exceeds the limit: {MAX_JSON_BYTES} bytes.")


def json_body(body: bytes) -> dict[str, Any] | None:
    """A JSON request body (None when empty), within Gmail's size limit."""
    if len(body) > MAX_JSON_BYTES:
        raise json_too_large()
    if not body.strip():
        return None
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise invalid("Invalid JSON payload received.") from None
    if not isinstance(document, dict):
        raise invalid("Invalid JSON payload received. Unknown name: expected an object.")
    return document


def simple_upload(upload_type: str | None, content_type: str, body: bytes) -> tuple[dict[str, Any] | None, bytes]:
    """(JSON metadata, media bytes) of a `media` or `multipart` upload."""
    if upload_type == "multipart":
        boundary = multipart.boundary_of(content_type)
        parts = multipart.split(body, boundary) if boundary else []
        if len(parts) != 2:
            raise invalid("Invalid multipart request with 0 mime parts." if not parts
                          else f"Invalid multipart request with {len(parts)} mime parts.")
        metadata, media = json_body(parts[0].content), parts[1].content
        check_media_type(parts[1].content_type)
    elif upload_type in (None, "", "media"):
        metadata, media = None, body
        check_media_type(content_type)
    else:
        raise invalid(f"Invalid upload type: {upload_type!r}")
    if len(media) > MAX_MEDIA_BYTES:
        raise media_too_large(len(media))
    return metadata, media


def check_media_type(content_type: str | None) -> None:
    """Gmail accepts only message/* media (the discovery document's `accept`)."""
    media_type = (content_type or "").split(";")[0].strip().lower()
    if not media_type.startswith("message/"):
        raise invalid(f"Media type '{media_type}' is not supported. Valid media types: [message/*]")


@dataclass
class Session:
    """A resumable upload in progress."""

    route: routes.Route
    call: Call
    data: bytearray = field(default_factory=bytearray)
    result: Answer | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)


class UploadSessions:
    """The resumable upload sessions of one server (in memory, like short-lived session URLs)."""

    def __init__(self) -> None:
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def start(self, route: routes.Route, call: Call, declared_size: str | None,
              declared_type: str | None = None) -> str:
        """Open a session; its id goes into the session URL."""
        if declared_size and declared_size.isdigit() and int(declared_size) > MAX_MEDIA_BYTES:
            raise media_too_large(int(declared_size))
        if declared_type is not None:
            check_media_type(declared_type)
        upload_id = secrets.token_urlsafe(24)
        with self._lock:
            self._sessions[upload_id] = Session(route, call)
        return upload_id

    def get(self, upload_id: str) -> Session | None:
        with self._lock:
            return self._sessions.get(upload_id)


def receive(box: SandboxMailbox, session: Session, content_range: str | None, chunk: bytes) -> Answer:
    """A PUT to the session URL: store the chunk; run the method when the upload is complete."""
    with session.lock:
        if session.result is not None:
            return session.result  # finished already: Google answers with the outcome again
        total = _apply_range(session, content_range, chunk)
        if len(session.data) > MAX_MEDIA_BYTES:
            session.data.clear()
            return Answer.error(media_too_large(total or 0))
        if total is None or len(session.data) < total:
            headers = {"Range": f"bytes=0-{len(session.data) - 1}"} if session.data else {}
            return Answer(308, {**headers, "Content-Length": "0"})
        return _complete(box, session)


def _apply_range(session: Session, content_range: str | None, chunk: bytes) -> int | None:
    """Add the chunk at its position; the upload's total size when known."""
    if content_range is None:
        session.data[:] = chunk
        return len(chunk)
    found = _RANGE.match(content_range.strip())
    if found is None:
        raise invalid(f"Invalid Content-Range header: {content_range}")
    first, _, total = found.groups()
    if first is not None:
        start = int(first)
        if start > len(session.data):
            raise invalid("Content-Range starts beyond the bytes received so far")
        del session.data[start:]
        session.data += chunk
    return None if total == "*" else int(total)


def _complete(box: SandboxMailbox, session: Session) -> Answer:
    session.call.media = bytes(session.data)
    try:
        fault = routes.begin(box, session.route)
    except (GmailApiError, DropConnection):
        session.data.clear()  # nothing happened: the client has to send the bytes again
        raise
    try:
        status, document = routes.run(box, session.route, session.call)
    except GmailApiError as error:
        session.result = Answer.error(error)
        raise
    session.result = Answer.json(status, document)
    routes.strike_after(box, fault)
    return session.result
