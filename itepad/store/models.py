"""The domain model (design.md section 3) as SQLModel tables.

Times of day that are planned (sessions, meetings, observations) are naive wall-clock times in
the module's or user's time zone; instants that record when something happened (recorded_at,
signed_at, ...) are timezone-aware and stored as UTC.
Enumerations are stored as short lowercase strings (portable across SQLite and PostgreSQL and
readable in the JSON interchange); the allowed values live in the StrEnum classes below.
Editable records carry a `version` column so that a shared database can detect stale edits.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import NaiveDatetime
from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

# Named constraints keep Alembic's batch migrations on SQLite and PostgreSQL in step.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _long_text() -> Column[str]:
    """Markdown bodies and notes: unbounded text on every backend."""
    return Column(Text, nullable=False, default="")


# --- enumerations -------------------------------------------------------------------------


class InstitutionKind(StrEnum):
    ITE = "ite"
    SCHOOL = "school"


class EtwinningIteStatus(StrEnum):
    NONE = "none"
    PENDING = "pending"
    AGREEMENT = "agreement"
    VALIDATED = "validated"


class EducatorRole(StrEnum):
    TEACHER_EDUCATOR = "teacher_educator"
    SCHOOL_MENTOR = "school_mentor"
    AMBASSADOR = "ambassador"


class EtwinningStatus(StrEnum):
    NOT_REGISTERED = "not_registered"
    PENDING = "pending"
    VALIDATED = "validated"


class ModuleKind(StrEnum):
    INTRODUCTION = "introduction"
    PROJECT = "project"
    PLACEMENT = "placement"
    WORKSHOP = "workshop"


class ModuleStatus(StrEnum):
    DRAFT = "draft"
    PLANNED = "planned"
    RUNNING = "running"
    FINISHED = "finished"


class SessionKind(StrEnum):
    PRESENTATION = "presentation"
    DEMONSTRATION = "demonstration"
    MENTORING = "mentoring"
    TWINSPACE = "twinspace"
    PARTNER_CALL = "partner_call"
    ITE_EVENT = "ite_event"
    REFLECTION = "reflection"
    ASSESSMENT = "assessment"


class EnrolmentStatus(StrEnum):
    ENROLLED = "enrolled"
    WITHDRAWN = "withdrawn"
    COMPLETED = "completed"


class ProjectState(StrEnum):
    PENDING = "pending"
    OPEN = "open"
    ARCHIVED = "archived"
    CLOSED = "closed"


class LabelLevel(StrEnum):
    NATIONAL = "national"
    EUROPEAN = "european"


class LabelResult(StrEnum):
    PENDING = "pending"
    AWARDED = "awarded"
    NOT_AWARDED = "not_awarded"


class MeetingMode(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"


class TargetStatus(StrEnum):
    OPEN = "open"
    MET = "met"
    CARRIED = "carried"
    DROPPED = "dropped"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class EvidenceKind(StrEnum):
    FILE = "file"
    LINK = "link"
    TWINSPACE = "twinspace"
    TEXT = "text"


class ReviewStatus(StrEnum):
    READY = "ready"
    DOES_NOT_MEET = "does_not_meet"
    PARTIALLY_MEETS = "partially_meets"
    MEETS = "meets"


class ReflectionModel(StrEnum):
    FREE = "free"
    GIBBS = "gibbs"


class AssessorKind(StrEnum):
    SELF = "self"
    EDUCATOR = "educator"


class QualityCriterion(StrEnum):
    """The five current eTwinning Quality Label criteria."""

    COLLABORATION = "collaboration"  # collaboration between partner schools
    TECHNOLOGY = "technology"  # use of technology
    PEDAGOGY = "pedagogy"  # pedagogical approaches
    CURRICULUM = "curriculum"  # curricular integration
    RESULTS = "results"  # results and documentation


# --- people and organisations -------------------------------------------------------------


class Institution(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    country: str = Field(max_length=2)  # ISO 3166-1 alpha-2
    city: str = ""
    kind: str = Field(default=InstitutionKind.ITE)
    nso: str = ""  # National Support Organisation
    etwinning_status: str = Field(default=EtwinningIteStatus.NONE)
    agreement_date: date | None = None
    is_own: bool = False
    version: int = 1


class TeacherEducator(SQLModel, table=True):
    __tablename__ = "teacher_educator"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    email: str = Field(unique=True)
    role: str = Field(default=EducatorRole.TEACHER_EDUCATOR)
    institution_id: int | None = Field(default=None, foreign_key="institution.id")
    version: int = 1


class Cohort(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    programme: str = ""
    academic_year: str = ""  # e.g. "2026/27"
    version: int = 1


class StudentTeacher(SQLModel, table=True):
    __tablename__ = "student_teacher"

    id: int | None = Field(default=None, primary_key=True)
    given_name: str
    family_name: str = Field(index=True)
    email: str = Field(unique=True)  # institutional email, the natural key
    student_number: str = ""
    cohort_id: int | None = Field(default=None, foreign_key="cohort.id", index=True)
    programme: str = ""
    study_year: int | None = None
    languages: str = ""  # comma-separated ISO 639-1 codes
    placement_school: str = ""
    etwinning_status: str = Field(default=EtwinningStatus.NOT_REGISTERED)
    etwinning_registered_on: date | None = None
    etwinning_validated_on: date | None = None
    twinspace_joined_on: date | None = None
    # Consents are opt-in: every flag starts off.
    consent_photos: bool = False
    consent_publication: bool = False
    consent_partner_sharing: bool = False
    retention_until: date | None = None
    archived_at: datetime | None = None
    anonymised_at: datetime | None = None
    version: int = 1

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


# --- modules and sessions -----------------------------------------------------------------


class Module(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    title: str
    academic_year: str = ""
    term: str = ""
    ects: float = 0.0
    kind: str = Field(default=ModuleKind.INTRODUCTION)
    description: str = Field(default="", sa_column=_long_text())
    status: str = Field(default=ModuleStatus.DRAFT)
    template_id: str = ""  # course template the module was planned from
    timezone: str = "Europe/Brussels"  # session times are wall-clock times in this zone
    languages: str = ""  # comma-separated ISO 639-1 codes
    quality_criteria: str = ""  # comma-separated QualityCriterion keys the module addresses
    assessment: str = Field(default="", sa_column=_long_text())  # how students are assessed
    version: int = 1


class LearningOutcome(SQLModel, table=True):
    __tablename__ = "learning_outcome"

    id: int | None = Field(default=None, primary_key=True)
    module_id: int = Field(foreign_key="module.id", index=True, ondelete="CASCADE")
    position: int = 0
    text: str = Field(default="", sa_column=_long_text())


class ModuleSession(SQLModel, table=True):
    """An activity of a module ("session" in the domain; named so to stay clear of DB sessions)."""

    __tablename__ = "module_session"

    id: int | None = Field(default=None, primary_key=True)
    module_id: int = Field(foreign_key="module.id", index=True, ondelete="CASCADE")
    position: int = 0
    title: str
    kind: str = Field(default=SessionKind.PRESENTATION)
    starts_at: NaiveDatetime
    ends_at: NaiveDatetime
    place: str = ""
    link: str = ""
    facilitator_id: int | None = Field(default=None, foreign_key="teacher_educator.id")
    description: str = Field(default="", sa_column=_long_text())
    version: int = 1


class ModuleCohort(SQLModel, table=True):
    __tablename__ = "module_cohort"

    module_id: int = Field(foreign_key="module.id", primary_key=True, ondelete="CASCADE")
    cohort_id: int = Field(foreign_key="cohort.id", primary_key=True, ondelete="CASCADE")


class ModulePartner(SQLModel, table=True):
    __tablename__ = "module_partner"

    module_id: int = Field(foreign_key="module.id", primary_key=True, ondelete="CASCADE")
    institution_id: int = Field(foreign_key="institution.id", primary_key=True)


class Enrolment(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("module_id", "student_id"),)

    id: int | None = Field(default=None, primary_key=True)
    module_id: int = Field(foreign_key="module.id", index=True, ondelete="CASCADE")
    student_id: int = Field(foreign_key="student_teacher.id", index=True, ondelete="CASCADE")
    status: str = Field(default=EnrolmentStatus.ENROLLED)
    final_comment: str = Field(default="", sa_column=_long_text())
    version: int = 1


class AttendanceStatus(SQLModel, table=True):
    """The configurable set of marks (present / late / excused / absent by default)."""

    __tablename__ = "attendance_status"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    label: str
    counts_as_present: bool
    shortcut: str = Field(default="", max_length=1)  # one key in the attendance grid
    position: int = 0


class Attendance(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("enrolment_id", "session_id"),)

    id: int | None = Field(default=None, primary_key=True)
    enrolment_id: int = Field(foreign_key="enrolment.id", index=True, ondelete="CASCADE")
    session_id: int = Field(foreign_key="module_session.id", index=True, ondelete="CASCADE")
    status_id: int = Field(foreign_key="attendance_status.id")
    remark: str = ""
    recorded_by: str = ""
    recorded_at: datetime
    version: int = 1


# --- eTwinning projects -------------------------------------------------------------------


class EtwinningProject(SQLModel, table=True):
    __tablename__ = "etwinning_project"

    id: int | None = Field(default=None, primary_key=True)
    title: str
    module_id: int | None = Field(default=None, foreign_key="module.id", ondelete="SET NULL")
    platform_url: str = ""
    twinspace_url: str = ""
    languages: str = ""
    pupils_age_min: int | None = None
    pupils_age_max: int | None = None
    subjects: str = ""
    aims: str = Field(default="", sa_column=_long_text())
    state: str = Field(default=ProjectState.PENDING)
    started_on: date | None = None
    version: int = 1


class ProjectPartner(SQLModel, table=True):
    __tablename__ = "project_partner"

    project_id: int = Field(
        foreign_key="etwinning_project.id", primary_key=True, ondelete="CASCADE"
    )
    institution_id: int = Field(foreign_key="institution.id", primary_key=True)


class ProjectMember(SQLModel, table=True):
    __tablename__ = "project_member"

    project_id: int = Field(
        foreign_key="etwinning_project.id", primary_key=True, ondelete="CASCADE"
    )
    student_id: int = Field(foreign_key="student_teacher.id", primary_key=True, ondelete="CASCADE")
    role: str = ""
    joined_on: date | None = None
    contribution: str = Field(default="", sa_column=_long_text())


class QualityLabelApplication(SQLModel, table=True):
    __tablename__ = "quality_label_application"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="etwinning_project.id", index=True, ondelete="CASCADE")
    level: str = Field(default=LabelLevel.NATIONAL)
    applied_on: date
    result: str = Field(default=LabelResult.PENDING)
    notes: str = Field(default="", sa_column=_long_text())


class QualityLabelCheck(SQLModel, table=True):
    """A project's Quality Label self-check: one rating and note per criterion."""

    __tablename__ = "quality_label_check"
    __table_args__ = (UniqueConstraint("project_id", "criterion"),)

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="etwinning_project.id", ondelete="CASCADE")
    criterion: str  # a QualityCriterion key
    rating: int | None = None  # 0 (not met) to 3 (fully met); None while not yet judged
    note: str = Field(default="", sa_column=_long_text())


