"""What the European Award for Initial Teacher Education dossier prints: plain data, built by
itepad.services.report_award_dossier."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class AwardCriterion:
    name: str  # e.g. "Integration in the student teachers' curriculum"
    description: str  # what the criterion looks at
    evidence: tuple[str, ...]  # what itepad knows from the period, one line each


@dataclass(frozen=True)
class AwardArea:
    name: str  # "Curriculum integration", "Project implementation", "Research outputs"
    description: str
    criteria: tuple[AwardCriterion, ...]


@dataclass(frozen=True)
class AwardDossierData:
    institution: str
    country: str
    scope: str  # "Module ETW202 International TwinSpace Project" or "The whole institution"
    academic_years: tuple[str, ...]  # the two the evidence comes from, e.g. ("2025/26", "2026/27")
    period_start: date  # 1 September of the earlier academic year
    generated_on: date
    areas: tuple[AwardArea, ...]
