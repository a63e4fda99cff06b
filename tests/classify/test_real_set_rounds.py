"""The rendered employer mail of the real-mail set is what its round files say
(issue 12): a rebuild is byte-identical, every manifest row matches its entry,
and the split is the file-name hash fixed before any result."""

from __future__ import annotations

import csv
import functools
import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "tests" / "data" / "real"
ROUND_FILES = sorted((REAL / "rounds").glob("round*.toml"))


@functools.cache
def _builder():
    spec = importlib.util.spec_from_file_location("build_real_set", ROOT / "scripts" / "build_real_set.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_real_set"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _manifest() -> dict[str, dict[str, str]]:
    with open(REAL / "MANIFEST.tsv", newline="", encoding="utf-8") as handle:
        return {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}


@pytest.mark.parametrize("round_file", ROUND_FILES, ids=lambda p: p.stem)
def test_each_rendered_message_is_rebuilt_byte_for_byte_and_listed_as_its_round_says(round_file):
    build = _builder()
    spec = tomllib.loads(round_file.read_text(encoding="utf-8"))
    profiles = {name: build.Profile(**{k: (tuple(map(tuple, v)) if k == "extra" else v) for k, v in p.items()})
                for name, p in spec["profiles"].items()}
    rows = _manifest()
    for entry in spec["message"]:
        rendered = build.render(entry, profiles[entry["profile"]], entry.get("to", spec["recipient"]))
        assert (REAL / "files" / entry["file"]).read_bytes() == rendered, entry["file"]
        row = rows[entry["file"]]
        assert (row["label"], row["added"], row["split"]) == (
            entry["label"], str(spec["round"]), build.split_of(entry["file"]))


def test_the_split_is_the_file_name_hash():
    build = _builder()
    assert build.split_of("dfe-apply-offer-withdrawn.eml") == "heldout"  # sha1 starts with 0-4
    assert build.split_of("dfe-apply-course-full.eml") == "dev"


def test_a_round_entry_with_an_unfilled_placeholder_is_refused():
    build = _builder()
    entry = {"file": "x.eml", "label": "rejection", "subject": "s", "date": "Mon, 02 Nov 2026 10:00:00 +0000",
             "body": "Dear [Candidate Name],", "source_repo": "r", "source_path": "p", "licence": "MIT", "note": "n"}
    assert build.check([entry], set()) == ["x.eml: an unfilled [placeholder] is left"]
