"""The person's own actions in Gmail: Schedule send and its release, cancelling, edits, deleting drafts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from googleapiclient.errors import HttpError
from sandbox_mail import b64, make_message

from assistant.sandbox.state import SandboxMailbox


def _draft(service, **kw) -> dict:
    return service.users().drafts().create(userId="me", body={"message": {"raw": b64(make_message(**kw))}}).execute()


def _message_id_header(service, message_id: str) -> str:
    head = service.users().messages().get(userId="me", id=message_id, format="metadata",
                                          metadataHeaders=["Message-ID"]).execute()
    return head["payload"]["headers"][0]["value"]


def test_a_scheduled_draft_leaves_drafts_and_waits_labelled_scheduled(service, mailbox, clock):
    draft = _draft(service, message_id="<later@assistant.example>")
    at = clock.instant + timedelta(hours=15)

    scheduled = mailbox.schedule_send(draft["id"], at)

    assert scheduled["labelIds"] == ["SCHEDULED"]
    assert "drafts" not in service.users().drafts().list(userId="me").execute()
    with pytest.raises(HttpError) as caught:
        service.users().drafts().get(userId="me", id=draft["id"]).execute()
    assert caught.value.resp.status == 404
    listed = service.users().messages().list(userId="me", labelIds=["SCHEDULED"]).execute()["messages"]
    assert [m["id"] for m in listed] == [scheduled["id"]]
    message = service.users().messages().get(userId="me", id=scheduled["id"], format="minimal").execute()
    assert int(message["internalDate"]) == int(at.timestamp() * 1000)


def test_a_scheduled_message_goes_out_with_the_first_request_at_its_time(service, mailbox, clock):
    draft = _draft(service, message_id="<later@assistant.example>")
    at = clock.instant + timedelta(hours=15)
    scheduled = mailbox.schedule_send(draft["id"], at)
    start = mailbox.current_history_id()

    clock.instant = at - timedelta(seconds=1)
    assert "messages" not in service.users().messages().list(userId="me", labelIds=["SENT"]).execute()

    clock.instant = at + timedelta(hours=2)
    sent = service.users().messages().list(userId="me", labelIds=["SENT"]).execute()["messages"]
    assert len(sent) == 1 and sent[0]["threadId"] == scheduled["threadId"]
    assert _message_id_header(service, sent[0]["id"]) != "<later@assistant.example>"
    message = service.users().messages().get(userId="me", id=sent[0]["id"], format="minimal").execute()
    assert message["labelIds"] == ["SENT"] and int(message["internalDate"]) == int(at.timestamp() * 1000)
    history = service.users().history().list(userId="me", startHistoryId=str(start)).execute()["history"]
    assert any(entry["message"]["id"] == sent[0]["id"] for record in history
               for entry in record.get("messagesAdded", []))
    assert mailbox.scheduled() == []


def test_cancelling_a_scheduled_send_returns_it_to_drafts_under_a_new_draft_id(service, mailbox, clock):
    draft = _draft(service)
    scheduled = mailbox.schedule_send(draft["id"], clock.instant + timedelta(days=1))

    back = mailbox.cancel_scheduled(scheduled["id"])

    assert back["id"] != draft["id"]
    listed = service.users().drafts().list(userId="me").execute()["drafts"]
    assert [d["id"] for d in listed] == [back["id"]]
    assert service.users().drafts().get(userId="me", id=back["id"]).execute()["message"]["labelIds"] == ["DRAFT"]
    clock.instant += timedelta(days=2)
    assert "messages" not in service.users().messages().list(userId="me", labelIds=["SENT"]).execute()
    with pytest.raises(KeyError):
        mailbox.cancel_scheduled(scheduled["id"])


def test_a_scheduled_message_is_released_by_a_mailbox_action_too(tmp_path, service, mailbox, clock):
    draft = _draft(service)
    mailbox.schedule_send(draft["id"], clock.instant + timedelta(minutes=5))
    clock.instant += timedelta(minutes=5)

    other = SandboxMailbox(mailbox.directory, now=clock)   # e.g. the next CLI command

    assert [m["labels"] for m in other.dump()["messages"]] == [["SENT"]]


def test_the_user_deleting_a_draft_removes_it_and_its_message(service, mailbox):
    draft = _draft(service)

    mailbox.user_delete_draft(draft["id"])

    assert "drafts" not in service.users().drafts().list(userId="me").execute()
    with pytest.raises(KeyError):
        mailbox.user_delete_draft(draft["id"])
