"""Read the audit trail: the history of one record, and the activity log of everything.

One HistoryLine per audit entry, newest first: when, who, from where, the action's label, the
record and what changed in it ("family_name: Nowak → Kowalska").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select

from itepad.errors import UserError
from itepad.services.audit_labels import SUBJECTS, changeset_labels, noun, record_name
from itepad.store.contents import TABLES
from itepad.store.database import Database

MAX_SHOWN = 60  # characters of a value in a change summary
BATCH = 2000  # entries read at a time when searching for a text
SCANNED = 40_000  # entries a search reads for one page at most
IGNORED = frozenset({"version"})  # bookkeeping, not a change a person made
_ENTRY, _CHANGESET = TABLES["audit_entry"], TABLES["audit_changeset"]


@dataclass(frozen=True)
class HistoryFilter:
    student_id: int | None = None
    module_id: int | None = None
    meeting_id: int | None = None
    since: date | None = None
    until: date | None = None  # the last day shown, inclusive
    actor: str = ""
    table: str = ""
    text: str = ""  # in the label, the record or the changes
    limit: int = 2000
    older_than: int | None = None  # an entry id: the next page goes on from there


@dataclass(frozen=True)
class HistoryLine:
    entry_id: int
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
    fields: tuple[FieldChange, ...] = ()  # an update's changes, one by one

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


@dataclass(frozen=True)
class HistoryPage:
    lines: list[HistoryLine]
    more_from: int | None  # HistoryFilter.older_than for the next page; None: no older lines


def _short(value: Any) -> str:
    shown = " ".join(str(value).split()) if value is not None else "—"
    return shown if len(shown) <= MAX_SHOWN else shown[: MAX_SHOWN - 1] + "…"


@dataclass(frozen=True)
class FieldChange:
    name: str  # the column, e.g. "family_name"
    before: str  # shortened for showing ("—" for none)
    after: str


def field_changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[FieldChange]:
    """What an update changed, field by field (nothing for an insert or a delete)."""
    if before is None or after is None:
        return []
    return [
        FieldChange(key, _short(before.get(key)), _short(value))
        for key, value in after.items()
        if key not in IGNORED and before.get(key) != value
    ]


def summarise(operation: str, before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    if operation == "insert" or before is None:
        return "created"
    if operation == "delete" or after is None:
        return "deleted"
    changed = [f"{c.name}: {c.before} → {c.after}" for c in field_changes(before, after)]
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
    return read_history_page(db, wanted).lines


def read_history_page(db: Database, wanted: HistoryFilter) -> HistoryPage:
    """Up to `wanted.limit` lines, newest first, and where the next page starts.

    A text filter is matched against the lines as shown (labels made from the entries
    included), so entries are read in batches until enough match; at most SCANNED per page,
    so that a search of a large trail still answers quickly and goes on with "more".
    """
    query = _query(wanted)
    lines: list[HistoryLine] = []
    older_than: int | None = wanted.older_than
    scanned, batch = 0, BATCH if wanted.text else wanted.limit
    with db.engine.connect() as conn:
        while len(lines) < wanted.limit and scanned < SCANNED:
            page = query if older_than is None else query.where(_ENTRY.c.id < older_than)
            rows = conn.execute(page.limit(batch)).all()
            labels = changeset_labels(conn, {row.changeset_id for row in rows})
            lines += [line for line in (_line(r, labels) for r in rows) if _matches(line, wanted)]
            scanned += len(rows)
            older_than = rows[-1].id if len(rows) == batch else None
            if older_than is None:
                break  # read to the oldest entry
    if len(lines) > wanted.limit:
        lines = lines[: wanted.limit]
        older_than = lines[-1].entry_id
    return HistoryPage(lines, older_than)


def _query(wanted: HistoryFilter) -> Select[Any]:
    query = (
        select(_ENTRY, _CHANGESET.c.at, _CHANGESET.c.actor, _CHANGESET.c.source)
        .join(_CHANGESET, _CHANGESET.c.id == _ENTRY.c.changeset_id)
        .order_by(_ENTRY.c.id.desc())
    )
    for column, value in (
        (_ENTRY.c.student_id, wanted.student_id),
        (_ENTRY.c.module_id, wanted.module_id),
        (_ENTRY.c.meeting_id, wanted.meeting_id),
    ):
        if value is not None:
            query = query.where(column == value)
    if wanted.since is not None:
        query = query.where(_CHANGESET.c.at >= datetime.combine(wanted.since, time(), UTC))
    if wanted.until is not None:
        next_day = datetime.combine(wanted.until + timedelta(days=1), time(), UTC)
        query = query.where(_CHANGESET.c.at < next_day)
    if wanted.actor:
        query = query.where(_CHANGESET.c.actor == wanted.actor)
    if wanted.table:
        query = query.where(_ENTRY.c.table_name == wanted.table)
    return query


def _matches(line: HistoryLine, wanted: HistoryFilter) -> bool:
    if not wanted.text:
        return True
    return wanted.text.casefold() in f"{line.label}\t{line.record}\t{line.changes}".casefold()


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
        entry_id=row.id,
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
        fields=tuple(field_changes(before, after)) if row.operation == "update" else (),
    )


def actors(db: Database) -> list[str]:
    """Everyone who has changed something, for the activity log's filter."""
    query = select(_CHANGESET.c.actor).distinct().order_by(_CHANGESET.c.actor)
    with db.engine.connect() as conn:
        return [str(a) for a in conn.execute(query).scalars()]


def record_kinds() -> list[tuple[str, str]]:
    """What the activity log can be narrowed to: (table, noun), most telling first."""
    return [(table, noun(table)) for table in SUBJECTS]
