"""Gather a student teacher's record into the plain data the portfolio report prints."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, col, select

from itepad.errors import UserError
from itepad.reports.data import (
    GIBBS_STAGES,
    CompetenceProgress,
    EvidenceItem,
    LevelMark,
    MeetingAction,
    MeetingEntry,
    MeetingTarget,
    ModuleParticipation,
    ObservationEntry,
    Partner,
    PortfolioData,
    ProjectWork,
    ReflectionEntry,
    SessionAttendance,
    SignOff,
)
from itepad.reports.handbook_data import CompetenceRef
from itepad.reports.portfolio_options import PortfolioOptions
from itepad.services import mentoring, signoff
from itepad.store.database import Database
from itepad.store.models import (
    AssessorKind,
    Attendance,
    AttendanceStatus,
    Cohort,
    Competence,
    CompetenceArea,
    CompetenceAssessment,
    Enrolment,
    EtwinningProject,
    Evidence,
    EvidenceCompetence,
    Institution,
    LessonObservation,
    MeetingMentee,
    Module,
    ModuleSession,
    ProficiencyLevel,
    ProjectMember,
    ProjectPartner,
    Reflection,
    ReflectionModel,
    StudentTeacher,
    TeacherEducator,
)
from itepad.store.models_review import PortfolioReview


def find_student(session: Session, email: str) -> StudentTeacher:
    student = session.exec(
        select(StudentTeacher).where(func.lower(StudentTeacher.email) == email.strip().lower())
    ).first()
    if student is None:
        raise UserError(f"No student teacher with the email {email!r} in this database.")
    return student


# (enrolment id, session id) -> the attendance status taken and its remark
_Marks = dict[tuple[int | None, int | None], tuple[AttendanceStatus | None, str]]


def _participations(
    session: Session, enrolled: Sequence[tuple[Enrolment, Module]]
) -> list[ModuleParticipation]:
    """Every module's sessions with the student teacher's attendance: two queries for all the
    modules, not two a module (in a cohort batch a query costs more than the rows it returns)."""
    marks: _Marks = {
        (att.enrolment_id, att.session_id): (status, att.remark)
        for att, status in session.exec(
            select(Attendance, AttendanceStatus)
            .join(AttendanceStatus, col(AttendanceStatus.id) == Attendance.status_id)
            .where(col(Attendance.enrolment_id).in_([enrolment.id for enrolment, _ in enrolled]))
        )
    }
    sessions_of: dict[int | None, list[ModuleSession]] = defaultdict(list)
    for ms in session.exec(
        select(ModuleSession)
        .where(col(ModuleSession.module_id).in_([module.id for _, module in enrolled]))
        .order_by(col(ModuleSession.starts_at), col(ModuleSession.position))
    ):
        sessions_of[ms.module_id].append(ms)
    return [
        _participation(enrolment, module, sessions_of[module.id], marks)
        for enrolment, module in enrolled
    ]


def _participation(
    enrolment: Enrolment,
    module: Module,
    module_sessions: list[ModuleSession],
    marks: _Marks,
) -> ModuleParticipation:
    sessions = []
    for ms in module_sessions:
        status, remark = marks.get((enrolment.id, ms.id), (None, ""))
        sessions.append(
            SessionAttendance(
                title=ms.title,
                kind=ms.kind,
                starts_at=ms.starts_at,
                status=status.label if status else None,
                counts_as_present=bool(status and status.counts_as_present),
                remark=remark,
            )
        )
    return ModuleParticipation(
        code=module.code,
        title=module.title,
        academic_year=module.academic_year,
        term=module.term,
        ects=module.ects,
        enrolment_status=enrolment.status,
        sessions=sessions,
        final_comment=enrolment.final_comment,
    )


def portfolio_data(db: Database, email: str, *, today: date | None = None) -> PortfolioData:
    with db.session() as session:
        student = find_student(session, email)
        assert student.id is not None
        cohort = session.get(Cohort, student.cohort_id) if student.cohort_id else None
        own = session.exec(select(Institution).where(col(Institution.is_own))).first()
        enrolled = session.exec(
            select(Enrolment, Module)
            .join(Module, col(Module.id) == Enrolment.module_id)
            .where(Enrolment.student_id == student.id)
            .order_by(col(Module.academic_year), col(Module.code))
        ).all()
        modules = _participations(session, enrolled)
        module_codes = {module.id: module.code for _, module in enrolled}
        competences = _competences(session)
        educators = session.exec(select(TeacherEducator)).all()
        signers = {e.email.lower(): e.name for e in educators}  # sign-offs store an e-mail
        observers = {e.id: e.name for e in educators}
        years = sorted({m.academic_year for m in modules if m.academic_year})
        return PortfolioData(
            full_name=student.full_name,
            email=student.email,
            student_number=student.student_number,
            institution=own.name if own else "",
            institution_country=own.country if own else "",
            cohort=cohort.name if cohort else "",
            programme=student.programme or (cohort.programme if cohort else ""),
            period=" to ".join([years[0], years[-1]] if len(years) > 1 else years),
            etwinning_status=student.etwinning_status,
            etwinning_registered_on=student.etwinning_registered_on,
            etwinning_validated_on=student.etwinning_validated_on,
            twinspace_joined_on=student.twinspace_joined_on,
            modules=modules,
            generated_on=today or date.today(),
            author=own.name if own else "itepad",
            projects=_projects(session, student.id),
            evidence=_evidence(session, student.id, competences, module_codes),
            reflections=_reflections(session, student.id, module_codes),
            meetings=_meetings(db, session, student.id, competences, signers),
            observations=_observations(db, session, student.id, observers, signers),
            competences=_progress(session, student.id, competences),
            review_confirmed_on=session.exec(
                select(func.max(PortfolioReview.confirmed_on)).where(
                    PortfolioReview.student_id == student.id, col(PortfolioReview.read_confirmed)
                )
            ).one(),
        )


def _competences(session: Session) -> dict[int, CompetenceRef]:
    """Every competence of the frameworks (a few dozen rows), by id."""
    return {
        competence.id: CompetenceRef(
            competence.number, competence.name, f"{area.number} {area.name}"
        )
        for competence, area in session.exec(
            select(Competence, CompetenceArea).join(
                CompetenceArea, col(CompetenceArea.id) == Competence.area_id
            )
        )
        if competence.id is not None
    }


def _projects(session: Session, student_id: int) -> tuple[ProjectWork, ...]:
    memberships = session.exec(
        select(ProjectMember, EtwinningProject)
        .join(EtwinningProject, col(EtwinningProject.id) == ProjectMember.project_id)
        .where(ProjectMember.student_id == student_id)
        .order_by(col(EtwinningProject.started_on), col(EtwinningProject.title))
    ).all()
    partners: dict[int, list[Partner]] = defaultdict(list)
    project_ids = [project.id for _, project in memberships]
    for link, institution in session.exec(
        select(ProjectPartner, Institution)
        .join(Institution, col(Institution.id) == ProjectPartner.institution_id)
        .where(col(ProjectPartner.project_id).in_(project_ids), ~col(Institution.is_own))
        .order_by(col(Institution.country), col(Institution.name))
    ):
        partners[link.project_id].append(
            Partner(institution.name, institution.country, institution.city)
        )
    return tuple(
        ProjectWork(
            title=project.title,
            state=project.state,
            twinspace_url=project.twinspace_url,
            platform_url=project.platform_url,
            partners=tuple(partners[project.id or 0]),
            role=member.role,
            joined_on=member.joined_on,
            contribution=member.contribution,
        )
        for member, project in memberships
    )


def _evidence(
    session: Session,
    student_id: int,
    competences: dict[int, CompetenceRef],
    module_codes: dict[int | None, str],
) -> tuple[EvidenceItem, ...]:
    items = session.exec(
        select(Evidence)
        .where(Evidence.student_id == student_id)
        .order_by(col(Evidence.dated_on), col(Evidence.id))
    ).all()
    supported: dict[int, list[CompetenceRef]] = defaultdict(list)
    for link in session.exec(
        select(EvidenceCompetence).where(
            col(EvidenceCompetence.evidence_id).in_([item.id for item in items])
        )
    ):
        if link.competence_id in competences:
            supported[link.evidence_id].append(competences[link.competence_id])
    return tuple(
        EvidenceItem(
            title=item.title,
            kind=item.kind,
            dated_on=item.dated_on,
            location=item.location,
            checksum=item.checksum,
            review_status=item.review_status,
            competences=tuple(sorted(supported[item.id or 0], key=_competence_order)),
            module=module_codes.get(item.module_id, ""),
            description=item.description,
        )
        for item in items
    )


def _competence_order(competence: CompetenceRef) -> tuple[int, ...]:
    """ "2.10" after "2.9"."""
    return tuple(int(part) if part.isdigit() else 0 for part in competence.number.split("."))


def _reflections(
    session: Session, student_id: int, module_codes: dict[int | None, str]
) -> tuple[ReflectionEntry, ...]:
    from_reviews = set(
        session.exec(
            select(PortfolioReview.reflection_id).where(PortfolioReview.student_id == student_id)
        )
    )
    return tuple(
        ReflectionEntry(
            written_on=reflection.written_on,
            title=reflection.title,
            model=reflection.model,
            body=reflection.body,
            stages=tuple((stage, getattr(reflection, f"gibbs_{stage}")) for stage in GIBBS_STAGES)
            if reflection.model == ReflectionModel.GIBBS
            else (),
            module=module_codes.get(reflection.module_id, ""),
            from_review=reflection.id in from_reviews,
        )
        for reflection in session.exec(
            select(Reflection)
            .where(Reflection.student_id == student_id)
            .order_by(col(Reflection.written_on), col(Reflection.id))
        )
    )


def _sign_off(signature: signoff.Signature, signers: dict[str, str]) -> SignOff:
    """The signer by name where the signature names an educator's e-mail address."""
    signed_at = signature.signed_at
    if signed_at is not None and signed_at.tzinfo is None:
        signed_at = signed_at.replace(tzinfo=UTC)  # stored as UTC
    return SignOff(
        state=signature.state,
        signed_by=signers.get(signature.signed_by.lower(), signature.signed_by),
        signed_on=signed_at.astimezone().date() if signed_at else None,
        changed=signature.changed_fields,
    )


