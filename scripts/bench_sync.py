#!/usr/bin/env python3
"""What a sync costs in Gmail requests, quota units, round trips, time and memory, measured on the sandbox.

Scenarios (each in a fresh home, the sandbox enforcing the per-user limit):
  idle             50 tracked applications, nothing new since the last sync;
  busy day         50 tracked applications, 1,000 new messages, 10 of them from employers;
  two weeks away   50 tracked applications, 2,000 new messages over 14 days, history expired,
                   10 from employers, the oldest message of all an employer's answer;
  1,000 apps idle  1,000 tracked applications, nothing new.

Each measured sync runs in its own process (`python -m assistant sync --json`), so its wall
time and peak RSS (os.wait4's rusage) are its own; requests and quota units are what the
sandbox charged (the 2026 table). Run: `.venv/bin/python scripts/bench_sync.py [--json]`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

from typer.testing import CliRunner

from assistant.cli.app import app
from assistant.sandbox.state import SandboxMailbox

START = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)      # the baseline sync
EMPLOYERS = 10


class Bench:
    """One scenario's home: the CLI in-process for setup, the sandbox mailbox with a movable clock."""

    def __init__(self, profile: str) -> None:
        self.home = Path(tempfile.mkdtemp(prefix="assistant-bench-"))
        self.now = START
        self.profile = profile
        self.box = SandboxMailbox(self.home / "data" / "sandbox", now=lambda: self.now)
        self.cli("sandbox", "quirks", "profile", profile)
        # Gmail's 2026 per-user limit, enforced by the sandbox in every scenario.
        self.cli("sandbox", "quirks", "set", "quota_per_minute", "6000")
        self.cli("sandbox", "quirks", "set", "quota_window_seconds", "60")
        self.cli("config", "set", "name", "Bench Candidate")
        resume = self.home / "resume.pdf"
        resume.write_bytes(b"%PDF-1.4\n% a short resume\n%%EOF\n")
        self.cli("config", "set", "resume", str(resume))
        self.n = 0

    def env(self) -> dict[str, str]:
        return {"ASSISTANT_HOME": str(self.home), "ASSISTANT_SANDBOX": "1", "ASSISTANT_NOW": self.now.isoformat()}

    def cli(self, *args: str) -> str:
        result = CliRunner().invoke(app, list(args), env={**self.env(), "ASSISTANT_DEBUG": "1"})
        if result.exit_code != 0:
            sys.exit(f"{args} failed: {result.stderr}")
        return result.stdout

    def track(self, count: int, with_letters: int = 0) -> None:
        """`count` applications; the first `with_letters` get thank-you notes that are then sent."""
        when = (START - timedelta(days=3)).strftime("%Y-%m-%d 10:00")
        # They said they would decide in six weeks: no inquiry falls due, the figures are the reads.
        hear_back = (START + timedelta(days=42)).strftime("%Y-%m-%d")
        for i in range(with_letters):
            self.cli("add", "--company", f"Company{i} Ltd", "--position", "Engineer", "--when", when,
                     "--interviewer", f"Pat Jones <pat{i}@company{i}.example>", "--hear-back", hear_back)
        rows = ["company,position,interviewers,when,hear_back"]
        rows += [f"Company{i} Ltd,Engineer,Pat Jones <pat{i}@company{i}.example>,{when},{hear_back}"
                 for i in range(with_letters, count)]
        (self.home / "apps.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        self.cli("import", str(self.home / "apps.csv"), "--no-drafts")
        for draft in self.box.dump()["drafts"]:
            self.box.press_send(draft["draft_id"])
        self.cli("sync", "--no-input")                   # baseline: history id, drafts seen as sent

    def mail(self, sender: str, subject: str, text: str, *, in_reply_to: str | None = None) -> None:
        self.n += 1
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = sender, "you@sandbox.example", subject
        msg["Date"] = self.now.strftime("%a, %d %b %Y %H:%M:%S +0000")
        msg["Message-ID"] = f"<bench-{self.n}@bench.example>"
        if in_reply_to:
            msg["In-Reply-To"] = msg["References"] = in_reply_to
        msg.set_content(text)
        self.box.deliver(msg.as_bytes())

    def noise(self, n: int) -> None:
        """Mail a job seeker gets that concerns no tracked application."""
        kind = n % 10
        if kind == 0:
            self.mail(f"Jobs <alerts@jobs{n % 7}.example>", f"{n % 30 + 3} new jobs for Engineer",
                      "New jobs matching your search: Engineer at Globex, Engineer at Initech.")
        elif kind == 1:
            self.mail(f"Initech{n} Careers <no-reply@us.greenhouse-mail.io>", "Thank you for applying to Initech",
                      f"Thanks for applying to Initech{n}. We will review your application.")
        elif kind in (2, 3):
            self.mail(f"Friend {n} <friend{n}@gmail.com>", f"Weekend plans {n}", "Are you free on Saturday?")
        else:
            self.mail(f"News {n} <news@letters{n % 40}.example>", f"Weekly digest {n}",
                      "Ten things to read this week about engineering and careers.")

    def employer(self, i: int, kind: int) -> None:
        """An answer for application i: in the thank-you's thread, from the interviewer, HR or an ATS."""
        company, pat = f"Company{i} Ltd", f"Pat Jones <pat{i}@company{i}.example>"
        text = ("Hi,\n\nThank you for your patience. We are still reviewing candidates and expect "
                "to decide next week.\n\nBest,\nPat")
        if kind == 0 and self.sent_ids.get(i):
            self.mail(pat, "Re: Thank You – Engineer Interview", text, in_reply_to=self.sent_ids[i])
        elif kind in (0, 1):
            self.mail(pat, "Next steps", "Hi,\n\nWe would like to invite you to a second interview. "
                      "Could you share your availability for next week?\n\nPat")
        elif kind == 2:
            self.mail(f"HR <people@company{i}.example>", "Your application", text)
        else:
            self.mail(f"{company} Recruiting <no-reply@us.greenhouse-mail.io>", "Your application for Engineer",
                      f"Thank you for interviewing with {company}. After careful consideration we have decided "
                      "to move forward with other candidates.\n\nThe Talent Team")

    @property
    def sent_ids(self) -> dict[int, str]:
        import base64
        import email

        found = {}
        for m in self.box.dump()["messages"]:
            if "SENT" in m["labels"]:
                msg = email.message_from_bytes(base64.urlsafe_b64decode(m["raw"] + "=="))
                found[int(msg["To"].split("pat")[1].split("@")[0])] = msg["Message-ID"]
        return found

    def measure(self) -> dict:
        """Run one sync in its own process; what the sandbox charged and what the process used."""
        self.box.reset_stats()
        env = {**os.environ, **self.env()}
        env.pop("ASSISTANT_DEBUG", None)
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "assistant", "sync", "--json", "--no-input"], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = proc.stdout.read(), proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"sync failed: {err.decode()}")
        report = json.loads(out)
        stats = self.box.stats()
        return {"requests": stats["requests"], "quota_units": stats["quota_units"],
                "http_round_trips": stats["http_requests"], "wall_seconds": round(seconds, 2),
                "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "messages_read": report["messages_read"],
                "replies_linked": len(report["replies"]), "rate_limited": stats.get("rate_limited", 0),
                "by_method": stats["by_method"]}


