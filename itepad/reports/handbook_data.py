"""Plain data the module handbook prints; built by itepad.services.handbook.

Enumerations arrive as human labels and sessions as wall-clock times in the module's time zone, so
the report only lays out what it is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class CompetenceRef:
    """A DigCompEdu competence, e.g. number "2.1", name "Selecting digital resources"."""

    number: str
    name: str
    area: str = ""  # e.g. "2 Digital resources"


@dataclass(frozen=True)
class OutcomeEntry:
    text: str
    competences: tuple[CompetenceRef, ...] = ()


@dataclass(frozen=True)
class SessionEntry:
    title: str
    kind: str  # human label, e.g. "Hands-on demonstration"
    starts_at: datetime  # naive wall-clock time in HandbookData.timezone
    ends_at: datetime
    zone_abbreviation: str  # at starts_at, e.g. "GMT" or "IST" in Europe/Dublin
    place: str = ""
    link: str = ""
    facilitator: str = ""
    description: str = ""  # Markdown
    assessed: bool = False  # listed again in the assessment section (assessment, reflection)


@dataclass(frozen=True)
class PartnerEntry:
    name: str
    country: str  # ISO 3166-1 alpha-2
    city: str
    etwinning_status: str  # human label


@dataclass(frozen=True)
class LabelApplicationEntry:
    level: str  # "National", "European"
    applied_on: date
    result: str  # human label


@dataclass(frozen=True)
class ProjectEntry:
    title: str
    state: str  # human label
    partners: tuple[PartnerEntry, ...] = ()
    languages: str = ""
    pupils_ages: str = ""  # e.g. "8-11"
    subjects: str = ""
    twinspace_url: str = ""
    aims: str = ""  # Markdown
    label_applications: tuple[LabelApplicationEntry, ...] = ()


@dataclass(frozen=True)
class CohortEntry:
    name: str
    programme: str
    academic_year: str
    students: int  # enrolled in this module (withdrawn ones not counted)


@dataclass(frozen=True)
class HandbookData:
    """Everything the handbook of one module prints."""

    code: str
    title: str
    academic_year: str
    term: str
    ects: float
    kind: str  # human labels
    status: str
    description: str  # Markdown
    timezone: str  # IANA name, e.g. "Europe/Dublin"
    outcomes: tuple[OutcomeEntry, ...]
    competences: tuple[CompetenceRef, ...]
    sessions: tuple[SessionEntry, ...]  # in date order
    partners: tuple[PartnerEntry, ...]
    projects: tuple[ProjectEntry, ...]
    cohorts: tuple[CohortEntry, ...]
    generated_on: date
    institution: str = ""
    author: str = "itepad"
