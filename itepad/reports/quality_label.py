"""A Quality Label application draft: the project, the eligibility checklist, the five current
criteria with the team's self-check, and the evidence of the project's team members."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.platypus import Paragraph

from itepad.reports.blocks import day, facts, link
from itepad.reports.document import DocumentInfo, build_document
from itepad.reports.headings import Words
from itepad.reports.markdown_flowables import markdown_to_flowables
from itepad.reports.portfolio import PROGRAMME_NAME
from itepad.reports.quality_label_data import RATING_MAX, CriterionCheck, QualityLabelData
from itepad.reports.report_parts import columns, note, report_header, section
from itepad.reports.tables import grid
from itepad.reports.text import escape
from itepad.reports.theme import PageSizeName, Styles, styles

BOX = "\N{BALLOT BOX}"
_PARTNER_COLUMNS = (("institution", 0.5), ("country", 0.14), ("city", 0.36))
_LABEL_COLUMNS = (("quality_label", 0.34), ("applied_on", 0.33), ("result", 0.33))
_ELIGIBILITY_COLUMNS = (("", 0.06), ("condition", 0.44), ("itepad_knows", 0.5))
_TEAM_COLUMNS = (("student_teacher", 0.5), ("role", 0.25), ("joined_on", 0.25))
_EVIDENCE_COLUMNS = (
    ("date", 0.14),
    ("student_teacher", 0.24),
    ("evidence", 0.32),
    ("kind", 0.13),
    ("review", 0.17),
)


def build_quality_label(
    data: QualityLabelData, out: Path, *, pagesize: PageSizeName = "A4", language: str = "en"
) -> None:
    """Write the draft PDF of `data` to `out` (atomically: on error `out` is untouched).

    Its fixed words print in `language` (reports/report_words.py)."""
    sheet = styles()
    words = Words(language)
    project = data.project
    header_facts = [
        (words("institution"), data.institution),
        (words("module"), data.module),
        (words("state"), project.state),
        (words("started_on"), day(data.started_on)),
        (words("languages"), project.languages),
        (words("pupils_aged"), project.pupils_ages),
        (words("subjects"), project.subjects),
        (words("date"), data.generated_on.isoformat()),
    ]
    title = words("titled", title=words("title.quality_label"), subject=project.title)
    story = [
        *report_header(title, header_facts, sheet, lead=escape(words("ql_lead"))),
        *_project(data, sheet, words),
        *_eligibility(data, sheet, words),
        *_criteria(data.criteria, sheet, words),
        *_team(data, sheet, words),
        *_evidence(data, sheet, words),
    ]
    info = DocumentInfo(
        title=title,
        author=data.institution or "itepad",
        subject=f"{PROGRAMME_NAME} · eTwinning Quality Label",
        keywords=("eTwinning", "Quality Label", "application", project.title),
        language=words.language,
        page_label=words("page_label"),
    )
    build_document(story, out, info, pagesize=pagesize)


def _project(data: QualityLabelData, sheet: Styles, words: Words) -> list[Any]:
    project = data.project
    flowables = [
        *section(words("the_project"), sheet),
        *facts(
            [("TwinSpace", link(project.twinspace_url, sheet.table_cell))],
            sheet.cover_label,
            sheet.table_cell,
            sheet,
        ),
        *markdown_to_flowables(project.aims, top_heading_level=2),
    ]
    if project.partners:
        rows = [[p.name, p.country, p.city] for p in project.partners]
        flowables.append(grid(columns(words, _PARTNER_COLUMNS), rows, sheet))
    if project.label_applications:
        rows = [[a.level, a.applied_on.isoformat(), a.result] for a in project.label_applications]
        flowables.append(grid(columns(words, _LABEL_COLUMNS), rows, sheet))
    else:
        flowables.append(note(words("no_ql_application"), sheet))
    return flowables


def _eligibility(data: QualityLabelData, sheet: Styles, words: Words) -> list[Any]:
    rows = [[BOX, item.condition, item.known] for item in data.eligibility]
    return [
        *section(words("eligibility"), sheet),
        Paragraph(escape(words("tick_conditions")), sheet.body),
        grid(columns(words, _ELIGIBILITY_COLUMNS), rows, sheet),
    ]


def rating_text(rating: int | None, words: Words) -> str:
    if rating is None:
        return words("self_check_none")
    filled = "\N{BLACK CIRCLE}" * rating + "\N{WHITE CIRCLE}" * (RATING_MAX - rating)
    return f"{words('self_check', rating=rating, max=RATING_MAX)} {filled}"


def _criteria(criteria: tuple[CriterionCheck, ...], sheet: Styles, words: Words) -> list[Any]:
    flowables = [
        *section(words("five_criteria"), sheet),
        Paragraph(escape(words("criteria_intro", max=RATING_MAX)), sheet.body),
    ]
    for number, criterion in enumerate(criteria, start=1):
        title = f"{number}. {criterion.name}"
        flowables += [
            *section(title, sheet, level=2),
            Paragraph(escape(rating_text(criterion.rating, words)), sheet.body),
        ]
        # Below the heading, never in a table cell: a long note flows across pages.
        notes = markdown_to_flowables(criterion.note, top_heading_level=3)
        flowables += notes or [note(words("no_notes"), sheet)]
    return flowables


def _team(data: QualityLabelData, sheet: Styles, words: Words) -> list[Any]:
    flowables = section(words("the_team"), sheet)
    if not data.team:
        return [*flowables, note(words("no_team"), sheet)]
    rows = [[m.name, m.role, day(m.joined_on)] for m in data.team]
    flowables.append(grid(columns(words, _TEAM_COLUMNS), rows, sheet))
    for member in data.team:
        if member.contribution.strip():
            flowables += [
                Paragraph(escape(member.name), sheet.h4),
                *markdown_to_flowables(member.contribution, top_heading_level=3),
            ]
    return flowables


def _evidence(data: QualityLabelData, sheet: Styles, words: Words) -> list[Any]:
    flowables = section(words("team_evidence"), sheet)
    if not data.evidence:
        return [*flowables, note(words("no_team_evidence"), sheet)]
    rows = [
        [
            e.dated_on.isoformat(),
            e.student,
            f"{e.title}\n{e.location}" if e.location else e.title,
            e.kind,
            e.review_status,
        ]
        for e in data.evidence
    ]
    return [*flowables, grid(columns(words, _EVIDENCE_COLUMNS), rows, sheet)]
