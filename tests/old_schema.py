"""A database as an earlier release left it: the first N migrations applied and recorded, nothing after."""

import sqlite3

from assistant.store.migrations import MIGRATIONS


def database_at_version(path, version: int) -> sqlite3.Connection:
    """Create `path` with migrations 1..version applied and recorded (schema_migrations, user_version)."""
    raw = sqlite3.connect(path)
    raw.executescript("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL);"
                      + "".join(script for _, script in MIGRATIONS[:version]))
    for name, _ in MIGRATIONS[:version]:
        raw.execute("INSERT INTO schema_migrations VALUES (?, '2026-10-01T09:00:00+00:00')", (name,))
    raw.execute(f"PRAGMA user_version = {version}")
    return raw