# --- mentoring ----------------------------------------------------------------------------


class MentoringMeeting(SQLModel, table=True):
    __tablename__ = "mentoring_meeting"

    id: int | None = Field(default=None, primary_key=True)
    held_at: NaiveDatetime = Field(index=True)
    duration_minutes: int = 45
    mode: str = Field(default=MeetingMode.IN_PERSON)
    mentor_id: int = Field(foreign_key="teacher_educator.id", index=True)
    agenda: str = ""  # agenda template it was started from
    focus: str = ""
    pre_reflection: str = Field(default="", sa_column=_long_text())
    notes: str = Field(default="", sa_column=_long_text())
    next_meeting_at: NaiveDatetime | None = None
    signed_by: str = ""
    signed_at: datetime | None = None
    signed_hash: str = ""
    signed_content: str = Field(default="", sa_column=_long_text())  # JSON of what was signed
    version: int = 1


class MeetingMentee(SQLModel, table=True):
    __tablename__ = "meeting_mentee"

    meeting_id: int = Field(
        foreign_key="mentoring_meeting.id", primary_key=True, ondelete="CASCADE"
    )
    student_id: int = Field(foreign_key="student_teacher.id", primary_key=True, ondelete="CASCADE")


class MentoringTarget(SQLModel, table=True):
    __tablename__ = "mentoring_target"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="mentoring_meeting.id", index=True, ondelete="CASCADE")
    position: int = 0  # at most three targets a meeting; enforced by the mentoring service
    text: str
    due_on: date | None = None
    competence_id: int | None = Field(default=None, foreign_key="competence.id")
    status: str = Field(default=TargetStatus.OPEN)
    carried_from_id: int | None = Field(
        default=None, foreign_key="mentoring_target.id", ondelete="SET NULL"
    )


