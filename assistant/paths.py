"""Where every file of the tool lives.

`ASSISTANT_HOME` relocates everything under one folder (tests and scripts set
it); otherwise the platform's user directories from platformdirs.

Sandbox mode is a home of its own beside the sandbox mailbox: `<data>/sandbox/config/`
(settings, template overrides) and `<data>/sandbox/data/` (database, sync state, log),
so nothing recorded in sandbox mode is ever seen by a real-mode command, nor the reverse.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "assistant"


@dataclass(frozen=True)
class Paths:
    """The folders and files of one installation."""

    config_dir: Path
    data_dir: Path
    sandbox: bool = False

    @property
    def state_dir(self) -> Path:
        """Where this mode's database, lock and log live: the sandbox keeps its own."""
        return self.sandbox_dir / "data" if self.sandbox else self.data_dir

    @property
    def settings_dir(self) -> Path:
        """Where this mode's config.json, template overrides and database marker live."""
        return self.sandbox_dir / "config" if self.sandbox else self.config_dir

    @property
    def database(self) -> Path:
        return self.state_dir / "assistant.db"

    @property
    def database_marker(self) -> Path:
        """Notes which databases assistant set up: one found empty later is damaged, not new."""
        return self.settings_dir / "databases-initialised"

    @property
    def sandbox_separation_marker(self) -> Path:
        """Notes that sandbox records an earlier version left in the real database were moved out."""
        return self.config_dir / "sandbox-records-separated"

    @property
    def config_file(self) -> Path:
        return self.settings_dir / "config.json"

    @property
    def credentials_file(self) -> Path:
        """The OAuth client file copied in by `assistant auth --credentials`."""
        return self.config_dir / "credentials.json"

    @property
    def token_dir(self) -> Path:
        return self.config_dir / "auth"

    @property
    def token_file(self) -> Path:
        return self.token_dir / "token.json"

    @property
    def templates_dir(self) -> Path:
        """The user's template overrides (the sandbox's own in sandbox mode)."""
        return self.settings_dir / "templates"

    @property
    def sandbox_dir(self) -> Path:
        """The sandbox mailbox, and in sandbox mode the tool's own state beside it."""
        return self.data_dir / "sandbox"

    @property
    def lock_file(self) -> Path:
        return self.state_dir / "sync.lock"

    @property
    def log_file(self) -> Path:
        return self.state_dir / "sync.log"


def resolve_paths(environ: dict[str, str] | None = None, *, sandbox: bool = False) -> Paths:
    """The paths for this environment and mode: `ASSISTANT_HOME` if set, else platformdirs."""
    env = os.environ if environ is None else environ
    home = env.get("ASSISTANT_HOME")
    if home:
        root = Path(home).expanduser()
        _check_folder(root, "ASSISTANT_HOME")
        paths = Paths(config_dir=root / "config", data_dir=root / "data", sandbox=sandbox)
        for folder in (paths.config_dir, paths.data_dir):
            _check_folder(folder, "The tool's folder")
        return paths
    import platformdirs

    return Paths(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME)),
        data_dir=Path(platformdirs.user_data_dir(APP_NAME)),
        sandbox=sandbox,
    )


def _check_folder(path: Path, what: str) -> None:
    """A folder the tool will create files in must not be a file (a mistyped ASSISTANT_HOME, a stray copy)."""
    if path.exists() and not path.is_dir():
        from assistant.errors import StateError

        fix = ("set ASSISTANT_HOME to a folder (it is created when missing)" if what == "ASSISTANT_HOME"
               else "move that file away")
        raise StateError(f"{what} {path} is a file, not a folder; {fix}.")
