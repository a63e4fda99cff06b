#!/usr/bin/env python3
"""How much a refusal's reading depends on its exact words: insert a filler and read it again.

Usage: python scripts/evaluate_robustness.py [--show-lost]

Real mail puts connectives, adverbs and references anywhere ("has now been filled", "nous ne pouvons
donc pas", "is inmiddels vervuld", "your recent application", "your application (ref. NW-2027-0042)"). For every refusal of the written stress sets
(tests/data/stress) that is read as a rejection, each insertion below that applies makes one variant;
the script prints, per language, how many variants are still read as rejections. Written data and
written insertions: it shows brittleness, it does not measure the targets.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_stress import message, read_set  # noqa: E402

from assistant.domain.classify import classify_message  # noqa: E402

# (pattern, replacement): each a grammatical insertion of a word that carries no decision.
INSERTIONS = {
    "en": ((r"\b(has|have|had) been\b", r"\1 now been"), (r"\b(is|are|was|were) not\b", r"\1 unfortunately not"),
           (r"\byour application\b", "your recent application"), (r"\bwe will not\b", "we will therefore not"),
           (r"\b(your application) ", r"\1 (ref. NW-2027-0042) ")),
    "de": ((r"\b(wurde|wurden) ", r"\1 inzwischen "), (r"\b(können|werden) wir\b", r"\1 wir daher"),
           (r"\b([Ii]hre Bewerbung) ", r"\1 (Ref. NW-2027-0042) ")),
    "fr": ((r"\bne (\w+) pas\b", r"ne \1 donc pas"), (r"\b(a|ont) été\b", r"\1 désormais été"),
           (r"\b([Vv]otre candidature) ", r"\1 (réf. NW-2027-0042) ")),
    "nl": ((r"\b(is|zijn) (vervuld|ingevuld|vergeven|gesloten|afgewezen)\b", r"\1 inmiddels \2"),
           (r"\b(kunnen|gaan) we\b", r"\1 we daarom"), (r"\b([Uu]w sollicitatie) ", r"\1 (ref. NW-2027-0042) ")),
    "it": ((r"\b(è|sono) stat", r"\1 ormai stat"), (r"\bnon (possiamo|potremo)\b", r"non \1 quindi")),
    "pt": ((r"\b(foi|foram) (\w+ad[oa]s?)\b", r"\1 infelizmente \2"),),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-lost", action="store_true")
    args = parser.parse_args()
    made: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    for path in sorted((ROOT / "tests" / "data" / "stress").glob("set*.txt")):
        for label, lang, text in read_set(path):
            if label != "rejection" or lang not in INSERTIONS:
                continue
            if classify_message(message(lang, text)).label != "rejection":
                continue
            for pattern, replacement in INSERTIONS[lang]:
                variant, count = re.subn(pattern, replacement, text, count=1)
                if not count:
                    continue
                made[lang] += 1
                if classify_message(message(lang, variant)).label == "rejection":
                    kept[lang] += 1
                elif args.show_lost:
                    print(f"  lost: {lang}| {variant[:120]!r}")
    for lang in INSERTIONS:
        print(f"{lang}: {kept[lang]} of {made[lang]} variants still read as rejections")
    total = sum(made.values())
    print(f"all: {sum(kept.values())} of {total} ({sum(kept.values()) / max(total, 1):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
