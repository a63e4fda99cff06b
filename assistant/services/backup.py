"""`export --backup` / `import --backup`: everything the tool knows, and its exact restore.

A backup is the database's rows, table by table, with the schema version that
wrote them, plus the settings. It is restored into an empty home only, and the
restore writes rows, never letters: a sync afterwards finds every letter the
tool already made (by its draft id and Message-ID) and drafts nothing twice.

Later versions read older backups the way they read older databases: the rows
go into a database at the backup's schema version, and the append-only
migrations bring it up to date.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import InputError, StateError
from assistant.store.db import SCHEMA_VERSION, transaction
from assistant.store.migrations import MIGRATIONS

FORMAT = "assistant-backup"
FORMAT_VERSION = 1
# The migrations' own bookkeeping (with the time each ran) belongs to the database, not the job search.
_NOT_BACKED_UP = ("schema_migrations",)
# Columns that hold what a running process is doing, not what the tool knows: a backup taken while
# a sync writes a letter must not restore that claim (the writing process does not exist there).
_TRANSIENT = {"letters": ("writer",)}


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, for the one line the CLI prints."""

    applications: int
    letters: int
    replies: int
    events: int


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                        "ORDER BY name").fetchall()
    return [r[0] for r in rows if r[0] not in _NOT_BACKED_UP]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")').fetchall()]


def _cell(value: Any) -> Any:
    # JSON has no bytes; no column holds any today, but a later one might.
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return value


def _uncell(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"base64"}:
        return base64.b64decode(value["base64"])
    return value


def backup_document(conn: sqlite3.Connection, settings: dict[str, Any]) -> dict[str, Any]:
    """Every row of every table (in key order, so two backups of one state are identical) and the settings."""
    tables = {}
    for table in _tables(conn):
        columns = _columns(conn, table)
        transient = {i for i, c in enumerate(columns) if c in _TRANSIENT.get(table, ())}
        rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
        tables[table] = {"columns": columns,
                         "rows": [[None if i in transient else _cell(v) for i, v in enumerate(row)] for row in rows]}
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "schema_version": _schema_version(conn),
            "settings": settings, "tables": tables}


def _schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def summarize(document: dict[str, Any]) -> BackupSummary:
    tables = document["tables"]

    def count(name: str) -> int:
        return len(tables.get(name, {}).get("rows", []))

    return BackupSummary(applications=count("applications"), letters=count("letters"),
                         replies=count("replies"), events=count("events"))


def write_backup(path: Path, document: dict[str, Any]) -> None:
    """Atomically and readable only by the user: it holds names, addresses and the history of a job search."""
    from assistant.config import write_private_json

    try:
        write_private_json(path, document, mode=0o600, dir_mode=0o700)
    except OSError as exc:
        raise InputError(f"The backup cannot be written to {path} ({exc.strerror or exc}); "
                         "choose a file in a folder you can write to.") from None


def read_backup(path: Path) -> dict[str, Any]:
    """The backup in `path`, checked to be one this version can restore."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"There is no backup file at {path}.") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{path} cannot be read as a backup ({getattr(exc, 'strerror', None) or exc}); "
                         "give the file `assistant export --backup` wrote.") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT or not isinstance(document.get("tables"), dict):
        raise InputError(f"{path} is not an assistant backup; give the file `assistant export --backup` wrote "
                         "(for a CSV file use `assistant import FILE.csv`).")
    version, schema = document.get("format_version"), document.get("schema_version")
    if not isinstance(version, int) or version > FORMAT_VERSION or not isinstance(schema, int) or schema > SCHEMA_VERSION:
        raise InputError(f"{path} was written by a newer version of assistant; upgrade assistant to restore it.")
    return document


def holdings(conn: sqlite3.Connection) -> int:
    """How many rows the tool's tables hold (0: an empty home)."""
    return sum(conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in _tables(conn))


def restore(conn: sqlite3.Connection, document: dict[str, Any], where: Path) -> BackupSummary:
    """Write the backup's rows into the empty, up-to-date database `conn`; nothing is drafted."""
    if holdings(conn):
        count = conn.execute("SELECT COUNT(*) FROM applications").fetchone()[0]
        raise StateError(f"The database {where} already holds {count} application{'s' if count != 1 else ''}; "
                         "a backup is restored only into an empty home, so point ASSISTANT_HOME at a new folder "
                         "and run the import there.")
    upgraded = _upgraded_rows(document)
    with transaction(conn):
        conn.execute("PRAGMA defer_foreign_keys = ON")   # rows go in table by table; checked at commit
        for table, (columns, rows) in upgraded.items():
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" * len(columns))
            conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
    return summarize(document)


def _upgraded_rows(document: dict[str, Any]) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """The backup's rows, brought to this version's schema through an in-memory copy at the backup's version."""
    scratch = sqlite3.connect(":memory:", isolation_level=None)
    try:
        schema = document["schema_version"]
        _apply(scratch, MIGRATIONS[:schema])
        known = set(_tables(scratch))
        try:
            for table, content in document["tables"].items():
                if table not in known:
                    raise InputError(f"The backup has a table {table!r} that its schema version {schema} "
                                     "does not have; it is damaged.")
                columns = list(content["columns"])
                names = ", ".join(f'"{c}"' for c in columns)
                scratch.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})',
                                    [tuple(_uncell(v) for v in row) for row in content["rows"]])
        except (sqlite3.Error, KeyError, TypeError) as exc:
            raise InputError(f"The backup's rows do not fit its schema ({exc}); it is damaged.") from None
        _apply(scratch, MIGRATIONS[schema:])
        return {table: (_columns(scratch, table), scratch.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall())
                for table in _tables(scratch)}
    finally:
        scratch.close()


def _apply(conn: sqlite3.Connection, migrations: list[tuple[str, str]]) -> None:
    for _name, script in migrations:
        conn.executescript(script)
