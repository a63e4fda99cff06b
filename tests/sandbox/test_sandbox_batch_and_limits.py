"""Batch requests through Google's own batch client, quota counting, and Gmail's size limits."""

from __future__ import annotations

import httplib2
import pytest
from googleapiclient.errors import HttpError
from googleapiclient.http import MediaInMemoryUpload
from sandbox_mail import b64, make_message


@pytest.fixture
def three_messages(mailbox) -> list[str]:
    return [mailbox.deliver(make_message(subject=f"Note {n}"))["id"] for n in range(3)]


def _batch_get(service, ids: list[str]) -> dict[str, tuple]:
    results: dict[str, tuple] = {}
    batch = service.new_batch_http_request(callback=lambda rid, resp, exc: results.__setitem__(rid, (resp, exc)))
    for message_id in ids:
        batch.add(service.users().messages().get(userId="me", id=message_id, format="metadata"),
                  request_id=message_id)
    batch.execute()
    return results


def test_batch_answers_each_part_and_a_429_in_one_part_leaves_the_others(service, mailbox, three_messages):
    mailbox.inject_fault("gmail.users.messages.get", status=429, skip=1)

    results = _batch_get(service, three_messages)

    first, second, third = (results[i] for i in three_messages)
    assert first[0]["id"] == three_messages[0] and third[0]["id"] == three_messages[2]
    assert second[0] is None and isinstance(second[1], HttpError) and second[1].resp.status == 429
    assert "rateLimitExceeded" in second[1].content.decode()


def test_batch_parts_are_charged_as_their_own_methods_in_one_round_trip(service, mailbox, three_messages):
    mailbox.reset_stats()

    _batch_get(service, three_messages + ["0000000000000000"])

    stats = mailbox.stats()
    assert stats["http_requests"] == 1
    assert stats["by_method"] == {"gmail.users.messages.get": {"requests": 4, "quota_units": 80}}
    assert (stats["requests"], stats["quota_units"]) == (4, 80)


def test_batch_part_for_a_missing_message_is_a_404_part(service, three_messages):
    results = _batch_get(service, [three_messages[0], "0000000000000000"])
    assert results["0000000000000000"][1].resp.status == 404


def test_batch_of_more_than_100_calls_is_refused(service, three_messages):
    batch = service.new_batch_http_request()
    for _ in range(101):
        batch.add(service.users().messages().get(userId="me", id=three_messages[0]))
    with pytest.raises(HttpError) as refused:
        batch.execute()
    assert refused.value.resp.status == 400


def test_gmails_documented_batch_path_is_served_too(server, three_messages):
    body = (f"--b\r\nContent-Type: application/http\r\nContent-ID: <x + 1>\r\n\r\n"
            f"GET /gmail/v1/users/me/messages/{three_messages[0]}?format=minimal\r\n\r\n--b--\r\n")
    response, content = httplib2.Http().request(server.url + "batch/gmail/v1", "POST", body=body,
                                                headers={"Content-Type": "multipart/mixed; boundary=b"})
    assert response.status == 200 and b"Content-ID: <response-x + 1>" in content
    assert b"HTTP/1.1 200 OK" in content and three_messages[0].encode() in content


def test_stats_count_quota_units_by_method(service, mailbox):
    mailbox.reset_stats()
    service.users().getProfile(userId="me").execute()
    draft = service.users().drafts().create(userId="me", body={"message": {"raw": b64(make_message())}}).execute()
    service.users().drafts().send(userId="me", body={"id": draft["id"]}).execute()
    service.users().messages().list(userId="me").execute()
    service.users().history().list(userId="me", startHistoryId=str(mailbox.current_history_id())).execute()

    stats = mailbox.stats()

    assert {method: entry["quota_units"] for method, entry in stats["by_method"].items()} == {
        "gmail.users.getProfile": 1, "gmail.users.drafts.create": 10, "gmail.users.drafts.send": 100,
        "gmail.users.messages.list": 5, "gmail.users.history.list": 2}
    assert stats["quota_units"] == 118 and stats["requests"] == 5 and stats["http_requests"] == 5


def test_mailbox_actions_outside_the_api_are_not_counted(mailbox):
    mailbox.reset_stats()
    mailbox.deliver(make_message())
    assert mailbox.stats() == {"requests": 0, "quota_units": 0, "http_requests": 0, "rate_limited": 0, "concurrency_refused": 0, "by_method": {}}


def test_json_body_over_5_mb_is_refused_so_large_drafts_must_be_uploaded(service):
    raw = make_message(attachment=("big.pdf", b"\0" * 4_000_000))

    with pytest.raises(HttpError) as refused:
        service.users().drafts().create(userId="me", body={"message": {"raw": b64(raw)}}).execute()

    assert refused.value.resp.status == 400
    assert "Request payload size exceeds the limit: 5242880 bytes." in refused.value.content.decode()
    media = MediaInMemoryUpload(raw, mimetype="message/rfc822")
    assert service.users().drafts().create(userId="me", body={}, media_body=media).execute()["id"]


def test_media_over_35_mb_is_refused_with_413(server, mailbox):
    # googleapiclient refuses such media itself (the discovery maxSize), so this goes out by hand.
    body = b"x" * (35 * 1024 * 1024 + 1)
    response, content = httplib2.Http().request(
        server.url + "upload/gmail/v1/users/me/drafts?uploadType=media", "POST", body=body,
        headers={"Content-Type": "message/rfc822"})

    assert response.status == 413
    assert b"36700161 bytes" in content and b'"code": 413' in content
    assert mailbox.dump()["drafts"] == []


def test_resumable_upload_declaring_over_35_mb_is_refused_up_front(server):
    response, content = httplib2.Http().request(
        server.url + "upload/gmail/v1/users/me/messages/send?uploadType=resumable", "POST", body=b"{}",
        headers={"Content-Type": "application/json", "X-Upload-Content-Type": "message/rfc822",
                 "X-Upload-Content-Length": str(40 * 1024 * 1024)})
    assert response.status == 413


def test_drafts_get_attachments_get_and_threads_get_cost_the_2026_quota_units(service, mailbox):
    raw = make_message(attachment=("Resume.pdf", b"%PDF-1.4 tiny"))
    draft = service.users().drafts().create(userId="me", body={"message": {"raw": b64(raw)}}).execute()
    full = service.users().messages().get(userId="me", id=draft["message"]["id"]).execute()
    attachment_id = full["payload"]["parts"][1]["body"]["attachmentId"]
    mailbox.reset_stats()

    service.users().drafts().get(userId="me", id=draft["id"]).execute()
    service.users().messages().attachments().get(userId="me", messageId=full["id"], id=attachment_id).execute()
    service.users().threads().get(userId="me", id=full["threadId"]).execute()

    units = {method: entry["quota_units"] for method, entry in mailbox.stats()["by_method"].items()}
    assert units == {"gmail.users.drafts.get": 20, "gmail.users.messages.attachments.get": 20,
                     "gmail.users.threads.get": 40}