def idle(profile: str, apps: int) -> dict:
    bench = Bench(profile)
    bench.track(apps, with_letters=min(apps, 3))
    bench.now += timedelta(days=1)
    return bench.measure()


def busy_day(profile: str) -> dict:
    bench = Bench(profile)
    bench.track(50, with_letters=5)
    employers = set(range(0, 1000, 1000 // EMPLOYERS))
    for n in range(1000):
        bench.now += timedelta(seconds=50)
        if n in employers:
            k = n // (1000 // EMPLOYERS)
            bench.employer(k, k % 4)
        else:
            bench.noise(n)
    bench.now = START + timedelta(days=1, minutes=30)
    return bench.measure()


def two_weeks_away(profile: str) -> dict:
    bench = Bench(profile)
    bench.track(50, with_letters=5)
    step = 2000 // EMPLOYERS
    for n in range(2000):
        bench.now += timedelta(minutes=10)
        if n % step == 0:                                # n == 0: the oldest message is an answer
            k = n // step
            bench.employer(k, (k + 1) % 4)
        else:
            bench.noise(n)
    bench.box.expire_history()
    bench.now = START + timedelta(days=14, hours=1)
    return bench.measure()


SCENARIOS = {
    "idle": lambda p: idle(p, 50),
    "busy day": busy_day,
    "two weeks away": two_weeks_away,
    "1,000 apps idle": lambda p: idle(p, 1000),
}


def table(results: dict[str, dict]) -> str:
    lines = ["| scenario | requests | quota units | HTTP round trips | wall s | peak RSS MB | employer messages linked "
             "| refused by the limit |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, r in results.items():
        lines.append(f"| {name} | {r['requests']:,} | {r['quota_units']:,} | {r['http_round_trips']:,} | "
                     f"{r['wall_seconds']} | {r['peak_rss_mb']} | {r['replies_linked']} | {r['rate_limited']} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the measurements as JSON")
    parser.add_argument("--profile", default="kind", choices=("kind", "harsh"), help="sandbox quirk profile")
    parser.add_argument("--only", action="append", help="run only this scenario (repeatable)")
    args = parser.parse_args()
    results = {name: run(args.profile) for name, run in SCENARIOS.items() if not args.only or name in args.only}
    print(json.dumps(results, indent=2) if args.json else table(results))


if __name__ == "__main__":
    main()