def _meetings(
    db: Database,
    session: Session,
    student_id: int,
    competences: dict[int, CompetenceRef],
    signers: dict[str, str],
) -> tuple[MeetingEntry, ...]:
    log = mentoring.mentoring_log(db, student_id)
    others: dict[int, list[str]] = defaultdict(list)
    for link, mentee in session.exec(
        select(MeetingMentee, StudentTeacher)
        .join(StudentTeacher, col(StudentTeacher.id) == MeetingMentee.student_id)
        .where(
            col(MeetingMentee.meeting_id).in_([m.meeting_id for m in log]),
            MeetingMentee.student_id != student_id,
        )
        .order_by(col(StudentTeacher.family_name), col(StudentTeacher.given_name))
    ):
        others[link.meeting_id].append(mentee.full_name)
    return tuple(
        MeetingEntry(
            held_at=meeting.held_at,
            mentor=meeting.mentor,
            duration_minutes=meeting.duration_minutes,
            mode=meeting.mode,
            focus=meeting.focus,
            with_others=tuple(others[meeting.meeting_id]),
            pre_reflection=meeting.pre_reflection,
            notes=meeting.notes,
            targets=tuple(
                MeetingTarget(
                    text=target["text"],
                    due_on=target["due_on"],
                    competence=competences.get(target["competence_id"]),
                    status=target["status"],
                )
                for target in meeting.targets
            ),
            actions=tuple(
                MeetingAction(
                    text=action["text"],
                    owner=action["owner"],
                    due_on=action["due_on"],
                    status=action["status"],
                )
                for action in meeting.actions
            ),
            next_meeting_at=meeting.next_meeting_at,
            sign_off=_sign_off(meeting.signature, signers),
        )
        for meeting in log
    )


