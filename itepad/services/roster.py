"""The roster, one small function per user action: add, edit, archive and restore a student
teacher, record their eTwinning registration (enrolment is in enrolment.py).

Each action is one transaction. An edit names the version the user started from and goes
through versioned_update, so that on a shared database a stale edit is refused (ConflictError)
rather than written over someone else's. Field rules are shared with the roster import
(student_fields).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.exc import IntegrityError

from itepad.errors import UserError
from itepad.services.labels import ETWINNING_STATUS
from itepad.services.overview import StudentRow
from itepad.services.student_fields import (
    MAX_NUMBER,
    MAX_TEXT,
    email_problem,
    name_problem,
    normalise_email,
    normalise_languages,
    text_problem,
    tidy,
)
from itepad.store.concurrency import versioned_update
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models import EtwinningStatus


@dataclass(frozen=True)
class Registration:
    """A student teacher's eTwinning milestones."""

    status: str = EtwinningStatus.NOT_REGISTERED
    registered_on: date | None = None
    validated_on: date | None = None
    twinspace_joined_on: date | None = None


@dataclass(frozen=True)
class StudentForm:
    """What the add/edit dialog shows and saves."""

    given_name: str
    family_name: str
    email: str
    student_number: str = ""
    cohort_id: int | None = None
    programme: str = ""
    study_year: int | None = None
    languages: str = ""  # comma-separated ISO 639-1 codes
    placement_school: str = ""
    registration: Registration = field(default_factory=Registration)
    consent_photos: bool = False
    consent_publication: bool = False
    consent_partner_sharing: bool = False
    retention_until: date | None = None


@dataclass(frozen=True)
class StudentRecord:
    id: int
    version: int
    form: StudentForm
    archived: bool


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


@dataclass(frozen=True)
class RosterChoices:
    cohorts: tuple[Choice, ...]  # by name
    modules: tuple[Choice, ...]  # "CODE — Title", newest academic year first


def registration_problem(registration: Registration) -> str | None:
    """Why the milestones cannot be true together, if they cannot."""
    status, registered, validated = (
        registration.status,
        registration.registered_on,
        registration.validated_on,
    )
    joined = registration.twinspace_joined_on
    if status not in tuple(EtwinningStatus):
        return f"{status!r} is not an eTwinning registration status"
    if status == EtwinningStatus.NOT_REGISTERED and (registered or validated or joined):
        return (
            "someone not registered on eTwinning has no registration, validation or TwinSpace date"
        )
    if status == EtwinningStatus.PENDING and validated:
        return "a registration still pending validation has no validation date"
    if registered and validated and validated < registered:
        return "the validation date is before the registration date"
    if registered and joined and joined < registered:
        return "the TwinSpace date is before the registration date"
    return None


def _registration_values(registration: Registration) -> dict[str, Any]:
    return {
        "etwinning_status": registration.status,
        "etwinning_registered_on": registration.registered_on,
        "etwinning_validated_on": registration.validated_on,
        "twinspace_joined_on": registration.twinspace_joined_on,
    }


def _values(form: StudentForm) -> dict[str, Any]:
    """The form as column values; UserError listing every field at fault."""
    given, family = tidy(form.given_name), tidy(form.family_name)
    email = normalise_email(form.email)
    values: dict[str, Any] = {
        "given_name": given,
        "family_name": family,
        "email": email,
        "student_number": tidy(form.student_number),
        "cohort_id": form.cohort_id,
        "programme": tidy(form.programme),
        "study_year": form.study_year,
        "placement_school": tidy(form.placement_school),
        **_registration_values(form.registration),
        "consent_photos": form.consent_photos,
        "consent_publication": form.consent_publication,
        "consent_partner_sharing": form.consent_partner_sharing,
        "retention_until": form.retention_until,
    }
    checks = {
        "Given name": name_problem(given),
        "Family name": name_problem(family),
        "Email": email_problem(email),
        "Student number": text_problem(values["student_number"], MAX_NUMBER),
        "Programme": text_problem(values["programme"], MAX_TEXT),
        "Placement school": text_problem(values["placement_school"], MAX_TEXT),
        "eTwinning": registration_problem(form.registration),
    }
    try:
        values["languages"] = normalise_languages(form.languages)
    except ValueError as exc:
        checks["Languages"] = str(exc)
    problems = [f"{label}: {problem}" for label, problem in checks.items() if problem]
    if problems:
        raise UserError("\n".join(problems))
    return values


