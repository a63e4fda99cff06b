"""Builds the services from paths, config, clock, mailbox and store. Nothing is built until asked for.

The only module that imports `gmail.client` and `gmail.auth`.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from assistant.clock import Clock, clock_for
from assistant.config import Config, Profile
from assistant.paths import Paths, resolve_paths

if TYPE_CHECKING:   # the types only: `assistant --help` must not load the Google client or jinja2
    from assistant.gmail.mailbox import Mailbox
    from assistant.letters.templates import LetterTemplates
    from assistant.sandbox.state import SandboxMailbox
    from assistant.store.repo import Repository


def sandbox_requested(environ: dict[str, str], flag: bool) -> bool:
    return flag or environ.get("ASSISTANT_SANDBOX", "").strip().lower() in ("1", "true", "yes", "on")


@dataclass
class Runtime:
    """Everything one command may need, built lazily and closed once at the end."""

    environ: dict[str, str] = field(default_factory=lambda: dict(os.environ))
    sandbox: bool = False
    _closers: list[Callable[[], None]] = field(default_factory=list)
    _crash_passes: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_environment(cls, sandbox_flag: bool = False) -> Runtime:
        environ = dict(os.environ)
        return cls(environ=environ, sandbox=sandbox_requested(environ, sandbox_flag))

    @cached_property
    def paths(self) -> Paths:
        return resolve_paths(self.environ, sandbox=self.sandbox)

    @cached_property
    def clock(self) -> Clock:
        return clock_for(self.environ, self.sandbox)

    @cached_property
    def config(self) -> Config:
        return Config(self.paths.config_file)

    @cached_property
    def profile(self) -> Profile:
        return self.config.profile()

    @cached_property
    def conn(self) -> sqlite3.Connection:
        from assistant.store.db import connect

        self._separate_sandbox_records()
        conn = connect(self.paths.database, marker=self.paths.database_marker)
        self._closers.append(conn.close)
        return conn

    def _separate_sandbox_records(self) -> None:
        """Once, after the upgrade that gave the sandbox its own database: move its records out of the real one."""
        import sys

        from assistant.errors import AssistantError
        from assistant.store.separation import separate_sandbox_records

        real = resolve_paths(self.environ, sandbox=False)
        try:
            moved = separate_sandbox_records(real.database, resolve_paths(self.environ, sandbox=True).database,
                                             self.clock.now(), real.sandbox_separation_marker,
                                             marker=real.database_marker)
        except AssistantError:
            if self.sandbox:
                return   # a broken real database is for real mode to report; the sandbox works without it
            raise
        except (sqlite3.Error, OSError):
            return   # e.g. a read-only home: the command itself reports what it cannot do; retried next time
        if moved:
            # a one-time notice on stderr (never stdout: it must not mix into --json output)
            print(f"Moved {len(moved)} application(s) recorded in sandbox mode (id {', '.join(map(str, moved))}) "
                  "out of your real records; `ASSISTANT_SANDBOX=1 assistant list` shows them.", file=sys.stderr)

    @cached_property
    def repo(self) -> Repository:
        from assistant.store.repo import Repository

        return Repository(self.conn)

    @cached_property
    def templates(self) -> LetterTemplates:
        from assistant.letters.templates import LetterTemplates

        return LetterTemplates(self.paths.templates_dir)

    @cached_property
    def sandbox_mailbox(self) -> SandboxMailbox:
        """The sandbox's own state (for `assistant sandbox …`), no HTTP."""
        from assistant.sandbox.state import SandboxMailbox

        return SandboxMailbox(self.paths.sandbox_dir, now=self.clock.now)

    @cached_property
    def mailbox(self) -> Mailbox:
        """The Mailbox: the in-process sandbox server, ASSISTANT_GMAIL_ENDPOINT, or Google."""
        from assistant.gmail.client import GmailMailbox
        from assistant.gmail.service import build_service

        if self.sandbox:
            from assistant.sandbox.server import SandboxServer

            server = SandboxServer(self.sandbox_mailbox).start()
            self._closers.append(server.stop)
            # The sandbox's rate window may be shortened by a test; Gmail's is a minute.
            window = self.sandbox_mailbox.quirk("quota_window_seconds") or 60
            return GmailMailbox(build_service(server.url), quota_per_minute=self.quota_per_minute,
                                window_seconds=window)
        from assistant.gmail import auth

        credentials = auth.load_credentials(self.paths, self.clock)
        endpoint = self.environ.get("ASSISTANT_GMAIL_ENDPOINT") or None
        return GmailMailbox(build_service(endpoint, http=auth.authorized_http(credentials, self.paths)),
                            quota_per_minute=self.quota_per_minute)

    @property
    def quota_per_minute(self) -> int:
        """The user's per-minute Gmail quota (setting `gmail.quota_per_minute`)."""
        return int(self.config.values()["gmail.quota_per_minute"])

    @cached_property
    def writer(self) -> str:
        """This run's claim on the letters it uploads (docs/architecture.md "Who writes a letter")."""
        from assistant.services.writers import new_writer

        return new_writer()

    def crash_point(self, name: str) -> None:
        """Die here, as a killed process would, or take a Ctrl-C here, when a sandbox test asks for it.

        ASSISTANT_CRASH_AT names the point (`after_gmail_write.draft_created`), or a
        family of them (`after_gmail_write`), optionally `#N` for its N-th passage.
        ASSISTANT_INTERRUPT_AT names a point or family where a Ctrl-C arrives.
        """
        interrupt = self.environ.get("ASSISTANT_INTERRUPT_AT") if self.sandbox else None
        if interrupt and (name == interrupt or name.startswith(interrupt + ".")):
            raise KeyboardInterrupt
        wanted = self.environ.get("ASSISTANT_CRASH_AT") if self.sandbox else None
        if not wanted:
            return
        point, _, nth = wanted.partition("#")
        if name != point and not name.startswith(point + "."):
            return
        self._crash_passes[point] = self._crash_passes.get(point, 0) + 1
        if self._crash_passes[point] >= int(nth or 1):
            os._exit(86)

    def close(self) -> None:
        while self._closers:
            try:
                self._closers.pop()()
            except Exception:  # noqa: BLE001 - closing must not hide the command's own outcome
                pass
