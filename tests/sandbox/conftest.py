"""Fixtures: a sandbox mailbox in tmp_path, its server on loopback, and the real Gmail client."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.gmail.service import build_service
from assistant.sandbox.server import SandboxServer
from assistant.sandbox.state import SandboxMailbox

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, instant: datetime = NOW) -> None:
        self.instant = instant

    def __call__(self) -> datetime:
        return self.instant


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def mailbox(tmp_path: Path, clock: Clock) -> SandboxMailbox:
    return SandboxMailbox(tmp_path / "sandbox", now=clock)


@pytest.fixture
def server(mailbox: SandboxMailbox):
    with SandboxServer(mailbox) as running:
        yield running


@pytest.fixture
def service(server: SandboxServer):
    return build_service(server.url)
