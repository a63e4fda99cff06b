"""How Gmail decides which thread a message joins.

Through the API (https://developers.google.com/gmail/api/guides/threads#adding_drafts_and_messages_to_threads)
a message joins a thread only when all three agree: the request names the
`threadId`, the `In-Reply-To`/`References` headers name a message of that
thread, and the subject matches once Re:/Fwd: prefixes are ignored. Anything
less silently starts a new thread; an unknown `threadId` is a 404. Incoming
mail has no `threadId`, so it is threaded by references and subject alone.
"""

from __future__ import annotations

from email.message import Message

from assistant.sandbox import mailstore, rfc822
from assistant.sandbox.errors import GmailApiError
from assistant.sandbox.store import Transaction


def thread_exists(tx: Transaction, thread_id: str) -> bool:
    """Whether any message still belongs to `thread_id`."""
    return tx.one("SELECT 1 FROM messages WHERE thread_id = ? LIMIT 1", (thread_id,)) is not None


def for_api_message(tx: Transaction, msg: Message, thread_id: str | None,
                    replacing: str | None = None) -> str | None:
    """The thread an API-created message joins, or None for a new thread.

    `replacing` is the message id of a draft being replaced: it does not count
    as a member of the thread (it is about to disappear).
    """
    if not thread_id:
        return None  # no threadId: always a new thread, whatever the headers say
    mailstore.check_id(thread_id)
    members = tx.all("SELECT rfc822_id, subject_key FROM messages WHERE thread_id = ? AND id != ?",
                     (thread_id, replacing or ""))
    if not members:
        if replacing is not None and thread_exists(tx, thread_id):
            return None  # the draft was alone in its thread: it starts a fresh one
        raise GmailApiError(404)
    return thread_id if _agrees(msg, members) else None


def for_incoming(tx: Transaction, msg: Message) -> str | None:
    """The thread incoming (or hand-written) mail joins, or None for a new thread."""
    subject = rfc822.normalize_subject(rfc822.header(msg, "Subject"))
    for ref in rfc822.references(msg):
        row = tx.one("SELECT thread_id, subject_key FROM messages WHERE rfc822_id = ? "
                     "ORDER BY seq DESC LIMIT 1", (ref,))
        if row is not None and row["subject_key"] == subject:
            return row["thread_id"]
    return None


def _agrees(msg: Message, members: list) -> bool:
    subject = rfc822.normalize_subject(rfc822.header(msg, "Subject"))
    named = set(rfc822.references(msg))
    referenced = [row for row in members if row["rfc822_id"] in named]
    return any(row["subject_key"] == subject for row in referenced)
