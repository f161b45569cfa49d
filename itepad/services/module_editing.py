"""Editing a module: one small function per user action (module_draft.py reads the module).

The module editor runs these in a worker thread and reloads the draft after each. Every action
is one transaction that changes nothing but the database, so that a later undo can wrap each one
as a command. Module details and sessions, which two educators may edit at once, are written
only while their `version` is still the one the editor loaded: a stale edit raises
ConflictError and is never silently overwritten.

Sessions are kept in date order: `position` is renumbered after every change of time, and
moving a session up or down swaps it into its neighbour's date and time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from itepad.errors import UserError
from itepad.services.labels import MODULE_KIND, MODULE_STATUS, PROJECT_STATE, SESSION_KIND
from itepad.services.module_draft import (
    ModuleDetails,
    SessionFields,
    module_by_id,
    row_id,
    sessions_in_order,
)
from itepad.services.template_format import DEFAULT_START, MAX_ECTS, QUALITY_CRITERIA
from itepad.services.template_parser import valid_timezone
from itepad.store.concurrency import versioned_update
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models import (
    Attendance,
    Cohort,
    Competence,
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
    QualityLabelCheck,
    SessionKind,
    TeacherEducator,
)

NEW_SESSION_TITLE = "New session"
NEW_SESSION_MINUTES = 90
MAX_RATING = 3
_LANGUAGE = re.compile(r"[a-z]{2}", re.ASCII)  # ISO 639-1


# --- shared checks -------------------------------------------------------------------------


def _session_row(session: Session, session_id: int) -> ModuleSession:
    row = session.get(ModuleSession, session_id)
    if row is None:
        raise UserError("This session no longer exists; another user may have deleted it.")
    return row


def _outcome(session: Session, outcome_id: int) -> LearningOutcome:
    row = session.get(LearningOutcome, outcome_id)
    if row is None:
        raise UserError("This learning outcome no longer exists.")
    return row


def _project(session: Session, project_id: int) -> EtwinningProject:
    row = session.get(EtwinningProject, project_id)
    if row is None:
        raise UserError("This eTwinning project no longer exists.")
    return row


def _claim(
    session: Session, table: type[Module] | type[ModuleSession], row_id: int, version: int
) -> None:
    """Bump the row's version if it is still `version` (ConflictError otherwise)."""
    name = "module" if table is Module else "module_session"
    versioned_update(session.connection(), TABLES[name], row_id, version, {})


def _check_choice(value: str, allowed: Iterable[str], what: str) -> None:
    allowed = list(allowed)
    if value not in allowed:
        raise UserError(f"Unknown {what} {value!r}; use one of: {', '.join(allowed)}.")


def _existing_ids(session: Session, id_column: Any, ids: Iterable[int], what: str) -> list[int]:
    """The ids, without repeats, each checked to exist in `id_column`."""
    wanted = list(dict.fromkeys(ids))
    found = set(session.execute(select(id_column).where(id_column.in_(wanted))).scalars())
    missing = [item for item in wanted if item not in found]
    if missing:
        raise UserError(f"No {what} with the id {missing[0]}; reload and try again.")
    return wanted


# --- module details ------------------------------------------------------------------------