def _observations(
    db: Database,
    session: Session,
    student_id: int,
    observers: dict[int | None, str],
    signers: dict[str, str],
) -> tuple[ObservationEntry, ...]:
    observations = session.exec(
        select(LessonObservation)
        .where(LessonObservation.student_id == student_id)
        .order_by(col(LessonObservation.observed_at), col(LessonObservation.id))
    ).all()
    return tuple(
        ObservationEntry(
            observed_at=observation.observed_at,
            observer=observers.get(observation.observer_id, ""),
            class_name=observation.class_name,
            pupils_age=observation.pupils_age,
            subject=observation.subject,
            topic=observation.topic,
            focus=observation.focus,
            strengths=observation.strengths,
            areas_to_develop=observation.areas_to_develop,
            targets=observation.targets,
            sign_off=_sign_off(mentoring.observation_signature(db, observation.id), signers)
            if observation.id is not None
            else SignOff(),
        )
        for observation in observations
    )


def _progress(
    session: Session, student_id: int, competences: dict[int, CompetenceRef]
) -> tuple[CompetenceProgress, ...]:
    """Per competence: the first and latest self-assessment and the latest educator's."""
    marks: dict[int, dict[str, list[LevelMark]]] = defaultdict(lambda: defaultdict(list))
    for assessment, level in session.exec(
        select(CompetenceAssessment, ProficiencyLevel)
        .join(ProficiencyLevel, col(ProficiencyLevel.code) == CompetenceAssessment.level_code)
        .where(CompetenceAssessment.student_id == student_id)
        .order_by(col(CompetenceAssessment.assessed_on), col(CompetenceAssessment.id))
    ):
        mark = LevelMark(level.code, level.name, level.rank, assessment.assessed_on)
        marks[assessment.competence_id][assessment.assessor_kind].append(mark)
    progress = [
        CompetenceProgress(
            competence=competences[competence_id],
            first_self=by_kind[AssessorKind.SELF][0] if by_kind[AssessorKind.SELF] else None,
            latest_self=by_kind[AssessorKind.SELF][-1]
            if len(by_kind[AssessorKind.SELF]) > 1
            else None,
            educator=by_kind[AssessorKind.EDUCATOR][-1] if by_kind[AssessorKind.EDUCATOR] else None,
        )
        for competence_id, by_kind in marks.items()
        if competence_id in competences
    ]
    return tuple(sorted(progress, key=lambda p: _competence_order(p.competence)))


def write_portfolio(
    db: Database, email: str, out: Path, options: PortfolioOptions | None = None
) -> None:
    """Write one student teacher's portfolio PDF; the file appears whole or not at all.

    With `options.review` it is a review copy, recorded as sent (services/portfolio_review.py).
    """
    if options is not None and options.review:
        from itepad.services.portfolio_review import write_review_copy

        write_review_copy(db, email, out, options)
        return
    from itepad.reports.portfolio import build_portfolio

    build_portfolio(portfolio_data(db, email), out, options=options)
