"""Plain data the reports print. Services build these; reports never query the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class SessionAttendance:
    """One session of a module and how the student teacher took part in it."""

    title: str
    kind: str  # human label, e.g. "Hands-on demonstration"
    starts_at: datetime
    status: str | None  # e.g. "Present", "Excused"; None when not recorded yet
    counts_as_present: bool
    remark: str = ""


@dataclass(frozen=True)
class ModuleParticipation:
    code: str
    title: str
    academic_year: str
    term: str
    ects: float
    enrolment_status: str  # "Enrolled", "Completed", "Withdrawn"
    sessions: list[SessionAttendance] = field(default_factory=list)
    final_comment: str = ""  # Markdown

    @property
    def recorded(self) -> int:
        return sum(1 for s in self.sessions if s.status is not None)

    @property
    def attended(self) -> int:
        return sum(1 for s in self.sessions if s.counts_as_present)


@dataclass(frozen=True)
class PortfolioData:
    """Everything the portfolio of one student teacher prints (the first, plain edition)."""

    full_name: str
    email: str
    student_number: str
    institution: str
    institution_country: str
    cohort: str
    programme: str
    period: str  # e.g. "2026/27"
    etwinning_status: str  # human label
    etwinning_registered_on: date | None
    etwinning_validated_on: date | None
    modules: list[ModuleParticipation]
    generated_on: date
    author: str = "itepad"
    language: str = "en"
