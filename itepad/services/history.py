"""Read the audit trail: the history of one record, and the activity log of everything.

One HistoryLine per audit entry, newest first: when, who, from where, the action's label, the
record and what changed in it ("family_name: Nowak → Kowalska").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Connection, func, select

from itepad.errors import UserError
from itepad.services.audit_labels import changeset_labels, noun, record_name
from itepad.store.contents import TABLES
from itepad.store.database import Database

MAX_SHOWN = 60  # characters of a value in a change summary
IGNORED = frozenset({"version"})  # bookkeeping, not a change a person made


@dataclass(frozen=True)
class HistoryFilter:
    student_id: int | None = None
    module_id: int | None = None
    meeting_id: int | None = None
    since: date | None = None
    actor: str = ""
    table: str = ""
    text: str = ""  # in the label, the record or the changes
    limit: int = 2000


@dataclass(frozen=True)
class HistoryLine:
    changeset_id: int
    at: datetime
    actor: str
    source: str
    label: str
    table: str
    operation: str
    record: str  # "student teacher Anna Nowak"
    changes: str
    anonymised: bool

    def as_record(self) -> tuple[str, ...]:
        """The columns of `itepad history`."""
        when = self.at.astimezone(UTC).isoformat(timespec="seconds")
        return (
            when,
            self.actor,
            self.source,
            self.label,
            self.record,
            self.operation,
            self.changes,
        )


def _short(value: Any) -> str:
    shown = " ".join(str(value).split()) if value is not None else "—"
    return shown if len(shown) <= MAX_SHOWN else shown[: MAX_SHOWN - 1] + "…"


def summarise(operation: str, before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    if operation == "insert" or before is None:
        return "created"
    if operation == "delete" or after is None:
        return "deleted"
    changed = [
        f"{key}: {_short(before.get(key))} → {_short(value)}"
        for key, value in after.items()
        if key not in IGNORED and before.get(key) != value
    ]
    return "; ".join(changed) or "no visible change"


def student_id_for(db: Database, email: str) -> int:
    st = TABLES["student_teacher"]
    with db.engine.connect() as conn:
        found = conn.execute(
            select(st.c.id).where(func.lower(st.c.email) == email.strip().lower())
        ).scalar()
    if found is None:
        raise UserError(f"No student teacher with the email {email!r} in this database.")
    return int(found)


def module_id_for(db: Database, code: str) -> int:
    module = TABLES["module"]
    with db.engine.connect() as conn:
        found = conn.execute(select(module.c.id).where(module.c.code == code.strip())).scalar()
    if found is None:
        raise UserError(f"No module with the code {code!r} in this database.")
    return int(found)


def _at(value: Any) -> datetime:
    if isinstance(value, str):  # SQLite through a plain query
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def read_history(db: Database, wanted: HistoryFilter) -> list[HistoryLine]:
    entry, changeset = TABLES["audit_entry"], TABLES["audit_changeset"]
    query = (
        select(entry, changeset.c.at, changeset.c.actor, changeset.c.source)
        .join(changeset, changeset.c.id == entry.c.changeset_id)
        .order_by(entry.c.id.desc())
        .limit(wanted.limit)
    )
    for column, value in (
        (entry.c.student_id, wanted.student_id),
        (entry.c.module_id, wanted.module_id),
        (entry.c.meeting_id, wanted.meeting_id),
    ):
        if value is not None:
            query = query.where(column == value)
    if wanted.since is not None:
        query = query.where(changeset.c.at >= datetime.combine(wanted.since, time(), UTC))
    if wanted.actor:
        query = query.where(changeset.c.actor == wanted.actor)
    if wanted.table:
        query = query.where(entry.c.table_name == wanted.table)
    with db.engine.connect() as conn:
        rows = conn.execute(query).all()
        labels = changeset_labels(conn, {row.changeset_id for row in rows})
    lines = [_line(row, labels) for row in rows]
    if wanted.text:
        needle = wanted.text.casefold()
        lines = [
            line
            for line in lines
            if needle in f"{line.label}\t{line.record}\t{line.changes}".casefold()
        ]
    return lines


def _line(row: Any, labels: dict[int, str]) -> HistoryLine:
    before = json.loads(row.before) if row.before is not None else None
    after = json.loads(row.after) if row.after is not None else None
    name = record_name(row.table_name, after or before)
    key = ", ".join(str(v) for v in json.loads(row.row_key).values())
    record = (
        f"{noun(row.table_name)} {name} (record {key})"
        if name
        else f"{noun(row.table_name)} (record {key})"
    )
    return HistoryLine(
        changeset_id=row.changeset_id,
        at=_at(row.at),
        actor=row.actor,
        source=row.source,
        label=labels.get(row.changeset_id, ""),
        table=row.table_name,
        operation=row.operation,
        record=record,
        changes=summarise(row.operation, before, after),
        anonymised=bool(row.anonymised),
    )


def actors(conn: Connection) -> list[str]:
    """Everyone who has changed something, for the activity log's filter."""
    changeset = TABLES["audit_changeset"]
    return [
        str(a)
        for a in conn.execute(
            select(changeset.c.actor).distinct().order_by(changeset.c.actor)
        ).scalars()
    ]
