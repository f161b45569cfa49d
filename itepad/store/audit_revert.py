"""Revert a changeset: the one mechanism behind undo and redo.

A changeset's entries are first folded into one net change per row (first "before", last
"after"). Reverting checks that every row still is as the changeset left it (locked FOR UPDATE
on PostgreSQL), then writes the "before" states back in one transaction: re-inserted rows
parents first, then updates, then deletions children first. Values are copied by the database
itself from the stored JSON (json_extract / jsonb_populate_record), so they come back exactly
as they were stored.

A version number is never rewound: a written row gets the version it has now plus one, so an
editor still holding the state before the undo is refused rather than overwriting it. The
check compares values but not versions, so that several undos in a row can meet the versions
the previous ones bumped.
The revert is itself recorded, as a changeset that names the one it reverts; redo is the
revert of that undo. If the writes touch any row the changeset did not (a cascade reaching
records added since), everything is rolled back and the revert refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, text

from itepad.errors import UserError
from itepad.store.audit import AuditTrail
from itepad.store.audit_triggers import sqlite_row_json
from itepad.store.contents import TABLES, data_tables

Row = dict[str, Any]


class RevertRefusedError(UserError):
    """A row changed since the changeset (or the revert would reach other rows)."""


@dataclass(frozen=True)
class RowChange:
    table: str
    key: Row
    before: Row | None
    after: Row | None


def _load(value: str | None) -> Row | None:
    return json.loads(value) if value is not None else None


def net_changes(conn: Connection, changeset_id: int) -> list[RowChange]:
    """One change per row the changeset touched, from its first before to its last after."""
    rows = conn.execute(
        text(
            "SELECT table_name, row_key, before, after FROM audit_entry "
            "WHERE changeset_id = :c ORDER BY id"
        ),
        {"c": changeset_id},
    )
    folded: dict[tuple[str, str], RowChange] = {}
    for table, row_key, before, after in rows:
        key = json.loads(row_key)
        ident = (table, json.dumps(key, sort_keys=True))
        first = folded.get(ident)
        folded[ident] = RowChange(
            table, key, first.before if first else _load(before), _load(after)
        )
    return [c for c in folded.values() if c.before != c.after]


def describe_row(table: str, key: Row, row: Row | None) -> str:
    """ "student teacher Anna Nowak (record 12)" for messages."""
    what = table.replace("_", " ")
    record = ", ".join(str(v) for v in key.values())
    name = ""
    if row:
        if row.get("given_name") or row.get("family_name"):
            name = f"{row.get('given_name', '')} {row.get('family_name', '')}".strip()
        else:
            name = next((str(row[f]) for f in ("code", "title", "name") if row.get(f)), "")
    return f"{what} {name} (record {record})" if name else f"{what} (record {record})"


class _Writer:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.postgres = conn.dialect.name == "postgresql"

    def _where(self, table: Table, key: Row) -> tuple[str, Row]:
        clauses = [f'"{name}" = :k_{name}' for name in key]
        return " AND ".join(clauses), {f"k_{name}": value for name, value in key.items()}

    def current(self, table: Table, key: Row) -> Row | None:
        where, params = self._where(table, key)
        if self.postgres:
            sql = f'SELECT to_jsonb(t)::text FROM "{table.name}" t WHERE {where} FOR UPDATE'
        else:
            columns = [c.name for c in table.columns]
            sql = f'SELECT {sqlite_row_json(columns)} FROM "{table.name}" WHERE {where}'
        value = self.conn.execute(text(sql), params).scalar()
        return json.loads(value) if value is not None else None

    def _values(self, table: Table, row: Row) -> list[str]:
        return [c.name for c in table.columns if c.name in row]

    def _source(self, table: Table, columns: list[str]) -> str:
        if self.postgres:
            names = ", ".join(f'"{c}"' for c in columns)
            return (
                f'SELECT {names} FROM jsonb_populate_record(NULL::"{table.name}", '
                "CAST(:row AS jsonb))"
            )
        return "SELECT " + ", ".join(f"json_extract(:row, '$.\"{c}\"')" for c in columns)

    def insert(self, table: Table, row: Row) -> None:
        columns = self._values(table, row)
        names = ", ".join(f'"{c}"' for c in columns)
        self.conn.execute(
            text(f'INSERT INTO "{table.name}" ({names}) {self._source(table, columns)}'),
            {"row": json.dumps(row)},
        )

    def update(self, table: Table, key: Row, row: Row) -> None:
        columns = [c for c in self._values(table, row) if c not in key]
        if not columns:
            return
        where, params = self._where(table, key)
        names = ", ".join(f'"{c}"' for c in columns)
        self.conn.execute(
            text(
                f'UPDATE "{table.name}" SET ({names}) = ({self._source(table, columns)}) '
                f"WHERE {where}"
            )
            if len(columns) > 1 or self.postgres
            else text(
                f'UPDATE "{table.name}" SET "{columns[0]}" = '
                f"json_extract(:row, '$.\"{columns[0]}\"') WHERE {where}"
            ),
            {**params, "row": json.dumps(row)},
        )

    def delete(self, table: Table, key: Row) -> None:
        where, params = self._where(table, key)
        self.conn.execute(text(f'DELETE FROM "{table.name}" WHERE {where}'), params)


def _matches(current: Row | None, expected: Row | None) -> bool:
    if current is None or expected is None:
        return current is expected
    # Columns added by a later schema are not in an older entry: compare what it knew. The
    # version is left out: undoing two steps in a row meets the version the first undo
    # bumped, and a version alone (a save that changed nothing) is nothing to protect.
    return all(current.get(k) == v for k, v in expected.items() if k in current and k != "version")


def _bumped(row: Row, current: Row | None) -> Row:
    if "version" not in row:
        return row
    base = current["version"] if current and current.get("version") is not None else row["version"]
    return {**row, "version": int(base or 0) + 1}


def revert_changeset(conn: Connection, trail: AuditTrail, changeset_id: int, label: str) -> int:
    """Write back the state before `changeset_id`, in the caller's transaction on `conn`.

    Returns the id of the changeset that records the revert. Raises RevertRefusedError (and
    the caller rolls back) if any row is no longer as the changeset left it.
    """
    changes = net_changes(conn, changeset_id)
    if not changes:
        raise RevertRefusedError("There is nothing to undo in this change any more.")
    new = trail.open_changeset(conn, label, reverts_id=changeset_id)
    writer = _Writer(conn)
    currents = []
    for change in changes:
        current = writer.current(TABLES[change.table], change.key)
        if not _matches(current, change.after):
            row = describe_row(change.table, change.key, current or change.after)
            happened = "deleted" if current is None else "changed"
            if change.after is None:
                happened = "created again"
            raise RevertRefusedError(
                f"Cannot revert this change: the {row} was {happened} since "
                "(by you in a later change, or by someone else). Nothing was changed."
            )
        currents.append(current)
    order = {t.name: n for n, t in enumerate(data_tables())}
    planned = sorted(zip(changes, currents, strict=True), key=lambda p: order[p[0].table])
    for change, _current in planned:  # parents first
        if change.after is None and change.before is not None:
            writer.insert(TABLES[change.table], _bumped(change.before, None))
    for change, current in planned:
        if change.after is not None and change.before is not None:
            writer.update(TABLES[change.table], change.key, _bumped(change.before, current))
    for change, _current in reversed(planned):  # children first
        if change.before is None:
            writer.delete(TABLES[change.table], change.key)
    _refuse_side_effects(conn, new, changes)
    return new


def _refuse_side_effects(conn: Connection, changeset: int, changes: list[RowChange]) -> None:
    expected = {(c.table, json.dumps(c.key, sort_keys=True)) for c in changes}
    rows = conn.execute(
        text("SELECT table_name, row_key, before FROM audit_entry WHERE changeset_id = :c"),
        {"c": changeset},
    )
    for table, row_key, before in rows:
        key = json.loads(row_key)
        if (table, json.dumps(key, sort_keys=True)) not in expected:
            row = describe_row(table, key, _load(before))
            raise RevertRefusedError(
                f"Cannot revert this change: it would also change the {row}, which was "
                "added or edited since. Nothing was changed."
            )
