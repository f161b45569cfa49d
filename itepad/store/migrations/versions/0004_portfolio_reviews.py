"""portfolio reviews: fillable review copies sent to student teachers and their answers

Revision ID: 0004_portfolio_reviews
Revises: 0003_impact_survey
Create Date: 2026-11-23 18:00:01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_portfolio_reviews"
down_revision: str | None = "0003_impact_survey"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "portfolio_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(), nullable=False),
        sa.Column("content_hash", sa.String(), nullable=False),
        sa.Column("sections", sa.String(), nullable=False),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("returned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answers_hash", sa.String(), nullable=False),
        sa.Column("changed_since_sent", sa.Boolean(), nullable=False),
        sa.Column("read_confirmed", sa.Boolean(), nullable=False),
        sa.Column("confirmed_on", sa.Date(), nullable=True),
        sa.Column("reflection_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reflection_id"],
            ["reflection.id"],
            name=op.f("fk_portfolio_review_reflection_id_reflection"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student_teacher.id"],
            name=op.f("fk_portfolio_review_student_id_student_teacher"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portfolio_review")),
        sa.UniqueConstraint("token", name=op.f("uq_portfolio_review_token")),
    )
    op.create_index(
        op.f("ix_portfolio_review_student_id"), "portfolio_review", ["student_id"], unique=False
    )
    op.create_table(
        "portfolio_review_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(), nullable=False),
        sa.Column("choice", sa.String(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["portfolio_review.id"],
            name=op.f("fk_portfolio_review_answer_review_id_portfolio_review"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portfolio_review_answer")),
    )
    op.create_index(
        op.f("ix_portfolio_review_answer_review_id"),
        "portfolio_review_answer",
        ["review_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_table("portfolio_review_answer")
    op.drop_table("portfolio_review")
