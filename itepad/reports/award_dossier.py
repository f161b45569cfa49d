"""A draft dossier for the European Award for Initial Teacher Education: the three areas, each
criterion with room for its score (1-3 or N/A) and the evidence itepad knows from the last two
academic years, then a score sheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.platypus import KeepTogether, ListFlowable, ListItem, Paragraph, Table, TableStyle

from itepad.reports.award_dossier_data import AwardCriterion, AwardDossierData
from itepad.reports.document import DocumentInfo, build_document
from itepad.reports.portfolio import PROGRAMME_NAME
from itepad.reports.quality_label import BOX
from itepad.reports.report_parts import note, report_header, section
from itepad.reports.tables import grid
from itepad.reports.text import escape, plain_paragraph
from itepad.reports.theme import RULE, PageSizeName, Styles, styles

TITLE = "European Award for Initial Teacher Education: dossier (draft)"
SCORES = ("1", "2", "3", "N/A")
_WRITING_LINES = 3  # ruled lines under each criterion for what itepad cannot know
_SCORE_COLUMNS = (("No.", 0.08), ("Criterion", 0.52), ("Area", 0.26), ("Score", 0.14))


def build_award_dossier(
    data: AwardDossierData, out: Path, *, pagesize: PageSizeName = "A4"
) -> None:
    """Write the dossier PDF of `data` to `out` (atomically: on error `out` is untouched)."""
    sheet = styles()
    place = ", ".join(p for p in (data.institution, data.country) if p)
    facts = [
        ("Institution", place),
        ("Scope", data.scope),
        ("Academic years", " and ".join(data.academic_years)),
        ("Evidence from", f"{data.period_start.isoformat()} to {data.generated_on.isoformat()}"),
        ("Date", data.generated_on.isoformat()),
    ]
    lead = (
        "Each criterion is scored from 1 to 3, or N/A where it does not apply. Under each one, "
        "itepad lists what it has recorded in the period; add what it cannot know (publications, "
        "presentations, dissemination) on the lines below it."
    )
    story: list[Any] = [*report_header(TITLE, facts, sheet, lead=escape(lead))]
    for area_number, area in enumerate(data.areas, start=1):
        story += [
            *section(f"{area_number}. {area.name}", sheet),
            Paragraph(escape(area.description), sheet.body),
        ]
        for number, criterion in enumerate(area.criteria, start=1):
            story += _criterion(f"{area_number}.{number}", criterion, sheet)
    story += _score_sheet(data, sheet)
    info = DocumentInfo(
        title=TITLE,
        author=data.institution or "itepad",
        subject=f"{PROGRAMME_NAME} · {data.scope}",
        keywords=("eTwinning", "European Award", "initial teacher education", *data.academic_years),
    )
    build_document(story, out, info, pagesize=pagesize)


def _criterion(number: str, criterion: AwardCriterion, sheet: Styles) -> list[Any]:
    boxes = "    ".join(f"{BOX} {score}" for score in SCORES)
    return [
        *section(f"{number} {criterion.name}", sheet, level=2),
        Paragraph(escape(criterion.description), sheet.small),
        Paragraph(f"<b>Score:</b>   {escape(boxes)}", sheet.body),
        Paragraph("<b>What itepad knows</b>", sheet.body),
        ListFlowable(
            [ListItem(plain_paragraph(line, sheet.body)) for line in criterion.evidence],
            bulletType="bullet",
            bulletFontName=sheet.sans,
            leftIndent=12,
        ),
        KeepTogether([Paragraph("<b>Further evidence</b>", sheet.body), _writing_lines()]),
    ]


def _writing_lines() -> Any:
    table = Table([[""]] * _WRITING_LINES, rowHeights=20, colWidths=["100%"], spaceAfter=6)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
    return table


def _score_sheet(data: AwardDossierData, sheet: Styles) -> list[Any]:
    rows = [
        [f"{a}.{c}", criterion.name, area.name, ""]
        for a, area in enumerate(data.areas, start=1)
        for c, criterion in enumerate(area.criteria, start=1)
    ]
    return [
        *section("Score sheet", sheet),
        grid(_SCORE_COLUMNS, rows, sheet),
        note("Scores: 1 to 3 for each criterion, or N/A.", sheet),
    ]
