"""The sign-in sheet of a session: its data from the database, and the PDF as a reader sees it."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from itepad.errors import UserError
from itepad.reports.sign_in_sheet import build_sign_in_sheet
from itepad.reports.sign_in_sheet_data import SignInRow, SignInSheetData
from itepad.services.sign_in_sheet import sign_in_sheet_data, write_sign_in_sheet
from itepad.store.database import Database
from itepad.store.models import (
    Enrolment,
    EnrolmentStatus,
    Institution,
    ModuleSession,
    SessionKind,
    StudentTeacher,
    TeacherEducator,
)
from tests.services.attendance_world import World, build_world, key

TODAY = date(2026, 3, 1)
NAMES = (
    "Zofia Wiśniewska-Łęcka",
    "Αικατερίνη Παπαδοπούλου",
    "Олександра Коваленко",
    "Անահիտ Սարգսյան",
    "ნინო ბერიძე",
)


@pytest.fixture
def world(db: Database) -> World:
    world = build_world(db, names=("Ana", "Ben", "Eva"), timezone="Europe/Dublin")
    with db.session() as s:
        s.add(Institution(name="Shannon Institute of Education", country="IE", is_own=True))
        educator = TeacherEducator(name="Aoife Ní Bhriain", email="aoife@ite.example")
        s.add(educator)
        s.flush()
        session = s.get(ModuleSession, world.sessions[1])
        assert session is not None
        session.place = "Seminar room A0.03"
        session.kind = SessionKind.DEMONSTRATION
        session.facilitator_id = key(educator)
        for student_id, family in (
            (world.students["Ana"], "Zorić"),
            (world.students["Ben"], "Adams"),
        ):
            student = s.get(StudentTeacher, student_id)
            assert student is not None
            student.family_name = family
        eva = s.get(Enrolment, world.enrolments["Eva"])
        assert eva is not None
        eva.status = EnrolmentStatus.WITHDRAWN
    return world


def _text(path: Path) -> str:
    """The document's text with every run of white space as one space."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_data_of_a_session(world: World) -> None:
    data = sign_in_sheet_data(world.db, "ET-INTRO", 2, today=TODAY)
    assert (data.module_code, data.session_number, data.session_count) == ("ET-INTRO", 2, 4)
    assert (data.session_title, data.session_kind, data.place) == (
        "Session 2",
        "Hands-on demonstration",
        "Seminar room A0.03",
    )
    assert (data.starts_at, data.zone_abbreviation) == (datetime(2026, 3, 9, 10, 0), "GMT")
    assert (data.facilitator, data.institution) == ("Aoife Ní Bhriain", data.author)
    # By family name; Eva withdrew.
    assert data.students == (SignInRow("Ben Adams", "S-Ben"), SignInRow("Ana Zorić", "S-Ana"))


def test_a_session_that_does_not_exist(world: World, tmp_path: Path) -> None:
    out = tmp_path / "out" / "sheet.pdf"
    out.parent.mkdir()
    for number in (0, 5):
        with pytest.raises(UserError, match="its sessions are 1 to 4"):
            write_sign_in_sheet(world.db, "ET-INTRO", number, out)
    with pytest.raises(UserError, match="No module"):
        write_sign_in_sheet(world.db, "NOPE", 1, out)
    assert not list(out.parent.iterdir())


def test_the_pdf_of_a_session(world: World, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    write_sign_in_sheet(world.db, "ET-INTRO", 2, out)
    text = _text(out)
    for expected in (
        "Sign-in sheet · ET-INTRO ET-INTRO module",
        "Session 2: Session 2",
        "Monday 9 March 2026",
        "10:00\N{EN DASH}12:00 GMT",
        "Seminar room A0.03",
        "Aoife Ní Bhriain",
        "2 of 4",
        "1 Ben Adams S-Ben",
        "2 Ana Zorić S-Ana",
        "Present: ________ of 2",
        "Page 1 of 1",
    ):
        assert expected in text
    assert "Eva" not in text
    reader = PdfReader(out)
    assert reader.metadata is not None
    assert reader.metadata.title == "Sign-in sheet: ET-INTRO, session 2 (Monday 9 March 2026)"
    assert reader.metadata.author == "Shannon Institute of Education"
    assert [entry.title for entry in reader.outline] == ["Session 2: Session 2"]  # type: ignore[union-attr]
    if shutil.which("qpdf"):
        result = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def _sheet(students: int) -> SignInSheetData:
    return SignInSheetData(
        module_code="ETW101",
        module_title="eTwinning for future teachers: introduction",
        session_number=3,
        session_count=10,
        session_title="Partner video call <with> Kraków & Kyiv",
        session_kind="Partner video call",
        starts_at=datetime(2026, 10, 31, 23, 30),
        ends_at=datetime(2026, 11, 1, 0, 30),
        zone_abbreviation="GMT",
        students=tuple(SignInRow(NAMES[i % len(NAMES)], f"24{i:05d}") for i in range(students)),
        generated_on=TODAY,
        link="https://meet.example/etw101",
    )


def test_a_long_list_runs_over_pages_with_room_to_sign(tmp_path: Path) -> None:
    out = tmp_path / "long.pdf"
    build_sign_in_sheet(_sheet(60), out)
    reader = PdfReader(out)
    pages = len(reader.pages)
    # 60 names and 3 blank rows of 11 mm: about 20 rows a page on A4.
    assert 3 <= pages <= 4
    for number, page in enumerate(reader.pages, start=1):
        page_text = page.extract_text()
        assert f"Page {number} of {pages}" in page_text
        assert "Signature" in page_text  # the header row repeats
    text = _text(out)
    for name in NAMES:
        assert name in text  # every script prints
    assert "Partner video call <with> Kraków & Kyiv" in text  # user text is escaped
    assert "Saturday 31 October 2026" in text
    assert "23:30\N{EN DASH}Sunday 1 November 2026, 00:30 GMT" in text
    assert "https://meet.example/etw101" in text  # no place: the link instead


def test_an_empty_module_prints_blank_rows(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    build_sign_in_sheet(_sheet(0), out)
    assert "Present: ________ of 0" in _text(out)
