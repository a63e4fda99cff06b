"""How long `assistant list` takes with 1,000 applications, next to a minimal Typer app's `--help`.

Usage: .venv/bin/python scripts/bench_list.py [--rows 1000] [--runs 5]

Both are started as fresh processes (what a user waits for); the best of
`--runs` wall-clock times is reported for each, and their ratio. The target
(issue 15) is a ratio of at most 1.5. Not a timed test: machines differ.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

MINIMAL_TYPER_APP = '''
import typer
app = typer.Typer()
@app.command()
def hello(name: str = "world") -> None:
    """Say hello."""
    print(f"hello {name}")
app()
'''


def fill(home: Path, rows: int) -> None:
    """`rows` applications written straight into the store (the CLI path is not what is measured)."""
    from assistant.domain.models import Application, Interviewer
    from assistant.paths import resolve_paths
    from assistant.store.db import connect, transaction
    from assistant.store.repo import Repository

    repo = Repository(connect(resolve_paths({"ASSISTANT_HOME": str(home)}).database))
    start = datetime(2026, 9, 1, 12, tzinfo=UTC)
    stages = ("thank_you_drafted", "thanked", "inquired", "next_step")
    with transaction(repo.conn):
        for n in range(rows):
            repo.add_application(Application(
                company=f"Company number {n} International", position=f"Senior Data Engineer, team {n % 17}",
                interview_at=start + timedelta(hours=7 * n), stage=stages[n % len(stages)],
                interviewers=(Interviewer(name=f"Pat Jones {n}", email=f"pat{n}@company{n}.example", title="Ms."),)),
                start)


def best_of(command: list[str], env: dict[str, str], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - began)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        fill(home, args.rows)
        minimal = Path(tmp) / "minimal.py"
        minimal.write_text(MINIMAL_TYPER_APP)
        env = {**os.environ, "ASSISTANT_HOME": str(home), "COLUMNS": "120"}
        env.pop("ASSISTANT_SANDBOX", None)
        baseline = best_of([sys.executable, str(minimal), "--help"], env, args.runs)
        listed = best_of([sys.executable, "-m", "assistant", "list", "--all"], env, args.runs)
        print(f"minimal Typer app --help: {baseline * 1000:.0f} ms")
        print(f"assistant list --all ({args.rows} applications): {listed * 1000:.0f} ms")
        print(f"ratio: {listed / baseline:.2f} (target: at most 1.5)")


if __name__ == "__main__":
    main()
