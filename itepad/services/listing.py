"""`itepad list KIND`: one record a line for scripts, its key first."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from sqlalchemy import func, select
from sqlmodel import col

from itepad.services.templates import TemplateError, load_templates
from itepad.store.database import Database
from itepad.store.models import Cohort, Module, StudentTeacher


def list_records(
    db: Database, kind: str, *, today: date | None = None
) -> Iterator[Sequence[object]]:
    """Rows for `kind` (cohorts, modules, students, due-for-deletion), ordered by their key."""
    with db.session() as session:
        if kind == "cohorts":
            counts = (
                select(col(StudentTeacher.cohort_id), func.count().label("n"))
                .group_by(col(StudentTeacher.cohort_id))
                .subquery()
            )
            query = (
                select(
                    col(Cohort.name), col(Cohort.programme), col(Cohort.academic_year), counts.c.n
                )
                .outerjoin(counts, counts.c.cohort_id == col(Cohort.id))
                .order_by(col(Cohort.name))
            )
            for name, programme, year, n in session.execute(query):
                yield name, programme, year, n or 0
        elif kind == "modules":
            yield from session.execute(
                select(
                    col(Module.code),
                    col(Module.title),
                    col(Module.academic_year),
                    col(Module.term),
                    col(Module.status),
                ).order_by(col(Module.code))
            )
        elif kind == "students":
            yield from session.execute(
                select(
                    col(StudentTeacher.email),
                    col(StudentTeacher.family_name),
                    col(StudentTeacher.given_name),
                    func.coalesce(col(Cohort.name), ""),
                    col(StudentTeacher.etwinning_status),
                )
                .outerjoin(Cohort, col(Cohort.id) == col(StudentTeacher.cohort_id))
                .order_by(col(StudentTeacher.email))
            )
        elif kind == "due-for-deletion":
            # Retention date reached and not yet erased: `itepad erase` is the next step.
            yield from session.execute(
                select(
                    col(StudentTeacher.email),
                    col(StudentTeacher.family_name),
                    col(StudentTeacher.given_name),
                    col(StudentTeacher.retention_until),
                )
                .where(
                    col(StudentTeacher.retention_until) <= (today or date.today()),
                    col(StudentTeacher.anonymised_at).is_(None),
                )
                .order_by(col(StudentTeacher.email))
            )
        else:
            raise ValueError(f"unknown kind {kind!r}")


def list_templates() -> tuple[list[tuple[str, str, str, int, str]], list[TemplateError]]:
    """(id, title, kind, weeks, ECTS) of every usable course template, and the broken files."""
    templates, problems = load_templates()
    rows = [(t.id, t.title, t.kind, t.weeks, f"{t.ects:g}") for t in templates]
    return rows, problems
