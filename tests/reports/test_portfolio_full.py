"""The full portfolio: every part of a demo student teacher's record, contents, sign-offs,
options and the languages of its headings."""

from __future__ import annotations

import re
import shutil
import string
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from itepad.reports.headings import _WORDS, LANGUAGE_NAMES, LANGUAGES, Words
from itepad.reports.portfolio import build_portfolio
from itepad.reports.portfolio_options import PortfolioOptions, Section, parse_sections
from itepad.reports.tables import TextCell
from itepad.reports.theme import styles
from itepad.services.demo import fill_demo
from itepad.services.mentoring import mentoring_log, sign_meeting, update_meeting
from itepad.services.portfolio import portfolio_data, write_portfolio
from itepad.store.database import Database, open_database
from tests.reports.sample_portfolio import CHECKSUM, sample_portfolio

SECTIONS = [
    "Summary",
    "Modules and participation",
    "eTwinning projects",
    "Evidence",
    "Reflections",
    "Mentoring log",
    "Lesson observations",
    "Final comment",
]
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext")


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _top_level(reader: PdfReader) -> list[Any]:
    return [entry for entry in reader.outline if not isinstance(entry, list)]


# --- a demo student teacher's whole record ----------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, str]]:
    db = open_database(str(tmp_path_factory.mktemp("demo") / "demo.sqlite"))
    fill_demo(db, students=40, seed=3, today=date(2026, 11, 25))
    yield db, _busiest_student(db)
    db.close()


def _busiest_student(db: Database) -> str:
    """A student teacher with two meetings, a project, an observation, evidence, reflections."""
    with db.engine.connect() as conn:
        return str(
            conn.execute(
                text(
                    """
                    select s.email from student_teacher s
                    where (select count(*) from meeting_mentee m where m.student_id = s.id) >= 2
                      and exists (select 1 from project_member p where p.student_id = s.id)
                      and exists (select 1 from lesson_observation o where o.student_id = s.id)
                      and exists (select 1 from reflection r where r.student_id = s.id)
                    order by s.id limit 1
                    """
                )
            ).scalar_one()
        )


