"""A Quality Label application draft: the project, the eligibility checklist, the five current
criteria with the team's self-check, and the evidence of the project's team members."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.platypus import Paragraph

from itepad.reports.blocks import day, facts, link
from itepad.reports.document import DocumentInfo, build_document
from itepad.reports.markdown_flowables import markdown_to_flowables
from itepad.reports.portfolio import PROGRAMME_NAME
from itepad.reports.quality_label_data import RATING_MAX, CriterionCheck, QualityLabelData
from itepad.reports.report_parts import note, report_header, section
from itepad.reports.tables import grid
from itepad.reports.text import escape
from itepad.reports.theme import PageSizeName, Styles, styles

TITLE = "Quality Label application (draft)"
BOX = "\N{BALLOT BOX}"
_PARTNER_COLUMNS = (("Institution", 0.5), ("Country", 0.14), ("City", 0.36))
_LABEL_COLUMNS = (("Quality Label", 0.34), ("Applied on", 0.33), ("Result", 0.33))
_ELIGIBILITY_COLUMNS = (("", 0.06), ("Condition", 0.44), ("What itepad knows", 0.5))
_TEAM_COLUMNS = (("Student teacher", 0.5), ("Role", 0.25), ("Joined", 0.25))
_EVIDENCE_COLUMNS = (
    ("Date", 0.14),
    ("Student teacher", 0.24),
    ("Evidence", 0.32),
    ("Kind", 0.13),
    ("Review", 0.17),
)


def build_quality_label(
    data: QualityLabelData, out: Path, *, pagesize: PageSizeName = "A4"
) -> None:
    """Write the draft PDF of `data` to `out` (atomically: on error `out` is untouched)."""
    sheet = styles()
    project = data.project
    header_facts = [
        ("Institution", data.institution),
        ("Module", data.module),
        ("State", project.state),
        ("Started on", day(data.started_on)),
        ("Languages", project.languages),
        ("Pupils aged", project.pupils_ages),
        ("Subjects", project.subjects),
        ("Date", data.generated_on.isoformat()),
    ]
    lead = (
        "A draft for preparing the application: the applicant checks the eligibility "
        "conditions, completes the notes on each criterion and submits the application on the "
        "European School Education Platform. The National Support Organisation decides."
    )
    story = [
        *report_header(f"{TITLE}: {project.title}", header_facts, sheet, lead=escape(lead)),
        *_project(data, sheet),
        *_eligibility(data, sheet),
        *_criteria(data.criteria, sheet),
        *_team(data, sheet),
        *_evidence(data, sheet),
    ]
    info = DocumentInfo(
        title=f"{TITLE}: {project.title}",
        author=data.institution or "itepad",
        subject=f"{PROGRAMME_NAME} · eTwinning Quality Label",
        keywords=("eTwinning", "Quality Label", "application", project.title),
    )
    build_document(story, out, info, pagesize=pagesize)


def _project(data: QualityLabelData, sheet: Styles) -> list[Any]:
    project = data.project
    flowables = [
        *section("The project", sheet),
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
        flowables.append(grid(_PARTNER_COLUMNS, rows, sheet))
    if project.label_applications:
        rows = [[a.level, a.applied_on.isoformat(), a.result] for a in project.label_applications]
        flowables.append(grid(_LABEL_COLUMNS, rows, sheet))
    else:
        flowables.append(note("No Quality Label application is recorded yet.", sheet))
    return flowables


def _eligibility(data: QualityLabelData, sheet: Styles) -> list[Any]:
    rows = [[BOX, item.condition, item.known] for item in data.eligibility]
    return [
        *section("Eligibility", sheet),
        Paragraph("Tick each condition the project meets.", sheet.body),
        grid(_ELIGIBILITY_COLUMNS, rows, sheet),
    ]


def rating_text(rating: int | None) -> str:
    if rating is None:
        return "Self-check: not judged yet"
    filled = "\N{BLACK CIRCLE}" * rating + "\N{WHITE CIRCLE}" * (RATING_MAX - rating)
    return f"Self-check: {rating} of {RATING_MAX} {filled}"


def _criteria(criteria: tuple[CriterionCheck, ...], sheet: Styles) -> list[Any]:
    flowables = [
        *section("The five criteria", sheet),
        Paragraph(
            "The team's self-check of each current Quality Label criterion, from 0 (not met) "
            f"to {RATING_MAX} (fully met), and its notes.",
            sheet.body,
        ),
    ]
    for number, criterion in enumerate(criteria, start=1):
        title = f"{number}. {criterion.name}"
        flowables += [
            *section(title, sheet, level=2),
            Paragraph(escape(rating_text(criterion.rating)), sheet.body),
        ]
        # Below the heading, never in a table cell: a long note flows across pages.
        notes = markdown_to_flowables(criterion.note, top_heading_level=3)
        flowables += notes or [note("No notes yet.", sheet)]
    return flowables


def _team(data: QualityLabelData, sheet: Styles) -> list[Any]:
    flowables = section("The team", sheet)
    if not data.team:
        return [*flowables, note("No student teacher is in the project team.", sheet)]
    rows = [[m.name, m.role, day(m.joined_on)] for m in data.team]
    flowables.append(grid(_TEAM_COLUMNS, rows, sheet))
    for member in data.team:
        if member.contribution.strip():
            flowables += [
                Paragraph(escape(member.name), sheet.h4),
                *markdown_to_flowables(member.contribution, top_heading_level=3),
            ]
    return flowables


def _evidence(data: QualityLabelData, sheet: Styles) -> list[Any]:
    flowables = section("Evidence from the team", sheet)
    if not data.evidence:
        return [*flowables, note("The team members have recorded no evidence yet.", sheet)]
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
    return [*flowables, grid(_EVIDENCE_COLUMNS, rows, sheet)]
