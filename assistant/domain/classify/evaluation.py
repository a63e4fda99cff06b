"""Classifier quality on a labelled corpus: per-label precision/recall/F1 and a confusion matrix.

Pure computation over (true label, predicted label, confidence) triples, shared
by scripts/evaluate_classifier.py and tests/classify/test_corpus.py so that
both report the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import CONFIDENT, LABELS


@dataclass(frozen=True)
class LabelScore:
    precision: float
    recall: float
    f1: float
    support: int
    predicted: int


@dataclass(frozen=True)
class Report:
    per_label: dict[str, LabelScore]
    macro_f1: float
    accuracy: float
    confusion: dict[str, dict[str, int]]
    total: int
    confident_rejection_precision: float
    confident_rejections: int

    @property
    def rejection(self) -> LabelScore:
        """The scores of the label whose mistakes cost most."""
        return self.per_label["rejection"]


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def evaluate(results: list[tuple[str, str, float]]) -> Report:
    """Metrics for (true, predicted, confidence) triples.

    Macro-F1 averages over every label that occurs as truth or prediction
    (scikit-learn's default), so a label predicted but never true counts as 0.
    """
    confusion = {t: {p: 0 for p in LABELS} for t in LABELS}
    for true, guessed, _ in results:
        confusion[true][guessed] += 1
    per_label = {}
    for label in LABELS:
        hits = confusion[label][label]
        support = sum(confusion[label].values())
        predicted = sum(confusion[t][label] for t in LABELS)
        precision, recall = _ratio(hits, predicted), _ratio(hits, support)
        f1 = _ratio(2 * precision * recall, precision + recall) if precision + recall else 0.0
        per_label[label] = LabelScore(precision, recall, f1, support, predicted)
    present = [name for name in LABELS if per_label[name].support or per_label[name].predicted]
    confident = [(t, p) for t, p, c in results if p == "rejection" and c >= CONFIDENT]
    return Report(
        per_label=per_label,
        macro_f1=_ratio(sum(per_label[name].f1 for name in present), len(present)),
        accuracy=_ratio(sum(confusion[name][name] for name in LABELS), len(results)),
        confusion=confusion,
        total=len(results),
        confident_rejection_precision=_ratio(sum(1 for t, _ in confident if t == "rejection"),
                                             len(confident)),
        confident_rejections=len(confident),
    )


def format_report(report: Report) -> str:
    """The metric tables as plain text."""
    short = {"rejection": "rej", "next_step": "next", "offer": "offer", "pending": "pend",
             "auto_reply": "auto", "bounce": "bounce", "other": "other"}
    lines = [f"{'label':<11} {'prec':>6} {'recall':>6} {'f1':>6} {'support':>7}"]
    for label in LABELS:
        s = report.per_label[label]
        lines.append(f"{label:<11} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} {s.support:>7}")
    lines.append(f"macro-F1 {report.macro_f1:.3f}   accuracy {report.accuracy:.3f}   messages {report.total}")
    r = report.rejection
    lines.append(f"rejection precision {r.precision:.3f}   recall {r.recall:.3f}   "
                 f"confident (>= {CONFIDENT}) precision {report.confident_rejection_precision:.3f} "
                 f"of {report.confident_rejections}")
    lines.append("")
    lines.append("confusion (rows true, cols predicted)")
    lines.append(f"{'':<11}" + "".join(f"{short[name]:>7}" for name in LABELS))
    for true in LABELS:
        lines.append(f"{true:<11}" + "".join(f"{report.confusion[true][p]:>7}" for p in LABELS))
    return "\n".join(lines)
