"""Drafts through the real Gmail client: create (JSON and uploads), update, send, and the user's hand in Gmail."""

from __future__ import annotations

import os

import httplib2
import pytest
from googleapiclient.errors import HttpError
from googleapiclient.http import MediaInMemoryUpload
from sandbox_mail import b64, header, make_message, unb64

from assistant.gmail.service import build_service

RESUME = os.urandom(1_200_000)  # over 1 MB, random so any corruption shows


def _fetch_raw(service, message_id: str) -> bytes:
    return unb64(service.users().messages().get(userId="me", id=message_id, format="raw").execute()["raw"])


def test_drafts_create_with_json_raw_stores_the_bytes_and_labels_it_draft(service):
    raw = make_message(message_id="<thanks-1@assistant.example>")

    draft = service.users().drafts().create(userId="me", body={"message": {"raw": b64(raw)}}).execute()

    assert draft["id"].startswith("r")
    assert draft["message"]["labelIds"] == ["DRAFT"]
    assert draft["message"]["threadId"] == draft["message"]["id"]
    assert len(draft["message"]["id"]) == 16 and int(draft["message"]["id"], 16)
    assert _fetch_raw(service, draft["message"]["id"]) == raw


@pytest.mark.parametrize("resumable", [False, True], ids=["multipart", "resumable"])
def test_drafts_create_as_media_upload_keeps_a_large_attachment_intact(service, resumable):
    raw = make_message(message_id="<thanks-2@assistant.example>", attachment=("Resume.pdf", RESUME))
    media = MediaInMemoryUpload(raw, mimetype="message/rfc822", resumable=resumable)

    draft = service.users().drafts().create(userId="me", body={"message": {}}, media_body=media).execute()

    assert _fetch_raw(service, draft["message"]["id"]) == raw
    full = service.users().messages().get(userId="me", id=draft["message"]["id"]).execute()
    pdf = full["payload"]["parts"][1]
    assert pdf["filename"] == "Resume.pdf" and "data" not in pdf["body"]
    attachment = service.users().messages().attachments().get(
        userId="me", messageId=full["id"], id=pdf["body"]["attachmentId"]).execute()
    assert unb64(attachment["data"]) == RESUME and attachment["size"] == len(RESUME)


