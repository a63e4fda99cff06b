"""Gmail's per-user rate limit and its limit on concurrent batch parts, played by the sandbox
(quirks `quota_per_minute`, `quota_window_seconds`, `batch_concurrency`; sources in
assistant/sandbox/ratelimit.py), met by the real Google client and by the tool's GmailMailbox."""

from __future__ import annotations

import json
import time

import pytest
from googleapiclient.errors import HttpError
from sandbox_mail import make_message

from assistant.gmail.client import GmailMailbox
from assistant.gmail.mailbox import QuotaExhausted


def _list(service):
    return service.users().messages().list(userId="me").execute(num_retries=0)


def _reason(error: HttpError) -> str:
    return json.loads(error.content)["error"]["errors"][0]["reason"]


def test_past_the_per_user_limit_gmail_answers_429_with_retry_after_then_403(service, mailbox):
    mailbox.set_quirk("quota_per_minute", 50)         # messages.list costs 5 units: ten calls fit
    mailbox.reset_stats()
    for _ in range(10):
        _list(service)
    with pytest.raises(HttpError) as first:
        _list(service)
    with pytest.raises(HttpError) as second:
        _list(service)

    assert first.value.resp.status == 429 and _reason(first.value) == "rateLimitExceeded"
    assert 1 <= int(first.value.resp["retry-after"]) <= 60
    assert second.value.resp.status == 403 and _reason(second.value) == "userRateLimitExceeded"
    stats = mailbox.stats()
    assert stats["quota_units"] == 50 and stats["requests"] == 12 and stats["rate_limited"] == 2


def test_the_limit_is_per_window_of_real_time(service, mailbox):
    mailbox.set_quirk("quota_per_minute", 10)
    mailbox.set_quirk("quota_window_seconds", 1)
    _list(service)
    _list(service)
    with pytest.raises(HttpError):
        _list(service)
    time.sleep(1.1)
    assert "resultSizeEstimate" in _list(service)


def test_batch_parts_beyond_the_concurrency_limit_answer_429_too_many_concurrent_requests(service, mailbox):
    ids = [mailbox.deliver(make_message(subject=f"Note {n}"))["id"] for n in range(4)]
    mailbox.set_quirk("batch_concurrency", 2)
    answers: dict[str, tuple] = {}
    batch = service.new_batch_http_request(callback=lambda rid, resp, exc: answers.__setitem__(rid, (resp, exc)))
    for message_id in ids:
        batch.add(service.users().messages().get(userId="me", id=message_id, format="minimal"), request_id=message_id)
    batch.execute()

    assert [answers[i][0]["id"] for i in ids[:2]] == ids[:2]
    for message_id in ids[2:]:
        error = answers[message_id][1]
        assert error.resp.status == 429
        assert "Too many concurrent requests for user" in json.loads(error.content)["error"]["message"]


def test_the_client_halves_its_batches_on_too_many_concurrent_requests_then_grows_them_back(service, mailbox):
    ids = [mailbox.deliver(make_message(subject=f"Note {n}"))["id"] for n in range(30)]
    mailbox.set_quirk("batch_concurrency", 5)
    client = GmailMailbox(service)

    heads = client.heads(ids, ["Subject"])

    assert sorted(heads) == sorted(ids)
    assert 1 <= client.batch_size < 50
    assert mailbox.stats()["concurrency_refused"] > 0
    shrunk = client.batch_size
    mailbox.set_quirk("batch_concurrency", 0)          # Gmail has room again: the batches grow back
    assert sorted(client.heads(ids, ["Subject"])) == sorted(ids)
    assert client.batch_size > shrunk


def test_the_client_waits_as_long_as_gmail_asks_and_reads_everything(service, mailbox):
    ids = [mailbox.deliver(make_message(subject=f"Note {n}"))["id"] for n in range(8)]
    mailbox.set_quirk("quota_per_minute", 100)          # five messages.get per second
    mailbox.set_quirk("quota_window_seconds", 1)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    client = GmailMailbox(service, sleep=sleep)        # believes in 6,000 a minute: Gmail has to refuse it

    heads = client.heads(ids, ["Subject"])

    assert sorted(heads) == sorted(ids)
    assert mailbox.stats()["rate_limited"] > 0
    assert waits and max(waits) >= 1                  # Retry-After: 1 (whole seconds)


def test_a_client_budget_sized_to_the_limit_is_never_refused(service, mailbox):
    ids = [mailbox.deliver(make_message(subject=f"Note {n}"))["id"] for n in range(10)]
    mailbox.set_quirk("quota_per_minute", 100)
    mailbox.set_quirk("quota_window_seconds", 1)
    client = GmailMailbox(service, quota_per_minute=100, window_seconds=1)
    mailbox.reset_stats()
    started = time.monotonic()

    heads = client.heads(ids, ["Subject"])

    assert sorted(heads) == sorted(ids)
    assert mailbox.stats()["rate_limited"] == 0
    assert time.monotonic() - started >= 1            # 200 units at 100 a second: paced, not refused


def test_a_write_gmail_keeps_refusing_on_the_rate_limit_stops_with_no_draft(service, mailbox):
    mailbox.inject_fault("gmail.users.drafts.create", status=429, times=10)
    client = GmailMailbox(service, sleep=lambda s: None)
    with pytest.raises(QuotaExhausted):
        client.create_draft(make_message())
    assert mailbox.stats()["by_method"]["gmail.users.drafts.create"]["requests"] == 4   # refused: sent again 3 times
    assert mailbox.dump()["drafts"] == []
