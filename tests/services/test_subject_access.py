"""One student teacher's zip: record, portfolio, attachments; nothing of anybody else."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import pytest

from itepad.cli import EXIT_OK, EXIT_USER, main
from itepad.errors import UserError
from itepad.services.demo import fill_demo
from itepad.services.subject_access import write_subject_access_zip
from itepad.store.database import Database


def _student_with_file_evidence(db: Database) -> tuple[str, int, str]:
    assert db.location.sqlite_path is not None
    conn = sqlite3.connect(db.location.sqlite_path)
    row = conn.execute(
        "SELECT s.email, e.id, e.location FROM evidence e JOIN student_teacher s "
        "ON s.id = e.student_id WHERE e.kind = 'file' ORDER BY e.id LIMIT 1"
    ).fetchone()
    conn.close()
    return str(row[0]), int(row[1]), str(row[2])


def test_zip_holds_record_portfolio_and_attachments(db: Database, tmp_path: Path) -> None:
    fill_demo(db, students=40, seed=1, today=date(2026, 11, 23))
    email, evidence_id, location = _student_with_file_evidence(db)
    attachments = tmp_path / "attachments"
    (attachments / location).parent.mkdir(parents=True, exist_ok=True)
    (attachments / location).write_bytes(b"lesson plan")
    out = tmp_path / "access.zip"

    names = write_subject_access_zip(db, email, out, attachments=attachments)

    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None
        assert set(archive.namelist()) == set(names)
        record = json.loads(archive.read("record.json"))
        assert archive.read("portfolio.pdf").startswith(b"%PDF")
        attached = [n for n in names if n.startswith("attachments/")]
        assert attached == [f"attachments/{evidence_id}-{Path(location).name}"]
        assert archive.read(attached[0]) == b"lesson plan"
    assert [s["email"] for s in record["tables"]["student_teacher"]] == [email]


@pytest.mark.parametrize("location", ["../../etc/passwd", "/etc/passwd", "C:\\Windows\\x.ini"])
def test_attachment_paths_cannot_escape_the_folder(
    db: Database, tmp_path: Path, location: str
) -> None:
    fill_demo(db, students=40, seed=1, today=date(2026, 11, 23))
    email, evidence_id, _ = _student_with_file_evidence(db)
    with db.engine.begin() as conn:
        from sqlalchemy import text

        conn.execute(
            text("UPDATE evidence SET location = :l WHERE id = :i"),
            {"l": location, "i": evidence_id},
        )
    names = write_subject_access_zip(db, email, tmp_path / "a.zip", attachments=tmp_path)
    assert not any(n.startswith("attachments/") for n in names)


def test_unknown_student_writes_no_zip(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError):
        write_subject_access_zip(db, "nobody@example.org", tmp_path / "x.zip")
    assert list(tmp_path.glob("*.zip")) == []


def test_cli_export_student_and_due_for_deletion(
    sqlite_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(sqlite_path), "demo"]) == EXIT_OK
    conn = sqlite3.connect(sqlite_path)
    emails = [r[0] for r in conn.execute("SELECT email FROM student_teacher ORDER BY id LIMIT 3")]
    conn.execute(
        "UPDATE student_teacher SET retention_until = '2020-01-01' WHERE email = ?", (emails[0],)
    )
    conn.execute(
        "UPDATE student_teacher SET retention_until = '2999-01-01' WHERE email = ?", (emails[1],)
    )
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["--db", str(sqlite_path), "list", "due-for-deletion"]) == EXIT_OK
    due = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in due] == [emails[0]]
    out = tmp_path / "s.zip"
    assert (
        main(
            ["--db", str(sqlite_path), "export-student", "--student", emails[2], "--out", str(out)]
        )
        == EXIT_OK
    )
    assert zipfile.is_zipfile(out)
    assert main(["--db", str(sqlite_path), "erase", "--student", emails[0]]) == EXIT_OK
    capsys.readouterr()
    assert main(["--db", str(sqlite_path), "list", "due-for-deletion"]) == EXIT_OK
    assert capsys.readouterr().out == ""
    assert (
        main(
            [
                "--db",
                str(sqlite_path),
                "export-student",
                "--student",
                "x@y.z",
                "--out",
                str(tmp_path / "n.zip"),
            ]
        )
        == EXIT_USER
    )
