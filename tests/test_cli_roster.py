"""`itepad import-roster` and `itepad report nso-list`: exit codes, messages, no partial writes."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from itepad.cli import EXIT_OK, EXIT_USER, main

ROSTERS = Path(__file__).parent / "fixtures" / "rosters"


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def students(db: Path) -> list[tuple[str, str, str, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT s.email, s.given_name, s.family_name, c.name FROM student_teacher s "
            "JOIN cohort c ON c.id = s.cohort_id ORDER BY s.email"
        ).fetchall()
    finally:
        conn.close()


def test_import_then_import_again(sqlite_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    roster = str(ROSTERS / "excel_semicolon_cp1250.csv")
    assert run(sqlite_path, "import-roster", roster, "--cohort", "Pedagogika 2026") == EXIT_OK
    assert capsys.readouterr().out == (
        "Imported 7 student teachers from excel_semicolon_cp1250.csv into cohort "
        "Pedagogika 2026 (new): 7 added, 0 updated, 0 unchanged\n"
    )
    assert run(sqlite_path, "import-roster", roster, "--cohort", "Pedagogika 2026") == EXIT_OK
    assert capsys.readouterr().out.endswith(": 0 added, 0 updated, 7 unchanged\n")
    stored = students(sqlite_path)
    assert len(stored) == 7
    assert ("jiri.dvorak@student.uni.example.pl", "Jiří", "Dvořák", "Pedagogika 2026") in stored

    assert run(sqlite_path, "list", "students") == EXIT_OK
    assert len(capsys.readouterr().out.splitlines()) == 7


def test_a_broken_roster_names_file_row_and_field_and_writes_nothing(
    sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = str(ROSTERS / "broken_invalid_email.csv")
    assert run(sqlite_path, "import-roster", roster, "--cohort", "X") == EXIT_USER
    err = capsys.readouterr().err
    assert err.startswith("itepad: broken_invalid_email.csv has 3 problems; nothing was imported.")
    assert (
        "broken_invalid_email.csv, row 3, email: 'jan.nowak(at)uni.example' is not a valid" in err
    )
    assert "broken_invalid_email.csv, row 5, email: missing" in err
    assert "Traceback" not in err
    assert not sqlite_path.exists()  # the file was checked before the database was opened


def test_a_refused_import_leaves_the_database_as_it_was(
    sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = str(ROSTERS / "moodle_participants.csv")
    assert run(sqlite_path, "import-roster", good, "--cohort", "ITE") == EXIT_OK
    before = students(sqlite_path)
    for broken in ("broken_duplicate_email.csv", "broken_field_count.csv", "empty.csv", "junk.csv"):
        assert run(sqlite_path, "import-roster", str(ROSTERS / broken), "--cohort", "New") == 2
        assert broken in capsys.readouterr().err
    assert students(sqlite_path) == before


def test_columns_and_encoding_can_be_given(
    sqlite_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    moodle = str(ROSTERS / "moodle_participants.csv")
    args = ("import-roster", moodle, "--cohort", "A", "--column", "programme=Groups")
    assert run(sqlite_path, *args) == EXIT_OK
    assert capsys.readouterr().err == ""
    conn = sqlite3.connect(sqlite_path)
    programmes = {row[0] for row in conn.execute("SELECT programme FROM student_teacher")}
    conn.close()
    assert programmes == {"Group A", "Group B"}

    cp1250 = str(ROSTERS / "excel_semicolon_cp1250.csv")
    args = ("import-roster", cp1250, "--cohort", "B", "--encoding", "utf-8")
    assert run(sqlite_path, *args) == EXIT_USER
    assert "excel_semicolon_cp1250.csv, row 1: byte 0xea is not valid in utf-8" in (
        capsys.readouterr().err
    )
    assert run(sqlite_path, "import-roster", moodle, "--cohort", "A", "--column", "email=Mail") == 2
    assert "no column 'Mail' for the email" in capsys.readouterr().err
    with pytest.raises(SystemExit) as bad_option:
        run(sqlite_path, "import-roster", moodle, "--cohort", "A", "--column", "email")
    assert bad_option.value.code == EXIT_USER


def test_a_missing_file(sqlite_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(sqlite_path, "import-roster", "nowhere.csv", "--cohort", "A") == EXIT_USER
    assert "nowhere.csv" in capsys.readouterr().err


@pytest.fixture
def pending_db(sqlite_path: Path) -> Path:
    assert run(sqlite_path, "demo", "--students", "30") == EXIT_OK
    return sqlite_path


def _pending(db: Path, cohort: str | None = None) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        sql = (
            "SELECT s.email FROM student_teacher s JOIN cohort c ON c.id = s.cohort_id "
            "WHERE s.etwinning_status = 'pending' AND s.archived_at IS NULL"
        )
        rows = conn.execute(sql + " AND c.name = ?", (cohort,)) if cohort else conn.execute(sql)
        return sorted(row[0] for row in rows)
    finally:
        conn.close()


def test_nso_list_in_three_formats(
    pending_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for suffix in (".csv", ".xlsx", ".pdf"):
        out = tmp_path / f"nso{suffix}"
        assert run(pending_db, "report", "nso-list", "--out", str(out)) == EXIT_OK
        assert out.stat().st_size > 0
    with open(tmp_path / "nso.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert sorted(row[2] for row in rows[1:]) == _pending(pending_db)
    assert (tmp_path / "nso.pdf").read_bytes().startswith(b"%PDF")
    assert capsys.readouterr().err == ""  # progress only for a person at a terminal


def test_nso_list_of_one_cohort(pending_db: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(pending_db)
    cohort = conn.execute("SELECT name FROM cohort ORDER BY name LIMIT 1").fetchone()[0]
    conn.close()
    out = tmp_path / "one.csv"
    assert run(pending_db, "report", "nso-list", "--cohort", cohort, "--out", str(out)) == 0
    with open(out, encoding="utf-8-sig", newline="") as handle:
        emails = sorted(row[2] for row in list(csv.reader(handle))[1:])
    assert emails == _pending(pending_db, cohort)


def test_nso_list_refusals_write_nothing(
    pending_db: Path, sqlite_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nso.csv"
    assert run(pending_db, "report", "nso-list", "--cohort", "Nope", "--out", str(out)) == 2
    assert "No cohort named 'Nope'" in capsys.readouterr().err
    assert not out.exists()
    fresh = tmp_path / "fresh.sqlite"
    assert run(fresh, "report", "nso-list", "--out", str(tmp_path / "nso.ods")) == EXIT_USER
    assert "written as .csv, .xlsx, .pdf" in capsys.readouterr().err
    assert not fresh.exists()  # refused before the database was opened (and created)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".sqlite") == []
