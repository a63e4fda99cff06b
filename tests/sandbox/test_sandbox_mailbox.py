"""The mailbox itself: persistence, the account, message formats, the dump of `sandbox mailbox --json`."""

from __future__ import annotations

import threading
from datetime import UTC

import pytest
from googleapiclient.errors import HttpError
from sandbox_mail import b64, header, make_message, unb64

from assistant.gmail.service import build_service
from assistant.sandbox.server import SandboxServer
from assistant.sandbox.state import SandboxMailbox


def test_state_persists_across_two_mailbox_instances_on_one_directory(tmp_path, clock):
    first = SandboxMailbox(tmp_path / "box", now=clock)
    delivered = first.deliver(make_message(subject="Hello"))
    first.inject_fault("gmail.users.messages.get", status=500)
    first.set_profile(email_address="sam@sandbox.example")

    second = SandboxMailbox(tmp_path / "box", now=clock)
    with SandboxServer(second) as server:
        service = build_service(server.url)
        with pytest.raises(HttpError):
            service.users().messages().get(userId="me", id=delivered["id"]).execute()
        message = service.users().messages().get(userId="me", id=delivered["id"]).execute()

    assert header(message, "Subject") == "Hello"
    assert first.current_history_id() == second.current_history_id()
    assert first.stats()["by_method"]["gmail.users.messages.get"]["requests"] == 2
    assert second.profile()["emailAddress"] == "sam@sandbox.example"


def test_concurrent_writers_on_one_mailbox_lose_nothing(tmp_path, clock):
    boxes = [SandboxMailbox(tmp_path / "box", now=clock) for _ in range(4)]

    def deliver_many(box):
        for n in range(10):
            box.deliver(make_message(subject=f"Note {n}"))

    workers = [threading.Thread(target=deliver_many, args=(box,)) for box in boxes]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    assert len(boxes[0].dump()["messages"]) == 40


def test_profile_and_send_as_describe_the_account_and_its_signature(service, mailbox):
    mailbox.set_profile(display_name="Sam Seeker", signature_html="<div>Sam Seeker<br>555-0100</div>")

    profile = service.users().getProfile(userId="me").execute()
    send_as = service.users().settings().sendAs().list(userId="me").execute()["sendAs"]

    assert profile["emailAddress"] == "you@sandbox.example" and int(profile["historyId"]) >= 1000
    assert send_as == [{"sendAsEmail": "you@sandbox.example", "displayName": "Sam Seeker", "replyToAddress": "",
                        "signature": "<div>Sam Seeker<br>555-0100</div>", "isPrimary": True, "isDefault": True,
                        "treatAsAlias": False, "verificationStatus": "accepted"}]
    assert mailbox.profile() == {"emailAddress": "you@sandbox.example", "displayName": "Sam Seeker",
                                 "signature": "<div>Sam Seeker<br>555-0100</div>"}


def test_send_as_has_no_signature_key_without_a_signature(service):
    entry = service.users().settings().sendAs().list(userId="me").execute()["sendAs"][0]
    assert "signature" not in entry


def test_user_id_may_be_the_accounts_address_but_not_another(service):
    assert service.users().getProfile(userId="you@sandbox.example").execute()
    with pytest.raises(HttpError) as denied:
        service.users().getProfile(userId="someone@else.example").execute()
    assert denied.value.resp.status == 403


def test_message_formats_have_gmails_fields_and_omit_what_is_absent(service, mailbox, clock):
    raw = make_message(subject="Next steps", body="It's great  news &\n\n more", html="<p>It&#39;s great</p>",
                       message_id="<next@acme.example>")
    message_id = mailbox.deliver(raw, label_ids=())["id"]
    get = service.users().messages().get

    minimal = get(userId="me", id=message_id, format="minimal").execute()
    metadata = get(userId="me", id=message_id, format="metadata", metadataHeaders=["Subject", "message-id"]).execute()
    full = get(userId="me", id=message_id).execute()
    as_raw = get(userId="me", id=message_id, format="raw").execute()

    assert set(minimal) == {"id", "threadId", "snippet", "sizeEstimate", "historyId", "internalDate"}
    assert minimal["internalDate"] == str(int(clock().timestamp() * 1000)) and minimal["historyId"].isdigit()
    assert minimal["snippet"] == "It&#39;s great news &amp; more"
    assert metadata["payload"]["headers"] == [{"name": "Subject", "value": "Next steps"},
                                              {"name": "Message-ID", "value": "<next@acme.example>"}]
    assert full["payload"]["mimeType"] == "multipart/alternative" and full["payload"]["body"] == {"size": 0}
    plain, html = full["payload"]["parts"]
    assert (plain["partId"], html["partId"]) == ("0", "1") and "parts" not in plain
    assert unb64(plain["body"]["data"]).decode().startswith("It's great")
    assert unb64(as_raw["raw"]) == raw and as_raw["sizeEstimate"] == len(raw)