def test_resumable_upload_in_chunks_answers_308_until_the_last_chunk(server):
    # service.py's plain httplib2.Http would follow a 308 as a redirect; build_http() does not.
    from googleapiclient.http import build_http

    service = build_service(server.url, http=build_http())
    raw = make_message(message_id="<chunked@assistant.example>", attachment=("Resume.pdf", RESUME))
    media = MediaInMemoryUpload(raw, mimetype="message/rfc822", chunksize=512 * 1024, resumable=True)
    request = service.users().drafts().create(userId="me", body={"message": {}}, media_body=media)

    progress, response = [], None
    while response is None:
        status, response = request.next_chunk()
        if status:
            progress.append(status.resumable_progress)

    chunk = 512 * 1024
    assert progress == [chunk * n for n in range(1, -(-len(raw) // chunk))]
    assert _fetch_raw(service, response["message"]["id"]) == raw


def test_drafts_update_gives_the_draft_a_new_message_id(service):
    created = service.users().drafts().create(
        userId="me", body={"message": {"raw": b64(make_message(body="first"))}}).execute()

    updated = service.users().drafts().update(
        userId="me", id=created["id"], body={"message": {"raw": b64(make_message(body="second"))}}).execute()

    assert updated["id"] == created["id"]
    assert updated["message"]["id"] != created["message"]["id"]
    with pytest.raises(HttpError) as gone:
        service.users().messages().get(userId="me", id=created["message"]["id"]).execute()
    assert gone.value.resp.status == 404
    fetched = service.users().drafts().get(userId="me", id=created["id"], format="raw").execute()
    assert b"second" in unb64(fetched["message"]["raw"])


def test_draft_keeps_the_clients_message_id_and_gets_one_when_missing(service):
    kept = service.users().drafts().create(
        userId="me", body={"message": {"raw": b64(make_message(message_id="<mine@assistant.example>"))}}).execute()
    added = service.users().drafts().create(userId="me", body={"message": {"raw": b64(make_message())}}).execute()

    kept_msg = service.users().messages().get(userId="me", id=kept["message"]["id"], format="metadata").execute()
    added_msg = service.users().messages().get(userId="me", id=added["message"]["id"], format="metadata").execute()
    assert header(kept_msg, "Message-ID") == "<mine@assistant.example>"
    assert header(added_msg, "Message-ID").endswith("@sandbox.example>")


def test_drafts_send_rewrites_message_id_and_removes_draft(service):
    raw = make_message(message_id="<thanks-3@assistant.example>")
    draft = service.users().drafts().create(userId="me", body={"message": {"raw": b64(raw)}}).execute()

    sent = service.users().drafts().send(userId="me", body={"id": draft["id"]}).execute()

    assert sent["labelIds"] == ["SENT"]
    assert sent["id"] != draft["message"]["id"]
    assert sent["threadId"] == draft["message"]["threadId"]
    message = service.users().messages().get(userId="me", id=sent["id"], format="metadata").execute()
    assert header(message, "Message-ID").startswith("<CA") and header(message, "Message-ID").endswith("@mail.gmail.com>")
    assert header(message, "Date")
    for call in (service.users().drafts().get(userId="me", id=draft["id"]),
                 service.users().drafts().send(userId="me", body={"id": draft["id"]})):
        with pytest.raises(HttpError) as gone:
            call.execute()
        assert gone.value.resp.status == 404


def test_messages_send_rewrites_message_id_and_a_foreign_from_address(service):
    raw = make_message(message_id="<mine@assistant.example>", sender="Alex <alex@elsewhere.example>")

    sent = service.users().messages().send(userId="me", body={"raw": b64(raw)}).execute()

    stored = _fetch_raw(service, sent["id"])
    assert b"<mine@assistant.example>" not in stored
    assert b"Message-ID: <CA+" in stored
    assert b"From: Alex <you@sandbox.example>" in stored


def test_messages_send_without_recipient_is_refused(service):
    with pytest.raises(HttpError) as refused:
        service.users().messages().send(userId="me", body={"raw": b64(make_message(to=""))}).execute()
    assert refused.value.resp.status == 400
    assert "Recipient address required" in str(refused.value)


def test_raw_in_standard_base64_is_refused_like_gmail(service):
    import base64

    raw = base64.b64encode(make_message(attachment=("a.pdf", b"\xfb\xff" * 50))).decode()
    assert "+" in raw or "/" in raw

    with pytest.raises(HttpError) as refused:
        service.users().drafts().create(userId="me", body={"message": {"raw": raw}}).execute()
    assert refused.value.resp.status == 400 and "Base64 decoding failed" in str(refused.value)


def test_press_send_rewrites_message_id_and_removes_draft(service, mailbox):
    draft = service.users().drafts().create(
        userId="me", body={"message": {"raw": b64(make_message(message_id="<t@assistant.example>"))}}).execute()

    sent = mailbox.press_send(draft["id"])

    assert sent["labelIds"] == ["SENT"] and sent["threadId"] == draft["message"]["threadId"]
    assert b"<t@assistant.example>" not in _fetch_raw(service, sent["id"])
    assert mailbox.dump()["drafts"] == []
    with pytest.raises(KeyError):
        mailbox.press_send(draft["id"])


def test_user_edit_draft_keeps_draft_id_with_a_new_message_id(service, mailbox):
    draft = service.users().drafts().create(userId="me", body={"message": {"raw": b64(make_message())}}).execute()

    edited = mailbox.user_edit_draft(draft["id"], make_message(body="Edited by hand."))

    assert edited["id"] == draft["id"] and edited["message"]["id"] != draft["message"]["id"]
    listed = service.users().drafts().list(userId="me").execute()
    assert listed["drafts"] == [{"id": draft["id"], "message": {"id": edited["message"]["id"],
                                                                "threadId": edited["message"]["threadId"]}}]


def test_user_delete_draft_makes_drafts_get_answer_404(service, mailbox):
    draft = service.users().drafts().create(userId="me", body={"message": {"raw": b64(make_message())}}).execute()

    mailbox.user_delete_draft(draft["id"])

    with pytest.raises(HttpError) as gone:
        service.users().drafts().get(userId="me", id=draft["id"]).execute()
    assert gone.value.resp.status == 404
    assert "drafts" not in service.users().drafts().list(userId="me").execute()


def test_drafts_delete_answers_204_and_removes_the_message(service):
    draft = service.users().drafts().create(userId="me", body={"message": {"raw": b64(make_message())}}).execute()

    assert service.users().drafts().delete(userId="me", id=draft["id"]).execute() in ("", {}, b"")

    assert service.users().messages().list(userId="me").execute() == {"resultSizeEstimate": 0}


def test_user_send_stores_a_sent_message_with_gmails_message_id(mailbox, service):
    sent = mailbox.user_send(make_message(subject="Following up", message_id="<hand@x.example>"))

    assert sent["labelIds"] == ["SENT"]
    assert b"<hand@x.example>" not in _fetch_raw(service, sent["id"])


def test_unknown_route_answers_404_in_gmails_shape(server):
    response, content = httplib2.Http().request(server.url + "gmail/v1/users/me/nothing", "GET")
    assert response.status == 404 and b'"status": "NOT_FOUND"' in content


def test_drafts_send_with_an_uploaded_message_sends_that_version(service):
    draft = service.users().drafts().create(userId="me", body={"message": {"raw": b64(make_message())}}).execute()
    media = MediaInMemoryUpload(make_message(body="Final words."), mimetype="message/rfc822")

    sent = service.users().drafts().send(userId="me", body={"id": draft["id"]}, media_body=media).execute()

    assert b"Final words." in _fetch_raw(service, sent["id"])
    assert "drafts" not in service.users().drafts().list(userId="me").execute()


def test_upload_of_a_non_message_media_type_is_refused(service):
    media = MediaInMemoryUpload(make_message(), mimetype="application/octet-stream")
    with pytest.raises(HttpError) as refused:
        service.users().drafts().create(userId="me", body={"message": {}}, media_body=media).execute()
    assert refused.value.resp.status == 400 and "message/*" in str(refused.value)
