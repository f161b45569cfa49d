"""Command line: cohort portfolios, sign-in sheets, mentoring calendar, attendance import."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from icalendar import Calendar

from itepad.cli import EXIT_OK, EXIT_USER, PRINT_LANGUAGES, main
from itepad.reports.headings import LANGUAGES


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


@pytest.fixture
def demo_db(sqlite_path: Path) -> Path:
    assert run(sqlite_path, "demo", "--students", "12") == EXIT_OK
    return sqlite_path


def _scalar(db: Path, sql: str) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_print_languages_match_the_headings() -> None:
    assert PRINT_LANGUAGES == LANGUAGES


def test_cohort_portfolios_in_german(demo_db: Path, tmp_path: Path) -> None:
    cohort = _scalar(demo_db, "SELECT name FROM cohort ORDER BY name LIMIT 1")
    members = int(
        _scalar(
            demo_db,
            f"SELECT count(*) FROM student_teacher s JOIN cohort c "
            f"ON c.id = s.cohort_id WHERE c.name = '{cohort}'",
        )
    )
    out = tmp_path / "out"
    out.mkdir()
    assert (
        run(
            demo_db,
            "portfolio",
            "--cohort",
            cohort,
            "--out-dir",
            str(out),
            "--jobs",
            "2",
            "--language",
            "de",
            "--sections",
            "summary,modules",
        )
        == EXIT_OK
    )
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == members
    assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs)


@pytest.mark.parametrize(
    "args",
    [
        ["portfolio", "--cohort", "X"],  # no --out-dir
        ["portfolio", "--student", "a@b.c"],  # no --out
        ["portfolio", "--student", "a@b.c", "--out", "x.pdf", "--sections", "nonsense"],
    ],
)
def test_portfolio_argument_mistakes(demo_db: Path, args: list[str]) -> None:
    assert run(demo_db, *args) == EXIT_USER


def test_sign_in_sheet_and_mentoring_calendar(demo_db: Path, tmp_path: Path) -> None:
    module = _scalar(demo_db, "SELECT code FROM module ORDER BY code LIMIT 1")
    sheet = tmp_path / "sheet.pdf"
    assert (
        run(
            demo_db,
            "report",
            "sign-in-sheet",
            "--module",
            module,
            "--session",
            "1",
            "--out",
            str(sheet),
        )
        == EXIT_OK
    )
    assert sheet.read_bytes().startswith(b"%PDF")
    assert (
        run(
            demo_db,
            "report",
            "sign-in-sheet",
            "--module",
            module,
            "--session",
            "999",
            "--out",
            str(tmp_path / "no.pdf"),
        )
        == EXIT_USER
    )
    ics = tmp_path / "meetings.ics"
    assert run(demo_db, "calendar", "--mentoring", "--out", str(ics)) == EXIT_OK
    Calendar.from_ical(ics.read_bytes())
    assert (
        run(demo_db, "calendar", "--mentoring", "--mentor", "nobody@x.y", "--out", str(ics))
        == EXIT_USER
    )


def test_import_attendance_refuses_a_broken_file(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = _scalar(demo_db, "SELECT code FROM module ORDER BY code LIMIT 1")
    marks = int(_scalar(demo_db, "SELECT count(*) FROM attendance"))
    broken = tmp_path / "marks.csv"
    broken.write_text("email,session,status\nnobody@example.org,1,present\n", encoding="utf-8")
    assert run(demo_db, "import-attendance", str(broken), "--module", module) == EXIT_USER
    assert "nobody@example.org" in capsys.readouterr().err
    assert int(_scalar(demo_db, "SELECT count(*) FROM attendance")) == marks
