"""The NSO validation list as a PDF: institution header, date, one table, page x of y."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.platypus import Paragraph

from itepad.reports.document import DocumentInfo, build_document, heading
from itepad.reports.headings import Words
from itepad.reports.nso_data import NsoList
from itepad.reports.portfolio import PROGRAMME_NAME
from itepad.reports.report_parts import columns
from itepad.reports.tables import grid
from itepad.reports.text import escape
from itepad.reports.theme import PageSizeName, Styles, styles

_COLUMNS = (
    ("number_short", 0.05),
    ("family_name", 0.18),
    ("given_name", 0.15),
    ("registration_email", 0.38),
    ("degree_programme", 0.24),
)


def build_nso_list(
    data: NsoList, out: Path, *, pagesize: PageSizeName = "A4", language: str = "en"
) -> None:
    """Write the list's PDF to `out` (atomically: on error `out` is untouched), its fixed
    words in `language`."""
    sheet = styles()
    words = Words(language)
    title = words("title.nso_list")
    rows = [
        [str(number), e.family_name, e.given_name, e.email, e.programme]
        for number, e in enumerate(data.entries, start=1)
    ]
    story: list[Any] = [*_header(data, sheet, words)]
    if rows:
        story.append(grid(columns(words, _COLUMNS), rows, sheet))
    else:
        story.append(Paragraph(escape(words("nobody_waiting")), sheet.body))
    info = DocumentInfo(
        title=" — ".join(part for part in (title, data.institution) if part),
        author=data.institution or "itepad",
        subject=f"{PROGRAMME_NAME} · student teachers for validation by the NSO",
        keywords=("eTwinning", "NSO", "validation", "initial teacher education"),
        language=words.language,
        page_label=words("page_label"),
    )
    build_document(story, out, info, pagesize=pagesize)


def _header(data: NsoList, sheet: Styles, words: Words) -> list[Any]:
    place = ", ".join(part for part in (data.institution, data.country) if part)
    facts = [
        (words("institution"), place),
        (words("for_nso"), data.nso),
        (words("cohort"), data.cohort or words("all_cohorts")),
        (words("date"), data.generated_on.isoformat()),
    ]
    lead = words(
        "nso_lead",
        institution=data.institution or words("the_institution"),
        count=len(data.entries),
    )
    title = words("title.nso_list")
    return [
        heading(escape(title), sheet.h1, level=0, outline_title=title),
        *(
            Paragraph(f"<b>{escape(label)}:</b> {escape(value)}", sheet.body)
            for label, value in facts
            if value
        ),
        Paragraph(escape(lead), sheet.small),
    ]
