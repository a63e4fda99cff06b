"""Fixtures for the authorization tests: a fake OAuth server, a fake browser, Gmail (the sandbox) and the CLI.

Everything runs offline on 127.0.0.1. The real google-auth-oauthlib flow is
driven end to end; the only stand-in is the person in front of the browser.
"""

from __future__ import annotations

import json
import webbrowser
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from auth_helpers import FakeBrowser
from fake_oauth import FakeOAuthServer
from typer.testing import CliRunner

from assistant.cli.app import app


@pytest.fixture
def oauth() -> Iterator[FakeOAuthServer]:
    server = FakeOAuthServer().start()
    yield server
    server.stop()


@pytest.fixture
def client_file(tmp_path: Path, oauth: FakeOAuthServer) -> Path:
    """The client file as the user downloaded it, endpoints pointing at the fake server."""
    path = tmp_path / "Downloads" / "client_secret_123456789012-fakeclient.apps.googleusercontent.com.json"
    path.parent.mkdir()
    path.write_text(json.dumps(oauth.client_document()), encoding="utf-8")
    return path


@pytest.fixture
def gmail(tmp_path: Path, oauth: FakeOAuthServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The sandbox as Gmail: it accepts only access tokens the fake OAuth server issued and still honours."""
    from assistant.clock import SystemClock
    from assistant.sandbox.server import SandboxServer
    from assistant.sandbox.state import SandboxMailbox

    # Real mode runs on the system clock, and so does the Gmail that stands in for Google here.
    server = SandboxServer(SandboxMailbox(tmp_path / "gmail", now=SystemClock().now),
                           token_check=oauth.token_check).start()
    monkeypatch.setenv("ASSISTANT_GMAIL_ENDPOINT", server.url)
    yield server
    server.stop()


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> FakeBrowser:
    """The fake browser is the only one `webbrowser` knows (the registry is restored afterwards)."""
    monkeypatch.setattr(webbrowser, "_tryorder", [])
    monkeypatch.setattr(webbrowser, "_browsers", {})
    fake = FakeBrowser()
    webbrowser.register("fake-browser", None, fake, preferred=True)
    return fake


@pytest.fixture
def no_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    """`webbrowser` finds no browser at all, as on a server or over SSH."""
    monkeypatch.setattr(webbrowser, "_tryorder", [])
    monkeypatch.setattr(webbrowser, "_browsers", {})


@pytest.fixture
def cli() -> Any:
    """Run the real CLI in-process: cli("whoami", "--json") → Result with exit_code, stdout, stderr."""
    runner = CliRunner()

    def run(*args: str, input: str | None = None) -> Any:
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return run


@pytest.fixture
def authorized(cli: Any, client_file: Path, gmail: Any, browser: FakeBrowser) -> Any:
    """Gmail connected through the browser sign-in, as a user would do it."""
    result = cli("auth", "--credentials", str(client_file))
    assert result.exit_code == 0, result.stderr
    return result
