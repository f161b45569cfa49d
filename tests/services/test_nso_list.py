"""The NSO validation list in CSV, XLSX and PDF, read back with the tools a reader would use."""

from __future__ import annotations

import codecs
import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import insert

from itepad.errors import UserError
from itepad.services.nso_list import HEADERS, nso_list_data, write_nso_list
from itepad.store.contents import TABLES
from itepad.store.database import Database

TODAY = date(2026, 11, 2)
ARCHIVED = datetime(2026, 10, 1, tzinfo=UTC)
PENDING_ALL = [
    ("Ćwik", "Zofia", "zofia.cwik@uni.example", "Pedagogika"),
    ("Cwalina", "Piotr", "piotr.cwalina@uni.example", "Own programme"),
    ("=SUM(A1:A2)", "Legacy", "legacy@uni.example", "Pedagogika"),
    ("Παπαδοπούλου", "Ελένη", "eleni@uni.example", "Primary Education"),
]


@pytest.fixture
def filled(db: Database) -> Database:
    with db.engine.begin() as conn:
        conn.execute(
            insert(TABLES["institution"]).values(
                name="Uniwersytet Przykładowy", country="PL", nso="FRSE", is_own=True
            )
        )
        pl = conn.execute(
            insert(TABLES["cohort"]).values(name="PL 2026", programme="Pedagogika")
        ).inserted_primary_key
        gr = conn.execute(
            insert(TABLES["cohort"]).values(name="GR 2026", programme="Primary Education")
        ).inserted_primary_key
        assert pl is not None and gr is not None
        people = [
            ("Zofia", "Ćwik", "zofia.cwik@uni.example", pl[0], "", "pending", None),
            (
                "Piotr",
                "Cwalina",
                "piotr.cwalina@uni.example",
                pl[0],
                "Own programme",
                "pending",
                None,
            ),
            # Imported before names were checked: a spreadsheet must not run it.
            ("Legacy", "=SUM(A1:A2)", "legacy@uni.example", pl[0], "", "pending", None),
            ("Ελένη", "Παπαδοπούλου", "eleni@uni.example", gr[0], "", "pending", None),
            ("Done", "Already", "done@uni.example", pl[0], "", "validated", None),
            ("Not", "Yet", "notyet@uni.example", pl[0], "", "not_registered", None),
            ("Left", "Archived", "left@uni.example", pl[0], "", "pending", ARCHIVED),
        ]
        conn.execute(
            insert(TABLES["student_teacher"]),
            [
                {
                    "given_name": given,
                    "family_name": family,
                    "email": email,
                    "cohort_id": cohort,
                    "programme": programme,
                    "etwinning_status": status,
                    "archived_at": archived,
                }
                for given, family, email, cohort, programme, status, archived in people
            ],
        )
    return db


def test_the_list_holds_the_current_pending_in_alphabetical_order(filled: Database) -> None:
    data = nso_list_data(filled, today=TODAY)
    assert (data.institution, data.country, data.nso, data.cohort) == (
        "Uniwersytet Przykładowy",
        "PL",
        "FRSE",
        "",
    )
    rows = [(e.family_name, e.given_name, e.email, e.programme) for e in data.entries]
    # Accents do not push "Ćwik" past the Latin alphabet; "=" sorts before letters.
    assert rows == [PENDING_ALL[2], PENDING_ALL[1], PENDING_ALL[0], PENDING_ALL[3]]
    one = nso_list_data(filled, "GR 2026", today=TODAY)
    assert [e.email for e in one.entries] == ["eleni@uni.example"]
    assert one.cohort == "GR 2026"


def test_csv_opens_in_excel_with_accents_and_no_formulas(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "nso.csv"
    assert write_nso_list(filled, out, today=TODAY) == 4
    raw = out.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(HEADERS)
    assert rows[1] == ["'=SUM(A1:A2)", "Legacy", "legacy@uni.example", "Pedagogika"]
    assert rows[3] == list(PENDING_ALL[0])
    assert rows[4][0] == "Παπαδοπούλου"
    assert b"\r\n" in raw  # Excel's line ends


def test_xlsx_has_a_header_row_widths_and_text_only(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "nso.xlsx"
    write_nso_list(filled, out, "PL 2026", today=TODAY)
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows == [list(HEADERS), list(PENDING_ALL[2]), list(PENDING_ALL[1]), list(PENDING_ALL[0])]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet["A2"].data_type == "s"  # stored as text: Excel shows it, never runs it
    assert sheet.freeze_panes == "A2"
    widths = [sheet.column_dimensions[column].width for column in "ABCD"]
    assert widths[2] == len("piotr.cwalina@uni.example") + 2
    assert all(width >= len(header) for width, header in zip(widths, HEADERS, strict=True))


def test_pdf_has_header_table_and_page_numbers(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "nso.pdf"
    write_nso_list(filled, out, today=TODAY)
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "eTwinning validation list" in text
    assert "Uniwersytet Przykładowy, PL" in text
    assert "FRSE" in text and "2026-11-02" in text and "All cohorts" in text
    for family, given, email, _programme in PENDING_ALL:
        assert family in text and given in text and email in text
    assert "done@uni.example" not in text and "left@uni.example" not in text
    assert f"Page 1 of {len(reader.pages)}" in text
    assert reader.metadata is not None
    assert reader.metadata.title == "eTwinning validation list — Uniwersytet Przykładowy"


def test_an_empty_list_still_says_what_it_is(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "nso.pdf"
    assert write_nso_list(db, out, today=TODAY) == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "No student teacher is waiting for validation." in text


def test_refusals_write_nothing(filled: Database, tmp_path: Path) -> None:
    with pytest.raises(
        UserError, match=r"nso\.docx: the NSO list is written as \.csv, \.xlsx, \.pdf"
    ):
        write_nso_list(filled, tmp_path / "nso.docx")
    kept = tmp_path / "nso.csv"
    kept.write_text("the list sent last week")
    with pytest.raises(UserError, match="No cohort named 'Nope'"):
        write_nso_list(filled, kept, "Nope")
    assert kept.read_text() == "the list sent last week"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("nso", "."))) == [
        "nso.csv"
    ]
