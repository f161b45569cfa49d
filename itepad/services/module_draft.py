"""What the module editor shows: one module as plain frozen data, and the lists to choose from.

The editor loads this in a worker thread after every change (services/module_editing.py makes
the changes), so everything is read eagerly and nothing here touches Qt.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, SQLModel, col, select

from itepad.errors import UserError
from itepad.services.labels import MODULE_KIND, MODULE_STATUS, PROJECT_STATE, SESSION_KIND
from itepad.services.template_format import QUALITY_CRITERIA
from itepad.store.database import Database
from itepad.store.models import (
    Attendance,
    Cohort,
    Competence,
    CompetenceArea,
    EducatorRole,
    EtwinningProject,
    Institution,
    LearningOutcome,
    Module,
    ModuleCohort,
    ModulePartner,
    ModuleSession,
    OutcomeCompetence,
    ProjectPartner,
    QualityLabelCheck,
    TeacherEducator,
)

# Human labels of educator roles (the other enumerations' labels live in labels.py).
EDUCATOR_ROLE: dict[str, str] = {
    EducatorRole.TEACHER_EDUCATOR: "Teacher educator",
    EducatorRole.SCHOOL_MENTOR: "School mentor",
    EducatorRole.AMBASSADOR: "eTwinning ambassador",
}


# --- what the editor shows -------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    code: str
    label: str


@dataclass(frozen=True)
class CompetenceChoice:
    id: int
    number: str  # "2.1"
    name: str
    area: str  # "2 Digital resources"


@dataclass(frozen=True)
class EducatorChoice:
    id: int
    name: str
    role: str  # human label


@dataclass(frozen=True)
class InstitutionChoice:
    id: int
    name: str
    country: str
    city: str
    is_own: bool

    def label(self) -> str:
        place = ", ".join(part for part in (self.city, self.country) if part)
        return f"{self.name} ({place})" if place else self.name


@dataclass(frozen=True)
class CohortChoice:
    id: int
    name: str
    programme: str
    academic_year: str


@dataclass(frozen=True)
class Choices:
    """What the editor's lists and combo boxes offer."""

    competences: tuple[CompetenceChoice, ...]  # in framework order
    educators: tuple[EducatorChoice, ...]
    institutions: tuple[InstitutionChoice, ...]
    cohorts: tuple[CohortChoice, ...]
    module_kinds: tuple[Choice, ...]
    module_statuses: tuple[Choice, ...]
    session_kinds: tuple[Choice, ...]
    project_states: tuple[Choice, ...]
    quality_criteria: tuple[Choice, ...]


@dataclass(frozen=True)
class ModuleDetails:
    """The module's own fields, as update_details writes them."""

    code: str
    title: str
    academic_year: str
    term: str
    ects: float
    kind: str
    status: str
    timezone: str
    languages: tuple[str, ...]  # ISO 639-1 codes
    quality_criteria: tuple[str, ...]  # QualityCriterion keys the module addresses
    description: str  # Markdown
    assessment: str  # Markdown


@dataclass(frozen=True)
class OutcomeDraft:
    id: int
    text: str
    competence_ids: tuple[int, ...]


@dataclass(frozen=True)
class SessionFields:
    """A session's fields apart from its times, as update_session writes them."""

    title: str
    kind: str
    place: str
    link: str
    facilitator_id: int | None
    description: str  # Markdown


@dataclass(frozen=True)
class SessionDraft:
    id: int
    version: int
    starts_at: datetime  # wall-clock time in the module's time zone
    ends_at: datetime
    fields: SessionFields
    attendance_marks: int  # removed with the session


@dataclass(frozen=True)
class QualityCheck:
    criterion: str
    label: str
    rating: int | None  # 0 (not met) to 3 (fully met); None while not judged
    note: str


@dataclass(frozen=True)
class ProjectDraft:
    id: int
    version: int
    title: str
    state: str
    partner_ids: tuple[int, ...]
    checks: tuple[QualityCheck, ...]  # all five criteria, in their usual order


@dataclass(frozen=True)
class ModuleDraft:
    id: int
    version: int
    template_id: str
    details: ModuleDetails
    outcomes: tuple[OutcomeDraft, ...]
    sessions: tuple[SessionDraft, ...]  # in date order
    partner_ids: tuple[int, ...]
    projects: tuple[ProjectDraft, ...]
    cohort_ids: tuple[int, ...]
    choices: Choices

    def session(self, session_id: int) -> SessionDraft | None:
        return next((s for s in self.sessions if s.id == session_id), None)


# --- loading -------------------------------------------------------------------------------


def _choices(labels: dict[str, str]) -> tuple[Choice, ...]:
    return tuple(Choice(code, label) for code, label in labels.items())


def _load_choices(session: Session) -> Choices:
    competences = tuple(
        CompetenceChoice(
            row_id(competence), competence.number, competence.name, f"{area.number} {area.name}"
        )
        for competence, area in session.exec(
            select(Competence, CompetenceArea)
            .join(CompetenceArea, col(CompetenceArea.id) == col(Competence.area_id))
            .order_by(col(CompetenceArea.number), col(Competence.number))
        )
    )
    educators = tuple(
        EducatorChoice(educator_id, name, EDUCATOR_ROLE.get(role, role))
        for educator_id, name, role in session.execute(
            select(
                col(TeacherEducator.id), col(TeacherEducator.name), col(TeacherEducator.role)
            ).order_by(col(TeacherEducator.name))
        )
    )
    institutions = tuple(
        InstitutionChoice(row_id(row), row.name, row.country, row.city, row.is_own)
        for row in session.exec(select(Institution).order_by(col(Institution.name)))
    )
    cohorts = tuple(
        CohortChoice(cohort_id, name, programme, year)
        for cohort_id, name, programme, year in session.execute(
            select(
                col(Cohort.id), col(Cohort.name), col(Cohort.programme), col(Cohort.academic_year)
            ).order_by(col(Cohort.name))
        )
    )
    return Choices(
        competences=competences,
        educators=educators,
        institutions=institutions,
        cohorts=cohorts,
        module_kinds=_choices(MODULE_KIND),
        module_statuses=_choices(MODULE_STATUS),
        session_kinds=_choices(SESSION_KIND),
        project_states=_choices(PROJECT_STATE),
        quality_criteria=_choices(QUALITY_CRITERIA),
    )


