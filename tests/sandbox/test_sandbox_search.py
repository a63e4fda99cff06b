"""messages.list: the search operators a sync tool uses, labels, paging, spam/trash exclusion."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sandbox_mail import b64, make_message

DAY = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def _at(day: int) -> datetime:
    return DAY.replace(day=day)


@pytest.fixture
def mail(service, mailbox, clock) -> dict[str, str]:
    """A small mailbox; returns message ids by nickname."""
    ids = {}

    def arrive(name, day, labels=("INBOX", "UNREAD"), **letter):
        clock.instant = _at(day)
        ids[name] = mailbox.deliver(make_message(to="Alex <you@sandbox.example>", **letter), labels)["id"]

    arrive("reject", 10, subject="Your application at Acme", sender="Acme Recruiting <jobs@acme.example>",
           body="We decided to move forward with other candidates.")
    arrive("offer", 19, ("INBOX",), subject="Offer letter", sender="Pat Jones <pat.jones@acme.example>",
           cc="hr@acme.example", message_id="<offer-1@acme.example>", attachment=("offer.pdf", b"%PDF-1.4"))
    arrive("news", 18, ("INBOX", "CATEGORY_UPDATES"), subject="Weekly jobs", sender="news@jobs.example",
           body="Acme is hiring again.")
    arrive("spam", 17, ("SPAM",), subject="Acme prize", sender="spam@prizes.example")
    arrive("trash", 16, ("TRASH",), subject="Old note", sender="pat.jones@acme.example")
    clock.instant = _at(20)
    ids["sent"] = service.users().messages().send(
        userId="me", body={"raw": b64(make_message(subject="Thank you"))}).execute()["id"]
    ids["draft"] = service.users().drafts().create(
        userId="me", body={"message": {"raw": b64(make_message(subject="Checking in"))}}).execute()["message"]["id"]
    return ids


def _found(service, **params) -> set[str] | list[str]:
    answer = service.users().messages().list(userId="me", **params).execute()
    assert answer["resultSizeEstimate"] == len(answer.get("messages", []))
    return {m["id"] for m in answer.get("messages", [])}


@pytest.mark.parametrize("q, expected", [
    ("from:pat.jones@acme.example", {"offer"}),
    ("from:acme.example", {"reject", "offer"}),
    ("from:jones", {"offer"}),
    ("from:me", {"sent", "draft"}),
    ("to:hr@acme.example", {"offer"}),
    ("to:pat.jones@acme.example", {"sent", "draft"}),
    ("subject:offer", {"offer"}),
    ("subject:off", set()),
    ('subject:"your application"', {"reject"}),
    ('subject:"application your"', set()),
    ("subject:(application acme)", {"reject"}),
    ("rfc822msgid:<offer-1@acme.example>", {"offer"}),
    ("rfc822msgid:offer-1@acme.example", {"offer"}),
    ("after:2026/11/15", {"offer", "news", "sent", "draft"}),
    ("before:2026/11/15", {"reject"}),
    (f"after:{int(_at(18).timestamp())}", {"offer", "news", "sent", "draft"}),
    ("newer_than:3d", {"offer", "news", "sent", "draft"}),
    ("older_than:5d", {"reject"}),
    ("in:sent", {"sent"}),
    ("in:drafts", {"draft"}),
    ("in:inbox", {"reject", "offer", "news"}),
    ("label:inbox is:unread", {"reject"}),
    ("category:updates", {"news"}),
    ("has:attachment", {"offer"}),
    ("-from:acme.example in:inbox", {"news"}),
    ("acme", {"reject", "offer", "news", "sent", "draft"}),
    ('"move forward"', {"reject"}),
    ("{from:news@jobs.example subject:offer}", {"news", "offer"}),
    ("from:news@jobs.example OR subject:offer", {"news", "offer"}),
    ("in:spam", {"spam"}),
    ("in:anywhere acme", {"reject", "offer", "news", "spam", "trash", "sent", "draft"}),
    ("", {"reject", "offer", "news", "sent", "draft"}),
])
def test_search_operator(service, mail, q, expected):
    assert _found(service, q=q, maxResults=500) == {mail[name] for name in expected}


def test_spam_and_trash_are_listed_only_with_include_spam_trash(service, mail):
    assert _found(service, q="from:pat.jones@acme.example", includeSpamTrash=True) == {mail["offer"], mail["trash"]}


def test_label_ids_must_all_be_present(service, mail):
    assert _found(service, labelIds=["INBOX", "UNREAD"]) == {mail["reject"]}


def test_list_is_newest_first_and_pages(service, mail):
    first = service.users().messages().list(userId="me", maxResults=2).execute()
    rest = service.users().messages().list(userId="me", maxResults=2, pageToken=first["nextPageToken"]).execute()

    order = [m["id"] for m in first["messages"] + rest["messages"]]
    assert order == [mail["draft"], mail["sent"], mail["offer"], mail["news"]]
    assert first["resultSizeEstimate"] == 5


def test_after_date_is_midnight_pacific_time(service, mailbox, clock):
    clock.instant = datetime(2026, 11, 15, 5, 0, tzinfo=UTC)  # 14 Nov, 21:00 in California
    late = mailbox.deliver(make_message(subject="Late"))["id"]

    assert _found(service, q="after:2026/11/15") == set()
    assert _found(service, q="after:2026/11/14") == {late}


def test_newer_than_follows_the_injected_clock(service, mailbox, clock):
    clock.instant = datetime(2026, 1, 1, tzinfo=UTC)
    old = mailbox.deliver(make_message(subject="Old"))["id"]
    clock.instant = datetime(2026, 3, 1, tzinfo=UTC)

    assert _found(service, q="newer_than:30d") == set()
    assert _found(service, q="older_than:1m") == {old}


def test_very_long_query_sent_as_post_with_method_override_still_searches(service, mail):
    # googleapiclient turns a GET whose URL passes 2048 characters into a POST with X-HTTP-Method-Override.
    padding = " ".join(f"-subject:zz{n}" for n in range(200))
    assert _found(service, q=f"subject:offer {padding}") == {mail["offer"]}
