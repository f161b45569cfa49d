"""Gather a module into the plain data its handbook prints."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session, col, select
from sqlmodel.sql.expression import Select

from itepad.errors import UserError
from itepad.reports.handbook_data import (
    CohortEntry,
    CompetenceRef,
    HandbookData,
    LabelApplicationEntry,
    OutcomeEntry,
    PartnerEntry,
    ProjectEntry,
    SessionEntry,
)
from itepad.services.labels import (
    ITE_STATUS,
    LABEL_LEVEL,
    LABEL_RESULT,
    MODULE_KIND,
    MODULE_STATUS,
    PROJECT_STATE,
    SESSION_KIND,
)
from itepad.store.database import Database
from itepad.store.models import (
    Cohort,
    Competence,
    CompetenceArea,
    Enrolment,
    EnrolmentStatus,
    EtwinningProject,
    Institution,
    LearningOutcome,
    Module,
    ModuleCohort,
    ModuleCompetence,
    ModulePartner,
    ModuleSession,
    OutcomeCompetence,
    ProjectPartner,
    QualityLabelApplication,
    SessionKind,
    StudentTeacher,
    TeacherEducator,
)

_Query = TypeVar("_Query", bound=Select[*tuple[Any, ...]])

# Sessions that the handbook's assessment section lists again.
_ASSESSED_KINDS = frozenset({SessionKind.ASSESSMENT, SessionKind.REFLECTION})


def find_module(session: Session, code: str) -> Module:
    module = session.exec(select(Module).where(Module.code == code.strip())).first()
    if module is None:
        raise UserError(f"No module with the code {code!r} in this database.")
    return module


def module_zone(module: Module) -> ZoneInfo:
    """The time zone the module's session times are wall-clock times in."""
    try:
        return ZoneInfo(module.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(
            f"Module {module.code} has an unknown time zone {module.timezone!r}; "
            "set a zone such as Europe/Brussels in the module details."
        ) from None


def sessions_of(session: Session, module: Module) -> list[ModuleSession]:
    """The module's sessions in date order."""
    return list(
        session.exec(
            select(ModuleSession)
            .where(ModuleSession.module_id == module.id)
            .order_by(col(ModuleSession.starts_at), col(ModuleSession.position))
        )
    )


def facilitator_names(session: Session, rows: list[ModuleSession]) -> dict[int | None, str]:
    """Names of the sessions' facilitators by id (a session without one looks up None)."""
    ids = {row.facilitator_id for row in rows if row.facilitator_id is not None}
    educators = session.exec(select(TeacherEducator).where(col(TeacherEducator.id).in_(ids)))
    return {educator.id: educator.name for educator in educators}


def handbook_data(db: Database, code: str, *, today: date | None = None) -> HandbookData:
    with db.session() as session:
        module = find_module(session, code)
        own = session.exec(select(Institution).where(col(Institution.is_own))).first()
        return HandbookData(
            code=module.code,
            title=module.title,
            academic_year=module.academic_year,
            term=module.term,
            ects=module.ects,
            kind=MODULE_KIND.get(module.kind, module.kind),
            status=MODULE_STATUS.get(module.status, module.status),
            description=module.description,
            timezone=module.timezone,
            outcomes=_outcomes(session, module),
            competences=_module_competences(session, module),
            sessions=_sessions(session, module),
            partners=_partners(session, module),
            projects=_projects(session, module),
            cohorts=_cohorts(session, module),
            generated_on=today or date.today(),
            institution=own.name if own else "",
            author=own.name if own else "itepad",
        )


def write_module_handbook(db: Database, code: str, out: Path, language: str = "en") -> None:
    """Write the module's handbook PDF, its words in `language`; it appears whole or not at all."""
    from itepad.reports.handbook import build_handbook

    build_handbook(handbook_data(db, code), out, language=language)


def _competence(competence: Competence, area: CompetenceArea) -> CompetenceRef:
    return CompetenceRef(competence.number, competence.name, f"{area.number} {area.name}")


def _by_number(query: _Query) -> _Query:
    """Competences in framework order (numbers are "1.1" .. "6.5": text order is fine)."""
    return query.join(CompetenceArea, col(CompetenceArea.id) == Competence.area_id).order_by(
        col(CompetenceArea.number), col(Competence.number)
    )


def _outcomes(session: Session, module: Module) -> tuple[OutcomeEntry, ...]:
    mapped: dict[int, list[CompetenceRef]] = defaultdict(list)
    for outcome_id, competence, area in session.exec(
        _by_number(
            select(OutcomeCompetence.outcome_id, Competence, CompetenceArea)
            .join(Competence, col(Competence.id) == OutcomeCompetence.competence_id)
            .join(LearningOutcome, col(LearningOutcome.id) == OutcomeCompetence.outcome_id)
            .where(LearningOutcome.module_id == module.id)
        )
    ):
        mapped[outcome_id].append(_competence(competence, area))
    outcomes = session.exec(
        select(LearningOutcome)
        .where(LearningOutcome.module_id == module.id)
        .order_by(col(LearningOutcome.position), col(LearningOutcome.id))
    )
    return tuple(
        OutcomeEntry(outcome.text, tuple(mapped.get(outcome.id or 0, ()))) for outcome in outcomes
    )


def _module_competences(session: Session, module: Module) -> tuple[CompetenceRef, ...]:
    rows = session.exec(
        _by_number(
            select(Competence, CompetenceArea)
            .join(ModuleCompetence, col(ModuleCompetence.competence_id) == Competence.id)
            .where(ModuleCompetence.module_id == module.id)
        )
    )
    return tuple(_competence(competence, area) for competence, area in rows)


def _sessions(session: Session, module: Module) -> tuple[SessionEntry, ...]:
    zone = module_zone(module)
    rows = sessions_of(session, module)
    names = facilitator_names(session, rows)
    return tuple(
        SessionEntry(
            title=row.title,
            kind=SESSION_KIND.get(row.kind, row.kind),
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            zone_abbreviation=row.starts_at.replace(tzinfo=zone).tzname() or module.timezone,
            place=row.place,
            link=row.link,
            facilitator=names.get(row.facilitator_id, ""),
            description=row.description,
            assessed=row.kind in _ASSESSED_KINDS,
        )
        for row in rows
    )


def _partner(institution: Institution) -> PartnerEntry:
    return PartnerEntry(
        name=institution.name,
        country=institution.country,
        city=institution.city,
        etwinning_status=ITE_STATUS.get(institution.etwinning_status, institution.etwinning_status),
    )


def _partners(session: Session, module: Module) -> tuple[PartnerEntry, ...]:
    institutions = session.exec(
        select(Institution)
        .join(ModulePartner, col(ModulePartner.institution_id) == Institution.id)
        .where(ModulePartner.module_id == module.id)
        .order_by(col(Institution.country), col(Institution.name))
    )
    return tuple(_partner(institution) for institution in institutions)


def _projects(session: Session, module: Module) -> tuple[ProjectEntry, ...]:
    projects = session.exec(
        select(EtwinningProject)
        .where(EtwinningProject.module_id == module.id)
        .order_by(col(EtwinningProject.title))
    )
    return tuple(project_entry(session, project) for project in projects)


def project_entry(session: Session, project: EtwinningProject) -> ProjectEntry:
    partners = session.exec(
        select(Institution)
        .join(ProjectPartner, col(ProjectPartner.institution_id) == Institution.id)
        .where(ProjectPartner.project_id == project.id)
        .order_by(col(Institution.country), col(Institution.name))
    )
    applications = session.exec(
        select(QualityLabelApplication)
        .where(QualityLabelApplication.project_id == project.id)
        .order_by(col(QualityLabelApplication.applied_on))
    )
    ages = [age for age in (project.pupils_age_min, project.pupils_age_max) if age is not None]
    return ProjectEntry(
        title=project.title,
        state=PROJECT_STATE.get(project.state, project.state),
        partners=tuple(_partner(institution) for institution in partners),
        languages=", ".join(code.strip() for code in project.languages.split(",") if code.strip()),
        pupils_ages="-".join(str(age) for age in dict.fromkeys(ages)),
        subjects=project.subjects,
        twinspace_url=project.twinspace_url,
        aims=project.aims,
        label_applications=tuple(
            LabelApplicationEntry(
                level=LABEL_LEVEL.get(application.level, application.level),
                applied_on=application.applied_on,
                result=LABEL_RESULT.get(application.result, application.result),
            )
            for application in applications
        ),
    )


def _cohorts(session: Session, module: Module) -> tuple[CohortEntry, ...]:
    enrolled = Counter(
        session.exec(
            select(StudentTeacher.cohort_id)
            .join(Enrolment, col(Enrolment.student_id) == StudentTeacher.id)
            .where(
                Enrolment.module_id == module.id,
                Enrolment.status != EnrolmentStatus.WITHDRAWN,
            )
        )
    )
    cohorts = session.exec(
        select(Cohort)
        .join(ModuleCohort, col(ModuleCohort.cohort_id) == Cohort.id)
        .where(ModuleCohort.module_id == module.id)
        .order_by(col(Cohort.name))
    )
    return tuple(
        CohortEntry(
            name=cohort.name,
            programme=cohort.programme,
            academic_year=cohort.academic_year,
            students=enrolled[cohort.id],
        )
        for cohort in cohorts
    )
