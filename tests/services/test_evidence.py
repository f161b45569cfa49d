"""Evidence: add each kind, edit with competences, versions, delete with its file, checks."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from itepad.errors import UserError
from itepad.services import evidence
from itepad.services.attachments import FileState
from itepad.services.evidence import EvidenceForm
from itepad.store.concurrency import ConflictError
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models import EvidenceKind, ReviewStatus


@dataclass(frozen=True)
class World:
    student: int
    other_student: int
    module: int
    project: int
    competences: tuple[int, ...]  # DigCompEdu 1.1, 1.2, 2.1


def make_world(db: Database) -> World:
    """Two student teachers, one enrolled in a module with an eTwinning project."""
    with db.engine.begin() as conn:

        def add(table: str, **values: object) -> int:
            key = conn.execute(insert(TABLES[table]).values(**values)).inserted_primary_key
            assert key is not None
            return int(key[0])

        ana = add("student_teacher", given_name="Ana", family_name="Popescu", email="ana@uni.ex")
        jan = add("student_teacher", given_name="Jan", family_name="Novák", email="jan@uni.ex")
        module = add("module", code="ETW1", title="eTwinning for future teachers")
        add("enrolment", module_id=module, student_id=ana)
        project = add("etwinning_project", title="Rivers of Europe", module_id=module)
        competence = TABLES["competence"]
        ids = conn.execute(
            select(competence.c.id)
            .where(competence.c.number.in_(["1.1", "1.2", "2.1"]))
            .order_by(competence.c.id)
        ).scalars()
        return World(ana, jan, module, project, tuple(ids))


@pytest.fixture
def world(any_db: Database) -> World:
    return make_world(any_db)


def link_form(**changes: object) -> EvidenceForm:
    form = EvidenceForm(
        kind=EvidenceKind.LINK,
        title="Padlet wall: our partner schools",
        dated_on=date(2026, 10, 12),
        location="https://padlet.example/ana",
    )
    return replace(form, **changes)  # type: ignore[arg-type]


def test_choices_offer_all_competences_and_the_enrolled_modules(
    any_db: Database, world: World
) -> None:
    choices = evidence.evidence_choices(any_db, world.student)
    assert len(choices.competences) == 22
    assert choices.competences[0].area == "1 Professional Engagement"
    assert [m.label for m in choices.modules] == ["ETW1 — eTwinning for future teachers"]
    assert evidence.evidence_choices(any_db, world.other_student).modules == ()


def test_add_edit_and_list_with_competences(any_db: Database, world: World) -> None:
    c11, c12, c21 = world.competences
    evidence_id = evidence.add_evidence(
        any_db, world.student, link_form(module_id=world.module, competence_ids=(c21, c11))
    )
    (row,) = evidence.list_evidence(any_db, world.student)
    assert (row.id, row.version, row.module_code) == (evidence_id, 1, "ETW1")
    assert row.competence_numbers == ("1.1", "2.1")
    assert row.shown_location == "https://padlet.example/ana"

    edited = replace(
        row.form,
        title="  Padlet   wall ",
        description="**Planned** with partners",
        competence_ids=(c12,),
        review_status=ReviewStatus.PARTIALLY_MEETS,
    )
    assert evidence.update_evidence(any_db, evidence_id, 1, edited) == 2
    (row,) = evidence.list_evidence(any_db, world.student)
    assert row.form.title == "Padlet wall"
    assert row.form.description == "**Planned** with partners"
    assert row.form.review_status == ReviewStatus.PARTIALLY_MEETS
    assert row.form.competence_ids == (c12,)
    assert evidence.list_evidence(any_db, world.other_student) == []


def test_a_stale_edit_or_delete_is_refused(any_db: Database, world: World) -> None:
    evidence_id = evidence.add_evidence(any_db, world.student, link_form())
    evidence.update_evidence(any_db, evidence_id, 1, link_form(title="Mine first"))
    with pytest.raises(ConflictError, match="version 1, it is now version 2"):
        evidence.update_evidence(any_db, evidence_id, 1, link_form(title="Stale"))
    with pytest.raises(ConflictError):
        evidence.delete_evidence(any_db, evidence_id, 1)
    (row,) = evidence.list_evidence(any_db, world.student)
    assert row.form.title == "Mine first"
    evidence.delete_evidence(any_db, evidence_id, 2)
    assert evidence.list_evidence(any_db, world.student) == []


@pytest.mark.parametrize(
    ("form", "message"),
    [
        (link_form(title="  "), "Title: give the evidence a title"),
        (link_form(title="x" * 201), "Title: at most 200"),
        (link_form(location="javascript:alert(1)"), "Address: .*only addresses starting"),
        (link_form(kind=EvidenceKind.TWINSPACE, location="twinspace"), "Address"),
        (link_form(kind=EvidenceKind.TEXT, location=""), "Text: write the evidence"),
        (link_form(review_status="excellent"), "Review status"),
        (link_form(kind=EvidenceKind.FILE), "attaching"),
    ],
)
def test_bad_forms_are_refused_and_nothing_is_written(
    db: Database, form: EvidenceForm, message: str
) -> None:
    world = make_world(db)
    with pytest.raises(UserError, match=message):
        evidence.add_evidence(db, world.student, form)
    assert evidence.list_evidence(db, world.student) == []


def test_an_unknown_competence_writes_nothing(db: Database) -> None:
    world = make_world(db)
    with pytest.raises(UserError, match="Competences"):
        evidence.add_evidence(db, world.student, link_form(competence_ids=(9999,)))
    assert evidence.list_evidence(db, world.student) == []


def test_text_and_twinspace_evidence(db: Database) -> None:
    world = make_world(db)
    text_form = link_form(
        kind=EvidenceKind.TEXT, location="ignored", description="Account of the partner call"
    )
    evidence.add_evidence(db, world.student, text_form)
    evidence.add_evidence(
        db,
        world.student,
        link_form(kind=EvidenceKind.TWINSPACE, location="https://twinspace.etwinning.net/1/pages"),
    )
    text, page = evidence.list_evidence(db, world.student)
    assert (text.form.kind, text.location) == (EvidenceKind.TEXT, "")
    assert page.shown_location == "https://twinspace.etwinning.net/1/pages"
    with pytest.raises(UserError, match="keeps its kind"):
        evidence.update_evidence(db, text.id, 1, replace(page.form, title="other"))


def file_form() -> EvidenceForm:
    return EvidenceForm(kind=EvidenceKind.FILE, title="Lesson plan", dated_on=date(2026, 10, 1))


def test_a_file_is_copied_checked_and_removed_with_its_evidence(
    db: Database, tmp_path: Path
) -> None:
    world = make_world(db)
    folder = tmp_path / "attachments"
    source = tmp_path / "plan.pdf"
    source.write_bytes(b"%PDF lesson plan")
    evidence_id = evidence.add_file_evidence(db, world.student, source, file_form(), folder)
    (row,) = evidence.list_evidence(db, world.student)
    assert row.shown_location == "plan.pdf"
    assert (folder / row.location).read_bytes() == b"%PDF lesson plan"
    assert [c.state for c in evidence.verify_files(db, world.student, folder)] == [FileState.OK]

    (folder / row.location).write_bytes(b"edited outside itepad")
    (check,) = evidence.verify_files(db, world.student, folder)
    assert (check.evidence_id, check.file_name, check.state) == (
        evidence_id,
        "plan.pdf",
        FileState.CHANGED,
    )

    evidence.delete_evidence(db, evidence_id, 1, folder)
    assert list(folder.iterdir()) == []
    assert source.read_bytes() == b"%PDF lesson plan"  # the original is never touched


def test_a_shared_file_stays_until_no_evidence_uses_it(db: Database, tmp_path: Path) -> None:
    world = make_world(db)
    folder = tmp_path / "attachments"
    source = tmp_path / "plan.pdf"
    source.write_bytes(b"plan")
    first = evidence.add_file_evidence(db, world.student, source, file_form(), folder)
    (row,) = evidence.list_evidence(db, world.student)
    with db.engine.begin() as conn:  # as an imported database may have it
        second = conn.execute(
            insert(TABLES["evidence"]).values(
                student_id=world.other_student,
                kind="file",
                title="Copy",
                location=row.location,
                checksum=row.checksum,
                dated_on=date(2026, 10, 2),
            )
        ).inserted_primary_key
    assert second is not None
    evidence.delete_evidence(db, first, 1, folder)
    assert (folder / row.location).is_file()
    evidence.delete_evidence(db, int(second[0]), 1, folder)
    assert not (folder / row.location).exists()


def test_a_refused_file_evidence_leaves_no_copy(db: Database, tmp_path: Path) -> None:
    world = make_world(db)
    folder = tmp_path / "attachments"
    source = tmp_path / "plan.pdf"
    source.write_bytes(b"plan")
    bad = replace(file_form(), competence_ids=(9999,))
    with pytest.raises(UserError, match="Competences"):
        evidence.add_file_evidence(db, world.student, source, bad, folder)
    assert list(folder.iterdir()) == []
    assert evidence.list_evidence(db, world.student) == []


def test_a_missing_or_escaping_file_shows_as_missing(db: Database, tmp_path: Path) -> None:
    world = make_world(db)
    with db.engine.begin() as conn:
        for location in ("0123/gone.pdf", "../../etc/passwd"):
            conn.execute(
                insert(TABLES["evidence"]).values(
                    student_id=world.student,
                    kind="file",
                    title=location,
                    location=location,
                    checksum="0" * 64,
                    dated_on=date(2026, 10, 2),
                )
            )
    states = [c.state for c in evidence.verify_files(db, world.student, tmp_path)]
    assert states == [FileState.MISSING, FileState.MISSING]