def update_details(db: Database, module_id: int, details: ModuleDetails, *, version: int) -> None:
    """Write the module's own fields, if nobody else has changed them since `version`."""
    code, title = details.code.strip(), details.title.strip()
    if not code:
        raise UserError("A module needs a code.")
    if not title:
        raise UserError("A module needs a title.")
    if not 0 <= details.ects <= MAX_ECTS:
        raise UserError(f"ECTS credits must be between 0 and {MAX_ECTS}, not {details.ects:g}.")
    _check_choice(details.kind, MODULE_KIND, "module kind")
    _check_choice(details.status, MODULE_STATUS, "module status")
    for criterion in details.quality_criteria:
        _check_choice(criterion, QUALITY_CRITERIA, "Quality Label criterion")
    languages = [language.strip().lower() for language in details.languages]
    wrong = [language for language in languages if not _LANGUAGE.fullmatch(language)]
    if wrong:
        raise UserError(
            f"Languages: {wrong[0]!r} is not a two-letter ISO 639-1 code such as en, pl or pt."
        )
    try:
        valid_timezone(details.timezone)
    except ValueError as exc:
        raise UserError(f"Time zone: {exc}.") from None
    taken = UserError(f"The module code {code!r} is already taken; choose another code.")
    try:
        with db.session() as session:
            other = session.exec(
                select(Module.id).where(Module.code == code, Module.id != module_id)
            ).first()
            if other is not None:
                raise taken
            _claim(session, Module, module_id, version)
            session.execute(
                update(Module)
                .where(col(Module.id) == module_id)
                .values(
                    code=code,
                    title=title,
                    academic_year=details.academic_year.strip(),
                    term=details.term.strip(),
                    ects=details.ects,
                    kind=details.kind,
                    status=details.status,
                    timezone=details.timezone,
                    languages=",".join(dict.fromkeys(languages)),
                    quality_criteria=",".join(dict.fromkeys(details.quality_criteria)),
                    description=details.description,
                    assessment=details.assessment,
                )
            )
    except IntegrityError:
        raise taken from None  # another user took the code between the check and the commit


# --- learning outcomes ---------------------------------------------------------------------


def add_outcome(db: Database, module_id: int, text: str = "") -> int:
    """A new learning outcome after the others; returns its id."""
    with db.session() as session:
        module_by_id(session, module_id)
        last = session.exec(
            select(func.max(col(LearningOutcome.position))).where(
                LearningOutcome.module_id == module_id
            )
        ).one()
        row = LearningOutcome(
            module_id=module_id, position=0 if last is None else last + 1, text=text.strip()
        )
        session.add(row)
        session.flush()
        return row_id(row)


def update_outcome(db: Database, outcome_id: int, text: str) -> None:
    with db.session() as session:
        _outcome(session, outcome_id).text = text.strip()


def set_outcome_competences(db: Database, outcome_id: int, competence_ids: Iterable[int]) -> None:
    """Map the outcome to exactly these competences; the module develops them too."""
    with db.session() as session:
        outcome = _outcome(session, outcome_id)
        wanted = _existing_ids(session, col(Competence.id), competence_ids, "competence")
        session.execute(
            delete(OutcomeCompetence).where(col(OutcomeCompetence.outcome_id) == outcome_id)
        )
        module_has = set(
            session.exec(
                select(ModuleCompetence.competence_id).where(
                    ModuleCompetence.module_id == outcome.module_id
                )
            )
        )
        for competence_id in wanted:
            session.add(OutcomeCompetence(outcome_id=outcome_id, competence_id=competence_id))
            if competence_id not in module_has:
                session.add(
                    ModuleCompetence(module_id=outcome.module_id, competence_id=competence_id)
                )


def remove_outcome(db: Database, outcome_id: int) -> None:
    with db.session() as session:
        outcome = _outcome(session, outcome_id)
        session.execute(
            delete(OutcomeCompetence).where(col(OutcomeCompetence.outcome_id) == outcome_id)
        )
        session.delete(outcome)
        session.flush()
        rest = session.exec(
            select(LearningOutcome)
            .where(LearningOutcome.module_id == outcome.module_id)
            .order_by(col(LearningOutcome.position), col(LearningOutcome.id))
        )
        for position, row in enumerate(rest):
            row.position = position


# --- sessions ------------------------------------------------------------------------------


def _renumber(session: Session, module_id: int) -> None:
    """Positions follow the dates (sessions at the same time keep their order)."""
    session.flush()
    for position, row in enumerate(sessions_in_order(session, module_id)):
        row.position = position


def _check_times(starts_at: datetime, ends_at: datetime) -> None:
    if starts_at.tzinfo is not None or ends_at.tzinfo is not None:
        raise UserError("Session times are wall-clock times in the module's time zone.")
    if ends_at <= starts_at:
        raise UserError(
            f"A session must end after it starts ({starts_at:%d %b %Y %H:%M} to "
            f"{ends_at:%d %b %Y %H:%M})."
        )


