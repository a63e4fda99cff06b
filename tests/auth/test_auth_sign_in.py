"""`assistant auth`: the browser sign-in and the pasted-address sign-in, against a local OAuth server."""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
from pathlib import Path

import pytest
from auth_helpers import PasteSession, assert_no_secret, consent, read_token, token_file, with_state

COMPOSE = "https://www.googleapis.com/auth/gmail.compose"
READONLY = "https://www.googleapis.com/auth/gmail.readonly"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_browser_sign_in_writes_a_private_json_token(cli, client_file, gmail, browser, oauth, assistant_home):
    result = cli("auth", "--credentials", str(client_file))

    assert result.exit_code == 0, result.stderr
    assert "Authorized: assistant can now use the Gmail account you@sandbox.example." in result.stderr
    assert browser.opened and browser.opened[0].startswith(oauth.url + "/authorize?")
    assert browser.done.wait(5) and "You can close this tab" in browser.pages[0]
    token = read_token(assistant_home)
    assert sorted(token["scopes"]) == [COMPOSE, READONLY]
    assert token["token_uri"] == oauth.url + "/token"
    assert token["refresh_token"] in oauth.state.refresh_tokens
    assert token["issued_at"].endswith("+00:00")
    assert _mode(token_file(assistant_home)) == 0o600
    assert _mode(token_file(assistant_home).parent) == 0o700
    assert oauth.state.grant_types() == ["authorization_code"]   # PKCE verifier checked by the server
    assert_no_secret(oauth, result.stdout, result.stderr)


def test_auth_copies_the_client_file_into_the_config_folder(cli, client_file, gmail, browser, assistant_home):
    cli("auth", "--credentials", str(client_file))

    copied = assistant_home / "config" / "credentials.json"
    assert json.loads(copied.read_text()) == json.loads(client_file.read_text())
    assert _mode(copied) == 0o600


def test_auth_again_reuses_the_stored_client_file(cli, client_file, gmail, browser, oauth, assistant_home):
    cli("auth", "--credentials", str(client_file))
    client_file.unlink()

    result = cli("auth")

    assert result.exit_code == 0, result.stderr
    assert len(oauth.state.grant_types()) == 2


def test_consent_refused_in_the_browser_exits_3_and_keeps_no_token(cli, client_file, gmail, browser, oauth, assistant_home):
    oauth.state.deny = True

    result = cli("auth", "--credentials", str(client_file))

    assert result.exit_code == 3
    assert "Error: Access was denied on Google's consent screen, so Gmail is not connected." in result.stderr
    assert "Run `assistant auth` again and choose Allow." in result.stderr
    assert not token_file(assistant_home).exists()


def test_redirect_with_a_forged_state_is_refused(cli, client_file, gmail, browser, oauth, assistant_home):
    browser.tamper_state = True

    result = cli("auth", "--credentials", str(client_file))

    assert result.exit_code == 3
    assert "does not belong to this sign-in (its state differs)" in result.stderr
    assert oauth.state.grant_types() == []
    assert not token_file(assistant_home).exists()


def test_unticked_scope_is_named_with_what_will_not_work(cli, client_file, gmail, browser, oauth, assistant_home):
    oauth.state.drop_scopes = (READONLY,)

    result = cli("auth", "--credentials", str(client_file))

    assert result.exit_code == 0, result.stderr
    assert ("Warning: Google did not grant gmail.readonly, so reading the employers' replies and noticing "
            "which drafts you sent will not work") in result.stderr
    assert read_token(assistant_home)["scopes"] == [COMPOSE]


def test_auth_is_not_needed_in_sandbox_mode(cli, assistant_home):
    result = cli("--sandbox", "auth")

    assert result.exit_code == 0
    assert "No authorization is needed in sandbox mode" in result.stderr
    assert not token_file(assistant_home).exists()


def test_sign_in_leaves_no_secret_in_debug_logs(cli, client_file, gmail, browser, oauth, caplog):
    caplog.set_level(logging.DEBUG)

    result = cli("auth", "--credentials", str(client_file))
    cli("whoami")

    assert result.exit_code == 0, result.stderr
    assert caplog.records   # logging really was on
    assert_no_secret(oauth, caplog.text)


# ---- pasting the redirected address (a machine without a browser) ----------------
@pytest.fixture
def paste_env(gmail, assistant_home) -> dict[str, str]:
    return dict(os.environ)


def test_no_browser_sign_in_completes_with_the_pasted_address(client_file, oauth, paste_env, assistant_home):
    session = PasteSession("--credentials", str(client_file), "--no-browser", env=paste_env)
    redirected = consent(session.consent_url())

    code, stdout, stderr = session.paste(redirected)

    assert code == 0, stderr
    assert "open this address in a browser on any device" in stderr.lower()
    assert "the page will fail to load; that is expected" in stderr, stderr
    assert "Authorized: assistant can now use the Gmail account you@sandbox.example." in stderr
    assert _mode(token_file(assistant_home)) == 0o600
    assert _mode(token_file(assistant_home).parent) == 0o700
    assert_no_secret(oauth, stdout, stderr)


def test_pasted_address_with_the_wrong_state_is_refused(client_file, oauth, paste_env, assistant_home):
    session = PasteSession("--credentials", str(client_file), "--no-browser", env=paste_env)
    redirected = with_state(consent(session.consent_url()), "state-of-another-attempt")

    code, _, stderr = session.paste(redirected)

    assert code == 3
    assert "Error: The answer from Google does not belong to this sign-in (its state differs)" in stderr
    assert "Traceback" not in stderr
    assert not token_file(assistant_home).exists()


def test_pasted_access_denied_says_access_was_denied(client_file, oauth, paste_env, assistant_home):
    oauth.state.deny = True
    session = PasteSession("--credentials", str(client_file), "--no-browser", env=paste_env)
    redirected = consent(session.consent_url())

    code, _, stderr = session.paste(redirected)

    assert code == 3
    assert "Error: Access was denied on Google's consent screen, so Gmail is not connected." in stderr
    assert not token_file(assistant_home).exists()


def test_pasting_something_else_than_the_address_is_bad_input(client_file, oauth, paste_env, assistant_home):
    session = PasteSession("--credentials", str(client_file), "--no-browser", env=paste_env)
    session.consent_url()

    code, _, stderr = session.paste("4/just-the-code")

    assert code == 1
    assert "Error: That is not the address the browser was sent to" in stderr
    assert not token_file(assistant_home).exists()


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="there the OS always offers a browser")
def test_paste_is_offered_when_no_browser_can_be_started(client_file, oauth, paste_env, assistant_home):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER"):
        paste_env.pop(name, None)
    paste_env["PATH"] = str(Path(sys.executable).parent)   # no text browsers either
    session = PasteSession("--credentials", str(client_file), env=paste_env)
    redirected = consent(session.consent_url())

    code, _, stderr = session.paste(redirected)

    assert code == 0, stderr
    assert "No web browser can be started here, so the sign-in goes by copy and paste." in stderr
    assert token_file(assistant_home).exists()
