"""`import` and `export`: many applications at once, in the same fields as `add`."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.domain.models import Round
from assistant.domain.states import RoundState
from assistant.errors import AssistantError, InputError
from assistant.services.interviews import AddResult, InterviewForm, Interviews
from assistant.services.ports import Collaborators
from assistant.services.views import rounds_json, summary

COLUMNS = ("company", "position", "interviewers", "when", "kind", "detail", "skill", "missed",
           "hear_back", "tone", "no_follow_up", "resume", "round", "follow_up_by", "contact_phone")
IGNORED = ("id", "stage")   # written by export, so an export reads back as an import
_TRUE = {"1", "true", "yes", "y", "x"}
_FALSE = {"", "0", "false", "no", "n"}


def _read_rows(path: Path) -> list[dict[str, str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"The file {path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"The file {path} cannot be read as UTF-8 text ({exc}).") from None
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower().replace("-", "_") for h in (reader.fieldnames or [])]
    unknown = [h for h in header if h not in COLUMNS and h not in IGNORED]
    if not header:
        raise InputError(f"{path} is empty; the first row must name the columns ({', '.join(COLUMNS)}).")
    if unknown:
        raise InputError(f"{path}: unknown column {unknown[0]!r}; valid columns are: {', '.join(COLUMNS)}.")
    reader.fieldnames = header
    rows = [row for row in reader if any((v or "").strip() for v in row.values() if isinstance(v, str))]
    if not rows:
        raise InputError(f"{path} has a header but no rows.")
    return rows


def _form(row: dict[str, str], where: str) -> InterviewForm:
    flag = (row.get("no_follow_up") or "").strip().lower()
    if flag not in _TRUE | _FALSE:
        raise InputError(f"{where}: no_follow_up must be yes or no, not {flag!r}.")
    return InterviewForm(
        company=row.get("company"), position=row.get("position"),
        interviewers=[p.strip() for p in (row.get("interviewers") or "").split(";") if p.strip()],
        when=row.get("when") or None, kind=row.get("kind") or None, detail=row.get("detail") or None,
        skill=row.get("skill") or None, missed=row.get("missed") or None, hear_back=row.get("hear_back") or None,
        tone=row.get("tone") or None, no_follow_up=flag in _TRUE, resume=row.get("resume") or None,
        follow_up_by=row.get("follow_up_by") or None, contact_phone=row.get("contact_phone") or None,
    )


@dataclass
class ImportResult:
    """What an import recorded, and the rows it skipped because it already had those interviews."""

    recorded: list[AddResult] = field(default_factory=list)
    skipped: list[tuple[int, int]] = field(default_factory=list)   # (line number, id of the application it has)


def _round_number(row: dict[str, str], where: str) -> int:
    text = (row.get("round") or "").strip() or "1"
    if not text.isdigit() or int(text) < 1:
        raise InputError(f"{where}: round must be a number from 1, not {text!r}.")
    return int(text)


def _key(company: str, position: str) -> tuple[str, str]:
    return company.casefold(), position.casefold()


def import_file(rt: Collaborators, path: Path, *, drafts: bool) -> ImportResult:
    """Check every row first; record nothing unless all rows are valid; skip interviews already recorded.

    A row with `round` 2 or more is the next round of the application with the same company and
    position (recorded by an earlier row, or already here), as `add --application` records it.
    """
    service = Interviews(rt)
    known = {_key(a.company, a.position) for a in rt.repo.applications()}
    prepared = []
    for number, row in enumerate(_read_rows(path), start=2):
        where = f"{path}:{number}"
        try:
            form = _form(row, where)
            later = _round_number(row, where) > 1
            app, attachment = service.prepare(form, drafts=drafts)
        except AssistantError as exc:
            raise InputError(f"{where}: {exc.message}") from None
        if later and _key(app.company, app.position) not in known:
            raise InputError(f"{where}: a later round of {app.company}, {app.position}, whose first round is "
                             "neither recorded nor in an earlier row.")
        known.add(_key(app.company, app.position))
        prepared.append((number, form, later, app, attachment))
    result = ImportResult()
    for number, form, later, app, attachment in prepared:
        same = rt.repo.find_interview(app.company, app.position, app.interview_at)
        if same is not None:   # a re-imported row (or the same row twice): never a second record or note
            result.skipped.append((number, same.key))
        elif later:
            from assistant.services.rounds import add_round

            target = max((a for a in rt.repo.applications()
                          if _key(a.company, a.position) == _key(app.company, app.position)), key=lambda a: a.key)
            result.recorded.append(add_round(rt, target.key, form, drafts=drafts))
        else:
            result.recorded.append(service.add_prepared(app, attachment, drafts=drafts))
    return result


def export_json(rt: Collaborators) -> list[dict[str, Any]]:
    """Every application as `list --json` gives it, with its `rounds` as `show --json` does."""
    letters = rt.repo.letters()
    return [{**summary(rt, app), "rounds": rounds_json(rt, app, letters)} for app in rt.repo.applications()]


def export_csv(rt: Collaborators) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS) + ["id", "stage"], lineterminator="\n")
    writer.writeheader()
    for app in rt.repo.applications():
        rounds: list[Round | None] = [r for r in app.rounds if r.state != RoundState.CANCELLED]
        for rnd in rounds or [None]:   # one row per round, in the order `import` reads them back
            at = app.at_round(rnd) if rnd is not None else app
            people = rnd.interviewers if rnd is not None else app.interviewers
            writer.writerow({
                "id": app.id, "stage": app.stage, "company": app.company, "position": app.position,
                "interviewers": "; ".join(f"{p.display} <{p.email}>" for p in people),
                "when": at.interview_at.isoformat(), "kind": at.kind, "detail": at.detail or "",
                "skill": at.skill or "", "missed": at.missed or "",
                "hear_back": at.hear_back_by.isoformat() if at.hear_back_by else "", "tone": app.tone,
                "no_follow_up": "yes" if app.no_follow_up else "no", "resume": app.resume_path or "",
                "follow_up_by": app.follow_up_by, "contact_phone": app.contact_phone or "",
                "round": rnd.number if rnd is not None else 1,
            })
    return buffer.getvalue()
