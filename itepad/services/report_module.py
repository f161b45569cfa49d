"""Gather what a module did: its handbook facts, the register of each held session, enrolments
and completion, and what its student teachers produced."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, col, select

from itepad.reports.headings import Words
from itepad.reports.module_report_data import HeldSession, ModuleReportData, ProducedItem
from itepad.services.attendance_stats import attendance_overview
from itepad.services.handbook import find_module, handbook_data, module_zone, sessions_of
from itepad.services.labels import ENROLMENT_STATUS, SESSION_KIND
from itepad.services.report_subjects import REVIEW_ORDER
from itepad.store.database import Database
from itepad.store.models import (
    Attendance,
    AttendanceStatus,
    Enrolment,
    EnrolmentStatus,
    EtwinningProject,
    Evidence,
    Module,
    ProjectMember,
    Reflection,
    StudentTeacher,
)


def module_report_data(
    db: Database,
    code: str,
    *,
    now: datetime | None = None,
    today: date | None = None,
    language: str = "en",
) -> ModuleReportData:
    """UserError when there is no such module. Status and evidence names are in `language`."""
    words = Words(language)
    now = now or datetime.now(UTC)
    handbook = handbook_data(db, code, today=today)
    overview = attendance_overview(db, now=now)
    with db.session() as session:
        module = find_module(session, code)
        figures = next((m for m in overview.modules if m.module_id == module.id), None)
        statuses = Counter(
            session.exec(select(Enrolment.status).where(Enrolment.module_id == module.id))
        )
        current = sum(n for s, n in statuses.items() if s != EnrolmentStatus.WITHDRAWN)
        return ModuleReportData(
            module=handbook,
            held=_held_sessions(session, module, now),
            enrolment_counts=tuple(
                (words.code("enrolment", s), statuses[s]) for s in ENROLMENT_STATUS
            ),
            completed=statuses[EnrolmentStatus.COMPLETED],
            current=current,
            attended=figures.attended if figures else 0,
            recorded=figures.recorded if figures else 0,
            team_sizes=_team_sizes(session, module),
            produced=_produced(session, module, words),
            review_counts=_review_counts(session, module, words),
            reflections=session.exec(
                select(func.count())
                .select_from(Reflection)
                .where(Reflection.module_id == module.id)
            ).one(),
        )


def _held_sessions(session: Session, module: Module, now: datetime) -> tuple[HeldSession, ...]:
    """Sessions that have begun, with the marks of current enrolments (attendance_stats' rules:
    withdrawn enrolments and archived student teachers left out)."""
    local_now = now.astimezone(module_zone(module)).replace(tzinfo=None)
    current = list(
        session.exec(
            select(Enrolment.id)
            .join(StudentTeacher, col(StudentTeacher.id) == Enrolment.student_id)
            .where(
                Enrolment.module_id == module.id,
                Enrolment.status != EnrolmentStatus.WITHDRAWN,
                col(StudentTeacher.archived_at).is_(None),
            )
        )
    )
    marks: Counter[tuple[int, bool]] = Counter()
    for session_id, present, count in session.exec(
        select(Attendance.session_id, AttendanceStatus.counts_as_present, func.count())
        .join(AttendanceStatus, col(AttendanceStatus.id) == Attendance.status_id)
        .where(col(Attendance.enrolment_id).in_(current))
        .group_by(col(Attendance.session_id), col(AttendanceStatus.counts_as_present))
    ):
        marks[(session_id, bool(present))] = count
    held = []
    for number, row in enumerate(sessions_of(session, module), start=1):
        if row.starts_at > local_now:
            break
        assert row.id is not None
        attended, missed = marks[(row.id, True)], marks[(row.id, False)]
        held.append(
            HeldSession(
                number=number,
                title=row.title,
                kind=SESSION_KIND.get(row.kind, row.kind),
                starts_at=row.starts_at,
                attended=attended,
                missed=missed,
                unrecorded=max(len(current) - attended - missed, 0),
            )
        )
    return tuple(held)


def _team_sizes(session: Session, module: Module) -> tuple[int, ...]:
    """Team sizes in the order of handbook_data's projects (by title)."""
    sizes = Counter(
        session.exec(
            select(ProjectMember.project_id)
            .join(EtwinningProject, col(EtwinningProject.id) == ProjectMember.project_id)
            .where(EtwinningProject.module_id == module.id)
        )
    )
    projects = session.exec(
        select(EtwinningProject.id)
        .where(EtwinningProject.module_id == module.id)
        .order_by(col(EtwinningProject.title))
    )
    return tuple(sizes[project_id] for project_id in projects if project_id is not None)


def _produced(session: Session, module: Module, words: Words) -> tuple[ProducedItem, ...]:
    rows = session.exec(
        select(Evidence, StudentTeacher.given_name, StudentTeacher.family_name)
        .join(StudentTeacher, col(StudentTeacher.id) == Evidence.student_id)
        .where(Evidence.module_id == module.id, col(StudentTeacher.archived_at).is_(None))
        .order_by(col(Evidence.dated_on), col(StudentTeacher.family_name), col(Evidence.title))
    )
    return tuple(
        ProducedItem(
            student=f"{given} {family}".strip(),
            title=evidence.title,
            kind=words.code("evidence", evidence.kind),
            dated_on=evidence.dated_on,
            review_status=words.code("review", evidence.review_status),
        )
        for evidence, given, family in rows
    )


def _review_counts(session: Session, module: Module, words: Words) -> tuple[tuple[str, int], ...]:
    counts = Counter(
        session.exec(
            select(Evidence.review_status)
            .join(StudentTeacher, col(StudentTeacher.id) == Evidence.student_id)
            .where(Evidence.module_id == module.id, col(StudentTeacher.archived_at).is_(None))
        )
    )
    return tuple((words.code("review", code), counts[code]) for code in REVIEW_ORDER)


def write_module_report(db: Database, code: str, out: Path, language: str = "en") -> None:
    """Write the report PDF with its words in `language`; it appears whole or not at all."""
    from itepad.reports.module_report import build_module_report

    build_module_report(module_report_data(db, code, language=language), out, language=language)
