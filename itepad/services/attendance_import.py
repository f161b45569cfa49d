"""Attendance marks from a CSV or XLSX file, all or nothing.

The file has a header row naming its columns, in any order and any case:

- email: the student teacher's institutional email (also "e-mail", "mail");
- session: the session's number in date order (1 = the first, as in the handbook), its date and
  time ("2026-03-03 10:00", or only the date when one session falls on that day), or its title;
- status: the status's code, label or key ("present", "Present", "p");
- remark (optional, also "comment", "note"): replaces the mark's remark, an empty cell removing it;
  without this column remarks stay as they are.

The file is read as a roster is (itepad.services.roster_formats: the encoding and the delimiter
are detected, workbooks read). The header is the first row that is not blank; rows are numbered
as a spreadsheet shows them. Every problem is collected, and nothing is written unless there is
none.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update

from itepad.errors import UserError
from itepad.services.attendance import ATTENDANCE, ENROLMENT, SESSION, STATUS, STUDENT, check_remark
from itepad.services.roster_formats import read_sheet
from itepad.services.roster_headers import header_key
from itepad.store.concurrency import reporting_lost_connections
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models import EnrolmentStatus

MODULE = TABLES["module"]

# Header spellings of each column, as header_key folds them ("E-mail" -> "email").
_COLUMNS = {
    "email": {"email", "emailaddress", "mail", "institutionalemail"},
    "session": {"session", "sessiontitle", "sessionnumber"},
    "status": {"status", "mark", "attendance"},
    "remark": {"remark", "remarks", "comment", "comments", "note", "notes"},
}
_REQUIRED = ("email", "session", "status")
_DATETIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")


@dataclass(frozen=True)
class ImportProblem:
    row: int  # as a spreadsheet numbers it: the header is row 1
    field: str  # the column at fault; "" for the row as a whole
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}, {self.field}" if self.field else f"row {self.row}"
        return f"{where}: {self.message}"


class AttendanceImportError(UserError):
    """The file has problems; nothing was imported."""

    def __init__(self, source: str, problems: Sequence[ImportProblem]) -> None:
        self.problems = tuple(problems)
        count = len(problems)
        lines = "\n".join(f"  {problem}" for problem in problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"{source}: {count} {noun}; nothing was imported.\n{lines}")


@dataclass(frozen=True)
class ImportResult:
    added: int
    changed: int
    unchanged: int


def import_attendance(
    db: Database,
    path: Path,
    module_code: str,
    *,
    recorded_by: str,
    now: datetime | None = None,
) -> ImportResult:
    """Read the marks of `path` into the module `module_code`, or raise AttendanceImportError."""
    path = Path(path)
    try:
        sheet = read_sheet(path)
    except OSError as exc:
        raise UserError(f"Cannot read {path}: {exc.strerror}") from exc
    records = list(_records(sheet.rows))
    with reporting_lost_connections(db.location.display_name), db.engine.begin() as conn:
        module = _Module.load(conn, module_code)
        marks, problems = _resolve(records, module)
        if problems:
            raise AttendanceImportError(str(path), problems)
        return _write(conn, marks, recorded_by, now or datetime.now(UTC))


# --- reading the file -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Record:
    row: int
    fields: dict[str, str]  # column -> value; "remark" only when the file has that column
    problem: ImportProblem | None = None


def _records(rows: tuple[tuple[str, ...], ...]) -> Iterator[_Record]:
    """The data rows under the header row (the first row that is not blank)."""
    numbered = [
        (number, cells)
        for number, cells in enumerate(rows, start=1)
        if any(c.strip() for c in cells)
    ]
    header_number, header = numbered[0]  # read_sheet refuses a file without rows
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        for column, spellings in _COLUMNS.items():
            if header_key(name) in spellings and column not in columns:
                columns[column] = index
    missing = [column for column in _REQUIRED if column not in columns]
    if missing:
        yield _Record(
            header_number,
            {},
            ImportProblem(
                header_number,
                ", ".join(missing),
                f"the header has no {' or '.join(missing)} column "
                f"(found: {', '.join(repr(h) for h in header)})",
            ),
        )
        return
    for number, cells in numbered[1:]:  # blank lines are skipped
        if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header) :]):
            problem = ImportProblem(
                number, "", f"the row has {len(cells)} fields, the header {len(header)}"
            )
            yield _Record(number, {}, problem)
            continue
        yield _Record(
            number,
            {
                column: cells[index].strip() if index < len(cells) else ""
                for column, index in columns.items()
            },
        )


# --- matching the module's people, sessions and statuses ------------------------------------


@dataclass(frozen=True)
class _Session:
    id: int
    number: int  # in date order, from 1
    title: str
    starts_at: datetime


@dataclass(frozen=True)
class _Module:
    id: int
    code: str
    enrolments: dict[str, tuple[int, str]]  # folded email -> (enrolment id, status)
    students: set[str]  # folded emails of every student teacher in the database
    sessions: list[_Session]
    statuses: dict[str, int]  # folded code, label and key -> status id

    @classmethod
    def load(cls, conn: Connection, code: str) -> _Module:
        found = conn.execute(
            select(MODULE.c.id, MODULE.c.code).where(MODULE.c.code == code.strip())
        ).first()
        if found is None:
            raise UserError(f"No module with the code {code!r} in this database.")
        module_id = found.id
        enrolments = {
            email.casefold(): (enrolment_id, status)
            for enrolment_id, status, email in conn.execute(
                select(ENROLMENT.c.id, ENROLMENT.c.status, STUDENT.c.email)
                .join(STUDENT, STUDENT.c.id == ENROLMENT.c.student_id)
                .where(ENROLMENT.c.module_id == module_id)
            )
        }
        sessions = [
            _Session(session_id, number, title, starts_at)
            for number, (session_id, title, starts_at) in enumerate(
                conn.execute(
                    select(SESSION.c.id, SESSION.c.title, SESSION.c.starts_at)
                    .where(SESSION.c.module_id == module_id)
                    .order_by(SESSION.c.starts_at, SESSION.c.position, SESSION.c.id)
                ),
                start=1,
            )
        ]
        statuses: dict[str, int] = {}
        for status_id, status_code, label, shortcut in conn.execute(
            select(STATUS.c.id, STATUS.c.code, STATUS.c.label, STATUS.c.shortcut)
        ):
            for name in (status_code, label, shortcut):
                if name:
                    statuses.setdefault(name.casefold(), status_id)
        return cls(
            id=module_id,
            code=found.code,
            enrolments=enrolments,
            students={email.casefold() for email in conn.scalars(select(STUDENT.c.email))},
            sessions=sessions,
            statuses=statuses,
        )

    def enrolment(self, email: str) -> int | str:
        """The enrolment id for `email`, or what is wrong with it."""
        if not email:
            return "is empty"
        found = self.enrolments.get(email.casefold())
        if found is None:
            if email.casefold() in self.students:
                return f"{email} is not enrolled in {self.code}"
            return f"no student teacher has the email {email}"
        enrolment_id, status = found
        if status == EnrolmentStatus.WITHDRAWN:
            return f"{email} withdrew from {self.code}; no attendance is taken for them"
        return enrolment_id

    def session(self, value: str) -> int | str:
        """The session id that `value` names, or what is wrong with it."""
        if not value:
            return "is empty"
        if value.isdigit():
            number = int(value)
            if 1 <= number <= len(self.sessions):
                return self.sessions[number - 1].id
            return f"{self.code} has sessions 1 to {len(self.sessions)}, not {number}"
        moment = _moment(value)
        if isinstance(moment, datetime):
            at = [s for s in self.sessions if s.starts_at == moment]
        elif isinstance(moment, date):
            at = [s for s in self.sessions if s.starts_at.date() == moment]
        else:
            at = [s for s in self.sessions if s.title.casefold() == value.casefold()]
        if len(at) > 1:
            numbers = ", ".join(str(s.number) for s in at)
            return f"{value!r} matches sessions {numbers}; give the session's number instead"
        if not at:
            return (
                f"no session of {self.code} is {value!r}: give its number (1 to "
                f"{len(self.sessions)}), date and time (YYYY-MM-DD HH:MM) or title"
            )
        return at[0].id

    def status(self, value: str) -> int | str:
        if not value:
            return "is empty"
        status_id = self.statuses.get(value.casefold())
        if status_id is None:
            return f"{value!r} is not an attendance status (code, label or key)"
        return status_id


def _moment(value: str) -> datetime | date | None:
    for layout in _DATETIME_FORMATS:
        try:
            return datetime.strptime(value, layout)
        except ValueError:
            pass
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


@dataclass(frozen=True)
class _Mark:
    enrolment_id: int
    session_id: int
    status_id: int
    remark: str | None  # None: keep the remark the mark has


def _resolve(records: list[_Record], module: _Module) -> tuple[list[_Mark], list[ImportProblem]]:
    marks: list[_Mark] = []
    problems: list[ImportProblem] = []
    seen: dict[tuple[int, int], int] = {}  # (enrolment, session) -> the row that named it
    for record in records:
        if record.problem is not None:
            problems.append(record.problem)
            continue
        found: dict[str, Any] = {}
        for column, lookup in (
            ("email", module.enrolment),
            ("session", module.session),
            ("status", module.status),
        ):
            outcome = lookup(record.fields[column])
            if isinstance(outcome, str):
                problems.append(ImportProblem(record.row, column, outcome))
            else:
                found[column] = outcome
        remark = record.fields.get("remark")
        if remark is not None:
            try:
                remark = check_remark(remark)
            except UserError as exc:
                problems.append(ImportProblem(record.row, "remark", str(exc)))
        if len(found) < len(_REQUIRED):
            continue
        key = (found["email"], found["session"])
        if key in seen:
            problems.append(
                ImportProblem(
                    record.row, "", f"the same student teacher and session as row {seen[key]}"
                )
            )
            continue
        seen[key] = record.row
        marks.append(_Mark(found["email"], found["session"], found["status"], remark))
    return marks, problems


# --- writing ----------------------------------------------------------------------------------


def _write(conn: Connection, marks: list[_Mark], recorded_by: str, now: datetime) -> ImportResult:
    existing = {
        (row.enrolment_id, row.session_id): row
        for row in conn.execute(
            select(ATTENDANCE).where(
                ATTENDANCE.c.enrolment_id.in_({mark.enrolment_id for mark in marks})
            )
        )
    }
    added = changed = 0
    for mark in marks:
        row = existing.get((mark.enrolment_id, mark.session_id))
        values: dict[str, Any] = {"status_id": mark.status_id}
        if mark.remark is not None:
            values["remark"] = mark.remark
        if row is not None and all(getattr(row, k) == v for k, v in values.items()):
            continue
        values |= {"recorded_by": recorded_by, "recorded_at": now}
        if row is None:
            conn.execute(
                insert(ATTENDANCE).values(
                    enrolment_id=mark.enrolment_id, session_id=mark.session_id, **values
                )
            )
            added += 1
        else:
            # The file is the authority here; the new version tells other editors it changed.
            conn.execute(
                update(ATTENDANCE)
                .where(ATTENDANCE.c.id == row.id)
                .values({**values, "version": ATTENDANCE.c.version + 1})
            )
            changed += 1
    return ImportResult(added, changed, len(marks) - added - changed)
