"""Who changed what: one audit changeset per writing transaction, opened lazily.

The triggers (audit_triggers.py) write the entries; this module gives them their changeset.
Just before the first INSERT / UPDATE / DELETE of a transaction on an audited table, a
changeset row is inserted with who (actor), from where (app / cli) and, if the caller gave
one, a label; its id is put where the triggers read it. A transaction that only reads creates
nothing. After the commit, listeners (the app's undo history) hear the changeset's id.

A label travels in a context variable set with `audit_label(...)`: context variables do not
cross threads, so work handed to a worker must set it inside the worker.
"""

from __future__ import annotations

import getpass
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry

from itepad.store.audit_triggers import audited, ensure_pg_triggers, install_sqlite_triggers
from itepad.store.models_audit import AuditChangeset, ChangeSource

ENV_USER = "ITEPAD_USER"
SUSPENDED = -1  # the changeset id that tells the triggers not to record

_CHANGESET = "itepad.audit.changeset"  # keys in the pooled connection's info dict
_COMMITTED = "itepad.audit.committed"
_SUSPEND = "itepad.audit.suspended"

_WRITE = re.compile(
    r'\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE
)
_label: ContextVar[str | None] = ContextVar("itepad_audit_label", default=None)


def default_actor() -> str:
    """ITEPAD_USER, else the login name."""
    configured = os.environ.get(ENV_USER, "").strip()
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some containers
        return "unknown"


@contextmanager
def audit_label(label: str) -> Iterator[None]:
    """Name the changesets written inside the block ("Import roster: 30 student teachers")."""
    token = _label.set(label)
    try:
        yield
    finally:
        _label.reset(token)


class AuditTrail:
    """The audit hooks of one engine."""

    def __init__(self, engine: Engine, *, actor: str | None = None, source: str = ChangeSource.APP):
        self.engine = engine
        self.actor = actor or default_actor()
        self.source = source
        self._listeners: list[Callable[[int], None]] = []
        self._postgres = engine.dialect.name == "postgresql"
        at_type = AuditChangeset.__table__.c.at.type  # type: ignore[attr-defined]
        dialect = engine.dialect
        self._at = at_type.dialect_impl(dialect).bind_processor(dialect) or (lambda value: value)
        event.listen(engine, "before_cursor_execute", self._before_cursor_execute)
        event.listen(engine, "commit", self._on_commit)
        event.listen(engine, "rollback", self._forget)
        event.listen(engine, "rollback_savepoint", self._forget_savepoint)
        event.listen(engine.pool, "checkin", self._on_checkin)
        if self._postgres:
            with engine.begin() as conn:
                ensure_pg_triggers(conn)
        else:
            # Connections opened so far (by the migration) have no TEMP triggers.
            engine.dispose()
            event.listen(engine, "connect", self._on_sqlite_connect)

    # --- listeners ------------------------------------------------------------------------

    def add_listener(self, listener: Callable[[int], None]) -> None:
        """`listener(changeset_id)` runs after each commit that wrote, in the writing thread."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[int], None]) -> None:
        self._listeners.remove(listener)

    # --- explicit changesets ----------------------------------------------------------------

    def open_changeset(self, conn: Connection, label: str, reverts_id: int | None = None) -> int:
        """Start this transaction's changeset now, with a label (undo / redo use it)."""
        if self._current(conn) is not None:
            raise RuntimeError("this transaction has written already")
        return self._create(conn, label, reverts_id)

    @contextmanager
    def suspended(self, conn: Connection) -> Iterator[None]:
        """Writes on `conn` inside the block are not recorded (whole-database import)."""
        conn.info[_SUSPEND] = True
        self._set_context(conn, SUSPENDED)
        try:
            yield
        finally:
            conn.info.pop(_SUSPEND, None)
            if conn.in_transaction() and conn.info.pop(_CHANGESET, None) is not None:
                self._clear_context(conn)  # writes after the block are recorded again

    # --- event handlers ---------------------------------------------------------------------

    def _on_sqlite_connect(self, dbapi_connection: DBAPIConnection, _record: Any) -> None:
        install_sqlite_triggers(dbapi_connection)

    def _before_cursor_execute(
        self,
        conn: Connection,
        _cursor: Any,
        statement: str,
        _parameters: Any,
        _context: Any,
        _executemany: bool,
    ) -> None:
        match = _WRITE.match(statement)
        if match is None or not audited(match[1]) or match[1] == "audit_context":
            return
        if conn.info.get(_SUSPEND) or self._current(conn) is not None:
            return
        self._create(conn, _label.get() or "", None)

    def _on_commit(self, conn: Connection) -> None:
        changeset = conn.info.pop(_CHANGESET, None)
        if changeset is None:
            return
        if not self._postgres:
            self._clear_context(conn)  # still inside the transaction
        if changeset != SUSPENDED:
            conn.info.setdefault(_COMMITTED, []).append(changeset)

    def _forget(self, conn: Connection) -> None:
        if not conn.invalidated:  # a lost connection is thrown away with its info
            conn.info.pop(_CHANGESET, None)

    def _forget_savepoint(self, conn: Connection, _name: str, _context: Any) -> None:
        self._forget(conn)  # asked of the database again on the next write

    def _on_checkin(self, _dbapi: DBAPIConnection, record: ConnectionPoolEntry) -> None:
        record.info.pop(_CHANGESET, None)
        for changeset in record.info.pop(_COMMITTED, []):
            for listener in list(self._listeners):
                listener(changeset)

    # --- helpers ----------------------------------------------------------------------------

    def _raw(self, conn: Connection, sql: str, *params: Any) -> list[Any]:
        """Run SQL on the connection's DBAPI cursor: no SQLAlchemy events fire again."""
        if self._postgres:
            sql = sql.replace("?", "%s")
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(sql, params)
            return list(cursor.fetchall()) if cursor.description else []
        finally:
            cursor.close()

    def _current(self, conn: Connection) -> int | None:
        if _CHANGESET in conn.info:
            return int(conn.info[_CHANGESET])
        if self._postgres:
            rows = self._raw(conn, "SELECT current_setting('itepad.changeset', true)")
            value = rows[0][0] if rows and rows[0][0] else None
        else:
            rows = self._raw(conn, "SELECT changeset_id FROM temp.audit_context")
            value = rows[0][0] if rows else None
        if value is None:
            return None
        conn.info[_CHANGESET] = int(value)
        return int(value)

    def _create(self, conn: Connection, label: str, reverts_id: int | None) -> int:
        at = self._at(datetime.now(UTC))
        rows = self._raw(
            conn,
            "INSERT INTO audit_changeset (at, actor, source, label, reverts_id) "
            "VALUES (?, ?, ?, ?, ?) RETURNING id",
            at,
            self.actor,
            self.source,
            label,
            reverts_id,
        )
        changeset = int(rows[0][0])
        self._set_context(conn, changeset)
        return changeset

    def _clear_context(self, conn: Connection) -> None:
        if self._postgres:
            self._raw(conn, "SELECT set_config('itepad.changeset', '', true)")
        else:
            self._raw(conn, "DELETE FROM temp.audit_context")

    def _set_context(self, conn: Connection, changeset: int) -> None:
        if self._postgres:
            self._raw(conn, "SELECT set_config('itepad.changeset', ?, true)", str(changeset))
        else:
            self._raw(conn, "DELETE FROM temp.audit_context")
            self._raw(conn, "INSERT INTO temp.audit_context VALUES (?)", changeset)
        conn.info[_CHANGESET] = changeset
