"""Where every file of the tool lives.

`ASSISTANT_HOME` relocates everything under one folder (tests and scripts set
it); otherwise the platform's user directories from platformdirs.
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

    @property
    def database(self) -> Path:
        return self.data_dir / "assistant.db"

    @property
    def database_marker(self) -> Path:
        """Notes which databases assistant set up: one found empty later is damaged, not new."""
        return self.config_dir / "databases-initialised"

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.json"

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
        """The user's template overrides."""
        return self.config_dir / "templates"

    @property
    def sandbox_dir(self) -> Path:
        return self.data_dir / "sandbox"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "sync.lock"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "sync.log"


def resolve_paths(environ: dict[str, str] | None = None) -> Paths:
    """The paths for this environment: `ASSISTANT_HOME` if set, else platformdirs."""
    env = os.environ if environ is None else environ
    home = env.get("ASSISTANT_HOME")
    if home:
        root = Path(home).expanduser()
        _check_folder(root, "ASSISTANT_HOME")
        paths = Paths(config_dir=root / "config", data_dir=root / "data")
        for folder in (paths.config_dir, paths.data_dir):
            _check_folder(folder, "The tool's folder")
        return paths
    import platformdirs

    return Paths(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME)),
        data_dir=Path(platformdirs.user_data_dir(APP_NAME)),
    )


def _check_folder(path: Path, what: str) -> None:
    """A folder the tool will create files in must not be a file (a mistyped ASSISTANT_HOME, a stray copy)."""
    if path.exists() and not path.is_dir():
        from assistant.errors import StateError

        fix = ("set ASSISTANT_HOME to a folder (it is created when missing)" if what == "ASSISTANT_HOME"
               else "move that file away")
        raise StateError(f"{what} {path} is a file, not a folder; {fix}.")
