"""A draft dossier for the European Award for Initial Teacher Education: the three areas, each
criterion with room for its score (1-3 or N/A) and the evidence itepad knows from the last two
academic years, then a score sheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.platypus import KeepTogether, ListFlowable, ListItem, Paragraph, Table, TableStyle

from itepad.reports.award_dossier_data import AwardCriterion, AwardDossierData
from itepad.reports.document import DocumentInfo, build_document
from itepad.reports.headings import Words
from itepad.reports.portfolio import PROGRAMME_NAME
from itepad.reports.quality_label import BOX
from itepad.reports.report_parts import columns, note, report_header, section
from itepad.reports.tables import grid
from itepad.reports.text import escape, plain_paragraph
from itepad.reports.theme import RULE, PageSizeName, Styles, styles

SCORES = ("1", "2", "3", "N/A")
_WRITING_LINES = 3  # ruled lines under each criterion for what itepad cannot know
_SCORE_COLUMNS = (("number_short", 0.08), ("criterion", 0.52), ("area", 0.26), ("score", 0.14))


def build_award_dossier(
    data: AwardDossierData, out: Path, *, pagesize: PageSizeName = "A4", language: str = "en"
) -> None:
    """Write the dossier PDF of `data` to `out` (atomically: on error `out` is untouched).

    Its fixed words print in `language` (reports/report_words.py)."""
    sheet = styles()
    words = Words(language)
    place = ", ".join(p for p in (data.institution, data.country) if p)
    period = words(
        "from_to", start=data.period_start.isoformat(), end=data.generated_on.isoformat()
    )
    facts = [
        (words("institution"), place),
        (words("scope"), data.scope),
        (words("academic_years"), ", ".join(data.academic_years)),
        (words("evidence_from"), period),
        (words("date"), data.generated_on.isoformat()),
    ]
    title = words("title.award_dossier")
    story: list[Any] = [*report_header(title, facts, sheet, lead=escape(words("award_lead")))]
    for area_number, area in enumerate(data.areas, start=1):
        story += [
            *section(f"{area_number}. {area.name}", sheet),
            Paragraph(escape(area.description), sheet.body),
        ]
        for number, criterion in enumerate(area.criteria, start=1):
            story += _criterion(f"{area_number}.{number}", criterion, sheet, words)
    story += _score_sheet(data, sheet, words)
    info = DocumentInfo(
        title=title,
        author=data.institution or "itepad",
        subject=f"{PROGRAMME_NAME} · {data.scope}",
        keywords=("eTwinning", "European Award", "initial teacher education", *data.academic_years),
        language=words.language,
        page_label=words("page_label"),
    )
    build_document(story, out, info, pagesize=pagesize)


def _criterion(number: str, criterion: AwardCriterion, sheet: Styles, words: Words) -> list[Any]:
    boxes = "    ".join(f"{BOX} {score}" for score in SCORES)
    return [
        *section(f"{number} {criterion.name}", sheet, level=2),
        Paragraph(escape(criterion.description), sheet.small),
        Paragraph(f"<b>{escape(words('score'))}:</b>   {escape(boxes)}", sheet.body),
        Paragraph(f"<b>{escape(words('itepad_knows'))}</b>", sheet.body),
        ListFlowable(
            [ListItem(plain_paragraph(line, sheet.body)) for line in criterion.evidence],
            bulletType="bullet",
            bulletFontName=sheet.sans,
            leftIndent=12,
        ),
        KeepTogether(
            [Paragraph(f"<b>{escape(words('further_evidence'))}</b>", sheet.body), _writing_lines()]
        ),
    ]


def _writing_lines() -> Any:
    table = Table([[""]] * _WRITING_LINES, rowHeights=20, colWidths=["100%"], spaceAfter=6)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
    return table


def _score_sheet(data: AwardDossierData, sheet: Styles, words: Words) -> list[Any]:
    rows = [
        [f"{a}.{c}", criterion.name, area.name, ""]
        for a, area in enumerate(data.areas, start=1)
        for c, criterion in enumerate(area.criteria, start=1)
    ]
    return [
        *section(words("score_sheet"), sheet),
        grid(columns(words, _SCORE_COLUMNS), rows, sheet),
        note(words("scores_note"), sheet),
    ]
