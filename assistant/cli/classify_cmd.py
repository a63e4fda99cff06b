"""`assistant classify FILE.eml…`: what each message means, with the evidence."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from assistant.cli.common import out, print_json

# Gmail refuses messages over 35 MB (https://support.google.com/mail/answer/6584);
# nothing larger can have arrived in a mailbox, and reading it would only cost memory.
MAX_MESSAGE_BYTES = 35 * 1024 * 1024


def classify(files: list[Path] = typer.Argument(..., metavar="FILE.eml..."),
             as_json: bool = typer.Option(False, "--json", help="A JSON list, one object per file.")) -> None:
    """Classify message files: label, confidence and the evidence (rules and what they matched).

    Each file is judged on its own: one that cannot be read is reported (an
    object with `file` and `error` under --json) and the others are still
    classified; the exit status is 1 when any file failed."""
    results = [_classify_file(path) for path in files]
    if as_json:
        print_json(results)
    else:
        for item in results:
            _print_human(item)
    if any("error" in item for item in results):
        raise typer.Exit(1)


def _classify_file(path: Path) -> dict:
    """The `classify --json` object for one file (README.md "What an answer does"), or one with `file` and `error`."""
    from assistant.domain.classify import classify_bytes

    problem, raw = _read_message(path)
    if problem is not None:
        return {"file": str(path), "error": problem}
    result = classify_bytes(raw)
    return {
        "file": str(path), "label": result.label, "confidence": round(result.confidence, 2),
        "reasons": [{"rule": f.rule, "evidence": f.evidence} for f in result.findings],
        "text": result.text,
        "return_date": result.return_date.isoformat() if result.return_date else None,
        "bounced_recipients": list(result.bounced_recipients),
        "bounced_message_id": result.bounced_message_id,
        "bounce_permanent": result.bounce_permanent if result.label == "bounce" else None,
    }


def _read_message(path: Path) -> tuple[str | None, bytes]:
    """(None, bytes) for a readable message file, else (the sentence that says why, b"")."""
    try:
        size = path.stat().st_size
        if size > MAX_MESSAGE_BYTES:
            return (f"{path} is {size / 1024 / 1024:.0f} MB, larger than Gmail's 35 MB message limit; "
                    "it cannot be a message from your mailbox."), b""
        raw = path.read_bytes()
    except OSError as exc:
        return f"Cannot read {path} ({exc.strerror or exc}).", b""
    if not raw.strip() or b":" not in raw.split(b"\n", 1)[0]:
        return f"{path} does not look like an email message (RFC 822 headers first).", b""
    return None, raw


def _print_human(item: dict) -> None:
    if "error" in item:
        print(f"Error: {item['error']}", file=sys.stderr)
        return
    out(f"{item['file']}: {item['label']} ({item['confidence']:.2f})")
    for reason in item["reasons"]:
        out(f"    {reason['evidence']}  [{reason['rule']}]")


def register(app: typer.Typer) -> None:
    app.command("classify")(classify)
