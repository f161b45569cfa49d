"""Taking attendance: marks on the grid of enrolments x sessions, and the set of statuses.

Each function is one transaction: it all happens or none of it does. A mark names the version the
editor loaded (None for a cell that was empty), so on a shared database a mark that someone else
set, changed or cleared meanwhile is refused with a MarkChangedError rather than overwritten.
Setting a cell to the status it already has writes nothing, so marking a whole session present
leaves the marks that were already right (and who recorded them) alone.
"""

from __future__ import annotations

import getpass
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Row, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from itepad.errors import UserError
from itepad.store.concurrency import (
    ConflictError,
    reporting_lost_connections,
    versioned_delete,
    versioned_update,
)
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models import EnrolmentStatus

ATTENDANCE = TABLES["attendance"]
STATUS = TABLES["attendance_status"]
ENROLMENT = TABLES["enrolment"]
SESSION = TABLES["module_session"]
STUDENT = TABLES["student_teacher"]

REMARK_MAX = 500
LABEL_MAX = 40
_CODE = re.compile(r"[a-z][a-z0-9_]{0,31}", re.ASCII)


# --- marks ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """One cell of the grid, as the editor last saw it."""

    enrolment_id: int
    session_id: int
    version: int | None = None  # the mark's version when loaded; None when the cell was empty


@dataclass(frozen=True)
class SavedMark:
    """A mark as it now stands in the database."""

    enrolment_id: int
    session_id: int
    status_code: str
    remark: str
    recorded_by: str
    recorded_at: datetime  # aware, UTC
    version: int


class MarkChangedError(UserError):
    """Someone else changed a mark after the editor loaded it; nothing was saved."""

    def __init__(self, text: str, cell: Cell) -> None:
        super().__init__(text)
        self.cell = cell


def set_marks(
    db: Database,
    cells: Sequence[Cell],
    status_code: str,
    *,
    recorded_by: str,
    now: datetime | None = None,
) -> tuple[SavedMark, ...]:
    """Give every cell the status `status_code`; returns the marks as saved, in `cells` order.

    A changed mark is recorded as taken by `recorded_by` at `now`; its remark is kept.
    """
    now = now or _utc_now()
    with _transaction(db) as conn:
        status_id = _status_id(conn, status_code)
        _check_cells(conn, cells)
        current = _current_marks(conn, cells)
        for cell in cells:
            row = current.get((cell.enrolment_id, cell.session_id))
            if row is not None and row.status_id == status_id:
                continue  # already so: nothing to write, nothing to refuse
            _check_version(conn, cell, row)
            values = {"status_id": status_id, "recorded_by": recorded_by, "recorded_at": now}
            if row is None:
                _insert(conn, cell, values)
            else:
                _update(conn, cell, row, values)
        return _saved(conn, cells)


def clear_marks(db: Database, cells: Sequence[Cell]) -> None:
    """Remove the marks of `cells` (a cell already empty stays so)."""
    with _transaction(db) as conn:
        current = _current_marks(conn, cells)
        for cell in cells:
            row = current.get((cell.enrolment_id, cell.session_id))
            if row is None:
                continue  # someone else cleared it: the outcome asked for
            _check_version(conn, cell, row)
            try:
                versioned_delete(conn, ATTENDANCE, row.id, row.version)
            except ConflictError:
                raise _changed(conn, cell) from None


def set_remark(
    db: Database,
    cell: Cell,
    remark: str,
    *,
    recorded_by: str,
    now: datetime | None = None,
) -> SavedMark:
    """Write the remark of a marked cell (an empty remark removes it)."""
    remark = check_remark(remark)
    with _transaction(db) as conn:
        row = _current_marks(conn, [cell]).get((cell.enrolment_id, cell.session_id))
        if row is None:
            if cell.version is not None:
                raise _changed(conn, cell)
            raise UserError("A remark belongs to a mark: set the mark first, then the remark.")
        _check_version(conn, cell, row)
        values = {"remark": remark, "recorded_by": recorded_by, "recorded_at": now or _utc_now()}
        _update(conn, cell, row, values)
        return _saved(conn, [cell])[0]