@pytest.fixture(scope="module")
def demo_pdf(demo: tuple[Database, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first meeting signed as it is; the latest signed and then edited."""
    db, email = demo
    student_id = _student_id(db, email)
    first, latest = mentoring_log(db, student_id)[:2]
    signed_at = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    sign_meeting(db, first.meeting_id, "Signer One", now=signed_at)
    sign_meeting(db, latest.meeting_id, "Signer Two", now=signed_at)
    update_meeting(db, latest.meeting_id, _version(db, latest.meeting_id), notes="Edited later.")
    states = [meeting.signature.state for meeting in mentoring_log(db, student_id)[:2]]
    assert states == ["signed", "changed_since_signed"]
    out = tmp_path_factory.mktemp("pdf") / "portfolio.pdf"
    write_portfolio(db, email, out)
    return out


def _student_id(db: Database, email: str) -> int:
    with db.engine.connect() as conn:
        return int(
            conn.execute(
                text("select id from student_teacher where email = :e"), {"e": email}
            ).scalar_one()
        )


def _version(db: Database, meeting_id: int) -> int:
    with db.engine.connect() as conn:
        return int(
            conn.execute(
                text("select version from mentoring_meeting where id = :i"), {"i": meeting_id}
            ).scalar_one()
        )


def test_every_part_has_its_outline_entry(demo_pdf: Path) -> None:
    reader = PdfReader(demo_pdf)
    titles = [entry.title for entry in _top_level(reader)]
    assert titles == ["Portfolio", "Contents", *SECTIONS]
    for entry in _top_level(reader)[1:]:
        page = reader.get_destination_page_number(entry)
        assert page is not None
        assert entry.title in reader.pages[page].extract_text()


def test_every_part_has_entries(demo: tuple[Database, str], demo_pdf: Path) -> None:
    db, email = demo
    data = portfolio_data(db, email)
    assert data.projects and data.projects[0].partners
    assert data.evidence and data.reflections and data.observations and data.competences
    assert len(data.meetings) >= 2
    text = _flat(_text(demo_pdf))
    for item in (
        data.projects[0].title,
        data.projects[0].partners[0].name,
        data.evidence[0].title,
        data.reflections[0].title,
        data.observations[0].subject,
    ):
        assert _flat(item) in text


@needs_poppler
def test_contents_page_numbers_match_the_outline(demo_pdf: Path) -> None:
    reader = PdfReader(demo_pdf)
    contents = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", "-layout", str(demo_pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    listed = dict(
        (match.group(1), int(match.group(2)))
        for match in re.finditer(r"^\s*(\S.*?)\s{2,}(\d+)\s*$", contents, re.MULTILINE)
    )
    for entry in _top_level(reader)[2:]:
        page = reader.get_destination_page_number(entry)
        assert page is not None
        assert listed[entry.title] == page + 1


def test_contents_entries_link_to_their_pages(demo_pdf: Path) -> None:
    reader = PdfReader(demo_pdf)
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    assert len(links) >= len(SECTIONS)
    assert all(link["/Subtype"] == "/Link" and "/Dest" in link for link in links)


def test_sign_offs(demo_pdf: Path) -> None:
    text = _flat(_text(demo_pdf))
    assert "Signed by Signer One on 2026-11-20" in text
    assert "Changed since signed on 2026-11-20" in text
    assert "Signed by Signer Two; changed since: Notes." in text


def test_twinspace_link_is_clickable(demo: tuple[Database, str], demo_pdf: Path) -> None:
    db, email = demo
    twinspace = portfolio_data(db, email).projects[0].twinspace_url
    uris = [
        annotation.get_object()["/A"]["/URI"]
        for page in PdfReader(demo_pdf).pages
        for annotation in page.get("/Annots", [])
        if "/A" in annotation.get_object()
    ]
    assert twinspace in uris


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_demo_portfolio_passes_qpdf(demo_pdf: Path) -> None:
    result = subprocess.run(["qpdf", "--check", str(demo_pdf)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# --- what the parts show ------------------------------------------------------------------------


def test_evidence_shows_the_file_name_and_its_checksum(tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    build_portfolio(sample_portfolio(), out)
    text = _text(out)
    assert "lesson-plan.pdf" in text
    assert "evidence/2610001" not in text
    assert CHECKSUM in text.replace("\n", "")


def test_gibbs_stages_are_headings(tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    build_portfolio(sample_portfolio(), out)
    reader = PdfReader(out)
    titles = _all_titles(reader.outline)
    for stage in ("Description", "Feelings", "Evaluation", "Analysis", "Conclusion", "Action plan"):
        assert stage in titles


def _all_titles(outline: list[Any]) -> list[str]:
    titles: list[str] = []
    for entry in outline:
        titles += _all_titles(entry) if isinstance(entry, list) else [entry.title]
    return titles


def test_changed_since_signed_warning_names_what_changed(tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    build_portfolio(sample_portfolio(), out)
    text = _flat(_text(out))
    assert "Changed since signed on 2026-11-05" in text
    assert "Signed by Dónal Ó Laoire; changed since: Notes." in text
    assert "Signed by Ciarán Mac Cárthaigh on 2026-11-20" in text


def test_long_bodies_flow_across_pages_in_order(tmp_path: Path) -> None:
    body = "\n\n".join(
        f"Part {i}: " + "what we planned with the partners. " * 30 for i in range(60)
    )
    out = tmp_path / "long.pdf"
    build_portfolio(sample_portfolio(text=body), out)
    reader = PdfReader(out)
    assert len(reader.pages) > 60
    text = _text(out)
    assert text.index("Part 0:") < text.index("Part 59:")


def test_signature_block_names_the_student_teacher(tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    build_portfolio(sample_portfolio(), out)
    last = _flat(PdfReader(out).pages[-1].extract_text())
    assert "Teacher educator" in last
    assert "Student teacher: Zofia Wiśniewska-Łęcka" in last
    assert "Place and date" in last


# --- options ------------------------------------------------------------------------------------


def test_options_drop_sections(tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    options = PortfolioOptions(sections=parse_sections("summary, evidence"))
    build_portfolio(sample_portfolio(), out, options=options)
    reader = PdfReader(out)
    assert [entry.title for entry in _top_level(reader)] == ["Portfolio", "Summary", "Evidence"]
    text = _text(out)
    assert "Mentoring log" not in text
    assert "Contents" not in text


def test_cover_only(tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    build_portfolio(sample_portfolio(), out, options=PortfolioOptions(sections=frozenset()))
    assert len(PdfReader(out).pages) == 1


def test_letter_paper(tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    build_portfolio(sample_portfolio(), out, options=PortfolioOptions(pagesize="Letter"))
    for page in PdfReader(out).pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
            612,
            792,
        )


def test_unknown_options_are_refused() -> None:
    with pytest.raises(ValueError, match="'appendix'"):
        parse_sections("summary,appendix")
    with pytest.raises(ValueError, match="A5"):
        PortfolioOptions(pagesize="A5")  # type: ignore[arg-type]
    assert PortfolioOptions(sections=frozenset({"summary"})).sections == {Section.SUMMARY}


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de", ["Inhalt", "Zusammenfassung", "Mentoring-Protokoll", "Seite 1 von", "Erfüllt"]),
        ("pl", ["Spis treści", "Podsumowanie", "Dziennik mentoringu", "Strona 1 z", "Spełnia"]),
        ("uk", ["Зміст", "Підсумок", "Журнал менторства", "Сторінка 1 з", "Відповідає"]),
        ("fr", ["Sommaire", "Synthèse", "Journal de tutorat", "Page 1 sur"]),
        ("es", ["Índice", "Resumen", "Registro de mentoría", "Página 1 de"]),
    ],
)
def test_headings_in_the_chosen_language(language: str, words: list[str], tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    build_portfolio(sample_portfolio(), out, options=PortfolioOptions(language=language))
    text = _flat(_text(out))
    for word in words:
        assert word in text
    assert "Mentoring log" not in text
    assert PdfReader(out).root_object["/Lang"] == language


def test_a_language_without_words_prints_english(tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    build_portfolio(sample_portfolio(), out, options=PortfolioOptions(language="it-IT"))
    assert "Mentoring log" in _text(out)
    assert PdfReader(out).root_object["/Lang"] == "en"


def test_every_word_has_every_language_with_the_same_placeholders() -> None:
    assert set(LANGUAGE_NAMES) == set(LANGUAGES)
    for key, row in _WORDS.items():
        assert len(row) == len(LANGUAGES), key
        assert all(word.strip() for word in row), key
        fields = [sorted(f for _, f, _, _ in string.Formatter().parse(word) if f) for word in row]
        assert all(f == fields[0] for f in fields), key


def test_words_fall_back() -> None:
    assert Words("de-AT").language == "de"
    assert Words("pt").language == "en"
    assert Words("pl").code("review", "meets") == "Spełnia"
    assert Words("pl").code("review", "a new status") == "a new status"


def test_a_table_cell_splits_in_two_parts_or_not_at_all() -> None:
    # Found by the property tests: a table splitting a row takes exactly two parts of a cell.
    cell = TextCell("a remark\non two lines", styles().table_cell)
    assert cell.split(100, 1000) == []  # it fits whole
    long_cell = TextCell("a remark " * 60, styles().table_cell)
    assert len(long_cell.split(100, 30)) == 2
    assert TextCell("one line", styles().table_cell).split(300, 5) == []