def check_form(form: StudentForm) -> None:
    """UserError naming every field of `form` that cannot be saved (the dialog asks first)."""
    _values(form)


def _form(row: Mapping[str, Any]) -> StudentForm:
    return StudentForm(
        given_name=row["given_name"],
        family_name=row["family_name"],
        email=row["email"],
        student_number=row["student_number"],
        cohort_id=row["cohort_id"],
        programme=row["programme"],
        study_year=row["study_year"],
        languages=row["languages"],
        placement_school=row["placement_school"],
        registration=Registration(
            row["etwinning_status"],
            row["etwinning_registered_on"],
            row["etwinning_validated_on"],
            row["twinspace_joined_on"],
        ),
        consent_photos=row["consent_photos"],
        consent_publication=row["consent_publication"],
        consent_partner_sharing=row["consent_partner_sharing"],
        retention_until=row["retention_until"],
    )


def _row(conn: Connection, student_id: int) -> Mapping[str, Any]:
    table = TABLES["student_teacher"]
    row = conn.execute(select(table).where(table.c.id == student_id)).first()
    if row is None:
        raise UserError(f"Student teacher {student_id} is no longer in this database.")
    return dict(row._mapping)


def load_student(db: Database, student_id: int) -> StudentRecord:
    with db.engine.connect() as conn:
        row = _row(conn, student_id)
    return StudentRecord(student_id, row["version"], _form(row), row["archived_at"] is not None)


def _refuse_taken_email(conn: Connection, email: str, student_id: int | None) -> None:
    table = TABLES["student_teacher"]
    other = conn.execute(
        select(table.c.given_name, table.c.family_name).where(
            func.lower(table.c.email) == email, table.c.id != (student_id or -1)
        )
    ).first()
    if other is not None:
        raise UserError(
            f"Email: {email} already belongs to {other.given_name} {other.family_name}."
        )


@contextmanager
def _email_race_reported(email: str) -> Iterator[None]:
    """Two educators adding the same email at once: the second is told, not shown a bug."""
    try:
        yield
    except IntegrityError:
        raise UserError(f"Email: {email} already belongs to another student teacher.") from None


def _check_references(conn: Connection, values: Mapping[str, Any], student_id: int | None) -> None:
    _refuse_taken_email(conn, values["email"], student_id)
    if values["cohort_id"] is not None:
        require_row(conn, "cohort", values["cohort_id"])


def require_row(conn: Connection, table_name: str, row_id: int) -> None:
    """Refuse to refer to a record someone has deleted since the dialog was opened."""
    table = TABLES[table_name]
    if conn.execute(select(table.c.id).where(table.c.id == row_id)).first() is None:
        raise UserError(f"The {table_name} you chose is no longer in this database; reload.")


def add_student(db: Database, form: StudentForm) -> int:
    """Add a student teacher; returns the new id."""
    values = _values(form)
    with _email_race_reported(values["email"]), db.engine.begin() as conn:
        _check_references(conn, values, None)
        inserted = conn.execute(
            insert(TABLES["student_teacher"]).values(**values, version=1)
        ).inserted_primary_key
    assert inserted is not None
    return int(inserted[0])


def update_student(db: Database, student_id: int, version: int, form: StudentForm) -> int:
    """Save the edited form over `version`; returns the new version."""
    values = _values(form)
    with _email_race_reported(values["email"]), db.engine.begin() as conn:
        _check_references(conn, values, student_id)
        return versioned_update(conn, TABLES["student_teacher"], student_id, version, values)


def archive_student(
    db: Database, student_id: int, version: int, *, now: datetime | None = None
) -> int:
    """Hide a student teacher from the daily work; nothing of theirs is deleted."""
    with db.engine.begin() as conn:
        return versioned_update(
            conn,
            TABLES["student_teacher"],
            student_id,
            version,
            {"archived_at": now or datetime.now(UTC)},
        )


