"""impact survey: pre/post answers on the five main benefits of eTwinning; versioned assessments

Revision ID: 0003_impact_survey
Revises: 0002_course_templates
Create Date: 2026-11-23 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_impact_survey"
down_revision: str | None = "0002_course_templates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Competence assessments become editable, so a stale edit must be detectable like any other
    # record's; the server default gives the rows that exist already their first version.
    with op.batch_alter_table("competence_assessment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))

    op.create_table(
        "impact_survey_response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("networking", sa.Integer(), nullable=True),
        sa.Column("ict_skills", sa.Integer(), nullable=True),
        sa.Column("pupils", sa.Integer(), nullable=True),
        sa.Column("community", sa.Integer(), nullable=True),
        sa.Column("languages", sa.Integer(), nullable=True),
        sa.Column("comments", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student_teacher.id"],
            name=op.f("fk_impact_survey_response_student_id_student_teacher"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_impact_survey_response")),
        sa.UniqueConstraint(
            "student_id", "phase", name=op.f("uq_impact_survey_response_student_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("impact_survey_response")
    with op.batch_alter_table("competence_assessment", schema=None) as batch_op:
        batch_op.drop_column("version")
