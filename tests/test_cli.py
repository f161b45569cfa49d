"""The command-line contract: names, output formats and exit codes (0 ok, 2 refused, 1 bug)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from itepad import cli
from itepad.cli import EXIT_ERROR, EXIT_OK, EXIT_USER, main

STUDENT_TABLE = "student_teacher"


def run(db: Path | str, *args: str) -> int:
    return main(["--db", str(db), *args])


def count(db: Path, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database exported once; tests import it into fresh files."""
    folder = tmp_path_factory.mktemp("demo")
    assert main(["--db", str(folder / "demo.sqlite"), "demo"]) == EXIT_OK
    assert (
        main(["--db", str(folder / "demo.sqlite"), "export-json", str(folder / "demo.json")]) == 0
    )
    return folder / "demo.json"


@pytest.fixture
def demo_db(tmp_path: Path, demo_export: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    assert run(path, "import-json", str(demo_export)) == EXIT_OK
    return path


def test_demo_then_list(sqlite_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(sqlite_path, "demo", "--students", "45", "--seed", "3") == EXIT_OK
    capsys.readouterr()

    assert run(sqlite_path, "list", "students") == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 45
    emails = [line.split("\t")[0] for line in lines]
    assert all("@" in e for e in emails)
    assert emails == sorted(emails)

    assert run(sqlite_path, "list", "cohorts") == EXIT_OK
    cohorts = capsys.readouterr().out.splitlines()
    assert len(cohorts) == 2
    assert sum(int(line.split("\t")[-1]) for line in cohorts) == 45

    assert run(sqlite_path, "list", "modules") == EXIT_OK
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_demo_refuses_a_database_with_data(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = count(demo_db, STUDENT_TABLE)
    assert run(demo_db, "demo") == EXIT_USER
    err = capsys.readouterr().err
    assert "not empty" in err
    assert "Traceback" not in err
    assert count(demo_db, STUDENT_TABLE) == before


@pytest.mark.parametrize(
    "args",
    [
        ["demo", "--students", "0"],
        ["demo", "--students", "many"],
        ["list", "teachers"],
        ["portfolio", "--out", "x.pdf"],
        ["no-such-command"],
    ],
)
def test_bad_arguments_exit_2(sqlite_path: Path, args: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(sqlite_path, *args)
    assert exit_info.value.code == EXIT_USER


def test_unsupported_database_url(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "mysql://someone@host/db", "list", "students"]) == EXIT_USER
    assert "SQLite file or a PostgreSQL server" in capsys.readouterr().err


def test_export_import_round_trip_gives_the_same_data(
    demo_db: Path, demo_export: Path, tmp_path: Path
) -> None:
    again = tmp_path / "again.json"
    assert run(demo_db, "export-json", str(again)) == EXIT_OK
    first, second = json.loads(demo_export.read_text()), json.loads(again.read_text())
    assert first["tables"] == second["tables"]
    assert first["format"] == "itepad-interchange"


def test_import_into_non_empty_database_is_refused(
    demo_db: Path, demo_export: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = count(demo_db, "attendance")
    assert run(demo_db, "import-json", str(demo_export)) == EXIT_USER
    assert "not empty" in capsys.readouterr().err
    assert count(demo_db, "attendance") == before


def _broken_copy(
    source: Path, target: Path, table: str, row: int, field: str, value: object
) -> Path:
    document = json.loads(source.read_text())
    document["tables"][table][row][field] = value
    target.write_text(json.dumps(document))
    return target


@pytest.mark.parametrize(
    ("table", "field", "value", "message"),
    [
        (STUDENT_TABLE, "email", None, "must not be empty"),
        (STUDENT_TABLE, "study_year", "third", "whole number"),
        ("module_session", "starts_at", "next Tuesday", "field 'starts_at'"),
        ("attendance", "recorded_at", "2026-10-01T10:00:00", "UTC offset"),
        ("module", "ects", "five", "must be a number"),
        ("cohort", "id", 2**70, "must be between"),
        (STUDENT_TABLE, "family_name", "Nowak\x00", "NUL"),
        ("institution", "country", "POL", "at most 2 characters"),
    ],
)
def test_import_reports_table_row_and_field_and_writes_nothing(
    sqlite_path: Path,
    demo_export: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    table: str,
    field: str,
    value: object,
    message: str,
) -> None:
    broken = _broken_copy(demo_export, tmp_path / "broken.json", table, 1, field, value)
    assert run(sqlite_path, "import-json", str(broken)) == EXIT_USER
    err = capsys.readouterr().err
    assert str(broken) in err
    assert f"table {table!r}, row 2" in err
    assert field in err
    assert message in err
    assert count(sqlite_path, STUDENT_TABLE) == 0


def test_import_refuses_references_to_missing_rows(
    sqlite_path: Path, demo_export: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = _broken_copy(demo_export, tmp_path / "b.json", "enrolment", 0, "student_id", 999_999)
    assert run(sqlite_path, "import-json", str(broken)) == EXIT_USER
    assert "enrolment" in capsys.readouterr().err
    assert count(sqlite_path, STUDENT_TABLE) == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b'{"format": "something else"}', "not an itepad export"),
        (b'{"format": "itepad-interchange", "version": 99, "tables": {}}', "version 99"),
        (b'{"format": "itepad-interchange", "version": 1, "tables": {"pets": []}}', "'pets'"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
    ],
)
def test_import_refuses_files_that_are_not_exports(
    sqlite_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    message: str,
) -> None:
    source = tmp_path / "input.json"
    source.write_bytes(content)
    assert run(sqlite_path, "import-json", str(source)) == EXIT_USER
    assert message in capsys.readouterr().err


def test_import_missing_file(sqlite_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(sqlite_path, "import-json", "/nonexistent/file.json") == EXIT_USER
    assert "no such file" in capsys.readouterr().err


def test_student_export_holds_one_student(demo_db: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(demo_db)
    email = conn.execute(
        "SELECT s.email FROM student_teacher s JOIN meeting_mentee m ON m.student_id = s.id LIMIT 1"
    ).fetchone()[0]
    conn.close()
    out = tmp_path / "one.json"
    assert run(demo_db, "export-json", str(out), "--student", email) == EXIT_OK
    tables = json.loads(out.read_text())["tables"]
    assert [s["email"] for s in tables[STUDENT_TABLE]] == [email]
    assert {m["student_id"] for m in tables["meeting_mentee"]} == {tables[STUDENT_TABLE][0]["id"]}
    assert tables["mentoring_meeting"]
    # The subset is a consistent database of its own.
    assert run(tmp_path / "subset.sqlite", "import-json", str(out)) == EXIT_OK


def test_unknown_student_writes_nothing(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.json"
    assert run(demo_db, "export-json", str(out), "--student", "nobody@example.org") == EXIT_USER
    assert "nobody@example.org" in capsys.readouterr().err
    pdf = tmp_path / "x.pdf"
    assert run(demo_db, "portfolio", "--student", "nobody@example.org", "--out", str(pdf)) == 2
    assert not out.exists()
    assert not pdf.exists()
    assert list(tmp_path.glob(".*tmp")) == []


def test_portfolio_writes_a_pdf(demo_db: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(demo_db)
    email = conn.execute(
        "SELECT s.email FROM student_teacher s JOIN enrolment e ON e.student_id = s.id LIMIT 1"
    ).fetchone()[0]
    conn.close()
    out = tmp_path / "portfolio.pdf"
    assert run(demo_db, "portfolio", "--student", email.upper(), "--out", str(out)) == EXIT_OK
    assert out.read_bytes().startswith(b"%PDF")


def test_output_into_a_missing_folder_is_a_user_error(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no" / "such" / "folder" / "export.json"
    assert run(demo_db, "export-json", str(out)) == EXIT_USER
    assert "no" in capsys.readouterr().err


def test_newer_schema_exits_2_and_leaves_the_file(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(demo_db)
    conn.execute("UPDATE alembic_version SET version_num = 'zzzz_future'")
    conn.commit()
    conn.close()
    before = demo_db.read_bytes()
    assert run(demo_db, "list", "students") == EXIT_USER
    assert "newer version of itepad" in capsys.readouterr().err
    assert demo_db.read_bytes() == before


def test_unexpected_error_exits_1(
    sqlite_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def explode(_args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setitem(cli.COMMANDS, "list", explode)
    assert run(sqlite_path, "list", "students") == EXIT_ERROR
    assert "unexpected error" in capsys.readouterr().err


def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    """The real entry point in a real process: help, and exit status 2 for bad input."""
    done = subprocess.run(
        [sys.executable, "-m", "itepad", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "export-json" in done.stdout
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "itepad",
            "--db",
            str(tmp_path / "x.sqlite"),
            "import-json",
            str(tmp_path / "missing.json"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == EXIT_USER
    assert "Traceback" not in done.stderr
