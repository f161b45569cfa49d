"""How long `itepad demo` takes to fill a fresh SQLite database.

    python benchmarks/demo_data.py [--students 5000] [--repeat 3] [--out FILE]

Each round opens a new, migrated database in a temporary folder and times fill_demo alone
(opening and migrating are not counted). The best and median times, the row counts and the
machine are printed and written to benchmarks/results/demo_data.txt.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from itepad.services.demo import DemoSummary, fill_demo
from itepad.store.database import open_database

RESULTS = Path(__file__).resolve().parent / "results" / "demo_data.txt"
TODAY = date(2026, 11, 25)  # fixed, so that every run writes the same rows


def one_round(folder: Path, students: int) -> tuple[float, DemoSummary]:
    db = open_database(str(folder / "demo.sqlite"))
    try:
        started = time.perf_counter()
        summary = fill_demo(db, students=students, today=TODAY)
        return time.perf_counter() - started, summary
    finally:
        db.close()


def report(students: int, times: list[float], summary: DemoSummary) -> str:
    lines = [
        f"itepad demo data: {students} student teachers into a fresh SQLite database",
        f"date: {datetime.now().isoformat(timespec='seconds')}",
        f"python: {platform.python_version()} ({platform.python_implementation()})",
        f"machine: {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs",
        f"rounds: {len(times)}",
        f"best: {min(times):.2f} s",
        f"median: {statistics.median(times):.2f} s",
        f"rows: {summary.total} ({summary.total / min(times):,.0f} rows/s at best)",
        "",
        "rows per table:",
        *(f"  {table:<28}{count:>8}" for table, count in summary.rows),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the demo data fill on SQLite.")
    parser.add_argument("--students", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.students < 1:
        parser.error("--repeat and --students must be at least 1")

    times = []
    for round_no in range(1, args.repeat + 1):
        with tempfile.TemporaryDirectory(prefix="itepad-bench-") as folder:
            elapsed, summary = one_round(Path(folder), args.students)
        times.append(elapsed)
        print(f"round {round_no}: {elapsed:.2f} s", file=sys.stderr)
    text = report(args.students, times, summary)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
