"""Reflections: free and Gibbs' cycle, switching model, versions, refusals."""

from __future__ import annotations

from datetime import date

import pytest

from itepad.errors import UserError
from itepad.reports.data import GIBBS_STAGES
from itepad.services import reflections
from itepad.services.reflections import GIBBS_STAGE, ReflectionForm
from itepad.store.concurrency import ConflictError
from itepad.store.database import Database
from itepad.store.models import ReflectionModel
from tests.services.test_evidence import make_world

STAGES = tuple(f"**{stage}** text" for stage in GIBBS_STAGES)


def gibbs_form() -> ReflectionForm:
    return ReflectionForm(
        written_on=date(2026, 11, 2),
        title="Our first partner call",
        model=ReflectionModel.GIBBS,
        stages=STAGES,
    )


def test_the_stage_labels_follow_the_printed_order() -> None:
    assert tuple(GIBBS_STAGE) == GIBBS_STAGES


def test_a_gibbs_reflection_keeps_its_six_stages(any_db: Database) -> None:
    world = make_world(any_db)
    form = ReflectionForm(**{**gibbs_form().__dict__, "module_id": world.module})
    reflection_id = reflections.add_reflection(any_db, world.student, form)
    (row,) = reflections.list_reflections(any_db, world.student)
    assert (row.id, row.version, row.module_code) == (reflection_id, 1, "ETW1")
    assert row.form == form
    assert row.excerpt == "**description** text"
    assert reflections.list_reflections(any_db, world.other_student) == []


def test_switching_to_free_clears_the_stages(any_db: Database) -> None:
    world = make_world(any_db)
    reflection_id = reflections.add_reflection(any_db, world.student, gibbs_form())
    free = ReflectionForm(
        written_on=date(2026, 11, 3), title="Rewritten", body="One *free* text", stages=STAGES
    )
    assert reflections.update_reflection(any_db, reflection_id, 1, free) == 2
    (row,) = reflections.list_reflections(any_db, world.student)
    assert (row.form.model, row.form.body) == (ReflectionModel.FREE, "One *free* text")
    assert row.form.stages == ("",) * 6
    with pytest.raises(ConflictError):
        reflections.update_reflection(any_db, reflection_id, 1, gibbs_form())
    with pytest.raises(ConflictError):
        reflections.delete_reflection(any_db, reflection_id, 1)
    reflections.delete_reflection(any_db, reflection_id, 2)
    assert reflections.list_reflections(any_db, world.student) == []


def test_a_long_free_reflection_has_a_short_excerpt(db: Database) -> None:
    world = make_world(db)
    body = "word " * 100
    reflections.add_reflection(db, world.student, ReflectionForm(date(2026, 11, 2), body=body))
    (row,) = reflections.list_reflections(db, world.student)
    assert len(row.excerpt) == 80 and row.excerpt.endswith("…")
    assert row.form.body == body


@pytest.mark.parametrize(
    ("form", "message"),
    [
        (ReflectionForm(date(2026, 11, 2), body="  "), "Reflection: write"),
        (ReflectionForm(date(2026, 11, 2), model="gibbs", body="x"), "write at least one stage"),
        (ReflectionForm(date(2026, 11, 2), model="kolb", body="x"), "Model"),
        (ReflectionForm(date(2026, 11, 2), title="t" * 201, body="x"), "Title"),
        (ReflectionForm(date(2026, 11, 2), body="x", stages=("a",)), "6 stages"),
        (ReflectionForm(date(2026, 11, 2), body="x", module_id=999), "module"),
    ],
)
def test_bad_reflections_are_refused(db: Database, form: ReflectionForm, message: str) -> None:
    world = make_world(db)
    with pytest.raises(UserError, match=message):
        reflections.add_reflection(db, world.student, form)
    assert reflections.list_reflections(db, world.student) == []
