#!/usr/bin/env python3
"""Evaluate the reply classifier on the labelled corpus in tests/data/replies/.

Usage: python scripts/evaluate_classifier.py [--split dev|heldout|all] [--files-range A-B]
       [--note-filter TEXT] [--show-errors]

Each split directory holds NNN-slug.eml files and labels.csv (file,label,lang,note).
Prints per-label precision, recall, F1 and support, macro-F1, rejection
precision/recall and the confusion matrix (rows true, columns predicted).
`--files-range 198-274` keeps the messages whose number NNN lies in the range;
`--note-filter TEXT` those whose note contains TEXT (case-insensitive); a
leading "!" inverts it. Both are for studying sub-parts of the dev split.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "replies"

from assistant.domain.classify import classify_bytes  # noqa: E402
from assistant.domain.classify.evaluation import evaluate, format_report  # noqa: E402


def load_split(split: str) -> list[tuple[Path, str, str, str]]:
    """(path, label, lang, note) for every labelled message of a split."""
    directory = CORPUS / split
    with open(directory / "labels.csv", newline="", encoding="utf-8") as handle:
        return [(directory / row["file"], row["label"].strip(), row.get("lang", ""), row.get("note", ""))
                for row in csv.DictReader(handle) if row.get("file")]


def _number(path: Path) -> int:
    digits = path.name.split("-", 1)[0]
    return int(digits) if digits.isdigit() else -1


def select(rows: list[tuple[Path, str, str, str]], files_range: str | None,
           note_filter: str | None) -> list[tuple[Path, str, str, str]]:
    """The rows inside the NNN range and matching the note filter."""
    if files_range:
        low, _, high = files_range.partition("-")
        first, last = int(low), int(high or low)
        rows = [row for row in rows if first <= _number(row[0]) <= last]
    if note_filter:
        wanted = note_filter.lstrip("!").lower()
        keep = not note_filter.startswith("!")
        rows = [row for row in rows if (wanted in row[3].lower()) == keep]
    return rows


def run(split: str, files_range: str | None = None, note_filter: str | None = None
        ) -> tuple[list[tuple[str, str, float]], list[tuple], float]:
    """Classify every selected message of the split: results, errors and seconds spent."""
    rows = [row for name in (("dev", "heldout") if split == "all" else (split,))
            for row in load_split(name)]
    rows = select(rows, files_range, note_filter)
    raws = [(path.read_bytes(), label, path, note) for path, label, _, note in rows]
    started = time.perf_counter()
    results, errors = [], []
    for raw, label, path, note in raws:
        found = classify_bytes(raw)
        results.append((label, found.label, found.confidence))
        if found.label != label:
            errors.append((path.name, label, found, note))
    return results, errors, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    """Print the metric tables for the chosen split; always exit 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    parser.add_argument("--files-range", metavar="A-B", help="only messages numbered A to B")
    parser.add_argument("--note-filter", metavar="TEXT", help="only messages whose note contains TEXT")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args(argv)
    results, errors, seconds = run(args.split, args.files_range, args.note_filter)
    print(f"split {args.split}: {len(results)} messages classified in {seconds:.2f} s")
    print(format_report(evaluate(results)))
    if args.show_errors:
        print("\nerrors:")
        for name, label, found, note in errors:
            print(f"- {name}: true {label}, predicted {found.label} ({found.confidence:.2f})"
                  + (f"  [{note}]" if note else ""))
            for reason in found.reasons[:6]:
                print(f"    {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
