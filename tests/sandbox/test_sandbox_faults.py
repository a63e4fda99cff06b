"""Injected faults: Gmail's error answers, dropped connections, latency, and writes whose answer is lost."""

from __future__ import annotations

import http.client
import json
import socket
import time

import httplib2
import pytest
from google.oauth2.credentials import Credentials
from googleapiclient.errors import HttpError
from googleapiclient.http import MediaInMemoryUpload, build_http
from sandbox_mail import b64, make_message

from assistant.gmail.service import build_service
from assistant.sandbox.server import SandboxServer
from assistant.sandbox.state import SandboxMailbox


def _error(excinfo) -> dict:
    return json.loads(excinfo.value.content)["error"]


@pytest.mark.parametrize("status, reason, canonical", [
    (500, "backendError", "INTERNAL"),
    (503, "backendError", "UNAVAILABLE"),
    (429, "rateLimitExceeded", "RESOURCE_EXHAUSTED"),
    (401, "authError", "UNAUTHENTICATED"),
])
def test_injected_status_answers_in_gmails_error_shape(service, mailbox, status, reason, canonical):
    mailbox.inject_fault("gmail.users.getProfile", status=status)

    with pytest.raises(HttpError) as failed:
        service.users().getProfile(userId="me").execute()

    error = _error(failed)
    assert error["code"] == status and error["status"] == canonical
    assert error["errors"][0]["reason"] == reason and error["errors"][0]["message"]
    assert service.users().getProfile(userId="me").execute()["emailAddress"] == "you@sandbox.example"


def test_not_found_error_has_gmails_exact_shape(service):
    with pytest.raises(HttpError) as missing:
        service.users().messages().get(userId="me", id="0123456789abcdef").execute()
    assert json.loads(missing.value.content) == {"error": {
        "code": 404, "message": "Requested entity was not found.",
        "errors": [{"message": "Requested entity was not found.", "domain": "global", "reason": "notFound"}],
        "status": "NOT_FOUND"}}


def test_client_retries_through_a_500_when_asked_to(service, mailbox):
    mailbox.inject_fault("gmail.users.messages.list", status=500, times=2)
    request = service.users().messages().list(userId="me")
    request._sleep = lambda seconds: None  # the client's own backoff, without the wait

    answer = request.execute(num_retries=2)

    assert answer == {"resultSizeEstimate": 0}
    assert mailbox.stats()["by_method"]["gmail.users.messages.list"]["requests"] == 3


def test_fault_skips_then_strikes_times_then_is_gone(service, mailbox):
    mailbox.inject_fault("*", status=503, skip=1, times=2)
    outcomes = []
    for _ in range(4):
        try:
            service.users().getProfile(userId="me").execute()
            outcomes.append("ok")
        except HttpError as error:
            outcomes.append(error.resp.status)
    assert outcomes == ["ok", 503, 503, "ok"]


def test_clear_faults_removes_pending_ones(service, mailbox):
    mailbox.inject_fault("gmail.users.getProfile", status=500, times=5)
    mailbox.clear_faults()
    assert service.users().getProfile(userId="me").execute()


def test_twice_dropped_connection_reaches_the_caller(service, mailbox):
    mailbox.inject_fault("gmail.users.getProfile", drop=True, times=2)
    with pytest.raises((http.client.HTTPException, ConnectionError)):
        service.users().getProfile(userId="me").execute()


def test_once_dropped_post_is_resent_by_plain_httplib2_so_an_after_effect_create_makes_two_drafts(server, mailbox):
    """httplib2 silently repeats a request whose connection closed without an answer, even a POST."""
    mailbox.inject_fault("gmail.users.drafts.create", drop=True, after_effect=True)
    plain = build_service(server.url, http=httplib2.Http(timeout=30))

    plain.users().drafts().create(userId="me", body={"message": {"raw": b64(make_message())}}).execute()

    assert len(mailbox.dump()["drafts"]) == 2


def test_the_tools_client_sends_a_dropped_post_once_and_says_the_outcome_is_unknown(service, mailbox):
    from assistant.gmail.service import WriteOutcomeUnknown

    mailbox.inject_fault("gmail.users.drafts.create", drop=True, after_effect=True)

    with pytest.raises(WriteOutcomeUnknown):
        service.users().drafts().create(userId="me", body={"message": {"raw": b64(make_message())}}).execute()

    assert len(mailbox.dump()["drafts"]) == 1


