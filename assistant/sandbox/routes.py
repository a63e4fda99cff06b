"""Which Gmail method a request path names, and running one call with its fault.

Paths are the discovery document's (`gmail/v1/users/{userId}/...`); methods
that take uploads are also served under `upload/gmail/v1/users/{userId}/...`.
"""

from __future__ import annotations

import re
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, timedelta
from typing import Any

from assistant.sandbox import api_read as read
from assistant.sandbox import api_write as write
from assistant.sandbox.call import Call
from assistant.sandbox.errors import GmailApiError
from assistant.sandbox.faults import DropConnection, Fault
from assistant.sandbox.state import SandboxMailbox

Handler = Callable[[SandboxMailbox, Call], "dict[str, Any] | None"]
P = "gmail.users."

# (HTTP method, path under users/{userId}/, method id, handler, accepts uploads)
_TABLE: list[tuple[str, str, str, Handler, bool]] = [
    ("GET", "profile", P + "getProfile", read.get_profile, False),
    ("GET", "settings/sendAs", P + "settings.sendAs.list", read.list_send_as, False),
    ("GET", "settings/sendAs/{sendAsEmail}", P + "settings.sendAs.get", read.get_send_as, False),
    ("GET", "labels", P + "labels.list", read.list_labels, False),
    ("GET", "messages", P + "messages.list", read.list_messages, False),
    ("POST", "messages", P + "messages.insert", write.insert_message, True),
    ("POST", "messages/send", P + "messages.send", write.send_message, True),
    ("POST", "messages/import", P + "messages.import", write.insert_message, True),
    ("GET", "messages/{messageId}/attachments/{id}", P + "messages.attachments.get", read.get_attachment, False),
    ("GET", "messages/{id}", P + "messages.get", read.get_message, False),
    ("DELETE", "messages/{id}", P + "messages.delete", write.delete_message, False),
    ("POST", "messages/{id}/modify", P + "messages.modify", write.modify_message, False),
    ("POST", "messages/{id}/trash", P + "messages.trash", write.trash_message, False),
    ("POST", "messages/{id}/untrash", P + "messages.untrash", write.untrash_message, False),
    ("GET", "threads", P + "threads.list", read.list_threads, False),
    ("GET", "threads/{id}", P + "threads.get", read.get_thread, False),
    ("GET", "drafts", P + "drafts.list", write.list_drafts, False),
    ("POST", "drafts", P + "drafts.create", write.create_draft, True),
    ("POST", "drafts/send", P + "drafts.send", write.send_draft, True),
    ("GET", "drafts/{id}", P + "drafts.get", write.get_draft, False),
    ("PUT", "drafts/{id}", P + "drafts.update", write.update_draft, True),
    ("DELETE", "drafts/{id}", P + "drafts.delete", write.delete_draft, False),
    ("GET", "history", P + "history.list", read.list_history, False),
]


@dataclass(frozen=True)
class Route:
    """A resolved request: the method, its handler and the path parameters."""

    method_id: str
    handler: Handler
    path: dict[str, str]


def _compile(template: str) -> re.Pattern[str]:
    pattern = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)
    # The discovery document also names /resumable/upload/... for resumable sessions.
    return re.compile(rf"^/(?P<upload>(?:resumable/)?upload/)?gmail/v1/users/(?P<userId>[^/]+)/{pattern}/?$")


_COMPILED = [(verb, _compile(path), method_id, handler, uploads) for verb, path, method_id, handler, uploads in _TABLE]


def resolve(verb: str, path: str) -> Route | None:
    """The route for `verb path`, or None when Gmail has no such method."""
    for method, pattern, method_id, handler, uploads in _COMPILED:
        found = pattern.match(path)
        if method != verb or found is None or (found.group("upload") and not uploads):
            continue
        params = {k: urllib.parse.unquote(v) for k, v in found.groupdict().items() if k != "upload" and v}
        return Route(method_id, handler, params)
    return None


def is_upload_path(path: str) -> bool:
    """Whether `path` is under the media upload prefix."""
    return path.startswith(("/upload/", "/resumable/upload/"))


def execute(box: SandboxMailbox, route: Route, call: Call, *,
            beyond_concurrency: bool = False) -> tuple[int, dict[str, Any] | None]:
    """Run one API call: charge it, apply its injected fault, answer (status, JSON).

    Raises GmailApiError for an error answer and DropConnection for a dropped one.
    """
    fault = begin(box, route, beyond_concurrency=beyond_concurrency)
    answer = run(box, route, call)
    strike_after(box, fault)
    return answer


def begin(box: SandboxMailbox, route: Route, *, beyond_concurrency: bool = False) -> Fault | None:
    """Charge the call and apply the part of its fault that comes before any effect."""
    fault = box.begin_call(route.method_id, beyond_concurrency=beyond_concurrency)
    if fault is not None and fault.delay:
        time.sleep(fault.delay)
    if fault is not None and not fault.after_effect:
        _strike(box, fault)
    _check_user(box, route.path.get("userId", "me"))
    return fault


def run(box: SandboxMailbox, route: Route, call: Call) -> tuple[int, dict[str, Any] | None]:
    """Do what the method does: (200, JSON), or (204, None) for deletions."""
    result = route.handler(box, call)
    return (204, None) if result is None else (200, result)


def strike_after(box: SandboxMailbox, fault: Fault | None) -> None:
    """An `after_effect` fault: the write happened, the client only sees the failure."""
    if fault is not None and fault.after_effect:
        _strike(box, fault)


def _strike(box: SandboxMailbox, fault: Fault) -> None:
    if fault.drop:
        raise DropConnection()
    retry_at = (box.now() + timedelta(seconds=1)).astimezone(UTC)
    error = fault.error(retry_at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{retry_at.microsecond // 1000:03d}Z")
    if error is not None:
        raise error


def _check_user(box: SandboxMailbox, user_id: str) -> None:
    account = box.profile()["emailAddress"] or ""
    if user_id != "me" and user_id.lower() != account.lower():
        # Gmail refuses other users' mailboxes unless delegated.
        raise GmailApiError(403, f"Delegation denied for {account}", reason="forbidden")