def login_name() -> str:
    """The user's login name, recorded with the marks they take ("" if the system has none)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for the user id, e.g. in a container
        return ""


def check_remark(remark: str) -> str:
    """The remark as stored (surrounding spaces removed), or a UserError saying what is wrong."""
    remark = remark.strip()
    if "\x00" in remark:
        raise UserError("A remark cannot contain NUL characters.")
    if len(remark) > REMARK_MAX:
        raise UserError(f"A remark can be at most {REMARK_MAX} characters long, not {len(remark)}.")
    return remark


def _utc_now() -> datetime:
    return datetime.now(UTC)


@contextmanager
def _transaction(db: Database) -> Iterator[Connection]:
    with reporting_lost_connections(db.location.display_name), db.engine.begin() as conn:
        yield conn


def _insert(conn: Connection, cell: Cell, values: Mapping[str, Any]) -> None:
    try:
        conn.execute(
            insert(ATTENDANCE).values(
                enrolment_id=cell.enrolment_id, session_id=cell.session_id, **values
            )
        )
    except IntegrityError:
        # Another editor added this mark after our read. (No query to name the student teacher:
        # PostgreSQL refuses any until the failed transaction is rolled back.)
        raise MarkChangedError(
            "Someone else recorded attendance for the same student teachers at the same "
            "moment. Nothing was saved; reload to see the marks as they are now.",
            cell,
        ) from None


def _key(cell: Cell) -> tuple[int, int]:
    return cell.enrolment_id, cell.session_id


def _current_marks(conn: Connection, cells: Sequence[Cell]) -> dict[tuple[int, int], Row[Any]]:
    if not cells:
        return {}
    wanted = {_key(cell) for cell in cells}
    rows = conn.execute(
        select(ATTENDANCE).where(
            ATTENDANCE.c.enrolment_id.in_({cell.enrolment_id for cell in cells}),
            ATTENDANCE.c.session_id.in_({cell.session_id for cell in cells}),
        )
    )
    return {key: row for row in rows if (key := (row.enrolment_id, row.session_id)) in wanted}


def _check_version(conn: Connection, cell: Cell, row: Row[Any] | None) -> None:
    if (None if row is None else row.version) != cell.version:
        raise _changed(conn, cell)


def _update(conn: Connection, cell: Cell, row: Row[Any], values: Mapping[str, Any]) -> None:
    try:
        versioned_update(conn, ATTENDANCE, row.id, row.version, values)
    except ConflictError:  # changed between our read and our write
        raise _changed(conn, cell) from None


def _changed(conn: Connection, cell: Cell) -> MarkChangedError:
    """The error for a cell someone else changed, naming the student teacher and session."""
    given, family, title, starts_at = conn.execute(
        select(STUDENT.c.given_name, STUDENT.c.family_name, SESSION.c.title, SESSION.c.starts_at)
        .select_from(ENROLMENT.join(STUDENT, STUDENT.c.id == ENROLMENT.c.student_id))
        .join(SESSION, SESSION.c.id == cell.session_id)
        .where(ENROLMENT.c.id == cell.enrolment_id)
    ).one()
    return MarkChangedError(
        f"Someone else changed the attendance of {given} {family} for “{title}” "
        f"({starts_at:%d %b %Y}) after you loaded it. Nothing was saved; "
        "reload to see the marks as they are now.",
        cell,
    )


def _check_cells(conn: Connection, cells: Sequence[Cell]) -> None:
    """Every cell pairs a current enrolment with a session of the same module."""
    if not cells:
        return
    sessions = dict(
        conn.execute(
            select(SESSION.c.id, SESSION.c.module_id).where(
                SESSION.c.id.in_({cell.session_id for cell in cells})
            )
        ).all()
    )
    enrolments = {
        row.id: row
        for row in conn.execute(
            select(ENROLMENT.c.id, ENROLMENT.c.module_id, ENROLMENT.c.status).where(
                ENROLMENT.c.id.in_({cell.enrolment_id for cell in cells})
            )
        )
    }
    for cell in cells:
        enrolment = enrolments.get(cell.enrolment_id)
        module_id = sessions.get(cell.session_id)
        if enrolment is None or module_id is None:
            raise UserError(
                "A session or a student teacher's enrolment was removed after you loaded the "
                "grid. Nothing was saved; reload to see the module as it is now."
            )
        if enrolment.module_id != module_id:
            raise UserError("A mark must pair a session with a student teacher of its module.")
        if enrolment.status == EnrolmentStatus.WITHDRAWN:
            raise UserError(
                "Attendance is not taken for a student teacher who withdrew from the module."
            )


def _saved(conn: Connection, cells: Sequence[Cell]) -> tuple[SavedMark, ...]:
    codes = {status_id: code for code, status_id in _status_ids(conn).items()}
    current = _current_marks(conn, cells)
    return tuple(
        SavedMark(
            row.enrolment_id,
            row.session_id,
            codes[row.status_id],
            row.remark,
            row.recorded_by,
            row.recorded_at,
            row.version,
        )
        for cell in cells
        if (row := current.get(_key(cell))) is not None
    )


# --- the status set -------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusInfo:
    id: int
    code: str  # the stable key imports and exports use, e.g. "present"
    label: str
    counts_as_present: bool
    shortcut: str  # the key that sets it in the grid
    position: int
    marks: int  # how many marks use it; a status in use cannot be removed


def list_statuses(db: Database) -> list[StatusInfo]:
    with db.engine.connect() as conn:
        return _statuses(conn)


def add_status(
    db: Database, code: str, label: str, *, counts_as_present: bool, shortcut: str
) -> StatusInfo:
    code = code.strip().lower()
    if not _CODE.fullmatch(code):
        raise UserError(
            f"The code {code!r} is not valid: use up to 32 lowercase letters, digits and "
            "underscores, starting with a letter (e.g. sick_leave)."
        )
    with _transaction(db) as conn:
        others = _statuses(conn)
        values = _checked(others, code, label, shortcut) | {
            # The seed rows were written with explicit ids, which leaves PostgreSQL's sequence
            # at 1: the id is chosen here instead.
            "id": max((s.id for s in others), default=0) + 1,
            "code": code,
            "counts_as_present": counts_as_present,
            "position": max((s.position for s in others), default=0) + 1,
        }
        conn.execute(insert(STATUS).values(values))
        return next(s for s in _statuses(conn) if s.code == code)


def edit_status(
    db: Database, status_id: int, *, label: str, counts_as_present: bool, shortcut: str
) -> StatusInfo:
    """Change a status's label, shortcut or whether it counts as present (never its code)."""
    with _transaction(db) as conn:
        statuses = _statuses(conn)
        status = _find_status(statuses, status_id)
        others = [s for s in statuses if s.id != status_id]
        values = _checked(others, status.code, label, shortcut)
        values["counts_as_present"] = counts_as_present
        conn.execute(update(STATUS).where(STATUS.c.id == status_id).values(values))
        return _find_status(_statuses(conn), status_id)


