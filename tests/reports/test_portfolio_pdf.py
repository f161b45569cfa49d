"""The portfolio PDF as a reader, a viewer and qpdf see it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from itepad.reports import fonts
from itepad.reports.data import ModuleParticipation, PortfolioData, SessionAttendance
from itepad.reports.portfolio import build_portfolio

NAMES = {
    "Polish": "Zofia Wiśniewska-Łęcka",
    "Czech": "Jiří Dvořák",
    "Romanian": "Ștefan Dumitrescu",
    "Greek": "Αικατερίνη Παπαδοπούλου",
    "Ukrainian": "Олександра Коваленко",
    "Armenian": "Անահիտ Սարգսյան",
    "Georgian": "ნინო ბერიძე",
}

COMMENT = """Worked with partners in **Greece** and *Ukraine*.

## What went well

- Joint lesson plan
    - with feedback from Олександра
- Presentation

| Criterion | Level |
|---|---:|
| Collaboration | 4 |

See https://example.org/twinspace/"""


def _sessions(count: int) -> list[SessionAttendance]:
    start = datetime(2026, 10, 5, 14, 0)
    statuses = ["Present", "Excused", None, "Absent"]
    return [
        SessionAttendance(
            title=f"Session {i + 1}",
            kind="demonstration",
            starts_at=start + timedelta(days=7 * i),
            status=statuses[i % 4],
            counts_as_present=statuses[i % 4] == "Present",
            remark="Came late" if i % 5 == 1 else "",
        )
        for i in range(count)
    ]


def _module(number: int, *, comment: str = COMMENT, sessions: int = 8) -> ModuleParticipation:
    return ModuleParticipation(
        code=f"ETW-{number:03d}",
        title=f"eTwinning module {number}",
        academic_year="2026/27",
        term="Winter term",
        ects=2.5,
        enrolment_status="completed",
        sessions=_sessions(sessions),
        final_comment=comment,
    )


def _portfolio(name: str = NAMES["Polish"], modules: int = 2, **changes: Any) -> PortfolioData:
    data = PortfolioData(
        full_name=name,
        email="student@example.edu",
        student_number="S-2026-0042",
        institution="Uniwersytet Pedagogiczny w Krakowie",
        institution_country="Polska",
        cohort="Cohort 2026",
        programme="Primary Teacher Education",
        period="2026/27",
        etwinning_status="validated",
        etwinning_registered_on=date(2026, 10, 1),
        etwinning_validated_on=date(2026, 10, 14),
        modules=[_module(i + 1) for i in range(modules)],
        generated_on=date(2027, 2, 1),
        author="Dr. Anna Kowalska",
    )
    return replace(data, **changes)


@pytest.fixture(scope="module")
def large_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("portfolio") / "large.pdf"
    build_portfolio(_portfolio(modules=12), out)
    return out


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def _outline_titles(outline: list[Any]) -> list[str]:
    titles: list[str] = []
    for entry in outline:
        titles += _outline_titles(entry) if isinstance(entry, list) else [entry.title]
    return titles


def test_large_portfolio_has_many_pages_numbered_x_of_y(large_pdf: Path) -> None:
    reader = PdfReader(large_pdf)
    pages = len(reader.pages)
    assert pages > 1
    assert f"Page 1 of {pages}" in reader.pages[0].extract_text()
    assert f"Page {pages} of {pages}" in reader.pages[-1].extract_text()


def test_summary_counts_attendance(large_pdf: Path) -> None:
    summary = " ".join(PdfReader(large_pdf).pages[2].extract_text().split())
    # 8 sessions a module: 2 Present, 2 Excused, 2 Absent, 2 not recorded -> 2 of 6 recorded.
    assert "Attendance 24 of 72 recorded sessions (33%)" in summary
    assert "Modules 12" in summary
    assert "eTwinning registration Validated" in summary
    assert "Registered on 2026-10-01" in summary
    assert "Validated on 2026-10-14" in summary


def test_metadata(large_pdf: Path) -> None:
    reader = PdfReader(large_pdf)
    assert reader.metadata is not None
    assert reader.metadata.title == f"Portfolio: {NAMES['Polish']}"
    assert reader.metadata.author == "Dr. Anna Kowalska"
    assert "eTwinning" in (reader.metadata.subject or "")
    assert reader.root_object["/Lang"] == "en"  # the language of the headings


