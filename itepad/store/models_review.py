"""Portfolio review copies: the fillable PDFs sent to student teachers and what they sent back.

A review is identified by a random token printed into the form's hidden fields together with
the student teacher and a hash of the portfolio content, so a returned form can be matched to
exactly what was sent and a form from someone else or a tampered one refused.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel


class ReviewChoice(StrEnum):
    NONE = ""  # left blank
    AGREE = "agree"
    CHANGE = "change"  # "I ask for a change"


class PortfolioReview(SQLModel, table=True):
    __tablename__ = "portfolio_review"

    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student_teacher.id", index=True, ondelete="CASCADE")
    token: str = Field(unique=True)
    content_hash: str  # sha256 of the portfolio content the copy was made from
    sections: str = ""  # the section keys in the form, comma-separated
    language: str = "en"
    sent_at: datetime
    returned_at: datetime | None = None
    answers_hash: str = ""  # of the imported answers: the same file imported twice changes nothing
    changed_since_sent: bool = False  # the portfolio content differed when the copy came back
    read_confirmed: bool = False
    confirmed_on: date | None = None
    reflection_id: int | None = Field(
        default=None, foreign_key="reflection.id", ondelete="SET NULL"
    )
    version: int = 1


class PortfolioReviewAnswer(SQLModel, table=True):
    __tablename__ = "portfolio_review_answer"

    id: int | None = Field(default=None, primary_key=True)
    review_id: int = Field(foreign_key="portfolio_review.id", index=True, ondelete="CASCADE")
    section: str
    choice: str = Field(default=ReviewChoice.NONE)
    comment: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    resolved_at: datetime | None = None
    resolved_by: str = ""
    version: int = 1
