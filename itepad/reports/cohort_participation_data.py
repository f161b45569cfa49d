"""What the cohort participation report prints: plain data, built by
itepad.services.report_cohort_participation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class StudentParticipation:
    name: str
    email: str
    etwinning_status: str  # human label
    registered: bool  # on eTwinning: validation pending or done
    validated: bool  # by the NSO
    modules: int  # enrolments that are not withdrawn
    attended: int  # held sessions attended, over all modules (attendance_stats' rules)
    recorded: int  # held sessions with a mark
    projects: tuple[str, ...]  # titles of the eTwinning projects they are a team member of
    evidence: int
    review_counts: tuple[int, ...]  # pieces of evidence per review status, as review_labels
    meetings: int  # mentoring meetings held so far
    alerts: tuple[str, ...] = ()  # why attendance puts them at risk, per module


@dataclass(frozen=True)
class ModuleTotals:
    """The cohort's attendance in one module, summed over its student teachers."""

    code: str
    title: str
    students: int
    attended: int
    missed: int
    unrecorded: int  # sessions still to come or without a mark, per student


@dataclass(frozen=True)
class CohortParticipationData:
    cohort: str
    programme: str
    academic_year: str
    institution: str
    generated_on: date
    students: tuple[StudentParticipation, ...]  # by family name
    modules: tuple[ModuleTotals, ...]  # in the order they began
    review_labels: tuple[str, ...]  # the review statuses, in the order the tables show them

    @property
    def attended(self) -> int:
        return sum(s.attended for s in self.students)

    @property
    def recorded(self) -> int:
        return sum(s.recorded for s in self.students)
