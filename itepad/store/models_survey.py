"""The impact survey: a short pre/post questionnaire on the five main benefits of eTwinning.

The five statements follow the benefits the 2013 eTwinning impact study found most often
(design.md section 3); each is answered on a 1-5 agreement scale, None while unanswered.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


class SurveyPhase(StrEnum):
    PRE = "pre"
    POST = "post"


class ImpactSurveyResponse(SQLModel, table=True):
    __tablename__ = "impact_survey_response"
    __table_args__ = (UniqueConstraint("student_id", "phase"),)

    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student_teacher.id", ondelete="CASCADE")
    phase: str = Field(default=SurveyPhase.PRE)
    answered_on: date
    networking: int | None = None  # networking across Europe
    ict_skills: int | None = None  # new or improved ICT skills
    pupils: int | None = None  # positive impact on pupils' skills or motivation
    community: int | None = None  # belonging to an international teaching community
    languages: int | None = None  # improved foreign language skills
    comments: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    version: int = 1