def _check_fields(session: Session, fields: SessionFields) -> None:
    if not fields.title.strip():
        raise UserError("A session needs a title.")
    _check_choice(fields.kind, SESSION_KIND, "session kind")
    if fields.facilitator_id is not None:
        _existing_ids(session, col(TeacherEducator.id), [fields.facilitator_id], "teacher educator")


def _next_monday(today: date) -> date:
    return today + timedelta(days=7 - today.weekday())


def add_session(db: Database, module_id: int, *, today: date | None = None) -> int:
    """A new session a week after the last one, like it in length, place and facilitator.

    A module without sessions gets one next Monday at 10:00. Returns the new session's id.
    """
    with db.session() as session:
        module_by_id(session, module_id)
        rows = sessions_in_order(session, module_id)
        if rows:
            last = rows[-1]
            starts_at = last.starts_at + timedelta(weeks=1)
            length = last.ends_at - last.starts_at
            place, link, facilitator = last.place, last.link, last.facilitator_id
        else:
            starts_at = datetime.combine(_next_monday(today or date.today()), DEFAULT_START)
            length = timedelta(minutes=NEW_SESSION_MINUTES)
            place, link, facilitator = "", "", None
        row = ModuleSession(
            module_id=module_id,
            position=len(rows),
            title=NEW_SESSION_TITLE,
            kind=SessionKind.PRESENTATION,
            starts_at=starts_at,
            ends_at=starts_at + length,
            place=place,
            link=link,
            facilitator_id=facilitator,
        )
        session.add(row)
        _renumber(session, module_id)
        return row_id(row)


def duplicate_session(db: Database, session_id: int) -> int:
    """A copy of the session one week later (attendance is not copied); returns its id."""
    with db.session() as session:
        original = _session_row(session, session_id)
        week = timedelta(weeks=1)
        row = ModuleSession(
            module_id=original.module_id,
            position=original.position,
            title=original.title,
            kind=original.kind,
            starts_at=original.starts_at + week,
            ends_at=original.ends_at + week,
            place=original.place,
            link=original.link,
            facilitator_id=original.facilitator_id,
            description=original.description,
        )
        session.add(row)
        _renumber(session, original.module_id)
        return row_id(row)


def remove_session(db: Database, session_id: int) -> None:
    """Remove the session and the attendance recorded for it."""
    with db.session() as session:
        row = _session_row(session, session_id)
        session.execute(delete(Attendance).where(col(Attendance.session_id) == session_id))
        session.delete(row)
        _renumber(session, row.module_id)


def reorder_session(db: Database, session_id: int, steps: int) -> None:
    """Move the session `steps` places later (earlier if negative) in the module's order.

    The dates and times stay where they were and the sessions take them in their new order,
    each keeping its own length: moving a session up gives it the previous session's date.
    """
    with db.session() as session:
        row = _session_row(session, session_id)
        rows = sessions_in_order(session, row.module_id)
        old = rows.index(row)
        new = max(0, min(len(rows) - 1, old + steps))
        if new == old:
            return
        slots = [item.starts_at for item in rows]
        rows.insert(new, rows.pop(old))
        for position, (item, starts_at) in enumerate(zip(rows, slots, strict=True)):
            item.position = position
            if item.starts_at != starts_at:
                item.ends_at = starts_at + (item.ends_at - item.starts_at)
                item.starts_at = starts_at
                item.version += 1


def shift_session(db: Database, session_id: int, by: timedelta) -> None:
    """Move the session in time, e.g. a week later, keeping its length."""
    with db.session() as session:
        row = _session_row(session, session_id)
        row.starts_at += by
        row.ends_at += by
        row.version += 1
        _renumber(session, row.module_id)


def set_session_times(
    db: Database, session_id: int, starts_at: datetime, ends_at: datetime, *, version: int
) -> None:
    _check_times(starts_at, ends_at)
    with db.session() as session:
        row = _session_row(session, session_id)
        _claim(session, ModuleSession, session_id, version)
        session.execute(
            update(ModuleSession)
            .where(col(ModuleSession.id) == session_id)
            .values(starts_at=starts_at, ends_at=ends_at)
        )
        _renumber(session, row.module_id)


