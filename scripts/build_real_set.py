#!/usr/bin/env python3
"""Render employer mail templates into RFC 5322 messages for the real-mail set.

Usage: python scripts/build_real_set.py tests/data/real/rounds/round5.toml [--write]

Each round file (TOML) lists messages taken from public, licensed sources
(open-source applicant-tracking and HR software, licensed template
collections): the source's own wording with its placeholders filled by
invented, neutral values, the label a careful reader gives it (set by hand
before the classifier ever reads the message), and the sending profile that
says which headers the message carries, the way such a system sends it
(a no-reply address of the system, Reply-To, List-Unsubscribe,
Auto-Submitted, HTML and text alternatives).

Without --write it prints what it would add. With --write it writes each
message to tests/data/real/files/ and appends its manifest row; the split
is the one fixed for the set before any result: held out when the first hex
digit of the SHA-1 of the file name is 0-4.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import re
import sys
import tomllib
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "real"
LABELS = {"rejection", "next_step", "offer", "pending", "auto_reply", "bounce", "other"}


@dataclass(frozen=True)
class Profile:
    """How a kind of sender writes its headers."""

    sender: str
    reply_to: str = ""
    auto_submitted: str = ""
    unsubscribe: str = ""
    html: bool = True
    extra: tuple[tuple[str, str], ...] = ()


def split_of(name: str) -> str:
    """The split fixed for the set: held out when sha1(name)[0] is 0-4."""
    return "heldout" if hashlib.sha1(name.encode()).hexdigest()[0] in "01234" else "dev"


def plain(body: str) -> str:
    """The text part: Markdown-ish headings and Notify insets written as plain lines."""
    lines = []
    for line in body.strip("\n").splitlines():
        line = re.sub(r"^\^ ?", "", line)
        line = re.sub(r"^#+ ", "", line)
        line = re.sub(r"\[([^\]]+)\]\((\S+)\)", r"\1: \2", line)
        line = line.replace("**", "")
        lines.append(line.rstrip())
    return "\n".join(lines) + "\n"


def _inline(text: str) -> str:
    """Escape a line and turn [text](url) and **bold** into HTML."""
    text = html.escape(text, quote=False)
    text = re.sub(r"\[([^\]]+)\]\((\S+)\)", r'<a href="\2">\1</a>', text)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)


def as_html(body: str) -> str:
    """The HTML part: paragraphs, headings and bullet lists as a mail client shows them."""
    out = ['<html><body style="font-family: Arial, sans-serif; font-size: 14px;">']
    for block in re.split(r"\n\s*\n", body.strip("\n")):
        lines = [re.sub(r"^\^ ?", "", x) for x in block.splitlines()]
        if all(re.match(r"\s*([•*-]|\d+\.) ", x) for x in lines):
            items = [_inline(re.sub(r"^\s*([•*-]|\d+\.) ", "", x)) for x in lines]
            out.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
        elif len(lines) == 1 and lines[0].startswith("#"):
            out.append(f"<h2>{_inline(lines[0].lstrip('#').strip())}</h2>")
        else:
            out.append("<p>" + "<br>\n".join(_inline(x) for x in lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def render(entry: dict, profile: Profile, recipient: str) -> bytes:
    """One message as bytes, CRLF-free, the way the profile's system sends it."""
    message = EmailMessage()
    message["From"] = entry.get("sender", profile.sender)
    message["To"] = recipient
    reply_to = entry.get("reply_to", profile.reply_to)
    if reply_to:
        message["Reply-To"] = reply_to
    message["Subject"] = entry["subject"]
    message["Date"] = format_datetime(parsedate_to_datetime(entry["date"]))
    domain = message["From"].addresses[0].domain
    message["Message-ID"] = f"<{entry['file'].removesuffix('.eml')}@{domain}>"
    if profile.auto_submitted:
        message["Auto-Submitted"] = profile.auto_submitted
    if profile.unsubscribe:
        message["List-Unsubscribe"] = profile.unsubscribe
    for name, value in profile.extra:
        message[name] = value
    body = entry["body"]
    message.set_content(plain(body), cte="8bit")
    if profile.html:
        message.add_alternative(as_html(body), subtype="html", cte="8bit")
        # A boundary derived from the name keeps a rebuild byte-identical.
        message.set_boundary("=_" + hashlib.sha1(entry["file"].encode()).hexdigest()[:24])
    return message.as_bytes(policy=SMTP.clone(linesep="\n"))


def manifest_row(entry: dict, round_tag: int) -> str:
    """The manifest line for one message (same columns as MANIFEST.tsv)."""
    cells = [entry["file"], split_of(entry["file"]), str(round_tag), entry["label"], "", "",
             entry["source_repo"], entry["source_path"], entry["licence"], entry["note"]]
    return "\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in cells)


def check(entries: list[dict], existing: set[str]) -> list[str]:
    """Problems that stop the build: unknown labels, reused names, missing fields."""
    problems = []
    seen: set[str] = set()
    for e in entries:
        for key in ("file", "label", "subject", "date", "body", "source_repo", "source_path", "licence", "note"):
            if key not in e:
                problems.append(f"{e.get('file', '?')}: no {key}")
        if e.get("label") not in LABELS:
            problems.append(f"{e.get('file')}: unknown label {e.get('label')!r}")
        if e.get("file") in existing or e.get("file") in seen:
            problems.append(f"{e.get('file')}: name already used")
        if re.search(r"\[[A-Z][^\]]*\](?!\()", e.get("body", "")):
            problems.append(f"{e.get('file')}: an unfilled [placeholder] is left")
        seen.add(e.get("file", ""))
    return problems


def main(argv: list[str] | None = None) -> int:
    """Check a round file, then print or write its messages and manifest rows."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("round_file", type=Path)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    spec = tomllib.loads(args.round_file.read_text(encoding="utf-8"))
    profiles = {name: Profile(**{k: (tuple(map(tuple, v)) if k == "extra" else v) for k, v in p.items()})
                for name, p in spec["profiles"].items()}
    entries = spec["message"]
    manifest = REAL / "MANIFEST.tsv"
    existing = {line.split("\t", 1)[0] for line in manifest.read_text(encoding="utf-8").splitlines()}
    problems = check(entries, existing)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    rows = []
    for e in entries:
        data = render(e, profiles[e["profile"]], e.get("to", spec["recipient"]))
        rows.append(manifest_row(e, spec["round"]))
        if args.write:
            (REAL / "files" / e["file"]).write_bytes(data)
    if args.write:
        with manifest.open("a", encoding="utf-8") as handle:
            handle.write("".join(row + "\n" for row in rows))
    for row in rows:
        cells = row.split("\t")
        print(f"{cells[1]:8} {cells[3]:10} {cells[0]}")
    labels = [e["label"] for e in entries]
    print(f"{len(entries)} messages: " + ", ".join(f"{x} {labels.count(x)}" for x in sorted(set(labels))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
