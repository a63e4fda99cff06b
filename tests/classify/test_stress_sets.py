"""The written stress sets (tests/data/stress/setN.txt) are well formed: every line is read by
scripts/evaluate_stress.py as a labelled message in a language decisions are read in."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("evaluate_stress", ROOT / "scripts" / "evaluate_stress.py")
assert _SPEC and _SPEC.loader
evaluate_stress = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(evaluate_stress)

SETS = sorted((ROOT / "tests" / "data" / "stress").glob("set*.txt"))


def test_there_are_stress_sets():
    assert SETS


_ANOTHER_ENTRY = re.compile(rf"(?:^|\s)(?:{'|'.join(evaluate_stress._GREETINGS)})\|")


@pytest.mark.parametrize("path", SETS, ids=lambda path: path.name)
def test_every_line_of_a_stress_set_is_a_labelled_message_in_a_deciding_language(path):
    entries = evaluate_stress.read_set(path)
    assert entries
    for label, lang, text in entries:
        assert label in {"rejection", "notrej"}, (label, text[:60])
        assert lang in evaluate_stress._GREETINGS, (lang, text[:60])
        # A "|" may separate a notice's fields ("Stage: Screening | Decision: Declined", set 20), but no
        # second entry may hide in a line.
        assert text.strip() and not _ANOTHER_ENTRY.search(text), text[:60]
    assert {label for label, _, _ in entries} == {"rejection", "notrej"}


def test_a_stress_set_message_is_framed_in_its_language(tmp_path):
    path = tmp_path / "set9.txt"
    path.write_text("#label rejection\nde|Ihre Bewerbung wurde abgelehnt.\n", encoding="utf-8")
    [(label, lang, text)] = evaluate_stress.read_set(path)
    body = evaluate_stress.message(lang, text).get_content()
    assert (label, lang) == ("rejection", "de")
    assert body.startswith("Hallo Alex,\n\nIhre Bewerbung wurde abgelehnt.")
