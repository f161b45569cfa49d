"""What the Quality Label application draft prints: plain data, built by
itepad.services.report_quality_label."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from itepad.reports.handbook_data import ProjectEntry

RATING_MAX = 3  # a self-check rates a criterion 0 (not met) to 3 (fully met)


@dataclass(frozen=True)
class EligibilityItem:
    condition: str  # e.g. "Common goals and a shared plan"
    known: str  # what itepad knows about it, e.g. "Aims are recorded"; "" for nothing


@dataclass(frozen=True)
class CriterionCheck:
    name: str  # e.g. "Use of technology"
    rating: int | None  # 0 to RATING_MAX; None: not judged yet
    note: str  # Markdown


@dataclass(frozen=True)
class TeamMember:
    name: str
    role: str
    joined_on: date | None
    contribution: str  # Markdown


@dataclass(frozen=True)
class TeamEvidence:
    student: str
    title: str
    kind: str  # human labels
    dated_on: date
    review_status: str
    location: str  # URL or attachment path


@dataclass(frozen=True)
class QualityLabelData:
    project: ProjectEntry
    module: str  # "CODE Title" of the module it belongs to; "" for none
    started_on: date | None
    eligibility: tuple[EligibilityItem, ...]
    criteria: tuple[CriterionCheck, ...]  # the five current criteria, in the official order
    team: tuple[TeamMember, ...]
    evidence: tuple[TeamEvidence, ...]  # by date
    institution: str
    generated_on: date
