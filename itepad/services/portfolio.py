"""Gather a student teacher's record into the plain data the portfolio report prints."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, col, select

from itepad.errors import UserError
from itepad.reports.data import ModuleParticipation, PortfolioData, SessionAttendance
from itepad.services.labels import ENROLMENT_STATUS, ETWINNING_STATUS, SESSION_KIND
from itepad.store.database import Database
from itepad.store.models import (
    Attendance,
    AttendanceStatus,
    Cohort,
    Enrolment,
    Institution,
    Module,
    ModuleSession,
    StudentTeacher,
)


def find_student(session: Session, email: str) -> StudentTeacher:
    student = session.exec(
        select(StudentTeacher).where(func.lower(StudentTeacher.email) == email.strip().lower())
    ).first()
    if student is None:
        raise UserError(f"No student teacher with the email {email!r} in this database.")
    return student


def _participation(session: Session, enrolment: Enrolment, module: Module) -> ModuleParticipation:
    marks = {
        att.session_id: (status, att.remark)
        for att, status in session.exec(
            select(Attendance, AttendanceStatus)
            .join(AttendanceStatus, col(AttendanceStatus.id) == Attendance.status_id)
            .where(Attendance.enrolment_id == enrolment.id)
        )
    }
    sessions = []
    for ms in session.exec(
        select(ModuleSession)
        .where(ModuleSession.module_id == module.id)
        .order_by(col(ModuleSession.starts_at), col(ModuleSession.position))
    ):
        status, remark = marks.get(ms.id, (None, "")) if ms.id is not None else (None, "")
        sessions.append(
            SessionAttendance(
                title=ms.title,
                kind=SESSION_KIND.get(ms.kind, ms.kind),
                starts_at=ms.starts_at,
                status=status.label if status else None,
                counts_as_present=bool(status and status.counts_as_present),
                remark=remark,
            )
        )
    return ModuleParticipation(
        code=module.code,
        title=module.title,
        academic_year=module.academic_year,
        term=module.term,
        ects=module.ects,
        enrolment_status=ENROLMENT_STATUS.get(enrolment.status, enrolment.status),
        sessions=sessions,
        final_comment=enrolment.final_comment,
    )


def portfolio_data(db: Database, email: str, *, today: date | None = None) -> PortfolioData:
    with db.session() as session:
        student = find_student(session, email)
        cohort = session.get(Cohort, student.cohort_id) if student.cohort_id else None
        own = session.exec(select(Institution).where(col(Institution.is_own))).first()
        modules = [
            _participation(session, enrolment, module)
            for enrolment, module in session.exec(
                select(Enrolment, Module)
                .join(Module, col(Module.id) == Enrolment.module_id)
                .where(Enrolment.student_id == student.id)
                .order_by(col(Module.academic_year), col(Module.code))
            )
        ]
        years = sorted({m.academic_year for m in modules if m.academic_year})
        return PortfolioData(
            full_name=student.full_name,
            email=student.email,
            student_number=student.student_number,
            institution=own.name if own else "",
            institution_country=own.country if own else "",
            cohort=cohort.name if cohort else "",
            programme=student.programme or (cohort.programme if cohort else ""),
            period=" to ".join([years[0], years[-1]] if len(years) > 1 else years),
            etwinning_status=ETWINNING_STATUS.get(
                student.etwinning_status, student.etwinning_status
            ),
            etwinning_registered_on=student.etwinning_registered_on,
            etwinning_validated_on=student.etwinning_validated_on,
            modules=modules,
            generated_on=today or date.today(),
            author=own.name if own else "itepad",
        )


def write_portfolio(db: Database, email: str, out: Path) -> None:
    """Write one student teacher's portfolio PDF; the file appears whole or not at all."""
    from itepad.reports.portfolio import build_portfolio

    build_portfolio(portfolio_data(db, email), out)
