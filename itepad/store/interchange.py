"""The JSON interchange format: the whole database, or everything about one student teacher.

A document is {"format": "itepad-interchange", "version": 1, "schema": <revision>,
"exported_at": ..., "scope": "database" | "student", "tables": {table: [row, ...]}}.
Rows are objects of column -> value; dates and times are ISO 8601 strings (instants carry their
UTC offset, planned wall-clock times none). docs/interchange.md describes it for other tools.
Import is all or nothing: the document is checked in full before one row is written.
Both scopes carry the audit trail (all of it, or the entries about the student teacher); an
import loads it as it is and does not record the import row by row a second time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    Table,
    TypeDecorator,
    select,
)
from sqlalchemy.exc import DataError, IntegrityError
from sqlmodel import SQLModel

from itepad import __version__
from itepad.atomic import atomic_write_path
from itepad.errors import UserError
from itepad.store.contents import SEED_TABLES, data_tables, first_table_with_rows
from itepad.store.database import Database
from itepad.store.migrate import SCHEMA_HEAD
from itepad.store.sequences import advance_sequences

FORMAT = "itepad-interchange"
INT_MIN, INT_MAX = -(2**31), 2**31 - 1
VERSION = 1

Row = dict[str, Any]


def _encode(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _rows(conn: Connection, table: Table, where: Any = None) -> list[Row]:
    query = select(table).order_by(*table.primary_key.columns)
    if where is not None:
        query = query.where(where)
    return [{k: _encode(v) for k, v in row._mapping.items()} for row in conn.execute(query)]


def _document(scope: str, tables: dict[str, list[Row]]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "schema": SCHEMA_HEAD,
        "app_version": __version__,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "scope": scope,
        "tables": tables,
    }


def export_database(db: Database) -> dict[str, Any]:
    with db.engine.connect() as conn:
        return _document("database", {t.name: _rows(conn, t) for t in data_tables()})


def _ids(rows: Iterable[Row], key: str) -> set[int]:
    return {row[key] for row in rows if row.get(key) is not None}


def export_student(db: Database, email: str) -> dict[str, Any]:
    """Everything about one student teacher, plus the records it refers to, and nobody else's
    personal data: the result is itself a consistent database that import_document accepts."""
    t = SQLModel.metadata.tables
    out: dict[str, list[Row]] = {}
    with db.engine.connect() as conn:
        students = _rows(
            conn, t["student_teacher"], t["student_teacher"].c.email == email.strip().lower()
        )
        if not students:
            raise UserError(f"No student teacher with the email {email!r} in this database.")
        sid = students[0]["id"]

        def of(name: str, column: str, ids: set[int]) -> list[Row]:
            return _rows(conn, t[name], t[name].c[column].in_(ids)) if ids else []

        for name in SEED_TABLES:
            out[name] = _rows(conn, t[name])
        out["student_teacher"] = students
        out["enrolment"] = of("enrolment", "student_id", {sid})
        module_ids = _ids(out["enrolment"], "module_id")
        out["attendance"] = of("attendance", "enrolment_id", _ids(out["enrolment"], "id"))
        out["meeting_mentee"] = of("meeting_mentee", "student_id", {sid})
        meeting_ids = _ids(out["meeting_mentee"], "meeting_id")
        out["mentoring_meeting"] = of("mentoring_meeting", "id", meeting_ids)
        out["mentoring_target"] = of("mentoring_target", "meeting_id", meeting_ids)
        out["mentoring_action"] = of("mentoring_action", "meeting_id", meeting_ids)
        for name in ("lesson_observation", "evidence", "reflection", "competence_assessment"):
            out[name] = of(name, "student_id", {sid})
        out["evidence_competence"] = of(
            "evidence_competence", "evidence_id", _ids(out["evidence"], "id")
        )
        out["project_member"] = of("project_member", "student_id", {sid})
        project_ids = _ids(out["project_member"], "project_id")
        out["etwinning_project"] = of("etwinning_project", "id", project_ids)
        module_ids |= _ids(out["etwinning_project"], "module_id")
        module_ids |= _ids(out["evidence"], "module_id") | _ids(out["reflection"], "module_id")
        out["project_partner"] = of("project_partner", "project_id", project_ids)
        out["quality_label_application"] = of(
            "quality_label_application", "project_id", project_ids
        )
        out["module"] = of("module", "id", module_ids)
        out["module_session"] = of("module_session", "module_id", module_ids)
        out["learning_outcome"] = of("learning_outcome", "module_id", module_ids)
        out["module_competence"] = of("module_competence", "module_id", module_ids)
        out["outcome_competence"] = of(
            "outcome_competence", "outcome_id", _ids(out["learning_outcome"], "id")
        )
        out["module_partner"] = of("module_partner", "module_id", module_ids)
        cohort_ids = _ids(students, "cohort_id")
        out["cohort"] = of("cohort", "id", cohort_ids)
        out["module_cohort"] = [
            r for r in of("module_cohort", "module_id", module_ids) if r["cohort_id"] in cohort_ids
        ]
        educator_ids = (
            _ids(out["module_session"], "facilitator_id")
            | _ids(out["mentoring_meeting"], "mentor_id")
            | _ids(out["lesson_observation"], "observer_id")
            | _ids(out["competence_assessment"], "assessor_id")
        )
        out["teacher_educator"] = of("teacher_educator", "id", educator_ids)
        # Their own history goes with it (GDPR access), nobody else's.
        out["audit_entry"] = of("audit_entry", "student_id", {sid})
        out["audit_changeset"] = of(
            "audit_changeset", "id", _ids(out["audit_entry"], "changeset_id")
        )
        institution_ids = (
            _ids(out["teacher_educator"], "institution_id")
            | _ids(out["project_partner"], "institution_id")
            | _ids(out["module_partner"], "institution_id")
        )
        own = t["institution"].c.is_own.is_(True)
        out["institution"] = _rows(
            conn, t["institution"], t["institution"].c.id.in_(institution_ids) | own
        )
    kept_changesets = _ids(out["audit_changeset"], "id")
    for changeset in out["audit_changeset"]:
        if changeset["reverts_id"] not in kept_changesets:
            changeset["reverts_id"] = None
    # Carried-forward targets may point at meetings this student was not in.
    kept_targets = _ids(out["mentoring_target"], "id")
    for target in out["mentoring_target"]:
        if target["carried_from_id"] not in kept_targets:
            target["carried_from_id"] = None
    return _document("student", {table.name: out.get(table.name, []) for table in data_tables()})


def write_document(document: dict[str, Any], out: Path) -> None:
    with atomic_write_path(out) as temporary, temporary.open("w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
        handle.write("\n")


# --- import ---------------------------------------------------------------------------------


def _decoder(column: Any) -> Callable[[Any], Any]:
    """A function that checks and converts one JSON value for `column`, raising ValueError."""
    kind = column.type
    if isinstance(kind, TypeDecorator):  # e.g. SQLModel's UTCDateTime over DateTime(timezone)
        kind = kind.impl_instance

    def check(value: Any) -> Any:
        if value is None:
            if not column.nullable:
                raise ValueError("must not be empty (null)")
            return None
        if isinstance(kind, Boolean):
            if not isinstance(value, bool):
                raise ValueError(f"must be true or false, not {value!r}")
        elif isinstance(kind, Integer):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"must be a whole number, not {value!r}")
            if not INT_MIN <= value <= INT_MAX:  # PostgreSQL's integer; SQLite's is wider
                raise ValueError(f"must be between {INT_MIN} and {INT_MAX}, not {value}")
        elif isinstance(kind, Float):
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
            ):
                raise ValueError(f"must be a number, not {value!r}")
            return float(value)
        elif isinstance(kind, DateTime):
            if not isinstance(value, str):
                raise ValueError(f"must be an ISO 8601 date and time, not {value!r}")
            parsed = datetime.fromisoformat(value)
            if kind.timezone and parsed.tzinfo is None:
                raise ValueError(f"must carry a UTC offset, not {value!r}")
            if not kind.timezone and parsed.tzinfo is not None:
                raise ValueError(f"is a wall-clock time and must not carry an offset: {value!r}")
            return parsed
        elif isinstance(kind, Date):
            if not isinstance(value, str):
                raise ValueError(f"must be an ISO 8601 date, not {value!r}")
            return date.fromisoformat(value)
        elif not isinstance(value, str):
            raise ValueError(f"must be text, not {value!r}")
        elif "\x00" in value:
            raise ValueError("must not contain NUL characters")
        elif getattr(kind, "length", None) and len(value) > kind.length:
            raise ValueError(f"must be at most {kind.length} characters, not {value!r}")
        return value

    return check


def _defaults(table: Table) -> dict[str, Any]:
    """Columns a row may leave out: those added by later schema versions all have defaults,
    so an export from an older itepad still loads."""
    found = {}
    for column in table.columns:
        default = column.default
        if default is not None and default.is_scalar:
            value = default.arg  # type: ignore[attr-defined]
            found[column.name] = str(value) if isinstance(value, str) else value
    return found


def read_document(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as handle:
            document = json.load(handle)
    except FileNotFoundError as exc:
        raise UserError(f"{path}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise UserError(
            f"{path}: not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from exc
    except OSError as exc:
        raise UserError(f"{path}: cannot be read: {exc.strerror}") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise UserError(f'{path}: not an itepad export (no "format": "{FORMAT}")')
    if document.get("version") != VERSION:
        raise UserError(
            f"{path}: interchange version {document.get('version')!r} is not supported; "
            f"this itepad reads version {VERSION}"
        )
    if not isinstance(document.get("tables"), dict):
        raise UserError(f'{path}: field "tables" must be an object of table name -> rows')
    return document


def decode_tables(path: Path, document: dict[str, Any]) -> dict[str, list[Row]]:
    """Check every row of every table; the first problem is reported with table, row and field."""
    known = {t.name: t for t in data_tables()}
    tables: dict[str, list[Row]] = {}
    for name, rows in document["tables"].items():
        if name not in known:
            raise UserError(f"{path}: table {name!r} is not an itepad table")
        if not isinstance(rows, list):
            raise UserError(f"{path}: table {name!r} must be a list of rows")
        columns = {c.name: _decoder(c) for c in known[name].columns}
        defaults = _defaults(known[name])
        decoded = []
        for number, row in enumerate(rows, start=1):
            where = f"{path}: table {name!r}, row {number}"
            if not isinstance(row, dict):
                raise UserError(f"{where}: must be an object of field -> value")
            unknown = sorted(set(row) - set(columns))
            if unknown:
                raise UserError(f"{where}: field {unknown[0]!r} is not a column of {name!r}")
            values = {}
            for column, decode in columns.items():
                if column not in row:
                    if column not in defaults:
                        raise UserError(f"{where}: field {column!r} is missing")
                    values[column] = defaults[column]
                    continue
                try:
                    values[column] = decode(row[column])
                except ValueError as exc:
                    raise UserError(f"{where}: field {column!r} {exc}") from exc
            decoded.append(values)
        tables[name] = decoded
    return tables


def import_document(db: Database, path: Path) -> dict[str, int]:
    """Load an export into an empty database in one transaction; returns rows per table."""
    tables = decode_tables(path, read_document(path))
    with db.engine.begin() as conn:
        filled = first_table_with_rows(conn)
        if filled:
            raise UserError(
                f"{db.location.display_name} is not empty (table {filled!r} has rows); "
                "import-json loads into an empty database only. Nothing was changed."
            )
        # Not recorded again: the export carries its own audit trail.
        with db.audit.suspended(conn):
            _insert_all(conn, path, tables)
        advance_sequences(conn)
    return {name: len(rows) for name, rows in tables.items()}


def _insert_all(conn: Connection, path: Path, tables: dict[str, list[Row]]) -> None:
    by_name = {t.name: t for t in data_tables()}
    # The export's reference data replaces the seed, so its ids match the rows using them.
    for name in reversed(SEED_TABLES):
        if name in tables:
            conn.execute(by_name[name].delete())
    for table in data_tables():
        rows = tables.get(table.name)
        if rows:
            try:
                conn.execute(table.insert(), rows)
            except (IntegrityError, DataError) as exc:
                raise UserError(
                    f"{path}: table {table.name!r} does not fit the rest of the file "
                    f"(a duplicate or a reference to a missing row): {exc.orig}"
                ) from exc
