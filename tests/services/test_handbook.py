"""The module handbook: its data from the database, and the PDF as a reader and qpdf see it."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from itepad.errors import UserError
from itepad.reports.handbook_data import HandbookData
from itepad.services.demo import fill_demo
from itepad.services.handbook import handbook_data, write_module_handbook
from itepad.store.database import Database, open_database
from itepad.store.models import Module, ModuleSession, SessionKind

TODAY = date(2026, 11, 23)
DASH = "\N{EN DASH}"
DEMO_CODES = ("ETW101", "ETW202", "ETW303")
SECTIONS = [
    "Overview",
    "Learning outcomes",
    "DigCompEdu competences",
    "Schedule",
    "Session descriptions",
    "Partner institutions",
    "eTwinning projects",
    "Enrolled cohorts",
    "Assessment",
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(str(tmp_path_factory.mktemp("handbook") / "demo.sqlite"))
    fill_demo(db, students=40, seed=1, today=TODAY)
    yield db
    db.close()


@pytest.fixture(scope="module")
def handbooks(
    demo_db: Database, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[HandbookData, Path]]:
    """Each demo module's handbook data and PDF."""
    folder = tmp_path_factory.mktemp("pdfs")
    result = {}
    for code in DEMO_CODES:
        out = folder / f"{code}.pdf"
        write_module_handbook(demo_db, code, out)
        result[code] = (handbook_data(demo_db, code, today=TODAY), out)
    return result


