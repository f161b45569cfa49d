"""A student teacher's portfolio evidence: list, add, edit, delete, and check attached files.

Evidence is a file (copied into the attachments folder, see services/attachments), a link, a
TwinSpace page, or a text written in itepad. Each action is one transaction; an edit or delete
names the version it started from (store/concurrency), so a stale one is refused.

Deleting evidence that has a file removes the copy too, once no other evidence refers to it
(every upload gets a copy of its own, but an imported database may share one): a portfolio
that no longer lists a file should not keep it on disk, and the student teacher's own original
is never touched. The copy is removed after the row, so a refused delete leaves both in place.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select

from itepad.errors import UserError
from itepad.services import attachments
from itepad.services.attachments import FileState
from itepad.services.labels import EVIDENCE_KIND, REVIEW_STATUS
from itepad.services.module_draft import CompetenceChoice
from itepad.services.roster import require_row
from itepad.store.concurrency import versioned_delete, versioned_update
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models import EvidenceKind, ReviewStatus

EVIDENCE = TABLES["evidence"]
LINKS = TABLES["evidence_competence"]
COMPETENCE = TABLES["competence"]
AREA = TABLES["competence_area"]
MODULE = TABLES["module"]
ENROLMENT = TABLES["enrolment"]
MAX_TITLE = 200


@dataclass(frozen=True)
class EvidenceForm:
    """What the evidence editor shows and saves (a file's location is set by attaching it)."""

    kind: str
    title: str
    dated_on: date
    location: str = ""  # the address of a link or TwinSpace page
    description: str = ""  # Markdown; the whole evidence for a text
    module_id: int | None = None
    review_status: str = ReviewStatus.READY
    competence_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class EvidenceRow:
    id: int
    version: int
    form: EvidenceForm
    location: str  # as stored: a file's place in the attachments folder, or an address
    checksum: str
    module_code: str
    competence_numbers: tuple[str, ...]  # "2.1", in framework order

    @property
    def shown_location(self) -> str:
        """A file by its own name, anything else by its address."""
        if self.form.kind == EvidenceKind.FILE:
            return attachments.display_name(self.location)
        return self.location


@dataclass(frozen=True)
class ModuleChoice:
    id: int
    label: str  # "CODE — Title"


@dataclass(frozen=True)
class EvidenceChoices:
    competences: tuple[CompetenceChoice, ...]  # in framework order
    modules: tuple[ModuleChoice, ...]  # the modules the student teacher is enrolled in


@dataclass(frozen=True)
class FileCheck:
    evidence_id: int
    title: str
    file_name: str
    state: FileState


# --- reading ---------------------------------------------------------------------------------


def _competences(conn: Connection) -> tuple[CompetenceChoice, ...]:
    rows = conn.execute(
        select(COMPETENCE.c.id, COMPETENCE.c.number, COMPETENCE.c.name, AREA.c.number, AREA.c.name)
        .join(AREA, AREA.c.id == COMPETENCE.c.area_id)
        .order_by(AREA.c.number, COMPETENCE.c.id)
    )
    return tuple(
        CompetenceChoice(cid, number, name, f"{area_number} {area_name}")
        for cid, number, name, area_number, area_name in rows
    )


def evidence_choices(db: Database, student_id: int) -> EvidenceChoices:
    with db.engine.connect() as conn:
        modules = conn.execute(
            select(MODULE.c.id, MODULE.c.code, MODULE.c.title)
            .join(ENROLMENT, ENROLMENT.c.module_id == MODULE.c.id)
            .where(ENROLMENT.c.student_id == student_id)
            .order_by(MODULE.c.code)
        )
        return EvidenceChoices(
            _competences(conn),
            tuple(ModuleChoice(mid, f"{code} — {title}") for mid, code, title in modules),
        )


def list_evidence(db: Database, student_id: int) -> list[EvidenceRow]:
    """The student teacher's evidence, oldest first (the portfolio's order)."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(EVIDENCE, func.coalesce(MODULE.c.code, "").label("module_code"))
            .select_from(EVIDENCE.outerjoin(MODULE, MODULE.c.id == EVIDENCE.c.module_id))
            .where(EVIDENCE.c.student_id == student_id)
            .order_by(EVIDENCE.c.dated_on, EVIDENCE.c.id)
        ).all()
        supported: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for evidence_id, competence_id, number in conn.execute(
            select(LINKS.c.evidence_id, COMPETENCE.c.id, COMPETENCE.c.number)
            .join(COMPETENCE, COMPETENCE.c.id == LINKS.c.competence_id)
            .join(EVIDENCE, EVIDENCE.c.id == LINKS.c.evidence_id)
            .where(EVIDENCE.c.student_id == student_id)
            .order_by(COMPETENCE.c.id)
        ):
            supported[evidence_id].append((competence_id, number))
    return [_row(row._mapping, supported[row.id]) for row in rows]


def _row(row: Any, competences: Sequence[tuple[int, str]]) -> EvidenceRow:
    kind = row["kind"]
    form = EvidenceForm(
        kind=kind,
        title=row["title"],
        dated_on=row["dated_on"],
        location="" if kind == EvidenceKind.FILE else row["location"],
        description=row["description"],
        module_id=row["module_id"],
        review_status=row["review_status"],
        competence_ids=tuple(cid for cid, _number in competences),
    )
    return EvidenceRow(
        id=row["id"],
        version=row["version"],
        form=form,
        location=row["location"],
        checksum=row["checksum"],
        module_code=row["module_code"],
        competence_numbers=tuple(number for _cid, number in competences),
    )


# --- changing --------------------------------------------------------------------------------


def _values(form: EvidenceForm) -> dict[str, Any]:
    """The form as column values (file location and checksum aside); UserError if it is wrong."""
    title = " ".join(form.title.split())
    problems = []
    if not title:
        problems.append("Title: give the evidence a title.")
    elif len(title) > MAX_TITLE:
        problems.append(f"Title: at most {MAX_TITLE} characters.")
    if form.kind not in EVIDENCE_KIND:
        problems.append(f"Kind: {form.kind!r} is not a kind of evidence.")
    if form.review_status not in REVIEW_STATUS:
        problems.append(f"Review status: {form.review_status!r} is not a review status.")
    if form.kind == EvidenceKind.TEXT and not form.description.strip():
        problems.append("Text: write the evidence in the description.")
    values: dict[str, Any] = {
        "kind": form.kind,
        "title": title,
        "dated_on": form.dated_on,
        "description": form.description,
        "module_id": form.module_id,
        "review_status": form.review_status,
    }
    if form.kind in (EvidenceKind.LINK, EvidenceKind.TWINSPACE):
        try:
            values["location"] = attachments.checked_link(form.location, attachments.WEB_SCHEMES)
        except UserError as exc:
            problems.append(f"Address: {exc}")
    elif form.kind == EvidenceKind.TEXT:
        values["location"] = ""
    if problems:
        raise UserError("\n".join(problems))
    return values


def check_form(form: EvidenceForm) -> None:
    """UserError naming every field of `form` that cannot be saved (the editor asks first)."""
    _values(form)


def _check_references(conn: Connection, form: EvidenceForm) -> None:
    if form.module_id is not None:
        require_row(conn, "module", form.module_id)
    wanted = set(form.competence_ids)
    known = set(conn.execute(select(COMPETENCE.c.id).where(COMPETENCE.c.id.in_(wanted))).scalars())
    if wanted - known:
        raise UserError("Competences: one of those chosen is not in this database; reload.")


def _set_competences(conn: Connection, evidence_id: int, competence_ids: Sequence[int]) -> None:
    conn.execute(delete(LINKS).where(LINKS.c.evidence_id == evidence_id))
    ids = sorted(set(competence_ids))
    if ids:
        conn.execute(insert(LINKS), [{"evidence_id": evidence_id, "competence_id": c} for c in ids])


def _insert(conn: Connection, student_id: int, form: EvidenceForm, values: dict[str, Any]) -> int:
    require_row(conn, "student_teacher", student_id)
    _check_references(conn, form)
    inserted = conn.execute(
        insert(EVIDENCE).values(student_id=student_id, version=1, **values)
    ).inserted_primary_key
    assert inserted is not None
    evidence_id = int(inserted[0])
    _set_competences(conn, evidence_id, form.competence_ids)
    return evidence_id


def add_evidence(db: Database, student_id: int, form: EvidenceForm) -> int:
    """Add a link, TwinSpace page or text; returns the new id."""
    if form.kind == EvidenceKind.FILE:
        raise UserError("A file is added by attaching it (add_file_evidence).")
    values = _values(form)
    with db.engine.begin() as conn:
        return _insert(conn, student_id, form, {**values, "checksum": ""})


def add_file_evidence(
    db: Database, student_id: int, source: Path, form: EvidenceForm, folder: Path | None = None
) -> int:
    """Copy `source` into the attachments folder and record it; nothing is kept if either fails."""
    values = _values(form)
    values["kind"] = EvidenceKind.FILE
    stored = attachments.store_copy(source, folder)
    try:
        with db.engine.begin() as conn:
            return _insert(
                conn,
                student_id,
                form,
                {**values, "location": stored.location, "checksum": stored.checksum},
            )
    except BaseException:
        attachments.remove_copy(stored.location, folder)
        raise


def update_evidence(db: Database, evidence_id: int, version: int, form: EvidenceForm) -> int:
    """Save the edited form over `version`; returns the new version. The kind stays as it was."""
    values = _values(form)
    with db.engine.begin() as conn:
        kind = conn.execute(select(EVIDENCE.c.kind).where(EVIDENCE.c.id == evidence_id)).scalar()
        if kind is not None and kind != form.kind:
            raise UserError("Kind: evidence keeps its kind; add new evidence instead.")
        _check_references(conn, form)
        new_version = versioned_update(conn, EVIDENCE, evidence_id, version, values)
        _set_competences(conn, evidence_id, form.competence_ids)
        return new_version


def delete_evidence(
    db: Database, evidence_id: int, version: int, folder: Path | None = None
) -> None:
    """Delete the evidence; its attached copy goes too once nothing else refers to it."""
    with db.engine.begin() as conn:
        row = conn.execute(
            select(EVIDENCE.c.kind, EVIDENCE.c.location).where(EVIDENCE.c.id == evidence_id)
        ).first()
        versioned_delete(conn, EVIDENCE, evidence_id, version)
        assert row is not None  # versioned_delete refuses a row that is gone
        unused = (
            row.kind == EvidenceKind.FILE
            and not conn.execute(
                select(func.count()).where(
                    EVIDENCE.c.kind == EvidenceKind.FILE, EVIDENCE.c.location == row.location
                )
            ).scalar_one()
        )
    if unused and attachments.member_path(row.location) is not None:
        attachments.remove_copy(row.location, folder)


def verify_files(db: Database, student_id: int, folder: Path | None = None) -> list[FileCheck]:
    """Each attached file of the student teacher, checked against the digest taken on attaching."""
    checks = []
    for row in list_evidence(db, student_id):
        if row.form.kind != EvidenceKind.FILE:
            continue
        try:
            state = attachments.check_file(row.location, row.checksum, folder)
        except UserError:
            state = FileState.MISSING  # a location pointing outside the folder is not there
        checks.append(FileCheck(row.id, row.form.title, row.shown_location, state))
    return checks
