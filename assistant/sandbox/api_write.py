"""Gmail methods that change the mailbox: sending, drafts, inserting, labels.

A message can come as base64url `raw` in the JSON body or as an upload of
`message/rfc822` bytes (then `threadId` and the draft id travel in the JSON
metadata part). JSON bodies are limited to a few MB, which is why large
messages must be uploaded (the server enforces both limits).
"""

from __future__ import annotations

from typing import Any

from assistant.sandbox import compose, mailstore, rfc822, threads
from assistant.sandbox.call import Call, paginate, raw_message
from assistant.sandbox.errors import GmailApiError, invalid
from assistant.sandbox.payload import message_resource
from assistant.sandbox.state import SandboxMailbox


def _draft_message(call: Call) -> tuple[bytes, str | None]:
    """The draft's RFC 822 bytes and requested threadId."""
    message = (call.body or {}).get("message")
    if call.media is None and not isinstance(message, dict):
        raise invalid("Missing draft message")
    message = message if isinstance(message, dict) else {}
    return raw_message(call, message, "draft.message.raw"), message.get("threadId") or None


def _draft(draft_id: str, stored: Any) -> dict[str, Any]:
    return {"id": draft_id, "message": stored.reference()}


def send_message(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    body = call.body or {}
    raw = raw_message(call, body, "raw")
    with box.write() as tx:
        stored = compose.send_new(tx, raw, body.get("threadId") or None, box.account(tx))
    return stored.reference()


def insert_message(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    """messages.insert and messages.import: stored as given (no sending, Message-ID kept)."""
    body = call.body or {}
    raw = rfc822.ensure_header(raw_message(call, body, "raw"), "Message-ID", rfc822.received_message_id())
    msg = rfc822.parse(raw)
    default_source = "dateHeader" if call.method_id.endswith(".import") else "receivedTime"
    with box.write() as tx:
        account = box.account(tx)
        when = account.now_ms
        if call.param("internalDateSource", default_source) == "dateHeader":
            when = _date_header_ms(msg) or when
        if body.get("threadId"):
            joined = threads.for_api_message(tx, msg, body["threadId"])
        else:
            joined = threads.for_incoming(tx, msg)
        stored = mailstore.add(tx, raw, list(body.get("labelIds") or []), joined, when, msg)
    return stored.reference()


def _date_header_ms(msg: Any) -> int | None:
    from email.utils import parsedate_to_datetime

    try:
        return mailstore.epoch_ms(parsedate_to_datetime(msg.get("Date")))
    except (TypeError, ValueError):
        return None


def modify_message(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    body = call.body or {}
    with box.write() as tx:
        stored = mailstore.relabel(tx, call.path["id"], list(body.get("addLabelIds") or []),
                                   list(body.get("removeLabelIds") or []))
    return stored.reference()


def trash_message(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    with box.write() as tx:
        stored = mailstore.relabel(tx, call.path["id"], ["TRASH"], [])
    return stored.reference()


def untrash_message(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    with box.write() as tx:
        stored = mailstore.relabel(tx, call.path["id"], [], ["TRASH"])
    return stored.reference()


def delete_message(box: SandboxMailbox, call: Call) -> None:
    with box.write() as tx:
        if mailstore.draft_holding(tx, call.path["id"]):
            raise GmailApiError(400, "Message is a draft; use drafts.delete", reason="failedPrecondition")
        mailstore.delete(tx, call.path["id"])


def create_draft(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    raw, thread_id = _draft_message(call)
    with box.write() as tx:
        draft_id, stored = compose.create_draft(tx, raw, thread_id, box.account(tx))
    return _draft(draft_id, stored)


def update_draft(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    raw, thread_id = _draft_message(call)
    draft_id = call.path["id"]
    with box.write() as tx:
        stored = compose.replace_draft(tx, draft_id, raw, thread_id, box.account(tx))
    return _draft(draft_id, stored)


def get_draft(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    with box.read() as tx:
        held = mailstore.draft_message_id(tx, call.path["id"]) or compose.sent_draft(tx, call.path["id"])
        stored = mailstore.require(tx, held or compose.require_draft(tx, call.path["id"]))
    return {"id": call.path["id"],
            "message": message_resource(stored, call.param("format", "full"), call.params("metadataHeaders"))}


def list_drafts(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    from assistant.sandbox.api_read import matching_rows

    with box.read() as tx:
        drafts = {row["message_id"]: row["id"] for row in tx.all("SELECT id, message_id FROM drafts")}
        rows = [row for row in matching_rows(box, tx, call) if row["id"] in drafts]
    page, token = paginate(call, rows)
    answer: dict[str, Any] = {}
    if page:
        answer["drafts"] = [{"id": drafts[row["id"]], "message": {"id": row["id"], "threadId": row["thread_id"]}}
                            for row in page]
    if token:
        answer["nextPageToken"] = token
    answer["resultSizeEstimate"] = len(rows)
    return answer


def delete_draft(box: SandboxMailbox, call: Call) -> None:
    with box.write() as tx:
        compose.delete_draft(tx, call.path["id"])


def send_draft(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    body = call.body or {}
    draft_id = body.get("id")
    if not draft_id:
        raise invalid("Invalid draft id: missing")  # Gmail's answer when the id is absent
    with box.write() as tx:
        account = box.account(tx)
        if call.media is not None or (isinstance(body.get("message"), dict) and body["message"].get("raw")):
            raw, thread_id = _draft_message(call)  # send the draft as given in the request
            compose.replace_draft(tx, draft_id, raw, thread_id, account)
        stored = compose.send_draft(tx, draft_id, account)
    return stored.reference()

