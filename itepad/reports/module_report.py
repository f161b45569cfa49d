"""The module report: what a module did. Sessions held and their attendance (with a chart),
enrolments and completion, outcomes and competences, projects and partners, and what the
student teachers produced."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.platypus import ListFlowable, ListItem

from itepad.reports.charts import AttendanceRow, attendance_chart
from itepad.reports.cohort_participation import ATTENDANCE_RULE
from itepad.reports.document import DocumentInfo, build_document
from itepad.reports.module_report_data import ModuleReportData
from itepad.reports.portfolio import PROGRAMME_NAME
from itepad.reports.report_parts import note, rate_text, report_header, section
from itepad.reports.tables import ects_text, grid
from itepad.reports.text import plain_paragraph
from itepad.reports.theme import PageSizeName, Styles, styles

TITLE = "Module report"
_CHART_LEGEND = ("Attended", "Missed", "Not recorded")
_SUMMARY_COLUMNS = (("Figure", 0.7), ("Module", 0.3))
_SESSION_COLUMNS = (
    ("No.", 0.07),
    ("Date", 0.16),
    ("Session", 0.27),
    ("Attended", 0.13),
    ("Missed", 0.11),
    ("Not recorded", 0.14),
    ("Rate", 0.12),
)
_COMPETENCE_COLUMNS = (("No.", 0.1), ("Competence", 0.52), ("Area", 0.38))
_PARTNER_COLUMNS = (("Institution", 0.45), ("Country", 0.14), ("City", 0.19), ("eTwinning", 0.22))
_PROJECT_COLUMNS = (
    ("Project", 0.4),
    ("State", 0.13),
    ("Partners", 0.15),
    ("Team", 0.12),
    ("Quality Label", 0.2),
)
_REVIEW_COLUMNS = (("Review status", 0.7), ("Pieces of evidence", 0.3))
_PRODUCED_COLUMNS = (
    ("Date", 0.14),
    ("Student teacher", 0.24),
    ("Evidence", 0.32),
    ("Kind", 0.13),
    ("Review", 0.17),
)


def build_module_report(
    data: ModuleReportData, out: Path, *, pagesize: PageSizeName = "A4"
) -> None:
    """Write the report PDF of `data` to `out` (atomically: on error `out` is untouched)."""
    sheet = styles()
    module = data.module
    facts = [
        ("Institution", module.institution),
        ("Academic year", module.academic_year),
        ("Term", module.term),
        ("ECTS", ects_text(module.ects)),
        ("Kind", module.kind),
        ("Status", module.status),
        ("Date", module.generated_on.isoformat()),
    ]
    title = f"{TITLE}: {module.code} {module.title}"
    story = [
        *report_header(title, facts, sheet),
        *_summary(data, sheet),
        *_sessions(data, sheet),
        *_outcomes(data, sheet),
        *_projects(data, sheet),
        *_produced(data, sheet),
    ]
    info = DocumentInfo(
        title=title,
        author=module.author,
        subject=" · ".join(
            p for p in (PROGRAMME_NAME, module.institution, module.academic_year) if p
        ),
        keywords=("eTwinning", "module report", "initial teacher education", module.code),
        language=module.language,
    )
    build_document(story, out, info, pagesize=pagesize)


def _summary(data: ModuleReportData, sheet: Styles) -> list[Any]:
    module = data.module
    rows = [
        ["Sessions planned", str(len(module.sessions))],
        ["Sessions held", str(len(data.held))],
        *([f"Enrolments: {label.lower()}", str(count)] for label, count in data.enrolment_counts),
        ["Completion (completed of current enrolments)", rate_text(data.completed, data.current)],
        ["Attendance rate", rate_text(data.attended, data.recorded)],
        ["eTwinning projects", str(len(module.projects))],
        ["Partner institutions", str(len(module.partners))],
        ["Pieces of evidence", str(len(data.produced))],
        ["Reflections", str(data.reflections)],
    ]
    return [*section("Summary", sheet), grid(_SUMMARY_COLUMNS, rows, sheet)]


def _sessions(data: ModuleReportData, sheet: Styles) -> list[Any]:
    flowables = section("Sessions held and attendance", sheet)
    if not data.held:
        return [*flowables, note("No session has been held yet.", sheet)]
    chart = attendance_chart(
        [
            AttendanceRow(f"{s.number}. {s.starts_at:%Y-%m-%d}", s.attended, s.missed, s.unrecorded)
            for s in data.held
        ],
        _CHART_LEGEND,
    )
    rows = [
        [
            str(s.number),
            f"{s.starts_at:%Y-%m-%d}",
            f"{s.title}\n{s.kind}",
            str(s.attended),
            str(s.missed),
            str(s.unrecorded),
            rate_text(s.attended, s.attended + s.missed),
        ]
        for s in data.held
    ]
    return [*flowables, chart, grid(_SESSION_COLUMNS, rows, sheet), note(ATTENDANCE_RULE, sheet)]


def _outcomes(data: ModuleReportData, sheet: Styles) -> list[Any]:
    module = data.module
    flowables = section("Learning outcomes and competences", sheet)
    if module.outcomes:
        flowables.append(
            ListFlowable(
                [ListItem(plain_paragraph(o.text, sheet.body)) for o in module.outcomes],
                bulletType="1",
                bulletFormat="%s.",
                bulletFontName=sheet.sans,
                bulletFontSize=sheet.body.fontSize,
                leftIndent=16,
            )
        )
    else:
        flowables.append(note("No learning outcomes are recorded.", sheet))
    if module.competences:
        rows = [[c.number, c.name, c.area] for c in module.competences]
        flowables.append(grid(_COMPETENCE_COLUMNS, rows, sheet))
    else:
        flowables.append(note("No DigCompEdu competences are recorded.", sheet))
    return flowables


def _projects(data: ModuleReportData, sheet: Styles) -> list[Any]:
    module = data.module
    flowables = section("eTwinning projects and partners", sheet)
    if module.projects:
        rows = [
            [
                project.title,
                project.state,
                str(len(project.partners)),
                str(team),
                "\n".join(f"{a.level}: {a.result}" for a in project.label_applications),
            ]
            for project, team in zip(module.projects, data.team_sizes, strict=True)
        ]
        flowables.append(grid(_PROJECT_COLUMNS, rows, sheet))
    else:
        flowables.append(note("No eTwinning project is linked to this module.", sheet))
    if module.partners:
        rows = [[p.name, p.country, p.city, p.etwinning_status] for p in module.partners]
        flowables.append(grid(_PARTNER_COLUMNS, rows, sheet))
    else:
        flowables.append(note("No partner institution is recorded.", sheet))
    return flowables


def _produced(data: ModuleReportData, sheet: Styles) -> list[Any]:
    flowables = section("What student teachers produced", sheet)
    if not data.produced:
        return [*flowables, note("No evidence is linked to this module yet.", sheet)]
    reviews = [[label, str(count)] for label, count in data.review_counts]
    items = [
        [item.dated_on.isoformat(), item.student, item.title, item.kind, item.review_status]
        for item in data.produced
    ]
    return [
        *flowables,
        grid(_REVIEW_COLUMNS, reviews, sheet),
        grid(_PRODUCED_COLUMNS, items, sheet),
    ]
