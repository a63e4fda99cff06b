#!/usr/bin/env python3
"""What a sync costs in Gmail requests and quota units, measured on the sandbox.

Scenario: 200 tracked applications (recorded without drafts). Then
  1. an idle sync (nothing changed since the last one);
  2. 100 new messages arrive, 20 of them from interviewers of tracked
     applications and 80 unrelated (newsletters, other people);
  3. the sync that reads them; 4. an idle sync again.
Prints one JSON document; run with `.venv/bin/python scripts/bench_sync.py`.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

from typer.testing import CliRunner

from assistant.cli.app import app
from assistant.sandbox.state import SandboxMailbox

NOW = "2026-11-18T10:00:00+01:00"


def cli(home: Path, *args: str) -> str:
    env = {"ASSISTANT_HOME": str(home), "ASSISTANT_SANDBOX": "1", "ASSISTANT_NOW": NOW, "ASSISTANT_DEBUG": "1"}
    result = CliRunner().invoke(app, list(args), env=env)
    if result.exit_code != 0:
        sys.exit(f"{args} failed: {result.stderr}")
    return result.stdout


def message(sender: str, subject: str, text: str, n: int) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "you@sandbox.example", subject
    msg["Date"], msg["Message-ID"] = "Wed, 18 Nov 2026 09:00:00 +0100", f"<bench-{n}@bench.example>"
    msg.set_content(text)
    return msg.as_bytes()


def measured(home: Path, mailbox: SandboxMailbox) -> dict:
    mailbox.reset_stats()
    started = time.perf_counter()
    report = json.loads(cli(home, "sync", "--json", "--no-input"))
    stats = mailbox.stats()
    return {"requests": stats["requests"], "http_round_trips": stats["http_requests"],
            "quota_units": stats["quota_units"], "by_method": stats["by_method"],
            "messages_read": report["messages_read"], "replies_stored": len(report["replies"]),
            "seconds": round(time.perf_counter() - started, 2)}


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="assistant-bench-"))
    rows = ["company,position,interviewers,when"]
    rows += [f"Company{i} Ltd,Engineer,Pat Jones <pat{i}@company{i}.example>,2026-11-16 10:00" for i in range(200)]
    (home / "apps.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    cli(home, "config", "set", "name", "Bench Candidate")
    cli(home, "import", str(home / "apps.csv"), "--no-drafts")
    cli(home, "sync", "--no-input")                       # baseline history id
    mailbox = SandboxMailbox(home / "data" / "sandbox")
    idle = measured(home, mailbox)
    for n in range(100):
        if n % 5 == 0:  # 20 answers from tracked interviewers
            i = n // 5
            raw = message(f"Pat Jones <pat{i}@company{i}.example>", "Update on your application",
                          "Hi, thanks again for your time. We are still reviewing candidates and will be in touch "
                          "next week.\n\nPat", n)
        else:
            raw = message(f"News {n} <news{n}@newsletter{n}.example>", f"Weekly digest {n}",
                          "Ten things to read this week.", n)
        mailbox.deliver(raw)
    busy = measured(home, mailbox)
    idle_again = measured(home, mailbox)
    print(json.dumps({"applications": 200, "idle_sync": idle, "sync_100_new_20_matching": busy,
                      "idle_sync_after": idle_again}, indent=2))


if __name__ == "__main__":
    main()
