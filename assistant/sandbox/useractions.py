"""What the person does in Gmail's own interface: Send, Schedule send, edits, cancelling a schedule.

These are not API calls. Where reports about Gmail disagree, a quirk
(`quirks.py`) chooses the behaviour; each is cited where it is played.
"""

from __future__ import annotations

from assistant.sandbox import compose, mailstore, quirks
from assistant.sandbox.errors import GmailApiError
from assistant.sandbox.payload import StoredMessage
from assistant.sandbox.store import Transaction


def press_send(tx: Transaction, draft_id: str, account: compose.Account) -> StoredMessage:
    """The user presses Send on a draft.

    Quirk `send_keeps_message_id`: the API documents drafts.send as making a
    new SENT message, but what the web client's Send leaves behind is not
    documented; other clients report the draft's message simply turning into
    the sent one (DRAFT removed, SENT added). The Message-ID is Gmail's either way.
    """
    if not quirks.value(tx, "send_keeps_message_id"):
        return compose.send_draft(tx, draft_id, account)
    old = mailstore.require(tx, compose.require_draft(tx, draft_id))
    compose.require_recipients_of(old)
    tx.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
    compose.remember_sent_draft(tx, draft_id, old.id)
    return send_in_place(tx, old, account.now_ms, account)


def send_in_place(tx: Transaction, stored: StoredMessage, when_ms: int, account: compose.Account) -> StoredMessage:
    """The message itself becomes the sent one: same id, Gmail's Message-ID, label SENT."""
    stored = mailstore.rewrite(tx, stored, compose.as_sent(stored.raw, account), when_ms)
    return _moved(tx, stored.id, "SENT", ["DRAFT", "SCHEDULED"])


def _moved(tx: Transaction, message_id: str, to_label: str, from_labels: list[str]) -> StoredMessage:
    """The message leaves one folder for another: the old label goes first, so the history record
    of the new label shows the message as it now is (e.g. SCHEDULED alone, not still DRAFT)."""
    mailstore.relabel(tx, message_id, [], from_labels)
    return mailstore.relabel(tx, message_id, [to_label], [])


def edit_draft(tx: Transaction, draft_id: str, raw: bytes, account: compose.Account) -> tuple[str, StoredMessage]:
    """The user edits a draft: a new message in the same conversation; the draft id it now has.

    Quirk `edit_rotates_draft_id`: gmail.js users report the draft id changing
    when a draft is edited in the web client
    (https://github.com/KartikTalwar/gmail.js/issues/370), while others found
    it stable across edits (https://github.com/taylorwilsdon/google_workspace_mcp/pull/920).
    With the quirk on, the edited draft gets a new id and the old one answers 404.
    """
    old = mailstore.require(tx, compose.require_draft(tx, draft_id))
    raw = compose.as_draft(bytes(raw), account)
    mailstore.delete(tx, old.id)
    stored = mailstore.add(tx, raw, ["DRAFT"], old.thread_id, account.now_ms)
    new_id = mailstore.new_draft_id(tx) if quirks.value(tx, "edit_rotates_draft_id") else draft_id
    tx.execute("INSERT INTO drafts(id, message_id) VALUES (?, ?)", (new_id, stored.id))
    return new_id, stored


def schedule(tx: Transaction, draft_id: str, send_at_ms: int) -> StoredMessage:
    """Schedule send: the draft leaves Drafts; its message waits in Scheduled, labelled SCHEDULED.

    A scheduled message is no longer a draft and can only be cancelled, not
    edited (https://github.com/KartikTalwar/gmail.js/pull/567). The API
    documents no field for the send time; the sandbox reports it as the
    message's internalDate until it goes out.
    """
    stored = mailstore.require(tx, compose.require_draft(tx, draft_id))
    compose.require_recipients_of(stored)
    tx.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
    tx.execute("UPDATE messages SET internal_date = ? WHERE id = ?", (send_at_ms, stored.id))
    tx.execute("INSERT INTO scheduled(message_id, send_at) VALUES (?, ?)", (stored.id, send_at_ms))
    return _moved(tx, stored.id, "SCHEDULED", ["DRAFT"])


def cancel_scheduled(tx: Transaction, message_id: str, account: compose.Account) -> tuple[str, StoredMessage]:
    """The user cancels a scheduled send: the message returns to Drafts under a new draft id."""
    if tx.one("SELECT 1 FROM scheduled WHERE message_id = ?", (message_id,)) is None:
        raise GmailApiError(404)
    stored = mailstore.require(tx, message_id)
    tx.execute("DELETE FROM scheduled WHERE message_id = ?", (message_id,))
    tx.execute("UPDATE messages SET internal_date = ? WHERE id = ?", (account.now_ms, message_id))
    stored = _moved(tx, message_id, "DRAFT", ["SCHEDULED"])
    draft_id = mailstore.new_draft_id(tx)
    tx.execute("INSERT INTO drafts(id, message_id) VALUES (?, ?)", (draft_id, message_id))
    return draft_id, stored


def release_due(tx: Transaction, account: compose.Account) -> list[StoredMessage]:
    """Send every scheduled message whose time has come on the sandbox clock (stamped at its time)."""
    sent = []
    for row in tx.all("SELECT message_id, send_at FROM scheduled WHERE send_at <= ? ORDER BY send_at",
                      (account.now_ms,)):
        tx.execute("DELETE FROM scheduled WHERE message_id = ?", (row["message_id"],))
        stored = mailstore.load(tx, row["message_id"])
        if stored is None:
            continue
        if quirks.value(tx, "send_keeps_message_id"):
            sent.append(send_in_place(tx, stored, row["send_at"], account))
            continue
        mailstore.delete(tx, stored.id)
        sent.append(mailstore.add(tx, compose.as_sent(stored.raw, account), ["SENT"], stored.thread_id,
                                  row["send_at"]))
    return sent


def scheduled(tx: Transaction) -> list[dict]:
    """The messages waiting in Scheduled: id and send time (epoch ms)."""
    return [{"id": row["message_id"], "send_at": row["send_at"]}
            for row in tx.all("SELECT message_id, send_at FROM scheduled ORDER BY send_at")]


def edited(raw: bytes, *, subject: str | None = None, append: str | None = None) -> bytes:
    """A draft's bytes as the user leaves them after changing the subject or adding a line."""
    import email
    import email.policy
    from html import escape

    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if subject is not None:
        del msg["Subject"]
        msg["Subject"] = subject
    if append:
        for part in msg.walk():
            if part.is_multipart() or part.get_content_disposition() == "attachment":
                continue
            if part.get_content_type() == "text/plain":
                part.set_content(part.get_content().rstrip("\n") + "\n\n" + append + "\n")
            elif part.get_content_type() == "text/html":
                html = part.get_content()
                addition = f"<p>{escape(append)}</p>"
                html = html.replace("</body>", addition + "</body>") if "</body>" in html else html + addition
                part.set_content(html, subtype="html")
    return msg.as_bytes()
