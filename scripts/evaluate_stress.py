#!/usr/bin/env python3
"""Evaluate the rejection reading on a written stress set (tests/data/stress/setN.txt).

Usage: python scripts/evaluate_stress.py [FILE ...] [--show-errors]

A stress set is short messages written by a helper session that saw neither the
classifier nor the real-mail set: refusals worded the many ways systems word them,
and near misses that share their words. Each line is `LANG|TEXT` (`\\n` for a line
break; a text that starts with `Subject: …\\n` gives the message that subject); `#label
rejection` or `#label notrej` sets the label of the lines below it.
Each text is framed with a greeting and a sign-off of its language and read as a
whole message. Prints, per file, the refusals read as rejections and the near
misses wrongly read as rejections. Written data, not real mail: it shows where the
grammar has holes, it does not measure the targets.
"""

from __future__ import annotations

import argparse
import sys
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.domain.classify import classify_message  # noqa: E402

_GREETINGS = {
    "en": ("Dear Alex,", "Kind regards,\nThe Team"),
    "de": ("Hallo Alex,", "Viele Grüße\nDas Team"),
    "fr": ("Bonjour Alex,", "Cordialement,\nL'équipe"),
    "es": ("Hola Alex:", "Un saludo,\nEl equipo"),
    "it": ("Gentile Alex,", "Cordiali saluti,\nIl team"),
    "nl": ("Beste Alex,", "Met vriendelijke groet,\nHet team"),
    "pt": ("Olá Alex,", "Atenciosamente,\nA equipe"),
    "ru": ("Здравствуйте, Алекс!", "С уважением,\nКоманда"),
    "tr": ("Merhaba Alex,", "Saygılarımızla,\nEkip"),
}


def read_set(path: Path) -> list[tuple[str, str, str]]:
    """(label, lang, text) of every line of a stress set."""
    entries, label = [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#label"):
            label = line.split()[1]
        elif line.strip() and not line.startswith("#"):
            lang, _, text = line.partition("|")
            entries.append((label, lang, text.replace("\\n", "\n")))
    return entries


def message(lang: str, text: str) -> EmailMessage:
    head, tail = _GREETINGS[lang]
    mail = EmailMessage()
    mail["From"] = "Recruiting <jobs@northwind.example>"
    mail["To"] = "alex@example.com"
    subject, _, body = text.partition("\n") if text.startswith("Subject: ") else ("Subject: Your application", "", text)
    mail["Subject"] = subject.removeprefix("Subject: ")
    mail.set_content(f"{head}\n\n{body}\n\n{tail}\n")
    return mail


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    files = args.files or sorted((ROOT / "tests" / "data" / "stress").glob("set*.txt"))
    for path in files:
        caught = refusals = wrong = near = 0
        for label, lang, text in read_set(path):
            result = classify_message(message(lang, text))
            said_rejection = result.label == "rejection"
            if label == "rejection":
                refusals += 1
                caught += said_rejection
            else:
                near += 1
                wrong += said_rejection
            if args.show_errors and said_rejection != (label == "rejection"):
                print(f"  {label} read as {result.label}: {lang}| {text[:100]}")
        print(f"{path.name}: refusals read as rejections {caught} of {refusals} ({caught / max(refusals, 1):.3f});"
              f" near misses read as rejections {wrong} of {near}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
