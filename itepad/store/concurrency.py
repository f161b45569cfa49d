"""Optimistic concurrency for a shared database: an edit names the version it started from.

Every editable table has a `version` column. An update or delete succeeds only while the row
still has the version the editor loaded, and bumps it; otherwise someone else saved first and
the change is refused with a ConflictError that carries the row as it is now, so the app can
offer to reload, keep mine (save again on top of the new version), or compare. Nothing is ever
overwritten silently.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Table, delete, select, update
from sqlalchemy.exc import DBAPIError, OperationalError

from itepad.errors import UserError


class ConflictError(UserError):
    """The record changed (or went) since it was loaded; nothing was written."""

    def __init__(
        self, table: str, row_id: int, expected: int, current: Mapping[str, Any] | None
    ) -> None:
        self.table, self.row_id, self.expected = table, row_id, expected
        self.current = dict(current) if current is not None else None
        what = table.replace("_", " ")
        if current is None:
            text = f"Someone else deleted this {what} (record {row_id}) after you opened it."
        else:
            text = (
                f"Someone else changed this {what} (record {row_id}) after you opened it: "
                f"you started from version {expected}, it is now version {current['version']}. "
                "Nothing was saved; reload it, or save your version on top."
            )
        super().__init__(text)


class ConnectionLostError(UserError):
    """The database server could not be reached; the edit was not saved and can be retried."""


def _current(conn: Connection, table: Table, row_id: int) -> Mapping[str, Any] | None:
    row = conn.execute(select(table).where(table.c.id == row_id)).first()
    return dict(row._mapping) if row is not None else None


def versioned_update(
    conn: Connection, table: Table, row_id: int, expected: int, values: Mapping[str, Any]
) -> int:
    """Apply `values` to the row if it is still at version `expected`; return the new version."""
    done = conn.execute(
        update(table)
        .where(table.c.id == row_id, table.c.version == expected)
        .values({**values, "version": expected + 1})
    )
    if done.rowcount != 1:
        raise ConflictError(table.name, row_id, expected, _current(conn, table, row_id))
    return expected + 1


def versioned_delete(conn: Connection, table: Table, row_id: int, expected: int) -> None:
    done = conn.execute(delete(table).where(table.c.id == row_id, table.c.version == expected))
    if done.rowcount != 1:
        raise ConflictError(table.name, row_id, expected, _current(conn, table, row_id))


@contextmanager
def reporting_lost_connections(where: str) -> Iterator[None]:
    """Turn a dropped or refused server connection into a message the user can act on."""
    try:
        yield
    except DBAPIError as exc:
        if not (isinstance(exc, OperationalError) or exc.connection_invalidated):
            raise
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "no answer"
        raise ConnectionLostError(
            f"The connection to {where} was lost ({reason}). Your change was not saved; "
            "try again when the connection is back."
        ) from exc
