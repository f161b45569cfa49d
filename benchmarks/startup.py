"""How quickly `itepad` shows its window, compared with a bare PySide6 window.

    python benchmarks/startup.py [--runs 5] [--students 5000]

1. Builds a demo database of --students student teachers in a temporary folder (fill_demo).
2. Starts fresh processes under QT_QPA_PLATFORM=offscreen, --runs times each, alternating:
   a bare QMainWindow script, and `python -m itepad --db FILE` with ITEPAD_EXIT_AFTER_SHOW=1.
   Each prints "... window shown at <unix time>" on its window's first paint; itepad then prints
   "... data loaded at <unix time>" once the dashboard shows its figures, and quits. The time
   counted is from just before the process is started until the marker.
3. Writes the medians and the ratio to benchmarks/results/startup.txt.

Exit status 1 if itepad's window takes more than GOAL times as long as the bare window.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

GOAL = 2.5
RESULTS = Path(__file__).with_name("results") / "startup.txt"

# The same moment as itepad's marker: the window's first paint.
BARE_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        print(f"bare: window shown at {time.time():.6f}", flush=True)
        app.quit()
app = QApplication(sys.argv)
window = Window()
window.setWindowTitle("bare")
window.resize(1240, 780)
window.show()
sys.exit(app.exec())
"""


@dataclass(frozen=True)
class Run:
    shown: float  # seconds from start to the window shown
    loaded: float | None  # seconds from start to the dashboard loaded (itepad only)


def _time_process(command: list[str], env: dict[str, str], markers: int) -> Run:
    start = time.time()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    times = []
    for line in process.stdout:
        if " at " in line:
            times.append(float(line.rsplit(" ", 1)[1]) - start)
    if process.wait(timeout=120) != 0 or len(times) != markers:
        raise SystemExit(f"{command!r} failed (status {process.returncode}, markers {times})")
    return Run(times[0], times[1] if markers == 2 else None)


def _demo_database(folder: Path, students: int) -> Path:
    from itepad.services.demo import fill_demo
    from itepad.store.database import open_database

    path = folder / "demo.sqlite"
    db = open_database(str(path))
    try:
        fill_demo(db, students=students)
    finally:
        db.close()
    return path


def _seconds(values: list[float]) -> str:
    return f"{statistics.median(values):7.3f} s  (min {min(values):.3f}, max {max(values):.3f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--students", type=int, default=5000)
    args = parser.parse_args()

    import PySide6

    with tempfile.TemporaryDirectory(prefix="itepad-bench-") as tmp:
        folder = Path(tmp)
        print(f"Building a demo database of {args.students:,} student teachers…", file=sys.stderr)
        database = _demo_database(folder, args.students)
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            ITEPAD_EXIT_AFTER_SHOW="1",
            # Settings and data of the benchmark stay in the temporary folder.
            XDG_CONFIG_HOME=str(folder / "config"),
            XDG_DATA_HOME=str(folder / "data"),
        )
        bare = [sys.executable, "-c", BARE_WINDOW]
        itepad = [sys.executable, "-m", "itepad", "--db", str(database)]
        _time_process(bare, env, 1)  # warm-up: file caches, font cache
        _time_process(itepad, env, 2)
        bare_runs, itepad_runs = [], []
        for number in range(1, args.runs + 1):
            print(f"Run {number} of {args.runs}…", file=sys.stderr)
            bare_runs.append(_time_process(bare, env, 1))
            itepad_runs.append(_time_process(itepad, env, 2))

    bare_shown = [r.shown for r in bare_runs]
    itepad_shown = [r.shown for r in itepad_runs]
    itepad_loaded = [r.loaded for r in itepad_runs if r.loaded is not None]
    ratio = statistics.median(itepad_shown) / statistics.median(bare_shown)
    report = "\n".join(
        [
            "itepad start-up time (benchmarks/startup.py)",
            "",
            f"date:      {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
            f"python:    {platform.python_version()} ({platform.system()} {platform.machine()}),"
            f" PySide6 {PySide6.__version__}, QT_QPA_PLATFORM=offscreen",
            f"cpus:      {os.cpu_count()}",
            f"database:  demo data set, {args.students:,} student teachers (SQLite)",
            f"runs:      {args.runs} fresh processes each, after one warm-up each",
            "",
            "time from process start, median:",
            f"  bare PySide6 QMainWindow shown     {_seconds(bare_shown)}",
            f"  itepad window shown                {_seconds(itepad_shown)}",
            f"  itepad dashboard data loaded       {_seconds(itepad_loaded)}",
            "",
            f"ratio, window shown, itepad / bare: {ratio:.2f} (goal: at most {GOAL})",
            "",
        ]
    )
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(report, encoding="utf-8")
    print(report)
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
