"""Quality on the labelled corpus (tests/data/replies/): the held-out split is the verdict."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from assistant.domain.classify import classify_bytes
from assistant.domain.classify.evaluation import evaluate

CORPUS = Path(__file__).resolve().parents[1] / "data" / "replies"


def _results(split: str) -> list[tuple[str, str, float]]:
    labels = CORPUS / split / "labels.csv"
    assert labels.exists(), f"the {split} corpus is missing: {labels}"
    with open(labels, newline="", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r.get("file")]
    results = []
    for row in rows:
        found = classify_bytes((CORPUS / split / row["file"]).read_bytes())
        results.append((row["label"].strip(), found.label, found.confidence))
    return results


def test_heldout_rejections_are_precise_and_found_and_labels_balanced():
    report = evaluate(_results("heldout"))
    assert report.rejection.precision >= 0.97
    assert report.rejection.recall >= 0.93
    assert report.macro_f1 >= 0.90


def test_dev_split_sanity():
    report = evaluate(_results("dev"))
    assert report.rejection.precision >= 0.95
    assert report.macro_f1 >= 0.85


def test_evaluation_counts_confusion_and_macro_f1():
    report = evaluate([("rejection", "rejection", 0.9), ("rejection", "pending", 0.5),
                       ("pending", "pending", 0.6), ("other", "rejection", 0.85)])
    assert report.confusion["rejection"]["pending"] == 1
    assert report.rejection.precision == pytest.approx(0.5)
    assert report.rejection.recall == pytest.approx(0.5)
    assert report.confident_rejection_precision == pytest.approx(0.5)
    # rejection F1 0.5, pending F1 2/3, other F1 0 -> macro over the three labels seen
    assert report.macro_f1 == pytest.approx((0.5 + 2 / 3 + 0.0) / 3)
