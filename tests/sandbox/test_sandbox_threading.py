"""Gmail's strict threading: threadId, In-Reply-To/References and subject must all agree."""

from __future__ import annotations

import pytest
from googleapiclient.errors import HttpError
from sandbox_mail import b64, make_message

INVITE_ID = "<invite-1@acme.example>"


@pytest.fixture
def invitation(mailbox):
    """The employer's mail in the inbox, which the candidate answers."""
    return mailbox.deliver(make_message(subject="Interview follow-up", sender="Pat <pat.jones@acme.example>",
                                        to="you@sandbox.example", message_id=INVITE_ID))


def _draft(service, raw: bytes, thread_id: str | None) -> dict:
    message = {"raw": b64(raw)}
    if thread_id:
        message["threadId"] = thread_id
    return service.users().drafts().create(userId="me", body={"message": message}).execute()["message"]


def test_reply_joins_thread_when_thread_id_references_and_subject_agree(service, invitation):
    reply = make_message(subject="Re: Interview follow-up", in_reply_to=INVITE_ID, references=INVITE_ID)

    draft = _draft(service, reply, invitation["threadId"])

    assert draft["threadId"] == invitation["threadId"]
    thread = service.users().threads().get(userId="me", id=invitation["threadId"], format="minimal").execute()
    assert [m["id"] for m in thread["messages"]] == [invitation["id"], draft["id"]]


@pytest.mark.parametrize("raw, with_thread_id", [
    (make_message(subject="Re: Interview follow-up"), True),  # no In-Reply-To/References
    (make_message(subject="A different subject", in_reply_to=INVITE_ID, references=INVITE_ID), True),
    (make_message(subject="Re: Interview follow-up", in_reply_to=INVITE_ID, references=INVITE_ID), False),
], ids=["no-references", "subject-differs", "no-thread-id"])
def test_reply_starts_a_new_thread_when_one_of_the_three_is_missing(service, invitation, raw, with_thread_id):
    draft = _draft(service, raw, invitation["threadId"] if with_thread_id else None)

    assert draft["threadId"] != invitation["threadId"]
    assert draft["threadId"] == draft["id"]


def test_send_with_unknown_thread_id_answers_404(service):
    with pytest.raises(HttpError) as missing:
        service.users().messages().send(userId="me", body={"raw": b64(make_message()),
                                                           "threadId": "18c0ffee00000000"}).execute()
    assert missing.value.resp.status == 404


def test_subject_prefixes_and_spacing_do_not_break_the_thread(service, invitation):
    reply = make_message(subject="AW:  RE: Fwd:   interview  FOLLOW-UP", in_reply_to=INVITE_ID)

    sent = service.users().messages().send(userId="me", body={"raw": b64(reply),
                                                              "threadId": invitation["threadId"]}).execute()

    assert sent["threadId"] == invitation["threadId"]


def test_delivered_reply_joins_the_thread_of_the_message_it_references(service, mailbox):
    sent = service.users().messages().send(userId="me", body={"raw": b64(make_message(subject="Thank you"))}).execute()
    sent_id = service.users().messages().get(userId="me", id=sent["id"], format="metadata",
                                             metadataHeaders=["Message-ID"]).execute()
    gmail_message_id = sent_id["payload"]["headers"][0]["value"]

    answer = mailbox.deliver(make_message(subject="RE: Thank you", sender="pat.jones@acme.example",
                                          in_reply_to=gmail_message_id, references=gmail_message_id))
    stray = mailbox.deliver(make_message(subject="Something else", sender="pat.jones@acme.example",
                                         in_reply_to=gmail_message_id))

    assert answer["threadId"] == sent["threadId"] and answer["labelIds"] == ["INBOX", "UNREAD"]
    assert stray["threadId"] == stray["id"]


def test_delivered_mail_naming_the_clients_own_message_id_does_not_thread_after_gmail_rewrote_it(service, mailbox):
    """Only the Message-ID Gmail gave the sent mail counts; the one the client wrote is gone."""
    raw = make_message(subject="Thank you", message_id="<tool-generated@assistant.example>")
    service.users().messages().send(userId="me", body={"raw": b64(raw)}).execute()

    answer = mailbox.deliver(make_message(subject="Re: Thank you", in_reply_to="<tool-generated@assistant.example>"))

    assert answer["threadId"] == answer["id"]
