"""Command line: the printed reports written by kind, and a bad subject that writes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from itepad.cli import EXIT_OK, EXIT_USER, main
from itepad.services.report_kinds import REPORT_KINDS


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert run(path, "demo", "--students", "12") == EXIT_OK
    return path


def _first(db: Path, sql: str) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def _subject(db: Path, kind: str) -> list[str]:
    subject = REPORT_KINDS[kind].subject
    key = {
        "cohort": "SELECT name FROM cohort ORDER BY name",
        "module": "SELECT code FROM module ORDER BY code",
        "project": "SELECT id FROM etwinning_project ORDER BY id",
    }[subject]
    return [f"--{subject}", _first(db, key)]


@pytest.mark.parametrize("kind", list(REPORT_KINDS))
def test_every_kind_writes_a_pdf(demo_db: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.pdf"
    assert run(demo_db, "report", kind, *_subject(demo_db, kind), "--out", str(out)) == EXIT_OK
    assert out.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left


def test_the_award_dossier_of_the_whole_institution(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "dossier.pdf"
    assert run(demo_db, "report", "award-dossier", "--out", str(out)) == EXIT_OK
    assert out.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("kind", "option", "message"),
    [
        ("cohort-participation", "--cohort", "No cohort named 'Nobody'"),
        ("impact-survey", "--cohort", "No cohort named 'Nobody'"),
        ("module-report", "--module", "No module with the code 'Nobody'"),
        ("award-dossier", "--module", "No module with the code 'Nobody'"),
        ("quality-label", "--project", "No eTwinning project with the number or title 'Nobody'"),
    ],
)
def test_a_bad_subject_exits_2_and_writes_nothing(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    option: str,
    message: str,
) -> None:
    out = tmp_path / "report.pdf"
    assert run(demo_db, "report", kind, option, "Nobody", "--out", str(out)) == EXIT_USER
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_bad_subject_leaves_an_earlier_file_alone(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"an earlier report")
    assert run(demo_db, "report", "module-report", "--module", "NOPE", "--out", str(out)) == 2
    assert out.read_bytes() == b"an earlier report"


def test_the_subject_is_required(demo_db: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        run(demo_db, "report", "cohort-participation", "--out", str(tmp_path / "x.pdf"))
    assert exit_.value.code == EXIT_USER  # argparse's own usage error
