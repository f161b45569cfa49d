"""The NSO validation list as a PDF: institution header, date, one table, page x of y."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.platypus import Paragraph

from itepad.reports.document import DocumentInfo, build_document, heading
from itepad.reports.nso_data import NsoList
from itepad.reports.portfolio import PROGRAMME_NAME
from itepad.reports.tables import count_text, grid
from itepad.reports.text import escape
from itepad.reports.theme import PageSizeName, Styles, styles

TITLE = "eTwinning validation list"
_COLUMNS = (
    ("No.", 0.05),
    ("Family name", 0.18),
    ("Given name", 0.15),
    ("Registration email", 0.38),
    ("Degree programme", 0.24),
)


def build_nso_list(data: NsoList, out: Path, *, pagesize: PageSizeName = "A4") -> None:
    """Write the list's PDF to `out` (atomically: on error `out` is untouched)."""
    sheet = styles()
    rows = [
        [str(number), e.family_name, e.given_name, e.email, e.programme]
        for number, e in enumerate(data.entries, start=1)
    ]
    story: list[Any] = [*_header(data, sheet)]
    if rows:
        story.append(grid(_COLUMNS, rows, sheet))
    else:
        story.append(Paragraph("No student teacher is waiting for validation.", sheet.body))
    info = DocumentInfo(
        title=" — ".join(part for part in (TITLE, data.institution) if part),
        author=data.institution or "itepad",
        subject=f"{PROGRAMME_NAME} · student teachers for validation by the NSO",
        keywords=("eTwinning", "NSO", "validation", "initial teacher education"),
    )
    build_document(story, out, info, pagesize=pagesize)


def _header(data: NsoList, sheet: Styles) -> list[Any]:
    place = ", ".join(part for part in (data.institution, data.country) if part)
    facts = [
        ("Institution", place),
        ("For", data.nso),
        ("Cohort", data.cohort or "All cohorts"),
        ("Date", data.generated_on.isoformat()),
    ]
    people = count_text(len(data.entries), "student teacher")
    return [
        heading(escape(TITLE), sheet.h1, level=0, outline_title=TITLE),
        *(
            Paragraph(f"<b>{escape(label)}:</b> {escape(value)}", sheet.body)
            for label, value in facts
            if value
        ),
        Paragraph(
            f"{escape(people)} of {escape(data.institution or 'the institution')} registered on "
            "eTwinning and waiting for the National Support Organisation to validate them: "
            "name, the email address they registered with, and degree programme.",
            sheet.small,
        ),
    ]
