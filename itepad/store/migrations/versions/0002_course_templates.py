"""course templates: module languages, Quality Label criteria, assessment; Quality Label self-check

Revision ID: 0002_course_templates
Revises: 0001_initial
Create Date: 2026-11-30 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_course_templates"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The server defaults fill the rows that exist already; the models set the value on insert.
    with op.batch_alter_table("module", schema=None) as batch_op:
        batch_op.add_column(sa.Column("languages", sa.String(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("quality_criteria", sa.String(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("assessment", sa.Text(), nullable=False, server_default=""))

    op.create_table(
        "quality_label_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("criterion", sa.String(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["etwinning_project.id"],
            name=op.f("fk_quality_label_check_project_id_etwinning_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_label_check")),
        sa.UniqueConstraint(
            "project_id", "criterion", name=op.f("uq_quality_label_check_project_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("quality_label_check")
    with op.batch_alter_table("module", schema=None) as batch_op:
        batch_op.drop_column("assessment")
        batch_op.drop_column("quality_criteria")
        batch_op.drop_column("languages")
