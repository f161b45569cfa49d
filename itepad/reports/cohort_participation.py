"""The cohort participation report: per student teacher attendance, eTwinning status, projects,
evidence and its review, mentoring; the cohort's totals and its attendance by module."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from itepad.reports.charts import AttendanceRow, attendance_chart
from itepad.reports.cohort_participation_data import CohortParticipationData
from itepad.reports.document import DocumentInfo, build_document
from itepad.reports.headings import Words
from itepad.reports.portfolio import PROGRAMME_NAME
from itepad.reports.report_parts import columns, note, rate_text, report_header, section
from itepad.reports.tables import grid
from itepad.reports.theme import PageSizeName, Styles, styles

_TOTAL_COLUMNS = (("figure", 0.7), ("cohort", 0.3))
# Shares of the frame width, wide enough for the one-word headers to stay whole.
_MODULE_COLUMNS = (
    ("module", 0.28),
    ("student_teachers", 0.15),
    ("attended", 0.15),
    ("missed", 0.14),
    ("not_recorded", 0.16),
    ("rate", 0.12),
)
_STUDENT_COLUMNS = (
    ("student_teacher", 0.2),
    ("etwinning_registration", 0.15),
    ("module_count", 0.12),
    ("attendance", 0.16),
    ("projects", 0.11),
    ("evidence", 0.13),
    ("meeting_count", 0.13),
)
_PROJECT_COLUMNS = (("student_teacher", 0.35), ("projects", 0.65))
_ALERT_COLUMNS = (("student_teacher", 0.35), ("why", 0.65))


def build_cohort_participation(
    data: CohortParticipationData,
    out: Path,
    *,
    pagesize: PageSizeName = "A4",
    language: str = "en",
) -> None:
    """Write the report PDF of `data` to `out` (atomically: on error `out` is untouched).

    Its fixed words print in `language` (reports/report_words.py)."""
    sheet = styles()
    words = Words(language)
    facts = [
        (words("institution"), data.institution),
        (words("programme"), data.programme),
        (words("academic_year"), data.academic_year),
        (words("date"), data.generated_on.isoformat()),
    ]
    title = words("titled", title=words("title.cohort_participation"), subject=data.cohort)
    story = [
        *report_header(title, facts, sheet),
        *_totals(data, sheet, words),
        *_modules(data, sheet, words),
        *_students(data, sheet, words),
        *_evidence(data, sheet, words),
        *_projects(data, sheet, words),
        *_at_risk(data, sheet, words),
    ]
    info = DocumentInfo(
        title=title,
        author=data.institution or "itepad",
        subject=" · ".join(p for p in (PROGRAMME_NAME, data.institution, data.academic_year) if p),
        keywords=("eTwinning", "cohort", "participation", "attendance", data.cohort),
        language=words.language,
        page_label=words("page_label"),
    )
    build_document(story, out, info, pagesize=pagesize)


def _totals(data: CohortParticipationData, sheet: Styles, words: Words) -> list[Any]:
    students = data.students
    rows = [
        [words("student_teachers"), str(len(students))],
        [words("attendance_rate_label"), rate_text(data.attended, data.recorded)],
        [words("registered_etwinning"), str(sum(s.registered for s in students))],
        [words("validated_nso"), str(sum(s.validated for s in students))],
        [words("in_project_team"), str(sum(bool(s.projects) for s in students))],
        [words("pieces_of_evidence"), str(sum(s.evidence for s in students))],
        *(
            [words("evidence_status", status=label), str(count)]
            for label, count in zip(data.review_labels, _review_totals(data), strict=True)
        ),
        [words("meetings_held"), str(sum(s.meetings for s in students))],
        [words("at_risk_count"), str(sum(bool(s.alerts) for s in students))],
    ]
    return [
        *section(words("cohort_totals"), sheet),
        grid(columns(words, _TOTAL_COLUMNS), rows, sheet),
    ]


def _review_totals(data: CohortParticipationData) -> list[int]:
    """Pieces of evidence per review status over the cohort, as data.review_labels."""
    return [sum(s.review_counts[i] for s in data.students) for i in range(len(data.review_labels))]


def _modules(data: CohortParticipationData, sheet: Styles, words: Words) -> list[Any]:
    flowables = section(words("attendance_by_module"), sheet)
    if not data.modules:
        return [*flowables, note(words("no_enrolled"), sheet)]
    chart = attendance_chart(
        [AttendanceRow(m.code, m.attended, m.missed, m.unrecorded) for m in data.modules],
        (words("attended"), words("missed"), words("not_recorded")),
    )
    rows = [
        [
            f"{m.code} {m.title}",
            str(m.students),
            str(m.attended),
            str(m.missed),
            str(m.unrecorded),
            rate_text(m.attended, m.attended + m.missed),
        ]
        for m in data.modules
    ]
    return [
        *flowables,
        chart,
        grid(columns(words, _MODULE_COLUMNS), rows, sheet),
        note(words("attendance_rule"), sheet),
    ]


def _students(data: CohortParticipationData, sheet: Styles, words: Words) -> list[Any]:
    flowables = section(words("student_teachers"), sheet)
    if not data.students:
        return [*flowables, note(words("no_students"), sheet)]
    rows = [
        [
            s.name,
            s.etwinning_status,
            str(s.modules),
            f"{rate_text(s.attended, s.recorded)} ({s.attended}/{s.recorded})",
            str(len(s.projects)),
            str(s.evidence),
            str(s.meetings),
        ]
        for s in data.students
    ]
    return [
        *flowables,
        grid(columns(words, _STUDENT_COLUMNS), rows, sheet),
        note(words("students_note", count=len(data.students)), sheet),
    ]


def _evidence(data: CohortParticipationData, sheet: Styles, words: Words) -> list[Any]:
    flowables = section(words("evidence_review"), sheet)
    if not data.students:
        return []
    share = round(0.75 / (len(data.review_labels) + 1), 4)
    headers = (
        (words("student_teacher"), 0.25),
        *((label, share) for label in data.review_labels),
        (words("total"), share),
    )
    rows = [
        [s.name, *(str(count) for count in s.review_counts), str(s.evidence)] for s in data.students
    ]
    return [*flowables, grid(headers, rows, sheet)]


def _projects(data: CohortParticipationData, sheet: Styles, words: Words) -> list[Any]:
    flowables = section(words("project_teams"), sheet)
    rows = [[s.name, "\n".join(s.projects)] for s in data.students if s.projects]
    if not rows:
        return [*flowables, note(words("no_project_team"), sheet)]
    return [*flowables, grid(columns(words, _PROJECT_COLUMNS), rows, sheet)]


def _at_risk(data: CohortParticipationData, sheet: Styles, words: Words) -> list[Any]:
    flowables = section(words("at_risk"), sheet)
    rows = [[s.name, "\n".join(s.alerts)] for s in data.students if s.alerts]
    if not rows:
        return [*flowables, note(words("no_alerts"), sheet)]
    return [*flowables, grid(columns(words, _ALERT_COLUMNS), rows, sheet)]