def test_non_ascii_headers_and_attachment_names_are_decoded_like_gmail(service, mailbox):
    raw = make_message(subject="Merci — Entretien", sender="Zoë <zoe@acme.example>",
                       attachment=("CV Zoë.pdf", b"%PDF"))
    full = service.users().messages().get(userId="me", id=mailbox.deliver(raw)["id"]).execute()

    assert header(full, "Subject") == "Merci — Entretien"
    assert header(full, "From") == "Zoë <zoe@acme.example>"
    assert full["payload"]["parts"][1]["filename"] == "CV Zoë.pdf"


def test_attachment_ids_differ_on_every_fetch_like_gmails(service, mailbox):
    message_id = mailbox.deliver(make_message(attachment=("cv.pdf", b"%PDF")))["id"]
    ids = {service.users().messages().get(userId="me", id=message_id).execute()["payload"]["parts"][1]["body"]
           ["attachmentId"] for _ in range(2)}
    assert len(ids) == 2


def test_dump_lists_messages_and_drafts_in_the_cli_format(service, mailbox):
    delivered = mailbox.deliver(make_message(subject="Hi"))
    raw = make_message(subject="Draft", message_id="<d@assistant.example>")
    draft = service.users().drafts().create(userId="me", body={"message": {"raw": b64(raw)}}).execute()

    dump = mailbox.dump()

    assert [m["id"] for m in dump["messages"]] == [delivered["id"], draft["message"]["id"]]
    assert dump["messages"][0]["labels"] == ["INBOX", "UNREAD"]
    assert dump["drafts"] == [{"draft_id": draft["id"], "message": {
        "id": draft["message"]["id"], "thread_id": draft["message"]["threadId"], "labels": ["DRAFT"], "raw": b64(raw)}}]


def test_threads_get_lists_the_conversation_oldest_first(service, mailbox):
    first = mailbox.deliver(make_message(subject="Interview", message_id="<i@acme.example>"))
    second = mailbox.deliver(make_message(subject="Re: Interview", in_reply_to="<i@acme.example>"))

    thread = service.users().threads().get(userId="me", id=first["threadId"], format="metadata").execute()
    listed = service.users().threads().list(userId="me").execute()

    assert [m["id"] for m in thread["messages"]] == [first["id"], second["id"]]
    assert listed["threads"][0]["id"] == first["threadId"] and listed["resultSizeEstimate"] == 1


def test_modify_and_trash_change_labels(service, mailbox):
    message_id = mailbox.deliver(make_message())["id"]

    read = service.users().messages().modify(userId="me", id=message_id, body={"removeLabelIds": ["UNREAD"]}).execute()
    trashed = service.users().messages().trash(userId="me", id=message_id).execute()

    assert read["labelIds"] == ["INBOX"] and "TRASH" in trashed["labelIds"]
    assert service.users().messages().list(userId="me").execute() == {"resultSizeEstimate": 0}


def test_quirks_persist_with_the_mailbox_and_profiles_set_every_one(tmp_path, clock):
    from assistant.sandbox.quirks import QUIRKS

    first = SandboxMailbox(tmp_path / "box", now=clock)
    assert first.quirks() == {name: quirk.default for name, quirk in QUIRKS.items()}
    first.set_quirk("search_lag_seconds", "30")
    assert SandboxMailbox(tmp_path / "box", now=clock).quirk("search_lag_seconds") == 30
    harsh = first.set_quirk_profile("harsh")
    assert harsh == {name: quirk.harsh for name, quirk in QUIRKS.items()}
    assert harsh != first.set_quirk_profile("kind")
    with pytest.raises(ValueError):
        first.set_quirk("history_labels", "perhaps")
    with pytest.raises(KeyError):
        first.set_quirk("no_such_quirk", "1")


def test_a_mailbox_without_a_clock_keeps_the_last_clock_it_was_given(tmp_path):
    from datetime import datetime

    at = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)
    SandboxMailbox(tmp_path / "box", now=lambda: at)
    assert SandboxMailbox(tmp_path / "box").now() == at


def test_send_as_aliases_are_listed_and_kept_as_the_sender_of_what_they_send(service, mailbox):
    mailbox.set_profile(aliases=["Alex@Alias.example"])

    listed = [entry["sendAsEmail"] for entry in service.users().settings().sendAs().list(userId="me").execute()["sendAs"]]
    assert listed == ["you@sandbox.example", "alex@alias.example"]
    assert service.users().settings().sendAs().get(userId="me", sendAsEmail="alex@alias.example").execute()[
        "treatAsAlias"] is True
    sent = service.users().messages().send(userId="me", body={"raw": b64(make_message(sender="Alex <alex@alias.example>"))}).execute()
    head = service.users().messages().get(userId="me", id=sent["id"], format="metadata", metadataHeaders=["From"]).execute()
    assert head["payload"]["headers"][0]["value"] == "Alex <alex@alias.example>"