def _text(path: Path) -> str:
    """The document's text with every run of white space as one space (lines wrap anywhere)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _outline_titles(outline: list[Any]) -> list[str]:
    titles: list[str] = []
    for entry in outline:
        titles += _outline_titles(entry) if isinstance(entry, list) else [entry.title]
    return titles


# --- data -----------------------------------------------------------------------------------


def test_data_maps_outcomes_to_competences(demo_db: Database) -> None:
    data = handbook_data(demo_db, "ETW101", today=TODAY)
    assert data.title == "eTwinning for Future Teachers: Introduction"
    assert (data.kind, data.status, data.timezone) == ("Introduction", "Running", "Europe/Dublin")
    first = data.outcomes[0]
    assert first.text.startswith("Register on the eTwinning platform")
    assert [(c.number, c.name) for c in first.competences] == [
        ("1.2", "Professional collaboration"),
        ("1.4", "Digital continuous professional development"),
    ]
    numbers = [c.number for c in data.competences]
    assert numbers == sorted(numbers) == ["1.2", "1.3", "1.4", "2.3", "3.3", "6.4"]


def test_data_sessions_in_date_order_with_zone_names(demo_db: Database) -> None:
    data = handbook_data(demo_db, "ETW101", today=TODAY)
    starts = [s.starts_at for s in data.sessions]
    assert len(starts) == 10 and starts == sorted(starts)
    # Irish summer time ends on 25 October 2026.
    assert {s.zone_abbreviation for s in data.sessions if s.starts_at < datetime(2026, 10, 25)} == {
        "IST"
    }
    assert {s.zone_abbreviation for s in data.sessions if s.starts_at > datetime(2026, 10, 26)} == {
        "GMT"
    }
    assessed = [s.kind for s in data.sessions if s.assessed]
    assert assessed == ["Reflection", "Assessment"]
    assert all(s.facilitator for s in data.sessions)


def test_data_projects_partners_and_cohorts(demo_db: Database) -> None:
    data = handbook_data(demo_db, "ETW202", today=TODAY)
    assert len(data.partners) == 5
    assert len(data.projects) >= 2
    assert all(len(p.partners) >= 3 for p in data.projects)  # ours and two or three partners
    assert any(p.label_applications for p in data.projects)
    assert {p.state for p in data.projects} <= {"Pending", "Open"}
    assert [c.students for c in data.cohorts] and all(c.students > 0 for c in data.cohorts)


# --- the demo handbooks -----------------------------------------------------------------------


@pytest.mark.parametrize("code", DEMO_CODES)
def test_demo_handbook_is_a_valid_pdf_of_several_pages(
    code: str, handbooks: dict[str, tuple[HandbookData, Path]]
) -> None:
    _, path = handbooks[code]
    reader = PdfReader(path)
    pages = len(reader.pages)
    assert pages > 1
    assert f"Page {pages} of {pages}" in reader.pages[-1].extract_text()
    if shutil.which("qpdf"):
        result = subprocess.run(
            ["qpdf", "--check", str(path)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("code", DEMO_CODES)
def test_demo_handbook_text_holds_sessions_outcomes_and_partners(
    code: str, handbooks: dict[str, tuple[HandbookData, Path]]
) -> None:
    data, path = handbooks[code]
    text = _text(path)
    assert data.title in text
    for session in data.sessions:
        assert session.title in text
    for outcome in data.outcomes:
        assert outcome.text in text
    for partner in data.partners:
        assert partner.name in text
    assert "Times are local times in Europe/Dublin." in text


def test_partner_names_print_in_their_own_script(
    handbooks: dict[str, tuple[HandbookData, Path]],
) -> None:
    data, path = handbooks["ETW202"]
    text = _text(path)
    for script in (r"[\u0370-\u03ff]", r"[\u0400-\u04ff]", r"[\u0530-\u058f]", r"[\u10a0-\u10ff]"):
        names = [p.name for p in data.partners if re.search(script, p.name)]
        assert names and all(name in text for name in names)


def test_times_carry_the_zone_abbreviation(
    handbooks: dict[str, tuple[HandbookData, Path]],
) -> None:
    _, path = handbooks["ETW101"]
    text = _text(path)
    assert f"Tue 2026-10-06, 10:00{DASH}12:00 IST" in text  # before the change to winter time
    assert f"Tue 2026-12-08, 10:00{DASH}12:00 GMT" in text


def test_outline_has_every_section_session_and_project(
    handbooks: dict[str, tuple[HandbookData, Path]],
) -> None:
    data, path = handbooks["ETW202"]
    reader = PdfReader(path)
    titles = _outline_titles(reader.outline)
    assert titles[0] == data.title
    assert [t for t in titles if t in SECTIONS] == SECTIONS
    for number, session in enumerate(data.sessions, start=1):
        assert f"{number}. {session.title}" in titles
    for project in data.projects:
        assert project.title in titles


def test_metadata(handbooks: dict[str, tuple[HandbookData, Path]]) -> None:
    data, path = handbooks["ETW303"]
    metadata = PdfReader(path).metadata
    assert metadata is not None
    assert metadata.title == f"Module handbook: ETW303 {data.title}"
    assert metadata.author == data.institution == "Shannon Institute of Education"
    assert "eTwinning" in (metadata.subject or "")


# --- hand-made modules ------------------------------------------------------------------------


def _module(db: Database, description: str) -> None:
    """A module of three sessions in Brussels; the middle one carries `description`."""
    with db.session() as s:
        module = Module(code="WS1", title="One-day workshop", timezone="Europe/Brussels")
        s.add(module)
        s.flush()
        assert module.id is not None
        plan = [
            (9, SessionKind.PRESENTATION, ""),
            (11, SessionKind.DEMONSTRATION, description),
            (15, SessionKind.REFLECTION, "Write one entry."),
        ]
        for position, (hour, kind, text) in enumerate(plan):
            starts = datetime(2027, 3, 2, hour)
            s.add(
                ModuleSession(
                    module_id=module.id,
                    position=position,
                    title=f"Workshop <b>&</b> co {position + 1}",  # markup prints as typed
                    kind=kind,
                    starts_at=starts,
                    ends_at=starts + timedelta(hours=1, minutes=30),
                    link="https://meet.example.org/ws1" if position == 1 else "",
                    description=text,
                )
            )


def test_long_session_description_flows_across_pages(db: Database, tmp_path: Path) -> None:
    long = "\n\n".join(f"Paragraph {i}: " + "what we will try together. " * 30 for i in range(120))
    _module(db, f"## Plan\n\n{long}")
    out = tmp_path / "ws1.pdf"
    write_module_handbook(db, "WS1", out)
    reader = PdfReader(out)
    assert len(reader.pages) > 8
    text = _text(out)
    second, third = "2. Workshop <b>&</b> co 2", "3. Workshop <b>&</b> co 3"
    start = text.index("Session descriptions")
    assert (
        text.index(second, start)
        < text.index("Paragraph 0:")
        < text.index("Paragraph 119:")
        < text.index(third, start)
    )
    assert "Plan" in _outline_titles(reader.outline)


def test_a_module_without_partners_or_projects_says_so(db: Database, tmp_path: Path) -> None:
    _module(db, "Short.")
    out = tmp_path / "ws1.pdf"
    write_module_handbook(db, "WS1", out)
    text = _text(out)
    assert "3 sessions on Tue 2027-03-02. All times are local times in Europe/Brussels." in text
    assert f"09:00{DASH}10:30 CET" in text
    assert "No partner institutions are recorded yet." in text
    assert "No eTwinning project is linked to this module yet." in text
    assert "No learning outcomes are recorded yet." in text
    assert "Online: https://meet.example.org/ws1" in text


def test_unknown_module_raises_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    with pytest.raises(UserError, match="NOPE"):
        write_module_handbook(db, "NOPE", out)
    assert not [path for path in tmp_path.iterdir() if "none.pdf" in path.name]


def test_a_bare_module_still_prints(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        s.add(Module(code="NEW", title="Not planned yet"))
    out = tmp_path / "new.pdf"
    write_module_handbook(db, "NEW", out)
    text = _text(out)
    assert "No sessions are planned yet." in text
    assert "No assessment or reflection sessions are planned yet." in text
    assert "Session descriptions" not in _outline_titles(PdfReader(out).outline)
