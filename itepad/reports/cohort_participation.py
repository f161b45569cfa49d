"""The cohort participation report: per student teacher attendance, eTwinning status, projects,
evidence and its review, mentoring; the cohort's totals and its attendance by module."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from itepad.reports.charts import AttendanceRow, attendance_chart
from itepad.reports.cohort_participation_data import CohortParticipationData
from itepad.reports.document import DocumentInfo, build_document
from itepad.reports.portfolio import PROGRAMME_NAME
from itepad.reports.report_parts import note, rate_text, report_header, section
from itepad.reports.tables import count_text, grid
from itepad.reports.theme import PageSizeName, Styles, styles

TITLE = "Cohort participation"
ATTENDANCE_RULE = (
    "Attendance rate: held sessions attended (present or late) out of held sessions with a "
    "mark; sessions still to come or not yet recorded are not counted as missed."
)
_CHART_LEGEND = ("Attended", "Missed", "Not yet recorded")
_TOTAL_COLUMNS = (("Figure", 0.7), ("Cohort", 0.3))
# Shares of the frame width, wide enough for the one-word headers to stay whole.
_MODULE_COLUMNS = (
    ("Module", 0.34),
    ("Student teachers", 0.15),
    ("Attended", 0.13),
    ("Missed", 0.1),
    ("Not yet recorded", 0.15),
    ("Rate", 0.13),
)
_STUDENT_COLUMNS = (
    ("Student teacher", 0.2),
    ("eTwinning", 0.15),
    ("Modules", 0.12),
    ("Attendance", 0.16),
    ("Projects", 0.11),
    ("Evidence", 0.13),
    ("Meetings", 0.13),
)
_PROJECT_COLUMNS = (("Student teacher", 0.35), ("eTwinning projects", 0.65))
_ALERT_COLUMNS = (("Student teacher", 0.35), ("Why", 0.65))


def build_cohort_participation(
    data: CohortParticipationData, out: Path, *, pagesize: PageSizeName = "A4"
) -> None:
    """Write the report PDF of `data` to `out` (atomically: on error `out` is untouched)."""
    sheet = styles()
    facts = [
        ("Institution", data.institution),
        ("Programme", data.programme),
        ("Academic year", data.academic_year),
        ("Date", data.generated_on.isoformat()),
    ]
    story = [
        *report_header(f"{TITLE}: {data.cohort}", facts, sheet),
        *_totals(data, sheet),
        *_modules(data, sheet),
        *_students(data, sheet),
        *_evidence(data, sheet),
        *_projects(data, sheet),
        *_at_risk(data, sheet),
    ]
    info = DocumentInfo(
        title=f"{TITLE}: {data.cohort}",
        author=data.institution or "itepad",
        subject=" · ".join(p for p in (PROGRAMME_NAME, data.institution, data.academic_year) if p),
        keywords=("eTwinning", "cohort", "participation", "attendance", data.cohort),
    )
    build_document(story, out, info, pagesize=pagesize)


def _totals(data: CohortParticipationData, sheet: Styles) -> list[Any]:
    students = data.students
    rows = [
        ["Student teachers", str(len(students))],
        ["Attendance rate", rate_text(data.attended, data.recorded)],
        ["Registered on eTwinning", str(sum(s.registered for s in students))],
        ["Validated by the NSO", str(sum(s.validated for s in students))],
        ["In an eTwinning project team", str(sum(bool(s.projects) for s in students))],
        ["Pieces of evidence", str(sum(s.evidence for s in students))],
        *(
            [f"Evidence: {label.lower()}", str(count)]
            for label, count in zip(data.review_labels, _review_totals(data), strict=True)
        ),
        ["Mentoring meetings held", str(sum(s.meetings for s in students))],
        ["Student teachers at risk (attendance)", str(sum(bool(s.alerts) for s in students))],
    ]
    return [*section("Cohort totals", sheet), grid(_TOTAL_COLUMNS, rows, sheet)]


def _review_totals(data: CohortParticipationData) -> list[int]:
    """Pieces of evidence per review status over the cohort, as data.review_labels."""
    return [sum(s.review_counts[i] for s in data.students) for i in range(len(data.review_labels))]


def _modules(data: CohortParticipationData, sheet: Styles) -> list[Any]:
    flowables = section("Attendance by module", sheet)
    if not data.modules:
        return [
            *flowables,
            note("No student teacher of the cohort is enrolled in a module.", sheet),
        ]
    chart = attendance_chart(
        [AttendanceRow(m.code, m.attended, m.missed, m.unrecorded) for m in data.modules],
        _CHART_LEGEND,
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
    return [*flowables, chart, grid(_MODULE_COLUMNS, rows, sheet), note(ATTENDANCE_RULE, sheet)]


def _students(data: CohortParticipationData, sheet: Styles) -> list[Any]:
    flowables = section("Student teachers", sheet)
    if not data.students:
        return [*flowables, note("The cohort has no student teachers.", sheet)]
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
        grid(_STUDENT_COLUMNS, rows, sheet),
        note(
            f"{count_text(len(data.students), 'student teacher')}, by family name. Attendance "
            "over all their modules (attended/recorded); projects they are a team member of; "
            "mentoring meetings held so far.",
            sheet,
        ),
    ]


def _evidence(data: CohortParticipationData, sheet: Styles) -> list[Any]:
    flowables = section("Evidence and its review", sheet)
    if not data.students:
        return []
    share = round(0.75 / (len(data.review_labels) + 1), 4)
    columns = (
        ("Student teacher", 0.25),
        *((label, share) for label in data.review_labels),
        ("Total", share),
    )
    rows = [
        [s.name, *(str(count) for count in s.review_counts), str(s.evidence)] for s in data.students
    ]
    return [*flowables, grid(columns, rows, sheet)]


def _projects(data: CohortParticipationData, sheet: Styles) -> list[Any]:
    flowables = section("eTwinning project teams", sheet)
    rows = [[s.name, "\n".join(s.projects)] for s in data.students if s.projects]
    if not rows:
        return [
            *flowables,
            note("No student teacher of the cohort is in a project team yet.", sheet),
        ]
    return [*flowables, grid(_PROJECT_COLUMNS, rows, sheet)]


def _at_risk(data: CohortParticipationData, sheet: Styles) -> list[Any]:
    flowables = section("At risk", sheet)
    rows = [[s.name, "\n".join(s.alerts)] for s in data.students if s.alerts]
    if not rows:
        return [*flowables, note("No student teacher's attendance raises an alert.", sheet)]
    return [*flowables, grid(_ALERT_COLUMNS, rows, sheet)]