class MentoringAction(SQLModel, table=True):
    __tablename__ = "mentoring_action"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="mentoring_meeting.id", index=True, ondelete="CASCADE")
    text: str
    owner: str = ""
    due_on: date | None = None
    status: str = Field(default=ActionStatus.OPEN)
    done_on: date | None = None


class LessonObservation(SQLModel, table=True):
    __tablename__ = "lesson_observation"

    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student_teacher.id", index=True, ondelete="CASCADE")
    observer_id: int | None = Field(default=None, foreign_key="teacher_educator.id")
    observed_at: NaiveDatetime
    class_name: str = ""
    pupils_age: str = ""
    subject: str = ""
    topic: str = ""
    focus: str = ""
    strengths: str = Field(default="", sa_column=_long_text())
    areas_to_develop: str = Field(default="", sa_column=_long_text())
    targets: str = Field(default="", sa_column=_long_text())
    signed_by: str = ""
    signed_at: datetime | None = None
    signed_hash: str = ""
    signed_content: str = Field(default="", sa_column=_long_text())
    version: int = 1


# --- evidence, reflections, competences ----------------------------------------------------


class Evidence(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student_teacher.id", index=True, ondelete="CASCADE")
    module_id: int | None = Field(default=None, foreign_key="module.id", ondelete="SET NULL")
    kind: str = Field(default=EvidenceKind.LINK)
    title: str
    location: str = ""  # attachment path (relative to the attachments folder) or URL
    checksum: str = ""  # sha256 of an attached file
    description: str = Field(default="", sa_column=_long_text())
    dated_on: date
    review_status: str = Field(default=ReviewStatus.READY)
    version: int = 1


class EvidenceCompetence(SQLModel, table=True):
    __tablename__ = "evidence_competence"

    evidence_id: int = Field(foreign_key="evidence.id", primary_key=True, ondelete="CASCADE")
    competence_id: int = Field(foreign_key="competence.id", primary_key=True)


class Reflection(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student_teacher.id", index=True, ondelete="CASCADE")
    module_id: int | None = Field(default=None, foreign_key="module.id", ondelete="SET NULL")
    written_on: date
    title: str = ""
    model: str = Field(default=ReflectionModel.FREE)
    # Free reflections use body; Gibbs' cycle fills the six stages.
    body: str = Field(default="", sa_column=_long_text())
    gibbs_description: str = Field(default="", sa_column=_long_text())
    gibbs_feelings: str = Field(default="", sa_column=_long_text())
    gibbs_evaluation: str = Field(default="", sa_column=_long_text())
    gibbs_analysis: str = Field(default="", sa_column=_long_text())
    gibbs_conclusion: str = Field(default="", sa_column=_long_text())
    gibbs_action_plan: str = Field(default="", sa_column=_long_text())
    version: int = 1


class CompetenceArea(SQLModel, table=True):
    __tablename__ = "competence_area"

    id: int | None = Field(default=None, primary_key=True)
    framework: str = "DigCompEdu"
    number: int
    name: str


class Competence(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    area_id: int = Field(foreign_key="competence_area.id", index=True)
    code: str = Field(unique=True)  # "DigCompEdu 1.1"-style key, see seed data
    number: str  # "1.1"
    name: str
    description: str = Field(default="", sa_column=_long_text())


class ProficiencyLevel(SQLModel, table=True):
    __tablename__ = "proficiency_level"

    code: str = Field(primary_key=True, max_length=2)  # A1 .. C2
    name: str  # Newcomer .. Pioneer
    rank: int


class ModuleCompetence(SQLModel, table=True):
    __tablename__ = "module_competence"

    module_id: int = Field(foreign_key="module.id", primary_key=True, ondelete="CASCADE")
    competence_id: int = Field(foreign_key="competence.id", primary_key=True)


class OutcomeCompetence(SQLModel, table=True):
    __tablename__ = "outcome_competence"

    outcome_id: int = Field(foreign_key="learning_outcome.id", primary_key=True, ondelete="CASCADE")
    competence_id: int = Field(foreign_key="competence.id", primary_key=True)


class CompetenceAssessment(SQLModel, table=True):
    __tablename__ = "competence_assessment"

    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student_teacher.id", index=True, ondelete="CASCADE")
    competence_id: int = Field(foreign_key="competence.id")
    assessor_kind: str = Field(default=AssessorKind.SELF)
    assessor_id: int | None = Field(default=None, foreign_key="teacher_educator.id")
    level_code: str = Field(foreign_key="proficiency_level.code", max_length=2)
    assessed_on: date
    note: str = ""
    version: int = 1


# Tables kept in their own modules, imported here so that importing this module registers
# every table on SQLModel.metadata.
from itepad.store.models_audit import AuditChangeset as AuditChangeset  # noqa: E402
from itepad.store.models_review import PortfolioReview as PortfolioReview  # noqa: E402
from itepad.store.models_review import PortfolioReviewAnswer as PortfolioReviewAnswer  # noqa: E402
from itepad.store.models_survey import ImpactSurveyResponse as ImpactSurveyResponse  # noqa: E402
