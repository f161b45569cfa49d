"""Gather a draft dossier for the European Award for Initial Teacher Education: its three areas,
each criterion with what itepad knows from the last two academic years (September to May).

The evidence is counted for one module, or for everything the institution recorded.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from itepad.reports.award_dossier_data import AwardArea, AwardCriterion, AwardDossierData
from itepad.reports.headings import Words
from itepad.reports.tables import count_text
from itepad.services.handbook import find_module
from itepad.services.labels import ITE_STATUS, LABEL_LEVEL, LABEL_RESULT, PROJECT_STATE
from itepad.services.report_subjects import REVIEW_ORDER, own_institution, review_label
from itepad.store.database import Database
from itepad.store.models import (
    EducatorRole,
    Enrolment,
    EnrolmentStatus,
    EtwinningProject,
    EtwinningStatus,
    Evidence,
    Institution,
    InstitutionKind,
    LessonObservation,
    Module,
    ModuleSession,
    ProjectMember,
    ProjectPartner,
    QualityLabelApplication,
    Reflection,
    ReflectionModel,
    SessionKind,
    StudentTeacher,
    TeacherEducator,
)
from itepad.store.models_survey import ImpactSurveyResponse, SurveyPhase

SEPTEMBER = 9


def academic_years(today: date) -> tuple[date, tuple[str, str]]:
    """The start of the earlier of the last two academic years, and both their names."""
    first = today.year - (1 if today.month >= SEPTEMBER else 2)
    names = (f"{first}/{(first + 1) % 100:02d}", f"{first + 1}/{(first + 2) % 100:02d}")
    return date(first, SEPTEMBER, 1), names


@dataclass(frozen=True)
class _Scope:
    start: date
    end: date
    module_ids: list[int]  # the modules of the period (one, for a module's dossier)
    whole: bool  # the whole institution, not one module


def _held(
    session: Session, scope: _Scope, *kinds: SessionKind, module_id: int | None = None
) -> int:
    """Sessions held in the period in the scope's modules (or one of them), of `kinds` if given."""
    conditions = [
        col(ModuleSession.module_id).in_([module_id] if module_id else scope.module_ids),
        col(ModuleSession.starts_at) >= datetime.combine(scope.start, time()),
        col(ModuleSession.starts_at) <= datetime.combine(scope.end, time.max),
    ]
    if kinds:
        conditions.append(col(ModuleSession.kind).in_(kinds))
    return _count(session, select(func.count()).select_from(ModuleSession).where(*conditions))


def award_dossier_data(
    db: Database,
    module_code: str | None = None,
    *,
    today: date | None = None,
    language: str = "en",
) -> AwardDossierData:
    """For one module (UserError when there is none with `module_code`), else institution-wide.

    The areas, criteria and scope are named in `language`; the evidence lines stay English."""
    today = today or date.today()
    words = Words(language)
    start, years = academic_years(today)
    with db.session() as session:
        own = own_institution(session)
        if module_code is not None:
            module = find_module(session, module_code)
            assert module.id is not None
            scope = _Scope(start, today, [module.id], whole=False)
            scope_name = words("scope_module", module=f"{module.code} {module.title}")
        else:
            scope = _Scope(start, today, _modules_of_period(session, start, today, years), True)
            scope_name = words("scope_whole")
        return AwardDossierData(
            institution=own.name if own else "",
            country=own.country if own else "",
            scope=scope_name,
            academic_years=years,
            period_start=start,
            generated_on=today,
            areas=(
                _curriculum(session, scope, own, words),
                _projects(session, scope, words),
                _research(session, scope, words),
            ),
        )


def _modules_of_period(
    session: Session, start: date, end: date, years: tuple[str, str]
) -> list[int]:
    """Modules of the two academic years, or with a session in the period."""
    in_period = select(ModuleSession.module_id).where(
        col(ModuleSession.starts_at) >= datetime.combine(start, time()),
        col(ModuleSession.starts_at) <= datetime.combine(end, time.max),
    )
    return [
        i
        for i in session.exec(
            select(Module.id).where(
                or_(col(Module.academic_year).in_(years), col(Module.id).in_(in_period))
            )
        )
        if i is not None
    ]


def _count(session: Session, query: Any) -> int:
    return int(session.exec(query).one())


