"""What the module report prints: plain data, built by itepad.services.report_module."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from itepad.reports.handbook_data import HandbookData


@dataclass(frozen=True)
class HeldSession:
    """A session that has begun, and its register."""

    number: int  # in date order among all the module's sessions
    title: str
    kind: str  # human label
    starts_at: datetime  # wall-clock time in the module's zone
    attended: int  # marks that count as present
    missed: int  # marks that do not
    unrecorded: int  # current enrolments without a mark


@dataclass(frozen=True)
class ProducedItem:
    """A piece of evidence a student teacher produced in the module."""

    student: str
    title: str
    kind: str  # human label
    dated_on: date
    review_status: str  # human label


@dataclass(frozen=True)
class ModuleReportData:
    module: HandbookData  # facts, outcomes, competences, sessions, partners, projects, cohorts
    held: tuple[HeldSession, ...]
    enrolment_counts: tuple[tuple[str, int], ...]  # (status label, count), every status
    completed: int
    current: int  # enrolments that are not withdrawn
    attended: int  # over all held sessions, attendance_stats' rules
    recorded: int
    team_sizes: tuple[int, ...]  # student teachers in each of module.projects' teams, in order
    produced: tuple[ProducedItem, ...]  # by date
    review_counts: tuple[tuple[str, int], ...]  # (review status label, count), every status
    reflections: int  # written in the module
