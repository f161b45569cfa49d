"""GDPR erasure: anonymise one student teacher while cohort statistics stay countable.

What identifies or was written by the person goes (names, email, numbers, evidence, reflections,
observations, assessments' notes, remarks, comments, meetings held with them alone); what the
cohort's figures are made of stays, tied to an anonymous record (enrolments, attendance marks,
eTwinning registration status, competence levels).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, func, select, update

from itepad.errors import UserError
from itepad.store.contents import TABLES
from itepad.store.database import Database

ERASED_DOMAIN = "erased.invalid"  # RFC 2606: never a real mailbox


@dataclass(frozen=True)
class ErasureReport:
    student_id: int
    deleted: dict[str, int]


def _student_id(conn: Connection, email: str) -> int:
    st = TABLES["student_teacher"]
    row = conn.execute(
        select(st.c.id, st.c.anonymised_at).where(func.lower(st.c.email) == email.strip().lower())
    ).first()
    if row is None:
        raise UserError(f"No student teacher with the email {email!r} in this database.")
    if row.anonymised_at is not None:
        raise UserError(f"{email} has already been erased.")
    return int(row.id)


def check_erasable(db: Database, email: str) -> int:
    """The id of the student teacher `erase_student` would erase; UserError if none."""
    with db.engine.connect() as conn:
        return _student_id(conn, email)


def _meetings_with_only(conn: Connection, student_id: int) -> list[int]:
    """Meetings whose only mentee is this student: their notes are about them alone."""
    mm = TABLES["meeting_mentee"]
    mine = select(mm.c.meeting_id).where(mm.c.student_id == student_id)
    solo = (
        select(mm.c.meeting_id)
        .where(mm.c.meeting_id.in_(mine))
        .group_by(mm.c.meeting_id)
        .having(func.count() == 1)
    )
    return [int(r[0]) for r in conn.execute(solo)]


def erase_student(db: Database, email: str) -> ErasureReport:
    """Anonymise the student teacher with `email`, in one transaction."""
    deleted: dict[str, int] = {}
    with db.engine.begin() as conn:
        sid = _student_id(conn, email)
        solo_meetings = _meetings_with_only(conn, sid)
        mt = TABLES["mentoring_meeting"]
        deleted["mentoring_meeting"] = conn.execute(
            delete(mt).where(mt.c.id.in_(solo_meetings))
        ).rowcount
        for name in ("meeting_mentee", "evidence", "reflection", "lesson_observation"):
            table = TABLES[name]
            deleted[table.name] = conn.execute(
                delete(table).where(table.c.student_id == sid)
            ).rowcount
        ca = TABLES["competence_assessment"]
        conn.execute(update(ca).where(ca.c.student_id == sid).values(note=""))
        en = TABLES["enrolment"]
        conn.execute(update(en).where(en.c.student_id == sid).values(final_comment=""))
        pm = TABLES["project_member"]
        conn.execute(update(pm).where(pm.c.student_id == sid).values(contribution=""))
        _clear_attendance_remarks(conn, sid)
        st = TABLES["student_teacher"]
        conn.execute(
            update(st)
            .where(st.c.id == sid)
            .values(
                given_name="Erased",
                family_name=f"student teacher {sid}",
                email=f"erased-{sid}@{ERASED_DOMAIN}",
                student_number="",
                languages="",
                placement_school="",
                consent_photos=False,
                consent_publication=False,
                consent_partner_sharing=False,
                retention_until=None,
                anonymised_at=datetime.now(UTC),
                version=st.c.version + 1,
            )
        )
    return ErasureReport(sid, deleted)


def _clear_attendance_remarks(conn: Connection, student_id: int) -> None:
    at = TABLES["attendance"]
    en = TABLES["enrolment"]
    enrolments = select(en.c.id).where(en.c.student_id == student_id)
    conn.execute(update(at).where(at.c.enrolment_id.in_(enrolments)).values(remark=""))
