"""Enrolment in modules: chosen student teachers, or a whole cohort at once.

One transaction per action. Someone who withdrew is enrolled again when chosen by name; enrolling
their cohort leaves them withdrawn, since withdrawing was their choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select

from itepad.services.roster import require_row
from itepad.store.concurrency import versioned_update
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models import EnrolmentStatus


@dataclass(frozen=True)
class EnrolReport:
    enrolled: int  # newly enrolled, or back from withdrawn
    already: int  # enrolled before


def enrol_students(db: Database, module_id: int, student_ids: Sequence[int]) -> EnrolReport:
    """Enrol people in a module; someone who had withdrawn is enrolled again."""
    with db.engine.begin() as conn:
        require_row(conn, "module", module_id)
        return _enrol(conn, module_id, student_ids, bring_back=True)


def enrol_cohort(db: Database, module_id: int, cohort_id: int) -> EnrolReport:
    """Enrol everyone current in the cohort and link the cohort to the module."""
    students = TABLES["student_teacher"]
    links = TABLES["module_cohort"]
    with db.engine.begin() as conn:
        require_row(conn, "module", module_id)
        require_row(conn, "cohort", cohort_id)
        linked = conn.execute(
            select(links).where(links.c.module_id == module_id, links.c.cohort_id == cohort_id)
        ).first()
        if linked is None:
            conn.execute(insert(links).values(module_id=module_id, cohort_id=cohort_id))
        ids = conn.execute(
            select(students.c.id).where(
                students.c.cohort_id == cohort_id, students.c.archived_at.is_(None)
            )
        ).scalars()
        return _enrol(conn, module_id, list(ids), bring_back=False)


def _enrol(
    conn: Connection, module_id: int, student_ids: Sequence[int], *, bring_back: bool
) -> EnrolReport:
    table = TABLES["enrolment"]
    chosen = list(dict.fromkeys(student_ids))
    existing = {
        row.student_id: row
        for row in conn.execute(select(table).where(table.c.module_id == module_id))
    }
    new = [
        {"module_id": module_id, "student_id": sid, "status": EnrolmentStatus.ENROLLED}
        for sid in chosen
        if sid not in existing
    ]
    if new:
        conn.execute(insert(table), new)
    enrolled = len(new)
    for sid in chosen:
        row = existing.get(sid)
        if bring_back and row is not None and row.status == EnrolmentStatus.WITHDRAWN:
            versioned_update(conn, table, row.id, row.version, {"status": EnrolmentStatus.ENROLLED})
            enrolled += 1
    return EnrolReport(enrolled, len(chosen) - enrolled)
