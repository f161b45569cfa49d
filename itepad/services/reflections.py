"""A student teacher's reflections: free Markdown, or Gibbs' reflective cycle in six stages.

A free reflection keeps its text in `body`; a Gibbs reflection keeps one Markdown text per stage
(description, feelings, evaluation, analysis, conclusion, action plan) and no body. Saving a
reflection under the other model clears what that model does not use, so the portfolio never
prints text the editor no longer shows. Each action is one transaction; an edit or delete names
the version it started from (store/concurrency).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import insert, select

from itepad.errors import UserError
from itepad.reports.data import GIBBS_STAGES
from itepad.services.labels import REFLECTION_MODEL
from itepad.services.roster import require_row
from itepad.store.concurrency import versioned_delete, versioned_update
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models import ReflectionModel

REFLECTION = TABLES["reflection"]
MODULE = TABLES["module"]
MAX_TITLE = 200

# Each stage with the question it answers, as Gibbs (1988) put it to the writer.
GIBBS_STAGE: dict[str, tuple[str, str]] = {
    "description": ("Description", "What happened?"),
    "feelings": ("Feelings", "What were you thinking and feeling?"),
    "evaluation": ("Evaluation", "What was good and bad about the experience?"),
    "analysis": ("Analysis", "What sense can you make of the situation?"),
    "conclusion": ("Conclusion", "What else could you have done?"),
    "action_plan": ("Action plan", "If it arose again, what would you do?"),
}


@dataclass(frozen=True)
class ReflectionForm:
    written_on: date
    title: str = ""
    model: str = ReflectionModel.FREE
    body: str = ""  # Markdown, for a free reflection
    stages: tuple[str, ...] = ("",) * len(GIBBS_STAGES)  # Markdown, in GIBBS_STAGES order
    module_id: int | None = None


@dataclass(frozen=True)
class ReflectionRow:
    id: int
    version: int
    form: ReflectionForm
    module_code: str

    @property
    def excerpt(self) -> str:
        """The first words, to tell reflections apart in a list."""
        text = self.form.body if self.form.model == ReflectionModel.FREE else self.form.stages[0]
        words = " ".join(text.split())
        return words if len(words) <= 80 else words[:79] + "…"


def list_reflections(db: Database, student_id: int) -> list[ReflectionRow]:
    """The student teacher's reflections, oldest first (the portfolio's order)."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(REFLECTION, MODULE.c.code.label("module_code"))
            .select_from(REFLECTION.outerjoin(MODULE, MODULE.c.id == REFLECTION.c.module_id))
            .where(REFLECTION.c.student_id == student_id)
            .order_by(REFLECTION.c.written_on, REFLECTION.c.id)
        ).all()
    return [_row(row._mapping) for row in rows]


def _row(row: Any) -> ReflectionRow:
    form = ReflectionForm(
        written_on=row["written_on"],
        title=row["title"],
        model=row["model"],
        body=row["body"],
        stages=tuple(row[f"gibbs_{stage}"] for stage in GIBBS_STAGES),
        module_id=row["module_id"],
    )
    return ReflectionRow(row["id"], row["version"], form, row["module_code"] or "")


def _values(form: ReflectionForm) -> dict[str, Any]:
    """The form as column values; UserError naming every field at fault."""
    title = " ".join(form.title.split())
    problems = []
    if len(title) > MAX_TITLE:
        problems.append(f"Title: at most {MAX_TITLE} characters.")
    if form.model not in REFLECTION_MODEL:
        problems.append(f"Model: {form.model!r} is not a reflection model.")
    if len(form.stages) != len(GIBBS_STAGES):
        problems.append(f"Gibbs' cycle: {len(GIBBS_STAGES)} stages expected.")
    gibbs = form.model == ReflectionModel.GIBBS
    if gibbs and not any(text.strip() for text in form.stages):
        problems.append("Gibbs' cycle: write at least one stage.")
    if not gibbs and not form.body.strip():
        problems.append("Reflection: write the reflection.")
    if problems:
        raise UserError("\n".join(problems))
    return {
        "written_on": form.written_on,
        "title": title,
        "model": form.model,
        "module_id": form.module_id,
        "body": "" if gibbs else form.body,
        **{
            f"gibbs_{stage}": text if gibbs else ""
            for stage, text in zip(GIBBS_STAGES, form.stages, strict=True)
        },
    }


def check_form(form: ReflectionForm) -> None:
    """UserError naming every field of `form` that cannot be saved (the editor asks first)."""
    _values(form)


def add_reflection(db: Database, student_id: int, form: ReflectionForm) -> int:
    values = _values(form)
    with db.engine.begin() as conn:
        require_row(conn, "student_teacher", student_id)
        if form.module_id is not None:
            require_row(conn, "module", form.module_id)
        inserted = conn.execute(
            insert(REFLECTION).values(student_id=student_id, version=1, **values)
        ).inserted_primary_key
    assert inserted is not None
    return int(inserted[0])


def update_reflection(db: Database, reflection_id: int, version: int, form: ReflectionForm) -> int:
    """Save the edited form over `version`; returns the new version."""
    values = _values(form)
    with db.engine.begin() as conn:
        if form.module_id is not None:
            require_row(conn, "module", form.module_id)
        return versioned_update(conn, REFLECTION, reflection_id, version, values)


def delete_reflection(db: Database, reflection_id: int, version: int) -> None:
    with db.engine.begin() as conn:
        versioned_delete(conn, REFLECTION, reflection_id, version)