def test_outline_lists_every_module_on_its_page(large_pdf: Path) -> None:
    reader = PdfReader(large_pdf)
    titles = _outline_titles(reader.outline)
    assert titles[:4] == ["Portfolio", "Contents", "Summary", "Modules and participation"]
    for number in range(1, 13):
        assert f"ETW-{number:03d} · eTwinning module {number}" in titles
    assert "What went well" in titles  # headings inside the Markdown comment
    top_level = [entry for entry in reader.outline if not isinstance(entry, list)]
    for entry in top_level[1:]:
        page = reader.get_destination_page_number(entry)
        assert page is not None
        assert entry.title
        assert entry.title in reader.pages[page].extract_text().replace("\n", " ")


def test_all_fonts_are_embedded(large_pdf: Path) -> None:
    reader = PdfReader(large_pdf)
    seen = set()
    for page in reader.pages:
        resources = cast(DictionaryObject, page["/Resources"].get_object())
        for reference in cast(DictionaryObject, resources["/Font"].get_object()).values():
            font = cast(DictionaryObject, reference.get_object())
            seen.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, f"{font['/BaseFont']} is not embedded"
            assert "/FontFile2" in descriptor.get_object(), f"{font['/BaseFont']} is not embedded"
    assert any(name.endswith("+DejaVuSans") for name in seen)


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_qpdf_check_passes(large_pdf: Path) -> None:
    result = subprocess.run(
        ["qpdf", "--check", str(large_pdf)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("script", sorted(NAMES))
def test_names_in_every_script_print_and_extract_exactly(script: str, tmp_path: Path) -> None:
    name = NAMES[script]
    out = tmp_path / "portfolio.pdf"
    build_portfolio(_portfolio(name, modules=1), out)
    reader = PdfReader(out)
    assert name in reader.pages[0].extract_text()  # cover
    assert f"Portfolio: {name}" in reader.pages[1].extract_text()  # running header


def test_arabic_name_does_not_fail(tmp_path: Path) -> None:
    out = tmp_path / "portfolio.pdf"
    build_portfolio(_portfolio("مريم الحسيني", modules=1), out)
    assert len(PdfReader(out).pages) >= 2


def test_letter_page_size(tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    build_portfolio(_portfolio(modules=1), out, pagesize="Letter")
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_unknown_page_size_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="A5"):
        build_portfolio(_portfolio(modules=1), tmp_path / "x.pdf", pagesize="A5")  # type: ignore[arg-type]
    assert not (tmp_path / "x.pdf").exists()


def test_long_comment_flows_below_the_table(tmp_path: Path) -> None:
    reflection = "\n\n".join(f"Reflection {i}: " + "what I learned. " * 40 for i in range(150))
    data = replace(_portfolio(modules=0), modules=[_module(1, comment=reflection)])
    out = tmp_path / "long.pdf"
    build_portfolio(data, out)
    reader = PdfReader(out)
    assert len(reader.pages) > 10
    text = _text(reader)
    assert text.index("Session 8") < text.index("Reflection 0:") < text.index("Reflection 149:")


def test_remark_longer_than_a_page_does_not_break_the_build(tmp_path: Path) -> None:
    session = replace(_sessions(1)[0], remark="A very long remark. " * 600)
    module = replace(_module(1), sessions=[session])
    out = tmp_path / "remark.pdf"
    build_portfolio(replace(_portfolio(modules=0), modules=[module]), out)
    assert len(PdfReader(out).pages) > 2


def test_empty_portfolio_and_markup_in_fields(tmp_path: Path) -> None:
    data = _portfolio(
        name="<b>Ann</b> & Co",
        modules=0,
        etwinning_status="not_registered",
        etwinning_registered_on=None,
        etwinning_validated_on=None,
        email="",
    )
    out = tmp_path / "empty.pdf"
    build_portfolio(data, out)
    text = _text(PdfReader(out))
    assert "<b>Ann</b> & Co" in text
    assert "No module participation is recorded." in text
    assert "No attendance recorded yet" in text
    assert "E-mail" not in text


def test_font_dir_is_found_in_the_source_checkout() -> None:
    folder = fonts.font_dir()
    assert (folder / "DejaVuSans.ttf").is_file()
    assert (folder / "LICENSE-DejaVu.txt").is_file()


def test_font_dir_looks_in_a_pyinstaller_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", "/bundle", raising=False)
    assert Path("/bundle/resources/fonts") in fonts._candidate_dirs()


def test_missing_fonts_name_the_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(fonts, "_candidate_dirs", lambda: [tmp_path / "nowhere"])
    with pytest.raises(fonts.FontsNotFoundError, match="nowhere"):
        fonts.font_dir()


def test_font_registration_is_idempotent() -> None:
    assert fonts.register_fonts() is fonts.register_fonts()
