"""`assistant logout` (revoke, best effort, and delete) and `assistant doctor` (one line per check, with the fix)."""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime, timedelta

import pytest
from auth_helpers import assert_no_secret, read_token, token_file

from assistant.gmail.auth import clock_skew


def _closed_port_url(path: str = "") -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/{path}"


def _edit_token(home, **changes) -> None:
    token_file(home).write_text(json.dumps({**read_token(home), **changes}), encoding="utf-8")


# ---- logout -------------------------------------------------------------------------
def test_logout_revokes_the_grant_at_the_server_and_deletes_the_token(cli, authorized, oauth, assistant_home):
    refresh_token = read_token(assistant_home)["refresh_token"]

    result = cli("logout")

    assert result.exit_code == 0, result.stderr
    assert "Revoked the authorization at Google and deleted the stored token." in result.stderr
    assert ("POST", "/revoke", {"token": refresh_token}) in oauth.state.requests
    assert oauth.state.refresh_tokens == {}
    assert not token_file(assistant_home).exists()
    assert (assistant_home / "config" / "credentials.json").exists()   # `assistant auth` works again without it
    assert_no_secret(oauth, result.stdout, result.stderr)


def test_logout_offline_still_deletes_the_token_and_says_where_to_revoke(cli, authorized, oauth, assistant_home):
    _edit_token(assistant_home, revoke_uri=_closed_port_url("revoke"))

    result = cli("logout")

    assert result.exit_code == 0, result.stderr
    assert "Deleted the stored token, but revoking it failed (127.0.0.1 could not be reached" in result.stderr
    assert "https://myaccount.google.com/permissions" in result.stderr
    assert not token_file(assistant_home).exists()
    assert_no_secret(oauth, result.stdout, result.stderr)


def test_logout_without_a_token_has_nothing_to_do(cli):
    result = cli("logout")

    assert result.exit_code == 0
    assert "No Gmail authorization is stored; nothing to do." in result.stderr


def test_logout_in_sandbox_mode_has_nothing_to_do(cli):
    result = cli("--sandbox", "logout")

    assert result.exit_code == 0
    assert "Nothing to do in sandbox mode" in result.stderr


# ---- doctor -------------------------------------------------------------------------
@pytest.fixture
def resume(cli, tmp_path):
    path = tmp_path / "resume.pdf"
    path.write_bytes(b"%PDF-1.4 resume")
    assert cli("config", "set", "resume", str(path)).exit_code == 0
    return path


def _lines(result) -> dict[str, str]:
    """name → the whole line, for each check doctor printed."""
    found = {}
    for line in result.stdout.splitlines():
        status, rest = line[:5].strip(), line[6:]
        name = rest[:12].strip()
        found[name] = f"{status} {rest[13:]}"
    return found


def test_doctor_passes_when_everything_a_sync_needs_is_ready(cli, authorized, resume, oauth):
    assert cli("config", "set", "holidays", "US").exit_code == 0   # optional; unset, doctor warns about it
    result = cli("doctor")

    assert result.exit_code == 0, result.stdout
    lines = _lines(result)
    assert list(lines) == ["settings", "credentials", "token", "scopes", "token age", "last use", "clock", "gmail",
                           "resume", "templates", "holidays"]
    assert all(line.startswith("OK ") for line in lines.values()), result.stdout
    assert lines["gmail"] == "OK Gmail answers for you@sandbox.example"
    assert_no_secret(oauth, result.stdout, result.stderr)


def test_doctor_reports_each_failure_with_its_fix(cli, monkeypatch):
    monkeypatch.setenv("ASSISTANT_GMAIL_ENDPOINT", _closed_port_url())

    result = cli("doctor")

    assert result.exit_code == 1
    lines = _lines(result)
    assert lines["credentials"].startswith("FAIL No OAuth client file has been given yet")
    assert lines["credentials"].endswith("— fix: assistant auth --credentials FILE")
    assert lines["token"] == "FAIL Gmail is not authorized yet. — fix: Run `assistant auth` to connect your Gmail account."
    assert lines["scopes"] == "SKIP no token yet"
    assert lines["clock"].startswith("SKIP not checked: 127.0.0.1 could not be reached")
    assert lines["gmail"].startswith("FAIL Gmail is not authorized yet.")
    assert lines["resume"] == "FAIL no resume is set — fix: assistant config set resume PATH"
    assert "Traceback" not in result.stderr


