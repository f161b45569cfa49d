"""Keep PostgreSQL's id sequences ahead of rows inserted with explicit ids (bulk loads)."""

from __future__ import annotations

from sqlalchemy import Connection, Integer, text
from sqlmodel import SQLModel


def advance_sequences(conn: Connection) -> None:
    """After rows were inserted with their own ids, make the next generated id follow them.

    SQLite needs nothing: its next rowid is always max(id) + 1.
    """
    if conn.dialect.name != "postgresql":
        return
    for table in SQLModel.metadata.sorted_tables:
        key = list(table.primary_key.columns)
        if len(key) != 1 or not isinstance(key[0].type, Integer) or key[0].name != "id":
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"
            )
        )
