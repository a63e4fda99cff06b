"""history.list: a record with a larger id for every change, pages, filters, and 404 once expired."""

from __future__ import annotations

import pytest
from googleapiclient.errors import HttpError
from sandbox_mail import b64, make_message


def _history(service, start: int, **params) -> dict:
    return service.users().history().list(userId="me", startHistoryId=str(start), **params).execute()


def test_every_change_adds_a_record_with_a_larger_history_id(service, mailbox):
    start = int(service.users().getProfile(userId="me").execute()["historyId"])
    assert start >= 1000

    draft = service.users().drafts().create(userId="me", body={"message": {"raw": b64(make_message())}}).execute()
    updated = service.users().drafts().update(userId="me", id=draft["id"],
                                              body={"message": {"raw": b64(make_message(body="v2"))}}).execute()
    sent = mailbox.press_send(draft["id"])
    service.users().messages().modify(userId="me", id=sent["id"], body={"addLabelIds": ["STARRED"]}).execute()

    answer = _history(service, start)
    kinds = [next(k for k in record if k not in ("id", "messages")) for record in answer["history"]]
    assert kinds == ["messagesAdded", "messagesDeleted", "messagesAdded", "messagesDeleted", "messagesAdded",
                     "labelsAdded"]
    ids = [int(record["id"]) for record in answer["history"]]
    assert ids == sorted(set(ids)) and ids[0] > start
    assert int(answer["historyId"]) == ids[-1] == mailbox.current_history_id()
    assert answer["history"][0]["messagesAdded"][0]["message"] == {
        "id": draft["message"]["id"], "threadId": draft["message"]["threadId"], "labelIds": ["DRAFT"]}
    assert answer["history"][3]["messages"] == [{"id": updated["message"]["id"],
                                                 "threadId": updated["message"]["threadId"]}]
    assert answer["history"][5]["labelsAdded"][0]["labelIds"] == ["STARRED"]


def test_no_changes_gives_no_history_key_and_the_current_id(service, mailbox):
    current = mailbox.current_history_id()
    assert _history(service, current) == {"historyId": str(current)}


def test_history_pages_with_next_page_token(service, mailbox):
    start = mailbox.current_history_id()
    for n in range(5):
        mailbox.deliver(make_message(subject=f"Note {n}"))

    first = _history(service, start, maxResults=2)
    second = _history(service, start, maxResults=2, pageToken=first["nextPageToken"])
    third = _history(service, start, maxResults=2, pageToken=second["nextPageToken"])

    pages = [first, second, third]
    assert [len(page["history"]) for page in pages] == [2, 2, 1]
    assert "nextPageToken" not in third
    ids = [int(r["id"]) for page in pages for r in page["history"]]
    assert ids == sorted(ids) and len(set(ids)) == 5


def test_history_filters_by_type_and_label(service, mailbox):
    start = mailbox.current_history_id()
    mailbox.deliver(make_message(subject="In the inbox"))
    draft = service.users().drafts().create(userId="me", body={"message": {"raw": b64(make_message())}}).execute()
    service.users().drafts().delete(userId="me", id=draft["id"]).execute()

    deleted = _history(service, start, historyTypes=["messageDeleted"])
    inbox = _history(service, start, historyTypes="messageAdded", labelId="INBOX")

    assert [list(r)[2] for r in deleted["history"]] == ["messagesDeleted"]
    assert len(inbox["history"]) == 1 and inbox["history"][0]["messagesAdded"][0]["message"]["labelIds"] == [
        "INBOX", "UNREAD"]


def test_start_id_older_than_kept_history_answers_404(service, mailbox):
    start = mailbox.current_history_id()
    mailbox.deliver(make_message(subject="One"))
    middle = mailbox.current_history_id()
    mailbox.deliver(make_message(subject="Two"))

    mailbox.expire_history(keep_after=middle)

    assert len(_history(service, middle)["history"]) == 1
    with pytest.raises(HttpError) as expired:
        _history(service, start)
    assert expired.value.resp.status == 404 and "notFound" in expired.value.content.decode()

    mailbox.expire_history()
    with pytest.raises(HttpError):
        _history(service, middle)
    assert "history" not in _history(service, mailbox.current_history_id())


def test_start_id_before_the_mailbox_existed_answers_404(service, mailbox):
    with pytest.raises(HttpError) as too_old:
        _history(service, 1)
    assert too_old.value.resp.status == 404
