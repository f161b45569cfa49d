"""Command line: review copies (`portfolio --review`) and their return (`import-review`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfWriter

from itepad.cli import EXIT_OK, EXIT_USER, main
from itepad.reports.review_form import READ_FIELD, choice_field, comment_field


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def _scalar(db: Path, sql: str) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def demo_db(sqlite_path: Path) -> Path:
    assert run(sqlite_path, "demo", "--students", "8") == EXIT_OK
    return sqlite_path


def test_send_and_return_one_copy(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    email = _scalar(demo_db, "SELECT email FROM student_teacher ORDER BY id DESC LIMIT 1")
    copy = tmp_path / "copy.pdf"
    sent = int(_scalar(demo_db, "SELECT count(*) FROM portfolio_review"))
    args = ("portfolio", "--student", email, "--review", "--language", "fr", "--out", str(copy))
    assert run(demo_db, *args) == EXIT_OK
    assert int(_scalar(demo_db, "SELECT count(*) FROM portfolio_review")) == sent + 1
    writer = PdfWriter(clone_from=copy)
    values = {choice_field("evidence"): "/change", comment_field("evidence"): "Lien manquant"}
    for page in writer.pages:
        writer.update_page_form_field_values(page, {**values, READ_FIELD: "/Yes"})
    filled = tmp_path / "filled.pdf"
    writer.write(filled)
    capsys.readouterr()
    assert run(demo_db, "import-review", str(filled)) == EXIT_OK
    assert "1 change request(s)" in capsys.readouterr().out
    assert run(demo_db, "import-review", str(filled)) == EXIT_OK
    assert "already imported" in capsys.readouterr().out
    assert _scalar(demo_db, "SELECT language FROM portfolio_review ORDER BY id DESC") == "fr"


def test_a_refused_form_exits_2(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = tmp_path / "plain.pdf"
    email = _scalar(demo_db, "SELECT email FROM student_teacher LIMIT 1")
    assert run(demo_db, "portfolio", "--student", email, "--out", str(plain)) == EXIT_OK
    capsys.readouterr()
    answers = _scalar(demo_db, "SELECT count(*) FROM portfolio_review_answer")
    assert run(demo_db, "import-review", str(plain)) == EXIT_USER
    error = capsys.readouterr().err
    assert str(plain) in error and "itepad_review_token" in error
    assert _scalar(demo_db, "SELECT count(*) FROM portfolio_review_answer") == answers


def test_review_copies_for_a_cohort(demo_db: Path, tmp_path: Path) -> None:
    cohort = _scalar(demo_db, "SELECT name FROM cohort ORDER BY name LIMIT 1")
    members = int(
        _scalar(
            demo_db,
            "SELECT count(*) FROM student_teacher s JOIN cohort c ON c.id = s.cohort_id "
            f"WHERE c.name = '{cohort}' AND s.anonymised_at IS NULL",
        )
    )
    sent = int(_scalar(demo_db, "SELECT count(*) FROM portfolio_review"))
    out_dir = tmp_path / "copies"
    args = ("portfolio", "--cohort", cohort, "--out-dir", str(out_dir), "--review", "--jobs", "2")
    assert run(demo_db, *args) == EXIT_OK
    assert len(list(out_dir.glob("*.pdf"))) == members
    assert int(_scalar(demo_db, "SELECT count(*) FROM portfolio_review")) == sent + members
