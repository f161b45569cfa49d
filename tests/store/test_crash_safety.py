"""A process killed with SIGKILL mid-write leaves a sound database with every committed change."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from itepad.store.database import open_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

WRITER = """
import sys
from itepad.store.database import open_database
from itepad.store.models import Cohort
db = open_database(sys.argv[1])
i = 0
while True:
    with db.session() as s:
        s.add(Cohort(name=f"cohort {i}", programme="x" * 500))
    print(i, flush=True)  # only after the commit returned
    i += 1
"""


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_killed_writer_loses_no_committed_change(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite"
    open_database(str(path)).close()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    committed = []
    for line in writer.stdout:
        committed.append(int(line))
        if len(committed) >= 150:
            break
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    committed += [int(line) for line in writer.stdout.read().split()]
    writer.stdout.close()

    assert _integrity(path) == "ok"
    conn = sqlite3.connect(path)
    names = {row[0] for row in conn.execute("SELECT name FROM cohort")}
    conn.close()
    assert {f"cohort {i}" for i in committed} <= names
    open_database(str(path)).close()  # and the app opens it again


def test_killed_demo_import_leaves_an_empty_sound_database(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    open_database(str(path)).close()
    demo = subprocess.Popen(
        [sys.executable, "-m", "itepad", "--db", str(path), "demo", "--students", "20000"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(3)  # well inside the one big transaction (about 10 s for 20,000 students)
    assert demo.poll() is None, "the demo finished before it could be killed"
    demo.send_signal(signal.SIGKILL)
    demo.wait(timeout=30)
    assert _integrity(path) == "ok"
    db = open_database(str(path))
    with db.engine.connect() as conn:
        from itepad.store.contents import first_table_with_rows

        assert first_table_with_rows(conn) is None
    db.close()
