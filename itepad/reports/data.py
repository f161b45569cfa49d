"""Plain data the portfolio prints. Services build these; reports never query the database.

Enumerations arrive as their stored codes (a review status "meets", a session kind
"demonstration"): the portfolio prints them in the language chosen for its headings
(reports/headings.py), and a value it has no word for exactly as given. Times are wall-clock times
where things happened; names and every other text are printed as typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from itepad.reports.handbook_data import CompetenceRef


@dataclass(frozen=True)
class SessionAttendance:
    """One session of a module and how the student teacher took part in it."""

    title: str
    kind: str  # a session kind code, e.g. "demonstration"
    starts_at: datetime
    status: str | None  # the attendance mark's own label, e.g. "Present"; None when not recorded
    counts_as_present: bool
    remark: str = ""


@dataclass(frozen=True)
class ModuleParticipation:
    code: str
    title: str
    academic_year: str
    term: str
    ects: float
    enrolment_status: str  # "enrolled", "completed", "withdrawn"
    sessions: list[SessionAttendance] = field(default_factory=list)
    final_comment: str = ""  # Markdown: the teacher educator's comment on this enrolment

    @property
    def recorded(self) -> int:
        return sum(1 for s in self.sessions if s.status is not None)

    @property
    def attended(self) -> int:
        return sum(1 for s in self.sessions if s.counts_as_present)


@dataclass(frozen=True)
class Partner:
    """An institution taking part in a project; country as an ISO 3166-1 alpha-2 code."""

    name: str
    country: str
    city: str = ""


@dataclass(frozen=True)
class ProjectWork:
    """An eTwinning project and the student teacher's part in it."""

    title: str
    state: str  # "pending", "open", "archived", "closed"
    twinspace_url: str = ""
    platform_url: str = ""
    partners: tuple[Partner, ...] = ()
    role: str = ""  # e.g. "administrator", "member"
    joined_on: date | None = None
    contribution: str = ""  # Markdown


@dataclass(frozen=True)
class EvidenceItem:
    title: str
    kind: str  # "file", "link", "twinspace", "text"
    dated_on: date
    location: str = ""  # URL, or the attached file's name
    checksum: str = ""  # SHA-256 (hex) of an attached file
    review_status: str = "ready"  # "ready", "does_not_meet", "partially_meets", "meets"
    competences: tuple[CompetenceRef, ...] = ()
    module: str = ""  # code of the module it belongs to
    description: str = ""  # Markdown


# The stages of Gibbs' reflective cycle, in order (the keys of ReflectionEntry.stages).
GIBBS_STAGES = ("description", "feelings", "evaluation", "analysis", "conclusion", "action_plan")


@dataclass(frozen=True)
class ReflectionEntry:
    written_on: date
    title: str = ""
    model: str = "free"  # "free" or "gibbs"
    body: str = ""  # Markdown, for a free reflection
    stages: tuple[tuple[str, str], ...] = ()  # (stage, Markdown) in GIBBS_STAGES order
    module: str = ""
    from_review: bool = False  # the final reflection of a returned review copy


@dataclass(frozen=True)
class SignOff:
    """A record's signature: whether it is signed, and whether it changed after signing."""

    state: str = "unsigned"  # "unsigned", "signed", "changed_since_signed"
    signed_by: str = ""
    signed_on: date | None = None
    changed: tuple[str, ...] = ()  # what differs from the signed version, e.g. ("notes",)


@dataclass(frozen=True)
class MeetingTarget:
    text: str
    due_on: date | None = None
    competence: CompetenceRef | None = None
    status: str = "open"  # "open", "met", "carried", "dropped"


@dataclass(frozen=True)
class MeetingAction:
    text: str
    owner: str = ""
    due_on: date | None = None
    status: str = "open"  # "open", "done", "dropped"


@dataclass(frozen=True)
class MeetingEntry:
    """A mentoring meeting the student teacher took part in."""

    held_at: datetime
    mentor: str
    duration_minutes: int = 45
    mode: str = "in_person"  # "in_person", "online"
    focus: str = ""
    with_others: tuple[str, ...] = ()  # the other mentees of a group meeting
    pre_reflection: str = ""  # Markdown, the student teacher's
    notes: str = ""  # Markdown, the mentor's
    targets: tuple[MeetingTarget, ...] = ()
    actions: tuple[MeetingAction, ...] = ()
    next_meeting_at: datetime | None = None
    sign_off: SignOff = SignOff()


@dataclass(frozen=True)
class ObservationEntry:
    """A lesson the student teacher taught and someone observed."""

    observed_at: datetime
    observer: str = ""
    class_name: str = ""
    pupils_age: str = ""
    subject: str = ""
    topic: str = ""
    focus: str = ""
    strengths: str = ""  # Markdown
    areas_to_develop: str = ""  # Markdown
    targets: str = ""  # Markdown
    sign_off: SignOff = SignOff()


@dataclass(frozen=True)
class LevelMark:
    """A proficiency level given on a day, e.g. code "B1", name "Integrator", rank 3 of 6."""

    code: str
    name: str
    rank: int
    on: date


@dataclass(frozen=True)
class CompetenceProgress:
    """A competence assessed at least once: first and latest self-assessment, latest educator's."""

    competence: CompetenceRef
    first_self: LevelMark | None = None
    latest_self: LevelMark | None = None  # None while there is only the first
    educator: LevelMark | None = None


@dataclass(frozen=True)
class PortfolioData:
    """Everything the portfolio of one student teacher prints."""

    full_name: str
    email: str
    student_number: str
    institution: str
    institution_country: str
    cohort: str
    programme: str
    period: str  # e.g. "2026/27"
    etwinning_status: str  # "not_registered", "pending", "validated"
    etwinning_registered_on: date | None
    etwinning_validated_on: date | None
    modules: list[ModuleParticipation]
    generated_on: date
    author: str = "itepad"
    twinspace_joined_on: date | None = None
    projects: tuple[ProjectWork, ...] = ()
    evidence: tuple[EvidenceItem, ...] = ()  # oldest first
    reflections: tuple[ReflectionEntry, ...] = ()
    meetings: tuple[MeetingEntry, ...] = ()
    observations: tuple[ObservationEntry, ...] = ()
    competences: tuple[CompetenceProgress, ...] = ()  # by competence number
    # The day the student teacher last confirmed having read the portfolio (a returned review).
    review_confirmed_on: date | None = None