def _students(scope: _Scope) -> Any:
    """Ids of the student teachers enrolled (not withdrawn) in the scope's modules."""
    return select(Enrolment.student_id).where(
        col(Enrolment.module_id).in_(scope.module_ids),
        Enrolment.status != EnrolmentStatus.WITHDRAWN,
    )


def _curriculum(
    session: Session, scope: _Scope, own: Institution | None, words: Words
) -> AwardArea:
    commitment = []
    if own is not None:
        status = ITE_STATUS.get(own.etwinning_status, own.etwinning_status)
        since = f", agreement signed on {own.agreement_date}" if own.agreement_date else ""
        commitment.append(f"{own.name}: eTwinning ITE status {status}{since}.")
    roles = Counter(session.exec(select(TeacherEducator.role)))
    commitment.append(
        f"{count_text(roles[EducatorRole.TEACHER_EDUCATOR], 'teacher educator')}, "
        f"{count_text(roles[EducatorRole.SCHOOL_MENTOR], 'school mentor')} and "
        f"{count_text(roles[EducatorRole.AMBASSADOR], 'eTwinning ambassador')} recorded."
    )
    modules = []
    for module in session.exec(
        select(Module).where(col(Module.id).in_(scope.module_ids)).order_by(col(Module.code))
    ):
        held = _held(session, scope, module_id=module.id)
        statuses = Counter(
            session.exec(select(Enrolment.status).where(Enrolment.module_id == module.id))
        )
        enrolled = sum(n for s, n in statuses.items() if s != EnrolmentStatus.WITHDRAWN)
        modules.append(
            f"{module.code} {module.title} ({module.academic_year}, {module.term}, "
            f"{module.ects:g} ECTS): {held} sessions held, {enrolled} student teachers "
            f"enrolled, {statuses[EnrolmentStatus.COMPLETED]} completed."
        )
    students = _students(scope)
    by_status = Counter(
        session.exec(
            select(StudentTeacher.etwinning_status).where(col(StudentTeacher.id).in_(students))
        )
    )
    in_twinspace = _count(
        session,
        select(func.count())
        .select_from(StudentTeacher)
        .where(
            col(StudentTeacher.id).in_(students),
            col(StudentTeacher.twinspace_joined_on).is_not(None),
        ),
    )
    events = _held(session, scope, SessionKind.ITE_EVENT)
    community = [
        f"{by_status[EtwinningStatus.PENDING] + by_status[EtwinningStatus.VALIDATED]} student "
        f"teachers registered on eTwinning, {by_status[EtwinningStatus.VALIDATED]} validated "
        "by the NSO.",
        f"{count_text(in_twinspace, 'student teacher')} joined a TwinSpace.",
        f"{count_text(events, 'ITE event')} held.",
    ]
    return AwardArea(
        words("award.curriculum"),
        words("award.curriculum.about"),
        (
            AwardCriterion(
                words("award.commitment"),
                words("award.commitment.about"),
                tuple(commitment),
            ),
            AwardCriterion(
                words("award.integration"),
                words("award.integration.about"),
                tuple(modules) or ("No module in the period.",),
            ),
            AwardCriterion(
                words("award.community"),
                words("award.community.about"),
                tuple(community),
            ),
        ),
    )


