"""The audit trail: every change to a record, grouped in changesets (one per transaction).

Rows are written by database triggers (store/audit_triggers.py), never by the services, so
that Core statements, ORM flushes and ON DELETE CASCADE are all recorded alike. `before` and
`after` hold the row as JSON text (None for an insert's before and a delete's after).
student_id / module_id / meeting_id say whom or what the change was about, where the trigger
could tell, so that per-record history is a plain indexed query. They are not foreign keys:
the history of a deleted record must stay.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel


class ChangeSource:
    APP = "app"
    CLI = "cli"
    SQL = "sql"  # another program wrote to a shared PostgreSQL database


class AuditChangeset(SQLModel, table=True):
    __tablename__ = "audit_changeset"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    actor: str = ""
    source: str = ChangeSource.APP
    label: str = ""  # empty: described from the entries when shown (services/audit_labels.py)
    reverts_id: int | None = Field(
        default=None, foreign_key="audit_changeset.id", ondelete="SET NULL"
    )


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_table_name_row_id", "table_name", "row_id"),)

    id: int | None = Field(default=None, primary_key=True)
    changeset_id: int = Field(foreign_key="audit_changeset.id", index=True, ondelete="CASCADE")
    table_name: str
    operation: str  # insert | update | delete
    row_key: str  # JSON object of the primary key columns
    row_id: int | None = None  # the key, for tables keyed by one "id"
    before: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    after: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    student_id: int | None = Field(default=None, index=True)
    module_id: int | None = Field(default=None, index=True)
    meeting_id: int | None = Field(default=None, index=True)
    anonymised: bool = False
