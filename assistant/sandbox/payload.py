"""Gmail's Message resource built from stored RFC 822 bytes, in each `format`.

Shapes follow https://developers.google.com/gmail/api/reference/rest/v1/users.messages:
empty lists and absent fields are omitted, ids and dates are strings, text
parts carry their data inline and parts with a file name only an
`attachmentId` (fetched with `messages.attachments.get`).
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass
from email.message import Message
from typing import Any, cast

from assistant.sandbox import rfc822
from assistant.sandbox.errors import GmailApiError, invalid

FORMATS = ("full", "metadata", "minimal", "raw")


@dataclass
class StoredMessage:
    """One row of the sandbox mailbox."""

    id: str
    thread_id: str
    labels: list[str]
    internal_date: int
    history_id: int
    raw: bytes

    def reference(self) -> dict[str, Any]:
        """`{id, threadId, labelIds}`, as in send/create answers and history records."""
        ref: dict[str, Any] = {"id": self.id, "threadId": self.thread_id}
        if self.labels:
            ref["labelIds"] = list(self.labels)
        return ref


def message_resource(stored: StoredMessage, fmt: str = "full",
                     metadata_headers: list[str] | None = None) -> dict[str, Any]:
    """The Message resource Gmail answers `messages.get` with."""
    if fmt not in FORMATS:
        raise invalid(f"Invalid value for \"format\": {fmt!r}")
    msg = rfc822.parse(stored.raw)
    resource: dict[str, Any] = {"id": stored.id, "threadId": stored.thread_id}
    if stored.labels:
        resource["labelIds"] = list(stored.labels)
    resource["snippet"] = rfc822.snippet(rfc822.body_text(msg))
    if fmt == "full":
        resource["payload"] = _part(msg, "", stored.id)
    elif fmt == "metadata":
        resource["payload"] = {"mimeType": msg.get_content_type(),
                               "headers": _headers(msg, metadata_headers)}
    resource["sizeEstimate"] = len(stored.raw)
    if fmt == "raw":
        resource["raw"] = rfc822.b64url(stored.raw)
    resource["historyId"] = str(stored.history_id)
    resource["internalDate"] = str(stored.internal_date)
    return resource


def _headers(msg: Message, only: list[str] | None = None) -> list[dict[str, str]]:
    wanted = {name.lower() for name in only} if only else None
    return [{"name": name, "value": rfc822.decode_value(value)}
            for name, value in msg.items()
            if wanted is None or name.lower() in wanted]


def _part(part: Message, part_id: str, message_id: str) -> dict[str, Any]:
    name = rfc822.filename(part)
    node: dict[str, Any] = {"partId": part_id, "mimeType": part.get_content_type(),
                            "filename": name, "headers": _headers(part)}
    if part.is_multipart():
        node["body"] = {"size": 0}
        children = part.get_payload()
        prefix = f"{part_id}." if part_id else ""
        node["parts"] = [_part(child, f"{prefix}{i}", message_id) for i, child in enumerate(children)]
        return node
    data = _decoded(part)
    if name:
        node["body"] = {"attachmentId": attachment_id(message_id, part_id), "size": len(data)}
    elif data:
        node["body"] = {"size": len(data), "data": rfc822.b64url(data)}
    else:
        node["body"] = {"size": 0}
    return node


def _decoded(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    if payload is None:  # message/rfc822 and friends: their bytes as they stand
        return part.as_bytes() if not isinstance(part.get_payload(), str) else b""
    return cast(bytes, payload)


def attachment_id(message_id: str, part_id: str) -> str:
    """An opaque attachment id.

    Gmail's attachment ids differ on every fetch of the same message, so a
    client must never compare them; ours carry a random nonce for that reason.
    """
    token = f"{message_id}:{part_id}:{secrets.token_hex(8)}".encode("ascii")
    return "ANGjdJ" + base64.urlsafe_b64encode(token).decode("ascii").rstrip("=")


def attachment_resource(stored: StoredMessage, attachment: str) -> dict[str, Any]:
    """`messages.attachments.get`: the part's bytes, base64url, and their size."""
    try:
        token = attachment.removeprefix("ANGjdJ")
        message_id, part_id, _ = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode().split(":", 2)
    except Exception:
        raise invalid("Invalid attachment token") from None
    if message_id != stored.id:
        raise GmailApiError(400, "Invalid attachment token", reason="invalidArgument")
    part = _find_part(rfc822.parse(stored.raw), part_id)
    if part is None:
        raise invalid("Invalid attachment token")
    data = _decoded(part)
    return {"attachmentId": attachment, "size": len(data), "data": rfc822.b64url(data)}


def _find_part(msg: Message, part_id: str) -> Message | None:
    node: Message | None = msg
    for index in (part_id.split(".") if part_id else []):
        if node is None or not node.is_multipart():
            return None
        children = cast(list[Message], node.get_payload())
        node = children[int(index)] if int(index) < len(children) else None
    return node