def update_session(db: Database, session_id: int, fields: SessionFields, *, version: int) -> None:
    """Write the session's title, kind, place, link, facilitator and description."""
    with db.session() as session:
        _check_fields(session, fields)
        _claim(session, ModuleSession, session_id, version)
        session.execute(
            update(ModuleSession)
            .where(col(ModuleSession.id) == session_id)
            .values(
                title=fields.title.strip(),
                kind=fields.kind,
                place=fields.place.strip(),
                link=fields.link.strip(),
                facilitator_id=fields.facilitator_id,
                description=fields.description,
            )
        )


# --- partners, cohorts, projects -----------------------------------------------------------


def set_partners(db: Database, module_id: int, institution_ids: Sequence[int]) -> None:
    """The module's partner institutions are exactly these."""
    with db.session() as session:
        module_by_id(session, module_id)
        wanted = _existing_ids(session, col(Institution.id), institution_ids, "institution")
        session.execute(delete(ModulePartner).where(col(ModulePartner.module_id) == module_id))
        session.add_all(
            ModulePartner(module_id=module_id, institution_id=institution_id)
            for institution_id in wanted
        )


def set_cohorts(db: Database, module_id: int, cohort_ids: Sequence[int]) -> None:
    """The cohorts enrolled in the module are exactly these."""
    with db.session() as session:
        module_by_id(session, module_id)
        wanted = _existing_ids(session, col(Cohort.id), cohort_ids, "cohort")
        session.execute(delete(ModuleCohort).where(col(ModuleCohort.module_id) == module_id))
        session.add_all(
            ModuleCohort(module_id=module_id, cohort_id=cohort_id) for cohort_id in wanted
        )


def add_project(db: Database, module_id: int, title: str) -> int:
    """A new eTwinning project of the module (pending until it opens on the platform)."""
    title = title.strip()
    if not title:
        raise UserError("An eTwinning project needs a title.")
    with db.session() as session:
        module = module_by_id(session, module_id)
        project = EtwinningProject(
            title=title, module_id=module_id, languages=module.languages, started_on=None
        )
        session.add(project)
        session.flush()
        assert project.id is not None
        return project.id


def detach_project(db: Database, project_id: int) -> None:
    """Take the project out of the module; the project and its members stay on record."""
    with db.session() as session:
        project = _project(session, project_id)
        project.module_id = None
        project.version += 1


def set_project_partners(db: Database, project_id: int, institution_ids: Sequence[int]) -> None:
    """The project's partner institutions are exactly these."""
    with db.session() as session:
        _project(session, project_id)
        wanted = _existing_ids(session, col(Institution.id), institution_ids, "institution")
        session.execute(delete(ProjectPartner).where(col(ProjectPartner.project_id) == project_id))
        session.add_all(
            ProjectPartner(project_id=project_id, institution_id=institution_id)
            for institution_id in wanted
        )


def update_project_state(db: Database, project_id: int, state: str) -> None:
    _check_choice(state, PROJECT_STATE, "project state")
    with db.session() as session:
        project = _project(session, project_id)
        if project.state != state:
            project.state = state
            project.version += 1


def set_quality_check(
    db: Database, project_id: int, criterion: str, rating: int | None, note: str
) -> None:
    """The project's self-check against one Quality Label criterion: 0 to 3, or not judged."""
    _check_choice(criterion, QUALITY_CRITERIA, "Quality Label criterion")
    if rating is not None and (
        isinstance(rating, bool) or not isinstance(rating, int) or not 0 <= rating <= MAX_RATING
    ):
        raise UserError(
            f"A Quality Label rating is 0 (not met) to {MAX_RATING} (fully met), not {rating!r}."
        )
    with db.session() as session:
        _project(session, project_id)
        check = session.exec(
            select(QualityLabelCheck).where(
                QualityLabelCheck.project_id == project_id,
                QualityLabelCheck.criterion == criterion,
            )
        ).first()
        if check is None:
            check = QualityLabelCheck(project_id=project_id, criterion=criterion)
            session.add(check)
        check.rating = rating
        check.note = note.strip()