def restore_student(db: Database, student_id: int, version: int) -> int:
    with db.engine.begin() as conn:
        return versioned_update(
            conn, TABLES["student_teacher"], student_id, version, {"archived_at": None}
        )


def set_registration(
    db: Database, student_id: int, version: int, registration: Registration
) -> int:
    """Record the eTwinning status and dates; returns the new version."""
    problem = registration_problem(registration)
    if problem is not None:
        raise UserError(f"eTwinning: {problem}")
    with db.engine.begin() as conn:
        return versioned_update(
            conn,
            TABLES["student_teacher"],
            student_id,
            version,
            _registration_values(registration),
        )


def mark_registration(db: Database, student_ids: Iterable[int], status: str, on: date) -> int:
    """Set several people's status as of `on` (e.g. validated, once the NSO confirms).

    Dates already recorded are kept; a missing one becomes `on`. Returns how many changed.
    """
    changed = 0
    with db.engine.begin() as conn:
        for student_id in student_ids:
            row = _row(conn, student_id)
            before = _form(row).registration
            after = _marked(before, status, on)
            if after == before:
                continue
            problem = registration_problem(after)
            if problem is not None:
                name = f"{row['given_name']} {row['family_name']}"
                raise UserError(f"{name}: {problem}; edit their dates first.")
            versioned_update(
                conn,
                TABLES["student_teacher"],
                student_id,
                row["version"],
                _registration_values(after),
            )
            changed += 1
    return changed


def _marked(before: Registration, status: str, on: date) -> Registration:
    if status == EtwinningStatus.NOT_REGISTERED:
        return Registration()
    registered = before.registered_on or on
    if status == EtwinningStatus.PENDING:
        return Registration(status, registered, None, before.twinspace_joined_on)
    return Registration(status, registered, before.validated_on or on, before.twinspace_joined_on)


def roster_choices(db: Database) -> RosterChoices:
    cohorts = TABLES["cohort"]
    modules = TABLES["module"]
    with db.engine.connect() as conn:
        cohort_rows = conn.execute(select(cohorts.c.id, cohorts.c.name).order_by(cohorts.c.name))
        module_rows = conn.execute(
            select(modules.c.id, modules.c.code, modules.c.title).order_by(
                modules.c.academic_year.desc(), modules.c.code
            )
        )
        return RosterChoices(
            tuple(Choice(cid, name) for cid, name in cohort_rows),
            tuple(Choice(mid, f"{code} — {title}") for mid, code, title in module_rows),
        )


@dataclass(frozen=True)
class ArchivedStudentRow(StudentRow):
    """A row of the roster's "Show archived": no longer in the daily work."""

    archived_on: date


def archived_rows(db: Database) -> list[ArchivedStudentRow]:
    """Archived student teachers, for the roster's "Show archived" (attendance not counted)."""
    students = TABLES["student_teacher"]
    cohorts = TABLES["cohort"]
    query = (
        select(
            students.c.id,
            students.c.given_name,
            students.c.family_name,
            students.c.email,
            func.coalesce(cohorts.c.name, ""),
            func.coalesce(func.nullif(students.c.programme, ""), cohorts.c.programme, ""),
            students.c.etwinning_status,
            students.c.archived_at,
        )
        .outerjoin(cohorts, cohorts.c.id == students.c.cohort_id)
        .where(students.c.archived_at.is_not(None))
        .order_by(students.c.family_name, students.c.given_name)
    )
    with db.engine.connect() as conn:
        return [
            ArchivedStudentRow(
                id=sid,
                name=f"{given} {family}".strip(),
                family_name=family,
                email=email,
                cohort=cohort,
                programme=programme,
                etwinning_status=ETWINNING_STATUS.get(status, status),
                attendance_rate=None,
                archived_on=archived_at.date(),
            )
            for sid, given, family, email, cohort, programme, status, archived_at in conn.execute(
                query
            )
        ]
