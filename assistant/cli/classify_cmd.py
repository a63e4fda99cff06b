"""`assistant classify FILE.eml…`: what each message means, with the evidence."""

from __future__ import annotations

from pathlib import Path

import typer

from assistant.cli.common import out, print_json
from assistant.errors import InputError


def classify(files: list[Path] = typer.Argument(..., metavar="FILE.eml..."),
             as_json: bool = typer.Option(False, "--json", help="A JSON list, one object per file.")) -> None:
    """Classify message files: label, confidence and the evidence (phrases, headers)."""
    from assistant.domain.classify import classify_bytes

    results = []
    for path in files:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise InputError(f"Cannot read {path} ({exc.strerror or exc}).") from None
        if not raw.strip() or b":" not in raw.split(b"\n", 1)[0]:
            raise InputError(f"{path} does not look like an email message (RFC 822 headers first).")
        result = classify_bytes(raw)
        results.append({
            "file": str(path), "label": result.label, "confidence": round(result.confidence, 2),
            "reasons": list(result.reasons),
            "return_date": result.return_date.isoformat() if result.return_date else None,
            "bounced_recipients": list(result.bounced_recipients),
            "bounced_message_id": result.bounced_message_id,
        })
    if as_json:
        print_json(results)
        return
    for item in results:
        out(f"{item['file']}: {item['label']} ({item['confidence']:.2f})")
        for reason in item["reasons"]:
            out(f"    {reason}")


def register(app: typer.Typer) -> None:
    app.command("classify")(classify)
