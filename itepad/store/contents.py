"""Which tables hold the user's records, and whether a database holds any yet."""

from __future__ import annotations

from sqlalchemy import Connection, Table, literal, select
from sqlmodel import SQLModel

import itepad.store.models  # noqa: F401  (registers every table on SQLModel.metadata)

# Reference data the first migration ships (DigCompEdu, attendance marks): not user records.
TABLES = SQLModel.metadata.tables  # name -> Table, for Core statements

SEED_TABLES = ("competence_area", "competence", "proficiency_level", "attendance_status")
# The audit trail (store/audit.py) records changes to the user's records; it holds none itself.
AUDIT_TABLES = ("audit_changeset", "audit_entry")


def data_tables() -> list[Table]:
    """All itepad tables, parents before children (foreign-key order)."""
    return list(SQLModel.metadata.sorted_tables)


def user_tables() -> list[Table]:
    return [t for t in data_tables() if t.name not in SEED_TABLES + AUDIT_TABLES]


def first_table_with_rows(conn: Connection) -> str | None:
    """The first table holding a user record, or None for an empty database."""
    for table in user_tables():
        if conn.execute(select(literal(1)).select_from(table).limit(1)).first() is not None:
            return table.name
    return None