def _projects(session: Session, scope: _Scope, words: Words) -> AwardArea:
    projects = list(
        session.exec(
            select(EtwinningProject)
            .where(col(EtwinningProject.module_id).in_(scope.module_ids))
            .order_by(col(EtwinningProject.title))
        )
    )
    ids = [p.id for p in projects]
    members = Counter(
        session.exec(select(ProjectMember.project_id).where(col(ProjectMember.project_id).in_(ids)))
    )
    planning = [
        f"{p.title}: {PROJECT_STATE.get(p.state, p.state).lower()}, started "
        f"{p.started_on or 'not yet'}, {count_text(members[p.id], 'student teacher')} in the team."
        for p in projects
        if p.id is not None
    ]
    planning.append(
        f"{count_text(_held(session, scope, SessionKind.TWINSPACE), 'TwinSpace work session')} "
        "held."
    )
    partners = list(
        session.exec(
            select(Institution)
            .where(
                col(Institution.id).in_(
                    select(ProjectPartner.institution_id).where(
                        col(ProjectPartner.project_id).in_(ids)
                    )
                ),
                col(Institution.is_own).is_(False),
            )
            .order_by(col(Institution.country), col(Institution.name))
        )
    )
    ite = [p for p in partners if p.kind == InstitutionKind.ITE]
    calls = _held(session, scope, SessionKind.PARTNER_CALL)
    involvement = [
        f"{len(ite)} partner ITE institutions in {len({p.country for p in ite})} countries: "
        + ("; ".join(f"{p.name} ({p.country})" for p in ite) or "none")
        + ".",
        f"{count_text(len(partners) - len(ite), 'partner school')}.",
        f"{count_text(calls, 'partner video call')} held.",
    ]
    labels = [
        f"{title}: {LABEL_LEVEL.get(a.level, a.level)} Quality Label applied for on "
        f"{a.applied_on}, {LABEL_RESULT.get(a.result, a.result).lower()}."
        for a, title in session.exec(
            select(QualityLabelApplication, EtwinningProject.title)
            .join(EtwinningProject, col(EtwinningProject.id) == QualityLabelApplication.project_id)
            .where(
                col(QualityLabelApplication.project_id).in_(ids),
                col(QualityLabelApplication.applied_on) >= scope.start,
            )
            .order_by(col(QualityLabelApplication.applied_on))
        )
    ]
    return AwardArea(
        words("award.implementation"),
        words("award.implementation.about"),
        (
            AwardCriterion(
                words("award.planning"),
                words("award.planning.about"),
                tuple(planning),
            ),
            AwardCriterion(
                words("award.between_ite"),
                words("award.between_ite.about"),
                tuple(involvement),
            ),
            AwardCriterion(
                words("award.quality"),
                words("award.quality.about"),
                tuple(labels) or ("No Quality Label application in the period.",),
            ),
        ),
    )


def _research(session: Session, scope: _Scope, words: Words) -> AwardArea:
    students = _students(scope)
    phases = Counter(
        session.exec(
            select(ImpactSurveyResponse.phase).where(
                col(ImpactSurveyResponse.student_id).in_(students),
                col(ImpactSurveyResponse.answered_on) >= scope.start,
            )
        )
    )
    reflections = Counter(
        session.exec(
            select(Reflection.model).where(
                _own_work(Reflection, scope), col(Reflection.written_on) >= scope.start
            )
        )
    )
    observations = _count(
        session,
        select(func.count())
        .select_from(LessonObservation)
        .where(
            col(LessonObservation.student_id).in_(students),
            col(LessonObservation.observed_at) >= datetime.combine(scope.start, time()),
        ),
    )
    reviews = Counter(
        session.exec(
            select(Evidence.review_status).where(
                _own_work(Evidence, scope), col(Evidence.dated_on) >= scope.start
            )
        )
    )
    return AwardArea(
        words("award.research"),
        words("award.research.about"),
        (
            AwardCriterion(
                words("award.studies"),
                words("award.studies.about"),
                (
                    f"Impact survey: {phases[SurveyPhase.PRE]} answers before and "
                    f"{phases[SurveyPhase.POST]} after the project work.",
                ),
            ),
            AwardCriterion(
                words("award.reflective"),
                words("award.reflective.about"),
                (
                    f"{sum(reflections.values())} reflections, "
                    f"{reflections[ReflectionModel.GIBBS]} following Gibbs' cycle.",
                    f"{count_text(observations, 'lesson')} observed.",
                ),
            ),
            AwardCriterion(
                words("award.documented"),
                words("award.documented.about"),
                (
                    f"{sum(reviews.values())} pieces of evidence: "
                    + ", ".join(f"{reviews[c]} {review_label(c).lower()}" for c in REVIEW_ORDER)
                    + ".",
                ),
            ),
        ),
    )


def _own_work(table: type[Reflection] | type[Evidence], scope: _Scope) -> Any:
    """Work linked to the scope's modules; for the whole institution, all of it."""
    if scope.whole:
        return col(table.student_id).in_(select(StudentTeacher.id))
    return col(table.module_id).in_(scope.module_ids)


def write_award_dossier(
    db: Database, module_code: str | None, out: Path, language: str = "en"
) -> None:
    """Write the dossier PDF; the file appears whole or not at all."""
    from itepad.reports.award_dossier import build_award_dossier

    data = award_dossier_data(db, module_code, language=language)
    build_award_dossier(data, out, language=language)