def _split(value: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in value.split(",") if item.strip())


def load_module_draft(db: Database, module_id: int) -> ModuleDraft:
    """Everything the editor shows about one module, and the lists to choose from."""
    with db.session() as session:
        module = module_by_id(session, module_id)
        return ModuleDraft(
            id=module_id,
            version=module.version,
            template_id=module.template_id,
            details=ModuleDetails(
                code=module.code,
                title=module.title,
                academic_year=module.academic_year,
                term=module.term,
                ects=module.ects,
                kind=module.kind,
                status=module.status,
                timezone=module.timezone,
                languages=_split(module.languages),
                quality_criteria=_split(module.quality_criteria),
                description=module.description,
                assessment=module.assessment,
            ),
            outcomes=_outcomes(session, module_id),
            sessions=_session_drafts(session, module_id),
            partner_ids=tuple(
                session.exec(
                    select(ModulePartner.institution_id).where(ModulePartner.module_id == module_id)
                )
            ),
            projects=_projects(session, module_id),
            cohort_ids=tuple(
                session.exec(
                    select(ModuleCohort.cohort_id).where(ModuleCohort.module_id == module_id)
                )
            ),
            choices=_load_choices(session),
        )


def _outcomes(session: Session, module_id: int) -> tuple[OutcomeDraft, ...]:
    rows = session.exec(
        select(LearningOutcome)
        .where(LearningOutcome.module_id == module_id)
        .order_by(col(LearningOutcome.position), col(LearningOutcome.id))
    ).all()
    mapped: defaultdict[int, list[int]] = defaultdict(list)
    for outcome_id, competence_id in session.exec(
        select(OutcomeCompetence.outcome_id, OutcomeCompetence.competence_id).where(
            col(OutcomeCompetence.outcome_id).in_([row.id for row in rows])
        )
    ):
        mapped[outcome_id].append(competence_id)
    return tuple(
        OutcomeDraft(row_id(row), row.text, tuple(sorted(mapped[row_id(row)]))) for row in rows
    )


def _session_drafts(session: Session, module_id: int) -> tuple[SessionDraft, ...]:
    marks = dict(
        session.execute(
            select(col(Attendance.session_id), func.count())
            .join(ModuleSession, col(ModuleSession.id) == col(Attendance.session_id))
            .where(col(ModuleSession.module_id) == module_id)
            .group_by(col(Attendance.session_id))
        ).all()
    )
    return tuple(
        SessionDraft(
            id=row_id(row),
            version=row.version,
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            fields=SessionFields(
                title=row.title,
                kind=row.kind,
                place=row.place,
                link=row.link,
                facilitator_id=row.facilitator_id,
                description=row.description,
            ),
            attendance_marks=marks.get(row.id, 0),
        )
        for row in sessions_in_order(session, module_id)
    )


def _projects(session: Session, module_id: int) -> tuple[ProjectDraft, ...]:
    projects = session.exec(
        select(EtwinningProject)
        .where(EtwinningProject.module_id == module_id)
        .order_by(col(EtwinningProject.title), col(EtwinningProject.id))
    ).all()
    ids = [project.id for project in projects]
    partners: defaultdict[int, list[int]] = defaultdict(list)
    for project_id, institution_id in session.exec(
        select(ProjectPartner.project_id, ProjectPartner.institution_id).where(
            col(ProjectPartner.project_id).in_(ids)
        )
    ):
        partners[project_id].append(institution_id)
    checks: dict[tuple[int, str], QualityLabelCheck] = {
        (check.project_id, check.criterion): check
        for check in session.exec(
            select(QualityLabelCheck).where(col(QualityLabelCheck.project_id).in_(ids))
        )
    }
    drafts = []
    for project in projects:
        project_id = row_id(project)
        found = [(key, checks.get((project_id, key))) for key in QUALITY_CRITERIA]
        drafts.append(
            ProjectDraft(
                id=project_id,
                version=project.version,
                title=project.title,
                state=project.state,
                partner_ids=tuple(sorted(partners[project_id])),
                checks=tuple(
                    QualityCheck(
                        key,
                        QUALITY_CRITERIA[key],
                        check.rating if check else None,
                        check.note if check else "",
                    )
                    for key, check in found
                ),
            )
        )
    return tuple(drafts)


# --- shared with module_editing ----------------------------------------------------------------


def row_id(row: SQLModel) -> int:
    row_id = getattr(row, "id", None)
    assert isinstance(row_id, int), "rows read from the database have ids"
    return row_id


def module_by_id(session: Session, module_id: int) -> Module:
    module = session.get(Module, module_id)
    if module is None:
        raise UserError("This module no longer exists; another user may have deleted it.")
    return module


def sessions_in_order(session: Session, module_id: int) -> list[ModuleSession]:
    return list(
        session.exec(
            select(ModuleSession)
            .where(ModuleSession.module_id == module_id)
            .order_by(
                col(ModuleSession.starts_at), col(ModuleSession.position), col(ModuleSession.id)
            )
        )
    )
