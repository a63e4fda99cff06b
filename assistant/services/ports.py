"""The collaborators a service works with, typed (what `assistant.wiring.Runtime` provides).

Services name this Protocol instead of the Runtime itself, so a service can be
built from anything that offers these parts, and the type checker follows every
`rt.repo.*` call to the Repository. The imports are for the type checker only:
`assistant --help` must not load the Google client or jinja2.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from email.message import EmailMessage, Message

    from assistant.clock import Clock
    from assistant.config import Config, Profile
    from assistant.domain.classify import Classification
    from assistant.gmail.mailbox import Mailbox
    from assistant.letters.templates import LetterTemplates
    from assistant.paths import Paths
    from assistant.store.repo import Repository


class Collaborators(Protocol):
    """The repository, mailbox, clock, profile and templates one command works with."""

    environ: dict[str, str]
    sandbox: bool

    @property
    def repo(self) -> Repository: ...

    @property
    def mailbox(self) -> Mailbox: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def profile(self) -> Profile: ...

    @property
    def templates(self) -> LetterTemplates: ...

    @property
    def paths(self) -> Paths: ...

    @property
    def config(self) -> Config: ...

    @property
    def writer(self) -> str: ...

    def crash_point(self, name: str) -> None: ...


class Classifier(Protocol):
    """What the sync needs of the classifier (`assistant.domain.classify`, passed as a module)."""

    def classify_message(self, message: Message) -> Classification: ...

    def new_text(self, message: EmailMessage | Message) -> str: ...


class SyncProgress(Protocol):
    """How a long sync read is shown (`assistant/cli/progress.py`; nothing at all for `--json`)."""

    def start(self, total: int, text: str) -> None: ...

    def advance(self, count: int) -> None: ...

    def note(self, text: str) -> None: ...

    def stop(self) -> None: ...
