"""Helpers for the authorization tests: the person at the browser, the CLI in a subprocess, the token file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.request
import webbrowser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from fake_oauth import FakeOAuthServer


class FakeBrowser(webbrowser.BaseBrowser):
    """A browser whose user always clicks "Allow": it loads the consent URL and follows the redirect.

    Like a real browser it works on its own (a thread), so the loopback server can answer it.
    """

    def __init__(self) -> None:
        super().__init__("fake-browser")
        self.opened: list[str] = []
        self.pages: list[str] = []
        self.tamper_state = False
        self.done = threading.Event()

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self.opened.append(url)
        threading.Thread(target=self._visit, args=(url,), daemon=True).start()
        return True

    def _visit(self, url: str) -> None:
        try:
            location = consent(url)
            if self.tamper_state:
                location = with_state(location, "forged-state")
            with urllib.request.urlopen(location, timeout=10) as page:
                self.pages.append(page.read().decode())
        finally:
            self.done.set()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any) -> None:
        return None


def consent(url: str) -> str:
    """Load the consent page as the user's browser would; the address Google sends it to."""
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        opener.open(url, timeout=10)
    except urllib.error.HTTPError as answer:
        if answer.code == 302:
            return answer.headers["Location"]
        raise
    raise AssertionError("the authorization endpoint did not redirect")


def with_state(url: str, state: str) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    query["state"] = state
    return urlunsplit(parts._replace(query=urlencode(query)))


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """The CLI in its own process, as `python -m assistant`."""
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True,
                          env=env or dict(os.environ), timeout=timeout)


class PasteSession:
    """`assistant auth --no-browser` in a subprocess: the test reads the URL and pastes the answer."""

    def __init__(self, *args: str, env: dict[str, str] | None = None) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "assistant", "auth", *args], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env or dict(os.environ),
        )
        self.shown: list[str] = []

    def consent_url(self) -> str:
        """Read the instructions until the consent address appears."""
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.shown.append(line)
            if line.startswith("http://127.0.0.1:") and "/authorize?" in line:
                return line.strip()
        raise AssertionError("no consent URL was shown:\n" + "".join(self.shown))

    def paste(self, text: str) -> tuple[int, str, str]:
        assert self.process.stdin and self.process.stdout and self.process.stderr
        self.process.stdin.write(text + "\n")
        self.process.stdin.close()
        # Read through the same buffered files as consent_url (communicate() would skip what they hold).
        stderr = self.process.stderr.read()
        stdout = self.process.stdout.read()
        self.process.wait(timeout=60)
        return self.process.returncode, stdout, "".join(self.shown) + stderr


def token_file(home: Path) -> Path:
    return home / "config" / "auth" / "token.json"


def read_token(home: Path) -> dict[str, Any]:
    return json.loads(token_file(home).read_text(encoding="utf-8"))


def assert_no_secret(oauth: FakeOAuthServer, *outputs: str) -> None:
    for secret in oauth.state.issued_secrets():
        for output in outputs:
            assert secret not in output, f"a secret leaked into the output: {output!r}"
