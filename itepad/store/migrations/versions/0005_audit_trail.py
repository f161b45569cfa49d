"""audit trail: changesets and entries, written by triggers

Revision ID: 0005_audit_trail
Revises: 0004_portfolio_reviews
Create Date: 2026-11-24 09:00:00

On PostgreSQL the triggers are created here (store/audit_triggers.py; a later migration that
adds a table calls create_pg_trigger, and start-up adds any that are missing). SQLite gets
TEMP triggers on each connection instead, so there is nothing to create in the file.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from itepad.store.audit_triggers import drop_pg_triggers, ensure_pg_triggers

revision: str = "0005_audit_trail"
down_revision: str | None = "0004_portfolio_reviews"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_changeset",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("reverts_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["reverts_id"],
            ["audit_changeset.id"],
            name=op.f("fk_audit_changeset_reverts_id_audit_changeset"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_changeset")),
    )
    op.create_index(op.f("ix_audit_changeset_at"), "audit_changeset", ["at"], unique=False)
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changeset_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("operation", sa.String(), nullable=False),
        sa.Column("row_key", sa.String(), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("student_id", sa.Integer(), nullable=True),
        sa.Column("module_id", sa.Integer(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("anonymised", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["changeset_id"],
            ["audit_changeset.id"],
            name=op.f("fk_audit_entry_changeset_id_audit_changeset"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    for column in ("changeset_id", "student_id", "module_id", "meeting_id"):
        op.create_index(op.f(f"ix_audit_entry_{column}"), "audit_entry", [column], unique=False)
    op.create_index(
        "ix_audit_entry_table_name_row_id", "audit_entry", ["table_name", "row_id"], unique=False
    )
    if op.get_bind().dialect.name == "postgresql":
        ensure_pg_triggers(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        drop_pg_triggers(op.get_bind())
    op.drop_table("audit_entry")
    op.drop_table("audit_changeset")
