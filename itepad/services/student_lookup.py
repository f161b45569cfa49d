"""One student teacher by record number, for the services that show a single record."""

from __future__ import annotations

from sqlalchemy import Connection, select

from itepad.errors import UserError
from itepad.store.contents import TABLES

STUDENT = TABLES["student_teacher"]


def student_name(conn: Connection, student_id: int) -> str:
    """ "Given Family" of the student teacher; a UserError if there is no such record."""
    person = conn.execute(
        select(STUDENT.c.given_name, STUDENT.c.family_name).where(STUDENT.c.id == student_id)
    ).first()
    if person is None:
        raise UserError(f"There is no student teacher with record number {student_id}.")
    return f"{person.given_name} {person.family_name}".strip()