def test_doctor_fails_when_a_scope_was_not_granted(cli, client_file, gmail, browser, oauth, resume):
    oauth.state.drop_scopes = ("https://www.googleapis.com/auth/gmail.compose",)
    cli("auth", "--credentials", str(client_file))

    result = cli("doctor")

    assert result.exit_code == 1
    assert _lines(result)["scopes"] == (
        "FAIL not granted: gmail.compose (creating drafts and sending the letters you chose to send)"
        " — fix: assistant auth, and tick every box on Google's consent screen")


def test_doctor_warns_on_the_sixth_day_of_the_token_yet_passes(cli, authorized, resume, assistant_home):
    issued = datetime.now(UTC) - timedelta(days=5, hours=12)
    _edit_token(assistant_home, issued_at=issued.isoformat())

    result = cli("doctor")

    assert result.exit_code == 0, result.stdout
    assert _lines(result)["token age"].startswith('WARN 5 days: an app in "Testing" status loses it on day 7 — fix: publish the app')


def test_doctor_warns_when_the_authorization_has_not_been_used_for_five_months(cli, authorized, resume, assistant_home):
    issued = datetime.fromisoformat(read_token(assistant_home)["issued_at"])   # the sign-in was just now
    _edit_token(assistant_home, last_used_on=(issued - timedelta(days=160)).date().isoformat())

    result = cli("doctor")

    assert result.exit_code == 0, result.stdout
    assert _lines(result)["last use"] == (
        "WARN 160 days ago: Google deletes an OAuth client unused for about six months"
        " — fix: run `assistant sync` now and then (the daily `assistant schedule install` does it for you)")
    assert read_token(assistant_home)["last_used_on"] == issued.date().isoformat()   # this doctor run used it


def test_doctor_fails_when_the_authorization_was_revoked(cli, authorized, resume, oauth):
    oauth.state.revoke_everything()

    result = cli("doctor")

    assert result.exit_code == 1
    assert _lines(result)["gmail"] == ("FAIL The Gmail authorization has expired or was revoked."
                                       " — fix: Run `assistant auth` to connect your Gmail account again.")


def test_doctor_warns_when_the_clock_is_more_than_5_minutes_off(cli, authorized, resume, oauth, monkeypatch):
    oauth.state.clock_offset = -600        # the server is 10 minutes behind us: we are ahead
    monkeypatch.setenv("ASSISTANT_GMAIL_ENDPOINT", oauth.url)   # its Date header is what we compare with

    result = cli("doctor")

    assert _lines(result)["clock"] == ("WARN this computer's clock is 10 minutes ahead of the server's"
                                       " — fix: turn on automatic time (NTP) synchronisation")


def test_doctor_reports_a_template_that_does_not_render(cli, authorized, resume, assistant_home):
    override = assistant_home / "config" / "templates" / "thank_you" / "subject.txt.j2"
    override.parent.mkdir(parents=True)
    override.write_text("Thank you {{ no_such_field }}", encoding="utf-8")

    result = cli("doctor")

    assert result.exit_code == 1
    line = _lines(result)["templates"]
    assert line.startswith("FAIL ") and "no_such_field" in line
    assert line.endswith("— fix: assistant templates edit NAME, then preview it")


def test_doctor_json_lists_every_check(cli, authorized, resume):
    result = cli("doctor", "--json")

    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert [c["name"] for c in report["checks"]] == ["settings", "credentials", "token", "scopes", "token age",
                                                     "last use", "clock", "gmail", "resume", "templates", "holidays"]
    assert set(report["checks"][0]) == {"name", "status", "detail", "fix"}


def test_doctor_in_sandbox_mode_skips_the_authorization_checks(cli, resume):
    assert cli("--sandbox", "config", "set", "resume", str(resume)).exit_code == 0  # the sandbox's own settings
    result = cli("--sandbox", "doctor")

    assert result.exit_code == 0, result.stdout
    lines = _lines(result)
    assert lines["token"] == "SKIP sandbox mode: no authorization needed"
    assert lines["gmail"] == "OK the sandbox answers for you@sandbox.example"


NOW = datetime(2026, 11, 20, 15, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize("date_header, skew", [
    ("Fri, 20 Nov 2026 15:00:00 GMT", timedelta(0)),
    ("Fri, 20 Nov 2026 14:50:00 GMT", timedelta(minutes=10)),     # we are ahead
    ("Fri, 20 Nov 2026 15:06:30 GMT", -timedelta(minutes=6, seconds=30)),
    ("Fri, 20 Nov 2026 16:00:00 +0100", timedelta(0)),
])
def test_clock_skew_compares_the_date_header_with_the_local_clock(date_header, skew):
    assert clock_skew(date_header, NOW) == skew
