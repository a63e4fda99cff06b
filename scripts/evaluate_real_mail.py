#!/usr/bin/env python3
"""Evaluate the reply reader on the real-mail regression set in tests/data/real/.

Usage: python scripts/evaluate_real_mail.py [--split dev|heldout|all] [--added ROUND] [--show-errors]

MANIFEST.tsv names each file's label, its delivery outcome for delivery
reports (failed, delayed, delivered) and, for replies whose source defines
it, the visible text a reply parser must keep. Prints per-label precision and
recall (as scripts/evaluate_classifier.py does for the written corpus), the
delivery reports that would wrongly mark an address bad, and the share of
replies whose stripped text agrees with the visible text the source defines.
Train on dev only; run the held-out split once per round and record it in
tests/data/real/EVALUATIONS.md.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from dataclasses import dataclass
from email import policy
from email.parser import BytesParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "real"

sys.path.insert(0, str(ROOT))
from assistant.domain.classify import classify_message, new_text  # noqa: E402
from assistant.domain.classify.evaluation import evaluate, format_report  # noqa: E402


@dataclass(frozen=True)
class Case:
    """One manifest row."""

    path: Path
    split: str
    added: int  # the round the file joined the set in
    label: str
    delivery: str
    visible: str


@dataclass(frozen=True)
class Outcome:
    """What the reader made of one case."""

    case: Case
    label: str
    confidence: float
    marks_bad: bool
    stripped: str
    reasons: tuple


def load(split: str) -> list[Case]:
    """The manifest rows of a split ('all' for both)."""
    with open(REAL / "MANIFEST.tsv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [Case(REAL / "files" / r["file"], r["split"], int(r["added"]), r["label"], r["delivery"],
                 r["visible_text"].replace("\\n", "\n"))
            for r in rows if split == "all" or r["split"] == split]


def squash(text: str) -> str:
    """Text compared without regard to spacing and line breaks."""
    return re.sub(r"\s+", " ", text).strip()


def agrees(stripped: str, visible: str) -> bool:
    """The stripped new text is the visible text the source defines."""
    return squash(stripped) == squash(visible)


def run(cases: list[Case]) -> list[Outcome]:
    """Classify every case and strip its quotes."""
    outcomes = []
    for case in cases:
        message = BytesParser(policy=policy.compat32).parsebytes(case.path.read_bytes())
        found = classify_message(message)
        marks_bad = found.label == "bounce" and found.bounce_permanent
        outcomes.append(Outcome(case, found.label, found.confidence, marks_bad,
                                new_text(message), tuple(found.reasons)))
    return outcomes


def summary(outcomes: list[Outcome]) -> str:
    """The figures: label table, wrong bad-address marks, quote-stripping agreement."""
    report = evaluate([(o.case.label, o.label, o.confidence) for o in outcomes])
    lines = [format_report(report), ""]
    reports = [o for o in outcomes if o.case.delivery]
    wrong = [o for o in reports if o.marks_bad != (o.case.delivery == "failed")]
    lines.append(f"delivery reports {len(reports)}: marked bad wrongly or missed {len(wrong)} "
                 f"(success or delay marked bad: {sum(1 for o in wrong if o.marks_bad)})")
    replies = [o for o in outcomes if o.case.visible]
    agreed = sum(1 for o in replies if agrees(o.stripped, o.case.visible))
    share = agreed / len(replies) if replies else 0.0
    lines.append(f"quote stripping: {agreed} of {len(replies)} replies agree with the source's visible text "
                 f"({share:.3f})")
    return "\n".join(lines)


def errors(outcomes: list[Outcome]) -> str:
    """Each miss: wrong label, wrong bad-address mark, stripped text that disagrees."""
    lines = []
    for o in outcomes:
        name = o.case.path.name
        if o.label != o.case.label:
            lines.append(f"- {name}: true {o.case.label}, predicted {o.label} ({o.confidence:.2f})")
            lines += [f"    {r}" for r in o.reasons[:5]]
        if o.case.delivery and o.marks_bad != (o.case.delivery == "failed"):
            lines.append(f"- {name}: delivery {o.case.delivery}, marks the address bad: {o.marks_bad}")
        if o.case.visible and not agrees(o.stripped, o.case.visible):
            lines.append(f"- {name}: stripped text differs: {squash(o.stripped)[:160]!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the figures for the chosen split; always exit 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    parser.add_argument("--added", type=int, metavar="ROUND", help="only files that joined the set in this round")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args(argv)
    cases = [c for c in load(args.split) if args.added is None or c.added == args.added]
    outcomes = run(cases)
    print(f"real mail, split {args.split}: {len(outcomes)} messages")
    print(summary(outcomes))
    if args.show_errors:
        print("\nerrors:")
        print(errors(outcomes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
