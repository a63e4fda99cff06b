"""The token after sign-in: refreshed and saved on expiry and on a 401, revoked → exit 3, the 7-day warning, whoami."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from auth_helpers import assert_no_secret, read_token, run_cli, token_file

COMPOSE = "https://www.googleapis.com/auth/gmail.compose"
READONLY = "https://www.googleapis.com/auth/gmail.readonly"


def _edit_token(home, **changes: Any) -> None:
    path = token_file(home)
    path.write_text(json.dumps({**read_token(home), **changes}), encoding="utf-8")


def _expire_access_token(home) -> None:
    _edit_token(home, expiry="2001-01-01T00:00:00Z")


def _gmail_commands(cli) -> list[tuple[str, ...]]:
    resume = str(Path(__file__))  # any readable file: the resume is checked before Gmail is asked
    return [("whoami",), ("sync", "--no-input"), ("add", "--company", "Acme", "--position", "Engineer",
                                                  "--interviewer", "Pat Jones <pat@acme.example>", "--resume", resume)]


def test_whoami_refreshes_an_expired_access_token_and_saves_it(cli, authorized, oauth, assistant_home):
    before = read_token(assistant_home)
    _expire_access_token(assistant_home)

    result = cli("whoami")

    assert result.exit_code == 0, result.stderr
    assert "Address:  you@sandbox.example" in result.stdout
    assert "State:    refreshable (the access token was renewed just now)" in result.stdout
    after = read_token(assistant_home)
    assert after["token"] != before["token"] and after["token"] in oauth.state.access_tokens
    assert after["expiry"] > datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    assert after["issued_at"] == before["issued_at"] and after["refresh_token"] == before["refresh_token"]
    assert oauth.state.grant_types() == ["authorization_code", "refresh_token"]
    assert stat.S_IMODE(token_file(assistant_home).stat().st_mode) == 0o600
    assert_no_secret(oauth, result.stdout, result.stderr)


def test_whoami_refreshes_when_gmail_answers_401_and_saves_the_new_token(cli, authorized, oauth, assistant_home):
    stale = read_token(assistant_home)["token"]
    oauth.state.access_tokens.discard(stale)      # Gmail no longer accepts it, though it has not expired

    result = cli("whoami")

    assert result.exit_code == 0, result.stderr
    assert "Address:  you@sandbox.example" in result.stdout
    fresh = read_token(assistant_home)["token"]
    assert fresh != stale and fresh in oauth.state.access_tokens
    assert oauth.state.grant_types() == ["authorization_code", "refresh_token"]
    assert_no_secret(oauth, result.stdout, result.stderr)


@pytest.mark.parametrize("how", ["access token expired", "Gmail answers 401"])
def test_revoked_authorization_makes_gmail_commands_exit_3_naming_assistant_auth(cli, authorized, oauth, assistant_home, how):
    oauth.state.revoke_everything()
    if how == "access token expired":
        _expire_access_token(assistant_home)

    for command in _gmail_commands(cli):
        result = cli(*command)

        assert result.exit_code == 3, (command, result.stdout, result.stderr)
        assert "Error: The Gmail authorization has expired or was revoked." in result.stderr
        assert "Run `assistant auth`" in result.stderr
        assert "Traceback" not in result.stderr
        assert_no_secret(oauth, result.stdout, result.stderr)


def test_revoked_authorization_in_a_fresh_process_is_one_sentence_and_exit_3(authorized, oauth, assistant_home):
    oauth.state.revoke_everything()
    _expire_access_token(assistant_home)

    result = run_cli("whoami")

    assert result.returncode == 3
    assert result.stderr.splitlines() == [
        "Error: The Gmail authorization has expired or was revoked.",
        "Run `assistant auth` to connect your Gmail account again.",
    ]
    assert_no_secret(oauth, result.stdout, result.stderr)


def test_gmail_commands_before_any_sign_in_exit_3(cli):
    result = cli("whoami")

    assert result.exit_code == 3
    assert "Error: Gmail is not authorized yet." in result.stderr
    assert "Run `assistant auth`" in result.stderr


def _issued(days_ago: float) -> str:
    return (datetime.now(UTC) - timedelta(days=days_ago)).isoformat(timespec="seconds")


def test_testing_mode_warning_comes_once_a_day_from_the_sixth_day(authorized, oauth, assistant_home):
    _edit_token(assistant_home, issued_at=_issued(5.2))

    first = run_cli("whoami")
    second = run_cli("whoami")

    assert first.returncode == 0 and second.returncode == 0, first.stderr
    assert 'Your Gmail authorization is 5 days old: if your Google Cloud app is still in "Testing"' in first.stderr
    assert 'docs/gmail-setup.md, section "Keeping the authorization alive"' in first.stderr
    assert "Testing" not in second.stderr
    assert_no_secret(oauth, first.stdout, first.stderr)


@pytest.mark.parametrize("days", [4.9, 7.5])
def test_no_testing_mode_warning_before_the_sixth_day_or_once_the_token_outlived_7_days(authorized, assistant_home, days):
    _edit_token(assistant_home, issued_at=_issued(days))

    result = run_cli("whoami")

    assert result.returncode == 0, result.stderr
    assert "Testing" not in result.stderr


def test_whoami_json_has_address_scopes_age_and_state(cli, authorized, assistant_home):
    _edit_token(assistant_home, issued_at=_issued(2.5))

    result = cli("whoami", "--json")

    assert result.exit_code == 0, result.stderr
    identity = json.loads(result.stdout)
    assert identity["address"] == "you@sandbox.example"
    assert identity["scopes"] == [COMPOSE, READONLY] and identity["missing_scopes"] == []
    assert identity["state"] == "valid" and identity["refreshed"] is False
    assert 2.4 < identity["age_days"] < 2.6
    assert datetime.fromisoformat(identity["issued_at"]).tzinfo is not None
    assert set(identity) == {"address", "sandbox", "scopes", "missing_scopes", "issued_at", "age_days",
                             "state", "refreshed", "expires_at"}


def test_whoami_text_shows_scopes_and_age(cli, authorized, assistant_home):
    _edit_token(assistant_home, issued_at=_issued(3.1))

    result = cli("whoami")

    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Address:  you@sandbox.example"
    assert lines[1] == "Scopes:   gmail.compose, gmail.readonly"
    assert lines[2].startswith("Issued:   ") and lines[2].endswith("(3 days ago)")
    assert lines[3] == "State:    valid"


def test_whoami_in_sandbox_mode_shows_the_sandbox_address(cli):
    result = cli("--sandbox", "whoami", "--json")

    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["address"] == "you@sandbox.example"
    assert json.loads(result.stdout)["sandbox"] is True


def test_a_loosened_token_folder_is_made_private_again_on_refresh(cli, authorized, assistant_home):
    os.chmod(token_file(assistant_home).parent, 0o755)
    _expire_access_token(assistant_home)

    assert cli("whoami").exit_code == 0

    assert stat.S_IMODE(token_file(assistant_home).parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(token_file(assistant_home).stat().st_mode) == 0o600


def test_stale_token_is_refreshed_against_assistant_sandbox_serve(authorized, oauth, assistant_home, monkeypatch):
    """The issue's "done when": `whoami` against `assistant sandbox serve` via ASSISTANT_GMAIL_ENDPOINT."""
    import signal
    import subprocess
    import sys

    serve_env = {**os.environ, "ASSISTANT_SANDBOX": "1"}
    serve_env.pop("ASSISTANT_GMAIL_ENDPOINT", None)
    server = subprocess.Popen([sys.executable, "-m", "assistant", "sandbox", "serve", "--port", "0"],
                              stderr=subprocess.PIPE, text=True, env=serve_env)
    try:
        assert server.stderr is not None
        first = server.stderr.readline()
        assert first.startswith("Serving the sandbox mailbox at http://127.0.0.1:"), first
        url = first.split(" at ", 1)[1].split(" ", 1)[0]
        _expire_access_token(assistant_home)
        stale = read_token(assistant_home)["token"]

        result = run_cli("whoami", env={**os.environ, "ASSISTANT_GMAIL_ENDPOINT": url})

        assert result.returncode == 0, result.stderr
        assert "Address:  you@sandbox.example" in result.stdout
        assert read_token(assistant_home)["token"] != stale
        assert oauth.state.grant_types()[-1] == "refresh_token"
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=10)


def test_a_failing_token_endpoint_is_gmail_unavailable_not_a_revoked_authorization(cli, authorized, oauth, assistant_home):
    _expire_access_token(assistant_home)
    oauth.state.token_failures = 10      # more than google-auth's own retries

    result = cli("whoami")

    assert result.exit_code == 4, result.stderr
    assert ("Error: Google's sign-in service is unavailable right now, so Gmail could not be reached while "
            "reading the Gmail profile; the authorization is fine, try again later.") in result.stderr
    assert "assistant auth" not in result.stderr
    assert_no_secret(oauth, result.stdout, result.stderr)
    oauth.state.token_failures = 0
    assert cli("whoami").exit_code == 0