def test_delay_slows_the_answer_and_can_exceed_the_clients_timeout(server, mailbox):
    mailbox.inject_fault("gmail.users.getProfile", delay=0.3)
    started = time.monotonic()
    build_service(server.url).users().getProfile(userId="me").execute()
    assert time.monotonic() - started >= 0.3

    mailbox.inject_fault("gmail.users.getProfile", delay=0.5)
    impatient = build_service(server.url, http=httplib2.Http(timeout=0.1))
    with pytest.raises((TimeoutError, socket.timeout)):
        impatient.users().getProfile(userId="me").execute()


def test_after_effect_500_on_send_still_sends(service, mailbox):
    mailbox.inject_fault("gmail.users.messages.send", status=500, after_effect=True)

    with pytest.raises(HttpError) as failed:
        service.users().messages().send(userId="me", body={"raw": b64(make_message(subject="Thank you"))}).execute()

    assert failed.value.resp.status == 500
    sent = service.users().messages().list(userId="me", q="in:sent subject:thank").execute()
    assert sent["resultSizeEstimate"] == 1


def test_after_effect_503_on_resumable_create_is_found_by_asking_the_session(service, mailbox):
    mailbox.inject_fault("gmail.users.drafts.create", status=503, after_effect=True)
    media = MediaInMemoryUpload(make_message(), mimetype="message/rfc822", resumable=True)
    request = service.users().drafts().create(userId="me", body={"message": {}}, media_body=media)

    with pytest.raises(HttpError):
        request.next_chunk()
    _, draft = request.next_chunk()  # asks the session where it stands: it finished

    assert [d["draft_id"] for d in mailbox.dump()["drafts"]] == [draft["id"]]


def test_fault_before_effect_on_resumable_create_lets_the_client_upload_again(server, mailbox):
    # Google answers the status query with a 308 and no Range; a plain httplib2.Http takes that
    # for a redirect without Location, so the client must come from build_http().
    service = build_service(server.url, http=build_http())
    mailbox.inject_fault("gmail.users.drafts.create", status=503)
    media = MediaInMemoryUpload(make_message(), mimetype="message/rfc822", resumable=True)
    request = service.users().drafts().create(userId="me", body={"message": {}}, media_body=media)

    with pytest.raises(HttpError):
        request.next_chunk()
    assert mailbox.dump()["drafts"] == []
    _, draft = request.next_chunk()

    assert [d["draft_id"] for d in mailbox.dump()["drafts"]] == [draft["id"]]


def test_fault_injected_through_another_instance_reaches_the_server(tmp_path, clock):
    serving = SandboxMailbox(tmp_path / "box", now=clock)
    with SandboxServer(serving) as server:
        SandboxMailbox(tmp_path / "box").inject_fault("gmail.users.getProfile", status=429)
        with pytest.raises(HttpError) as limited:
            build_service(server.url).users().getProfile(userId="me").execute()
    assert limited.value.resp.status == 429


def test_token_check_refuses_missing_or_bad_tokens_with_401(mailbox):
    with SandboxServer(mailbox, token_check=lambda token: token == "good") as server:
        with pytest.raises(HttpError) as anonymous:
            build_service(server.url).users().getProfile(userId="me").execute()
        trusted = build_service(server.url, credentials=Credentials(token="good"))
        profile = trusted.users().getProfile(userId="me").execute()

    error = _error(anonymous)
    assert anonymous.value.resp.status == 401 and error["status"] == "UNAUTHENTICATED"
    assert error["errors"][0]["reason"] == "authError"
    assert error["message"].startswith("Request had invalid authentication credentials.")
    assert profile["emailAddress"] == "you@sandbox.example"


def test_stopped_server_answers_no_one_not_even_a_kept_alive_connection(mailbox):
    server = SandboxServer(mailbox).start()
    service = build_service(server.url)
    service.users().getProfile(userId="me").execute()

    server.stop()

    with pytest.raises((ConnectionError, http.client.HTTPException, OSError)):
        service.users().getProfile(userId="me").execute()


def test_malformed_message_id_answers_400_not_404(service):
    with pytest.raises(HttpError) as refused:
        service.users().messages().get(userId="me", id="not-a-gmail-id").execute()
    assert refused.value.resp.status == 400 and _error(refused)["message"] == "Invalid id value"
