"""Gmail methods that read: profile, send-as, labels, messages, threads, history.

Each handler takes the mailbox and a routed `Call` and returns the JSON
document Gmail answers with (https://developers.google.com/gmail/api/reference/rest).
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from assistant.sandbox import history, mailstore, quirks, search
from assistant.sandbox.call import Call, paginate
from assistant.sandbox.errors import GmailApiError
from assistant.sandbox.payload import attachment_resource, message_resource
from assistant.sandbox.state import SandboxMailbox
from assistant.sandbox.store import Transaction


def get_profile(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    with box.read() as tx:
        counts = tx.one("SELECT COUNT(*) AS messages, COUNT(DISTINCT thread_id) AS threads FROM messages")
        assert counts is not None  # an aggregate always answers one row
        return {"emailAddress": tx.meta("email"), "messagesTotal": counts["messages"],
                "threadsTotal": counts["threads"], "historyId": str(tx.meta_int("history_id"))}


def _send_as(tx: Transaction) -> dict[str, Any]:
    entry: dict[str, Any] = {"sendAsEmail": tx.meta("email"), "displayName": tx.meta("display_name") or "",
                             "replyToAddress": ""}
    if tx.meta("signature"):
        entry["signature"] = tx.meta("signature")
    entry.update({"isPrimary": True, "isDefault": True, "treatAsAlias": False, "verificationStatus": "accepted"})
    return entry


def _aliases(tx: Transaction) -> list[dict[str, Any]]:
    """The verified send-as aliases besides the account's own address."""
    return [{"sendAsEmail": address, "displayName": tx.meta("display_name") or "", "replyToAddress": "",
             "isPrimary": False, "treatAsAlias": True, "verificationStatus": "accepted"}
            for address in json.loads(tx.meta("aliases") or "[]")]


def list_send_as(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    with box.read() as tx:
        return {"sendAs": [_send_as(tx)] + _aliases(tx)}


def get_send_as(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    with box.read() as tx:
        entries = [_send_as(tx)] + _aliases(tx)
    for entry in entries:
        if call.path["sendAsEmail"].lower() == entry["sendAsEmail"].lower():
            return entry
    raise GmailApiError(404)


def list_labels(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    with box.read() as tx:
        used = {label for row in tx.all("SELECT labels FROM messages") for label in json.loads(row["labels"])}
    labels = [{"id": name, "name": name, "type": "system"} for name in mailstore.SYSTEM_LABELS]
    labels += [{"id": name, "name": name, "type": "user"}
               for name in sorted(used - set(mailstore.SYSTEM_LABELS))]
    return {"labels": labels}


def get_message(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    with box.read() as tx:
        stored = mailstore.require(tx, call.path["id"])
    return message_resource(stored, call.param("format", "full"), call.params("metadataHeaders"))


def get_attachment(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    with box.read() as tx:
        stored = mailstore.require(tx, call.path["messageId"])
    return attachment_resource(stored, call.path["id"])


def matching_rows(box: SandboxMailbox, tx: Transaction, call: Call) -> list:
    """Rows that messages.list/threads.list/drafts.list would return, newest first."""
    query = search.parse(call.param("q"))
    wanted = call.params("labelIds")
    keep_spam_trash = call.flag("includeSpamTrash") or search.mentions_spam_or_trash(query)
    account, now = tx.meta("email") or "", box.now()
    # Gmail's search runs on an index that trails the mailbox: a message made moments ago may not be
    # found by q= yet (quirk search_lag_seconds; https://github.com/anthropics/claude-code/issues/82548
    # reports Gmail search trailing by hours while get-by-id is current). Listing by labelIds is not a search.
    lag = quirks.value(tx, "search_lag_seconds") if call.param("q") else 0
    indexed_before = mailstore.epoch_ms(now - timedelta(seconds=lag))
    found = []
    for row in mailstore.search_rows(tx):
        if lag and row["made_at"] > indexed_before:
            continue
        labels = json.loads(row["labels"])
        if not all(label in labels for label in wanted):
            continue
        # Like Gmail, SPAM and TRASH stay out of results unless asked for.
        if not keep_spam_trash and ("SPAM" in labels or "TRASH" in labels):
            continue
        candidate = search.Candidate(json.loads(row["search"]), labels, row["internal_date"], row["rfc822_id"])
        if search.matches(query, candidate, account=account, now=now):
            found.append(row)
    return found


def list_messages(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    with box.read() as tx:
        rows = matching_rows(box, tx, call)
    page, token = paginate(call, rows)
    answer: dict[str, Any] = {}
    if page:
        answer["messages"] = [{"id": row["id"], "threadId": row["thread_id"]} for row in page]
    if token:
        answer["nextPageToken"] = token
    answer["resultSizeEstimate"] = len(rows)
    return answer


def get_thread(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    fmt = call.param("format", "full")
    if fmt == "raw":  # threads.get has no raw format
        fmt = "full"
    mailstore.check_id(call.path["id"])
    with box.read() as tx:
        members = mailstore.in_thread(tx, call.path["id"])
    if not members:
        raise GmailApiError(404)
    return {"id": call.path["id"], "historyId": str(max(m.history_id for m in members)),
            "messages": [message_resource(m, fmt, call.params("metadataHeaders")) for m in members]}


def list_threads(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    with box.read() as tx:
        rows = matching_rows(box, tx, call)
        thread_ids = list(dict.fromkeys(row["thread_id"] for row in rows))
        page, token = paginate(call, thread_ids)
        threads = []
        for thread_id in page:
            members = mailstore.in_thread(tx, thread_id)
            latest = message_resource(members[-1], "minimal")
            threads.append({"id": thread_id, "snippet": latest["snippet"],
                            "historyId": str(max(m.history_id for m in members))})
    answer: dict[str, Any] = {}
    if threads:
        answer["threads"] = threads
    if token:
        answer["nextPageToken"] = token
    answer["resultSizeEstimate"] = len(thread_ids)
    return answer


def _retention(box: SandboxMailbox, tx: Transaction) -> history.Retention:
    days = quirks.value(tx, "history_retention_days")
    since = mailstore.epoch_ms(box.now() - timedelta(days=days)) if days else 0
    return history.Retention(since_ms=since, with_labels=quirks.value(tx, "history_labels"))


def list_history(box: SandboxMailbox, call: Call) -> dict[str, Any]:
    with box.read() as tx:
        return history.list_records(tx, call.param("startHistoryId"), types=call.params("historyTypes"),
                                    label_id=call.param("labelId"), max_results=call.param("maxResults"),
                                    page_token=call.param("pageToken"), retention=_retention(box, tx))
