"""The module report: what a module did. Sessions held and their attendance (with a chart),
enrolments and completion, outcomes and competences, projects and partners, and what the
student teachers produced."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.platypus import ListFlowable, ListItem

from itepad.reports.charts import AttendanceRow, attendance_chart
from itepad.reports.document import DocumentInfo, build_document
from itepad.reports.headings import Words
from itepad.reports.module_report_data import ModuleReportData
from itepad.reports.portfolio import PROGRAMME_NAME
from itepad.reports.report_parts import columns, note, rate_text, report_header, section
from itepad.reports.tables import ects_text, grid
from itepad.reports.text import plain_paragraph
from itepad.reports.theme import PageSizeName, Styles, styles

_SUMMARY_COLUMNS = (("figure", 0.7), ("module", 0.3))
_SESSION_COLUMNS = (
    ("number_short", 0.06),
    ("date", 0.14),
    ("session", 0.24),
    ("attended", 0.15),
    ("missed", 0.14),
    ("not_recorded", 0.15),
    ("rate", 0.12),
)
_COMPETENCE_COLUMNS = (("number_short", 0.1), ("competence", 0.52), ("area", 0.38))
_PARTNER_COLUMNS = (
    ("institution", 0.45),
    ("country", 0.14),
    ("city", 0.19),
    ("etwinning_registration", 0.22),
)
_PROJECT_COLUMNS = (
    ("project", 0.4),
    ("state", 0.13),
    ("partners", 0.15),
    ("team", 0.12),
    ("quality_label", 0.2),
)
_REVIEW_COLUMNS = (("review_status", 0.7), ("pieces_of_evidence", 0.3))
_PRODUCED_COLUMNS = (
    ("date", 0.14),
    ("student_teacher", 0.24),
    ("evidence", 0.32),
    ("kind", 0.13),
    ("review", 0.17),
)


def build_module_report(
    data: ModuleReportData, out: Path, *, pagesize: PageSizeName = "A4", language: str = "en"
) -> None:
    """Write the report PDF of `data` to `out` (atomically: on error `out` is untouched).

    Its fixed words print in `language` (reports/report_words.py)."""
    sheet = styles()
    words = Words(language)
    module = data.module
    facts = [
        (words("institution"), module.institution),
        (words("academic_year"), module.academic_year),
        (words("term"), module.term),
        (words("ects"), ects_text(module.ects)),
        (words("kind"), module.kind),
        (words("status"), module.status),
        (words("date"), module.generated_on.isoformat()),
    ]
    title = words(
        "titled", title=words("title.module_report"), subject=f"{module.code} {module.title}"
    )
    story = [
        *report_header(title, facts, sheet),
        *_summary(data, sheet, words),
        *_sessions(data, sheet, words),
        *_outcomes(data, sheet, words),
        *_projects(data, sheet, words),
        *_produced(data, sheet, words),
    ]
    info = DocumentInfo(
        title=title,
        author=module.author,
        subject=" · ".join(
            p for p in (PROGRAMME_NAME, module.institution, module.academic_year) if p
        ),
        keywords=("eTwinning", "module report", "initial teacher education", module.code),
        language=words.language,
        page_label=words("page_label"),
    )
    build_document(story, out, info, pagesize=pagesize)


def _summary(data: ModuleReportData, sheet: Styles, words: Words) -> list[Any]:
    module = data.module
    rows = [
        [words("sessions_planned"), str(len(module.sessions))],
        [words("sessions_held"), str(len(data.held))],
        *(
            [words("enrolments_status", status=label), str(count)]
            for label, count in data.enrolment_counts
        ),
        [words("completion"), rate_text(data.completed, data.current)],
        [words("attendance_rate_label"), rate_text(data.attended, data.recorded)],
        [words("projects"), str(len(module.projects))],
        [words("partner_institutions"), str(len(module.partners))],
        [words("pieces_of_evidence"), str(len(data.produced))],
        [words("reflections"), str(data.reflections)],
    ]
    return [
        *section(words("summary"), sheet),
        grid(columns(words, _SUMMARY_COLUMNS), rows, sheet),
    ]


def _sessions(data: ModuleReportData, sheet: Styles, words: Words) -> list[Any]:
    flowables = section(words("sessions_attendance"), sheet)
    if not data.held:
        return [*flowables, note(words("no_session_held"), sheet)]
    chart = attendance_chart(
        [
            AttendanceRow(f"{s.number}. {s.starts_at:%Y-%m-%d}", s.attended, s.missed, s.unrecorded)
            for s in data.held
        ],
        (words("attended"), words("missed"), words("not_recorded")),
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
    return [
        *flowables,
        chart,
        grid(columns(words, _SESSION_COLUMNS), rows, sheet),
        note(words("attendance_rule"), sheet),
    ]


def _outcomes(data: ModuleReportData, sheet: Styles, words: Words) -> list[Any]:
    module = data.module
    flowables = section(words("outcomes_competences"), sheet)
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
        flowables.append(note(words("no_outcomes"), sheet))
    if module.competences:
        rows = [[c.number, c.name, c.area] for c in module.competences]
        flowables.append(grid(columns(words, _COMPETENCE_COLUMNS), rows, sheet))
    else:
        flowables.append(note(words("no_digcompedu"), sheet))
    return flowables


def _projects(data: ModuleReportData, sheet: Styles, words: Words) -> list[Any]:
    module = data.module
    flowables = section(words("projects_partners"), sheet)
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
        flowables.append(grid(columns(words, _PROJECT_COLUMNS), rows, sheet))
    else:
        flowables.append(note(words("no_linked_project"), sheet))
    if module.partners:
        rows = [[p.name, p.country, p.city, p.etwinning_status] for p in module.partners]
        flowables.append(grid(columns(words, _PARTNER_COLUMNS), rows, sheet))
    else:
        flowables.append(note(words("no_partner"), sheet))
    return flowables


def _produced(data: ModuleReportData, sheet: Styles, words: Words) -> list[Any]:
    flowables = section(words("produced"), sheet)
    if not data.produced:
        return [*flowables, note(words("no_module_evidence"), sheet)]
    reviews = [[label, str(count)] for label, count in data.review_counts]
    items = [
        [item.dated_on.isoformat(), item.student, item.title, item.kind, item.review_status]
        for item in data.produced
    ]
    return [
        *flowables,
        grid(columns(words, _REVIEW_COLUMNS), reviews, sheet),
        grid(columns(words, _PRODUCED_COLUMNS), items, sheet),
    ]
