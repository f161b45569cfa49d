"""Gather a cohort's participation: attendance (attendance_stats' rules), eTwinning, projects,
evidence and mentoring, per student teacher."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func
from sqlmodel import col, select

from itepad.reports.cohort_participation_data import (
    CohortParticipationData,
    ModuleTotals,
    StudentParticipation,
)
from itepad.services.attendance_stats import Participation, student_attendance
from itepad.services.report_subjects import (
    REVIEW_ORDER,
    find_cohort,
    own_institution,
    review_label,
)
from itepad.store.database import Database
from itepad.store.models import (
    EtwinningProject,
    EtwinningStatus,
    Evidence,
    MeetingMentee,
    MentoringMeeting,
    ProjectMember,
    StudentTeacher,
)


def cohort_participation_data(
    db: Database,
    cohort_name: str,
    *,
    now: datetime | None = None,
    today: date | None = None,
    language: str = "en",
) -> CohortParticipationData:
    """UserError when there is no such cohort. Archived student teachers are left out.

    Review statuses are named in `language`."""
    now = now or datetime.now(UTC)
    with db.session() as session:
        cohort = find_cohort(session, cohort_name)
        own = own_institution(session)
        students = list(
            session.exec(
                select(StudentTeacher)
                .where(
                    StudentTeacher.cohort_id == cohort.id,
                    col(StudentTeacher.archived_at).is_(None),
                )
                .order_by(col(StudentTeacher.family_name), col(StudentTeacher.given_name))
            )
        )
        ids = [s.id for s in students]
        projects: dict[int, list[str]] = defaultdict(list)
        for student_id, title in session.exec(
            select(ProjectMember.student_id, EtwinningProject.title)
            .join(EtwinningProject, col(EtwinningProject.id) == ProjectMember.project_id)
            .where(col(ProjectMember.student_id).in_(ids))
            .order_by(col(EtwinningProject.title))
        ):
            projects[student_id].append(title)
        evidence: dict[int, Counter[str]] = defaultdict(Counter)
        for student_id, status, count in session.exec(
            select(Evidence.student_id, Evidence.review_status, func.count())
            .where(col(Evidence.student_id).in_(ids))
            .group_by(col(Evidence.student_id), col(Evidence.review_status))
        ):
            evidence[student_id][status] = count
        # Meeting times are wall-clock times: compare with the local time now.
        local_now = now.astimezone().replace(tzinfo=None)
        meetings = dict(
            session.exec(
                select(MeetingMentee.student_id, func.count())
                .join(MentoringMeeting, col(MentoringMeeting.id) == MeetingMentee.meeting_id)
                .where(
                    col(MeetingMentee.student_id).in_(ids),
                    col(MentoringMeeting.held_at) <= local_now,
                )
                .group_by(col(MeetingMentee.student_id))
            ).all()
        )
        header = (cohort.name, cohort.programme, cohort.academic_year, own.name if own else "")
    rows = []
    participations: list[Participation] = []
    for student in students:
        assert student.id is not None
        attendance = student_attendance(db, student.id, now=now)
        taken = attendance.modules if attendance else ()
        participations += taken
        counts = evidence[student.id]
        rows.append(
            StudentParticipation(
                name=f"{student.given_name} {student.family_name}".strip(),
                email=student.email,
                etwinning_status=attendance.etwinning_status if attendance else "",
                registered=student.etwinning_status != EtwinningStatus.NOT_REGISTERED,
                validated=student.etwinning_status == EtwinningStatus.VALIDATED,
                modules=len(taken),
                attended=sum(p.figures.attended for p in taken),
                recorded=sum(p.figures.recorded for p in taken),
                projects=tuple(projects[student.id]),
                evidence=sum(counts.values()),
                review_counts=tuple(counts[code] for code in REVIEW_ORDER),
                meetings=meetings.get(student.id, 0),
                alerts=tuple(
                    f"{p.module_code}: {', '.join(a.english for a in p.alerts)}"
                    for p in taken
                    if p.alerts
                ),
            )
        )
    return CohortParticipationData(
        cohort=header[0],
        programme=header[1],
        academic_year=header[2],
        institution=header[3],
        generated_on=today or date.today(),
        students=tuple(rows),
        modules=_module_totals(participations),
        review_labels=tuple(review_label(c, language) for c in REVIEW_ORDER),
    )


def _module_totals(participations: list[Participation]) -> tuple[ModuleTotals, ...]:
    """The cohort's figures per module, in the order of first appearance (modules by start)."""
    totals: dict[str, ModuleTotals] = {}
    for p in participations:
        f = p.figures
        before = totals.get(p.module_code) or ModuleTotals(
            p.module_code, p.module_title, 0, 0, 0, 0
        )
        totals[p.module_code] = ModuleTotals(
            code=before.code,
            title=before.title,
            students=before.students + 1,
            attended=before.attended + f.attended,
            missed=before.missed + f.missed,
            unrecorded=before.unrecorded + f.sessions - f.recorded,
        )
    return tuple(totals.values())


def write_cohort_participation(
    db: Database, cohort_name: str, out: Path, language: str = "en"
) -> None:
    """Write the report PDF with its words in `language`; it appears whole or not at all."""
    from itepad.reports.cohort_participation import build_cohort_participation

    data = cohort_participation_data(db, cohort_name, language=language)
    build_cohort_participation(data, out, language=language)