def reorder_statuses(db: Database, ids: Sequence[int]) -> None:
    """Put the statuses in the order of `ids` (Space in the grid cycles through this order)."""
    with _transaction(db) as conn:
        if sorted(ids) != sorted(s.id for s in _statuses(conn)):
            raise UserError("The status set changed meanwhile; reload it and order it again.")
        for position, status_id in enumerate(ids, start=1):
            conn.execute(update(STATUS).where(STATUS.c.id == status_id).values(position=position))


def remove_status(db: Database, status_id: int) -> None:
    with _transaction(db) as conn:
        statuses = _statuses(conn)
        status = _find_status(statuses, status_id)
        if status.marks:
            raise UserError(
                f"“{status.label}” is used by {status.marks:,} marks and cannot be removed. "
                "Change those marks first, or keep the status."
            )
        if len(statuses) == 1:
            raise UserError("The last status cannot be removed: attendance needs at least one.")
        conn.execute(delete(STATUS).where(STATUS.c.id == status_id))


def _statuses(conn: Connection) -> list[StatusInfo]:
    used = (
        select(ATTENDANCE.c.status_id, func.count().label("n"))
        .group_by(ATTENDANCE.c.status_id)
        .subquery()
    )
    rows = conn.execute(
        select(STATUS, func.coalesce(used.c.n, 0))
        .outerjoin(used, used.c.status_id == STATUS.c.id)
        .order_by(STATUS.c.position, STATUS.c.id)
    )
    return [
        StatusInfo(r.id, r.code, r.label, r.counts_as_present, r.shortcut, r.position, r[-1])
        for r in rows
    ]


def _status_ids(conn: Connection) -> dict[str, int]:
    return {code: status_id for code, status_id in conn.execute(select(STATUS.c.code, STATUS.c.id))}


def _status_id(conn: Connection, code: str) -> int:
    status_id = _status_ids(conn).get(code)
    if status_id is None:
        raise UserError(f"There is no attendance status {code!r}; it may have been removed.")
    return status_id


def _find_status(statuses: list[StatusInfo], status_id: int) -> StatusInfo:
    for status in statuses:
        if status.id == status_id:
            return status
    raise UserError("This status was removed meanwhile; reload the status set.")


def _names(code: str, label: str, shortcut: str) -> set[str]:
    """What a status is known by in the grid and in imported files."""
    return {code.casefold(), label.casefold(), shortcut.casefold()}


def _checked(others: list[StatusInfo], code: str, label: str, shortcut: str) -> dict[str, Any]:
    """Label and shortcut validated against the other statuses; the values to store."""
    label, shortcut = " ".join(label.split()), shortcut.strip().lower()
    if not label:
        raise UserError("A status needs a label, e.g. “Sick leave”.")
    if len(label) > LABEL_MAX:
        raise UserError(f"A status label can be at most {LABEL_MAX} characters long.")
    if len(shortcut) != 1 or not shortcut.isalnum():
        raise UserError(
            f"The shortcut of “{label}” must be one letter or digit: the key that sets it."
        )
    mine = _names(code, label, shortcut)
    for other in others:
        if other.code == code:
            raise UserError(f"There is already a status with the code {code!r}.")
        if other.shortcut.casefold() == shortcut:
            raise UserError(f"The key “{shortcut}” already sets “{other.label}”; choose another.")
        clash = mine & _names(other.code, other.label, other.shortcut)
        if clash:
            raise UserError(
                f"“{label}” would be confused with “{other.label}”: both are known as "
                f"“{sorted(clash)[0]}” (statuses are matched by code, label or key in imports)."
            )
    return {"label": label, "shortcut": shortcut}
