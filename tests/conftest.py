"""Every test runs with its own ASSISTANT_HOME and no sandbox/clock variables leaking in."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def assistant_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("ASSISTANT_HOME", str(home))
    for name in ("ASSISTANT_SANDBOX", "ASSISTANT_NOW", "ASSISTANT_GMAIL_ENDPOINT", "VISUAL", "EDITOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ASSISTANT_DEBUG", "1")
    return home
