"""`assistant import` (a CSV of interviews, or a backup) and `assistant export` (JSON, CSV, or a backup)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer

from assistant.cli.common import out, print_json, runtime, say
from assistant.cli.interviews import JSON
from assistant.errors import InputError


def import_csv(ctx: typer.Context, file: Path | None = typer.Argument(None, metavar="FILE.csv"),
               backup: Path | None = typer.Option(None, "--backup", metavar="FILE.json",
                                                     help="Restore a backup made by `export --backup` into this empty home; drafts nothing."),
               no_drafts: bool = typer.Option(False, "--no-drafts", help="Record only; create no drafts."),
               as_json: bool = JSON) -> None:
    """Record many interviews from a CSV file (columns: add's option names, '_' for '-'; interviewers split by ';')."""
    from assistant.services.transfer import import_file

    rt = runtime(ctx)
    if backup is not None or file is None:
        _restore_backup(rt, backup, file)
        return
    imported = import_file(rt, file, drafts=not no_drafts)
    results = imported.recorded
    if as_json:
        from assistant.services.views import draft_json

        print_json([{"id": r.application.id, "drafts": [draft_json(letter) for letter in r.drafts]} for r in results])
        for line, app_id in imported.skipped:
            say(f"Skipped line {line}: that interview is already recorded as application {app_id}.")
        return
    drafts = sum(len(r.drafts) for r in results)
    later = sum(1 for r in results if r.round is not None)
    rounds = f" and {later} later round{'s' if later != 1 else ''}" if later else ""
    out(f"Imported {len(results) - later} applications{rounds} from {file}; {drafts} thank-you drafts created.")
    for line, app_id in imported.skipped:
        out(f"Skipped line {line}: that interview is already recorded as application {app_id}.")


def _restore_backup(rt: Any, backup: Path | None, file: Path | None) -> None:
    """`import --backup FILE.json`: the exact restore of everything, into an empty home."""
    if backup is None:
        raise InputError("Give the CSV file to import (`assistant import FILE.csv`) or a backup "
                         "(`assistant import --backup FILE.json`).")
    if file is not None:
        raise InputError("Give either a CSV file or --backup FILE.json, not both.")
    from assistant.services.backup import read_backup, restore

    document = read_backup(backup)
    summary = restore(rt.conn, document, rt.paths.database)
    kept = rt.config.restore(document.get("settings") or {})
    out(f"Restored {_counted(summary)} from {backup}; nothing was drafted.")
    if kept:
        say(f"Settings already made here were kept: {', '.join(kept)}.")


def _counted(summary: Any) -> str:
    def n(count: int, one: str, many: str) -> str:
        return f"{count} {one if count == 1 else many}"

    return (f"{n(summary.applications, 'application', 'applications')}, {n(summary.letters, 'letter', 'letters')}, "
            f"{n(summary.replies, 'reply', 'replies')}, {n(summary.events, 'timeline event', 'timeline events')}")


def export(ctx: typer.Context, as_csv: bool = typer.Option(False, "--csv", help="CSV in the import format instead of JSON."),
           backup: Path | None = typer.Option(None, "--backup", metavar="FILE.json",
                                                 help="Write everything the tool knows to FILE.json (`import --backup` restores it).")) -> None:
    """Every application, as JSON (default) or as CSV that `assistant import` reads back; or a full backup."""
    from assistant.services.transfer import export_csv, export_json

    rt = runtime(ctx)
    if backup is not None:
        _write_backup(rt, backup)
    elif as_csv:
        sys.stdout.write(export_csv(rt))
    else:
        print_json(export_json(rt))


def _write_backup(rt: Any, path: Path) -> None:
    from assistant.services.backup import backup_document, summarize, write_backup

    document = backup_document(rt.conn, rt.config.load())
    write_backup(path, document)
    say(f"Backed up {_counted(summarize(document))} to {path}; "
        f"`assistant import --backup {path}` restores it into an empty home.")


def register(app: typer.Typer) -> None:
    app.command("import")(import_csv)
    app.command("export")(export)
