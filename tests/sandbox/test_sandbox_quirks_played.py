"""Each sandbox quirk, played, through the real Gmail client (assistant/sandbox/quirks.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from googleapiclient.errors import HttpError
from sandbox_mail import b64, make_message

from assistant.sandbox import quirks


def _draft(service, **kw) -> dict:
    return service.users().drafts().create(userId="me", body={"message": {"raw": b64(make_message(**kw))}}).execute()


def _labels(service, message_id: str) -> list[str]:
    return service.users().messages().get(userId="me", id=message_id, format="minimal").execute()["labelIds"]


def _status(call) -> int:
    with pytest.raises(HttpError) as caught:
        call.execute()
    return caught.value.resp.status


def test_the_kind_profile_turns_every_quirk_off_and_harsh_turns_each_on(mailbox):
    kind = mailbox.set_quirk_profile("kind")
    harsh = mailbox.set_quirk_profile("harsh")
    assert kind != harsh
    assert all(harsh[name] == quirk.harsh and kind[name] == quirk.kind for name, quirk in quirks.QUIRKS.items())


@pytest.mark.parametrize("keeps", [False, True])
def test_send_keeps_message_id_decides_whether_send_makes_a_new_message(service, mailbox, keeps):
    mailbox.set_quirk("send_keeps_message_id", keeps)
    draft = _draft(service, message_id="<mine@assistant.example>")

    sent = mailbox.press_send(draft["id"])

    assert (sent["id"] == draft["message"]["id"]) is keeps
    assert _labels(service, sent["id"]) == ["SENT"]
    head = service.users().messages().get(userId="me", id=sent["id"], format="metadata",
                                          metadataHeaders=["Message-ID"]).execute()
    assert head["payload"]["headers"][0]["value"] != "<mine@assistant.example>"  # rewritten either way
    assert _status(service.users().drafts().get(userId="me", id=draft["id"])) == 404


@pytest.mark.parametrize("rotates", [False, True])
def test_edit_rotates_draft_id_gives_an_edited_draft_a_new_id(service, mailbox, rotates):
    mailbox.set_quirk("edit_rotates_draft_id", rotates)
    draft = _draft(service)

    edited = mailbox.user_edit_draft(draft["id"], make_message(body="Edited in Gmail."))

    assert (edited["id"] != draft["id"]) is rotates
    assert service.users().drafts().get(userId="me", id=edited["id"]).execute()["message"]["id"] == edited["message"]["id"]
    if rotates:
        assert _status(service.users().drafts().get(userId="me", id=draft["id"])) == 404
    listed = [d["id"] for d in service.users().drafts().list(userId="me").execute()["drafts"]]
    assert listed == [edited["id"]]


def test_sent_draft_id_resolves_answers_with_the_sent_message_and_delete_removes_it(service, mailbox):
    mailbox.set_quirk("sent_draft_id_resolves", True)
    draft = _draft(service)
    sent = mailbox.press_send(draft["id"])

    answer = service.users().drafts().get(userId="me", id=draft["id"]).execute()
    assert answer["message"]["id"] == sent["id"] and answer["message"]["labelIds"] == ["SENT"]
    assert "drafts" not in service.users().drafts().list(userId="me").execute()

    service.users().drafts().delete(userId="me", id=draft["id"]).execute()
    assert _status(service.users().messages().get(userId="me", id=sent["id"])) == 404


def test_without_sent_draft_id_resolves_a_sent_draft_id_answers_404(service, mailbox):
    mailbox.set_quirk("sent_draft_id_resolves", False)
    draft = _draft(service)
    sent = mailbox.press_send(draft["id"])

    assert _status(service.users().drafts().get(userId="me", id=draft["id"])) == 404
    assert _status(service.users().drafts().delete(userId="me", id=draft["id"])) == 404
    assert _labels(service, sent["id"]) == ["SENT"]


@pytest.mark.parametrize("with_labels", [True, False])
def test_history_labels_decides_whether_records_carry_label_ids(service, mailbox, with_labels):
    mailbox.set_quirk("history_labels", with_labels)
    start = mailbox.current_history_id()
    draft = _draft(service)

    record = service.users().history().list(userId="me", startHistoryId=str(start)).execute()["history"][0]

    message = record["messagesAdded"][0]["message"]
    expected = {"id": draft["message"]["id"], "threadId": draft["message"]["threadId"]}
    assert message == ({**expected, "labelIds": ["DRAFT"]} if with_labels else expected)


def test_history_older_than_the_retention_on_the_sandbox_clock_answers_404(service, mailbox, clock):
    mailbox.set_quirk("history_retention_days", 2)
    start = mailbox.current_history_id()
    _draft(service, subject="made on day one")
    after_first = mailbox.current_history_id()
    clock.instant += timedelta(days=1)
    _draft(service, subject="made on day two")

    clock.instant += timedelta(days=1, hours=12)   # day one's record is now 2.5 days old, day two's 1.5
    assert _status(service.users().history().list(userId="me", startHistoryId=str(start))) == 404
    kept = service.users().history().list(userId="me", startHistoryId=str(after_first)).execute()
    assert len(kept["history"]) == 1

    mailbox.set_quirk("history_retention_days", 0)   # 0: kept until expire_history
    assert len(service.users().history().list(userId="me", startHistoryId=str(start)).execute()["history"]) == 2


def test_search_finds_a_new_message_or_draft_only_after_the_lag(service, mailbox, clock):
    mailbox.set_quirk("search_lag_seconds", 600)
    draft = _draft(service, message_id="<lagging@assistant.example>")
    query = "rfc822msgid:<lagging@assistant.example>"

    assert "drafts" not in service.users().drafts().list(userId="me", q=query).execute()
    assert "messages" not in service.users().messages().list(userId="me", q=query).execute()
    # Listing without q= is not a search: the draft is there at once.
    assert [d["id"] for d in service.users().drafts().list(userId="me").execute()["drafts"]] == [draft["id"]]
    assert service.users().messages().list(userId="me", labelIds=["DRAFT"]).execute()["messages"]

    clock.instant += timedelta(seconds=601)
    assert [d["id"] for d in service.users().drafts().list(userId="me", q=query).execute()["drafts"]] == [draft["id"]]
    assert len(service.users().messages().list(userId="me", q=query).execute()["messages"]) == 1
