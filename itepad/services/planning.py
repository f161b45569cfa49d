"""Planning modules from course templates, and saving a module as a template.

Session times are naive wall-clock times in the module's time zone: a session planned at 10:00
stays at 10:00 on both sides of a daylight-saving change.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from itepad.atomic import atomic_write_path
from itepad.errors import UserError
from itepad.services.clashes import Clash, find_clashes
from itepad.services.template_format import (
    DEFAULT_START,
    ID_PATTERN,
    MAX_DURATION,
    MAX_WEEKS,
    CourseTemplate,
    Outcome,
    TemplateError,
    TemplateSession,
    render_template,
    session_markdown,
)
from itepad.services.template_parser import (
    free_markdown,
    parse_template,
    split_session_markdown,
    valid_timezone,
)
from itepad.store.database import Database
from itepad.store.models import (
    Competence,
    LearningOutcome,
    Module,
    ModuleCompetence,
    ModuleSession,
    ModuleStatus,
    OutcomeCompetence,
)

# Clash detection lives in clashes.py; planning is where callers look for it.
__all__ = [
    "Clash",
    "academic_year",
    "find_clashes",
    "module_template",
    "plan_module",
    "save_as_template",
    "schedule",
]

DEFAULT_TIMEZONE = "Europe/Brussels"


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def schedule(
    template: CourseTemplate,
    *,
    start: date,
    weekday: int | None = None,
    start_time: time | None = None,
    skip_weeks: Iterable[date] = (),
) -> list[tuple[datetime, datetime]]:
    """(start, end) of each of the template's sessions, as naive wall-clock times.

    Week 1 is the calendar week (Monday to Sunday) holding `start`; a week holding a date of
    `skip_weeks` is left out and later weeks move on. A session falls on `weekday` (0 Monday,
    default: start's weekday) plus its day offset. A session with its own time keeps its distance
    from the template's start time, so moving a one-day workshop to 08:30 moves every session.
    """
    weekday = start.weekday() if weekday is None else weekday
    if not 0 <= weekday <= 6:
        raise UserError(f"weekday must be 0 (Monday) to 6 (Sunday), not {weekday}")
    base = template.start_time or DEFAULT_START
    chosen = start_time or base
    skipped = {_monday(day) for day in skip_weeks}
    mondays: list[date] = []
    monday = _monday(start)
    needed = max((session.week for session in template.sessions), default=0)
    while len(mondays) < needed:
        if monday not in skipped:
            mondays.append(monday)
        monday += timedelta(weeks=1)
    times = []
    for session in template.sessions:
        day = mondays[session.week - 1] + timedelta(days=weekday + session.day)
        shift = _minutes(session.time) - _minutes(base) if session.time else 0
        begins = datetime.combine(day, chosen) + timedelta(minutes=shift)
        if begins.date() != day:
            raise UserError(
                f"with the module starting at {chosen:%H:%M}, session {session.title!r} would "
                f"begin at {begins:%H:%M} on another day; choose another time"
            )
        times.append((begins, begins + timedelta(minutes=session.duration)))
    return times


def academic_year(day: date) -> str:
    """The academic year (September to August) holding `day`, as "2026/27"."""
    first = day.year if day.month >= 9 else day.year - 1
    return f"{first}/{(first + 1) % 100:02d}"


def _competence_ids(session: Session, numbers: Iterable[str]) -> dict[str, int]:
    wanted = set(numbers)
    found = {
        number: competence_id
        for number, competence_id in session.exec(
            select(Competence.number, Competence.id).where(col(Competence.number).in_(wanted))
        )
        if competence_id is not None
    }
    missing = sorted(wanted - set(found))
    if missing:
        raise UserError(f"the database lacks the DigCompEdu competences {', '.join(missing)}")
    return found


def plan_module(
    db: Database,
    template: CourseTemplate,
    *,
    code: str,
    start: date,
    title: str | None = None,
    weekday: int | None = None,
    start_time: time | None = None,
    skip_weeks: Iterable[date] = (),
    timezone: str | None = None,
) -> int:
    """Create a module from a template, its sessions dated from `start`; returns its id."""
    code = code.strip()
    if not code:
        raise UserError("a module needs a code")
    zone = timezone or template.timezone or DEFAULT_TIMEZONE
    try:
        valid_timezone(zone)
    except ValueError as exc:
        raise UserError(f"time zone: {exc}") from None
    times = schedule(
        template, start=start, weekday=weekday, start_time=start_time, skip_weeks=skip_weeks
    )
    taken = UserError(f"module code {code!r} is already taken; choose another code")
    try:
        with db.session() as session:
            if session.exec(select(Module.id).where(Module.code == code)).first() is not None:
                raise taken
            competence_ids = _competence_ids(
                session,
                [*template.competences, *(n for o in template.outcomes for n in o.competences)],
            )
            module = Module(
                code=code,
                title=(title or "").strip() or template.title,
                academic_year=academic_year(start),
                ects=template.ects,
                kind=template.kind,
                description=template.description,
                status=ModuleStatus.PLANNED,
                template_id=template.id,
                timezone=zone,
                languages=",".join(template.languages),
                quality_criteria=",".join(template.quality_criteria),
                assessment=template.assessment,
            )
            session.add(module)
            session.flush()
            assert module.id is not None
            _add_contents(session, module.id, template, times, competence_ids)
            return module.id
    except IntegrityError:
        # Another user took the code between the check and the commit.
        raise taken from None


def _add_contents(
    session: Session,
    module_id: int,
    template: CourseTemplate,
    times: list[tuple[datetime, datetime]],
    competence_ids: dict[str, int],
) -> None:
    for number in template.competences:
        session.add(ModuleCompetence(module_id=module_id, competence_id=competence_ids[number]))
    for position, outcome in enumerate(template.outcomes):
        row = LearningOutcome(module_id=module_id, position=position, text=outcome.text)
        session.add(row)
        session.flush()
        assert row.id is not None
        for number in outcome.competences:
            session.add(OutcomeCompetence(outcome_id=row.id, competence_id=competence_ids[number]))
    for position, (item, (begins, ends)) in enumerate(zip(template.sessions, times, strict=True)):
        session.add(
            ModuleSession(
                module_id=module_id,
                position=position,
                title=item.title,
                kind=item.kind,
                starts_at=begins,
                ends_at=ends,
                place=item.place,
                link=item.link,
                description=session_markdown(item),
            )
        )


# --- saving a module as a template ---------------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _split(value: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in value.split(",") if item.strip())


def _by_number(numbers: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(numbers), key=lambda n: tuple(int(p) for p in n.split("."))))


def _template_sessions(code: str, rows: list[ModuleSession]) -> tuple[list[TemplateSession], time]:
    """The sessions in template terms, and the start time most of them keep."""
    rows = sorted(rows, key=lambda row: (row.starts_at, row.position))
    first_monday = _monday(rows[0].starts_at.date()) if rows else date.min
    weekday = min((row.starts_at.weekday() for row in rows), default=0)
    base = rows[0].starts_at.time().replace(second=0, microsecond=0) if rows else DEFAULT_START
    sessions = []
    for row in rows:
        title = _one_line(row.title)
        week = (_monday(row.starts_at.date()) - first_monday).days // 7 + 1
        minutes = (row.ends_at - row.starts_at) // timedelta(minutes=1)
        if not title:
            raise UserError(f"module {code}: a session on {row.starts_at:%Y-%m-%d} has no title")
        if week > MAX_WEEKS:
            raise UserError(f"module {code}: sessions span more than {MAX_WEEKS} weeks")
        if not 1 <= minutes <= MAX_DURATION:
            raise UserError(
                f"module {code}: session {title!r} lasts {minutes} minutes; a template session "
                f"lasts 1 to {MAX_DURATION}"
            )
        description, materials, tasks = split_session_markdown(row.description)
        starts = row.starts_at.time().replace(second=0, microsecond=0)
        sessions.append(
            TemplateSession(
                week=week,
                title=title,
                kind=row.kind,
                duration=minutes,
                day=row.starts_at.weekday() - weekday,
                time=None if starts == base else starts,
                place=_one_line(row.place),
                link=_one_line(row.link),
                description=description,
                materials=materials,
                tasks=tasks,
            )
        )
    return sessions, base


def module_template(db: Database, module_id: int, template_id: str) -> CourseTemplate:
    """A module in template terms: sessions as weeks and days from its first session."""
    with db.session() as session:
        module = session.get(Module, module_id)
        if module is None:
            raise UserError(f"there is no module with id {module_id}")
        rows = list(session.exec(select(ModuleSession).where(ModuleSession.module_id == module_id)))
        outcome_rows = session.exec(
            select(LearningOutcome)
            .where(LearningOutcome.module_id == module_id)
            .order_by(col(LearningOutcome.position), col(LearningOutcome.id))
        ).all()
        links = session.exec(
            select(OutcomeCompetence.outcome_id, Competence.number)
            .join(Competence, col(Competence.id) == col(OutcomeCompetence.competence_id))
            .where(col(OutcomeCompetence.outcome_id).in_([o.id for o in outcome_rows]))
        ).all()
        module_numbers = session.exec(
            select(Competence.number)
            .join(ModuleCompetence, col(ModuleCompetence.competence_id) == col(Competence.id))
            .where(ModuleCompetence.module_id == module_id)
        ).all()
    sessions, base = _template_sessions(module.code, rows)
    outcomes = [
        Outcome(
            _one_line(row.text),
            _by_number(number for outcome_id, number in links if outcome_id == row.id),
        )
        for row in outcome_rows
        if row.text.strip()  # an empty outcome says nothing a template could keep
    ]
    return CourseTemplate(
        id=template_id,
        title=_one_line(module.title) or module.code,
        kind=module.kind,
        weeks=max([1, *(s.week for s in sessions)]),
        ects=round(module.ects, 2),
        languages=_split(module.languages),
        competences=_by_number([*module_numbers, *(n for o in outcomes for n in o.competences)]),
        quality_criteria=_split(module.quality_criteria),
        start_time=base,
        timezone=module.timezone,
        description=free_markdown(module.description, structure=2),
        assessment=free_markdown(module.assessment, structure=2),
        outcomes=tuple(outcomes),
        sessions=tuple(sessions),
    )


def save_as_template(db: Database, module_id: int, path: Path) -> CourseTemplate:
    """Write a module as a template file (its id is the file name); returns the template.

    The text is read back before the file is written, so a saved template always loads.
    """
    if path.suffix != ".md" or not ID_PATTERN.fullmatch(path.stem):
        raise UserError(
            f"{path}: a template file is named with lowercase letters, digits, - and _, "
            "ending in .md"
        )
    template = module_template(db, module_id, path.stem)
    text = render_template(template)
    try:
        saved = parse_template(text, path.stem, path)
    except TemplateError as exc:
        raise UserError(f"this module cannot be saved as a template: {exc.message}") from None
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write_path(path) as temporary:
        temporary.write_text(text, encoding="utf-8")
    return saved
