"""Planning modules from templates: dates, daylight saving, the database, saving back, clashes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import col, select

from itepad.errors import UserError
from itepad.services.planning import (
    find_clashes,
    plan_module,
    save_as_template,
    schedule,
)
from itepad.services.templates import (
    CourseTemplate,
    TemplateSession,
    find_template,
    load_templates,
    parse_template,
    read_template,
)
from itepad.store.database import Database
from itepad.store.models import (
    Cohort,
    Competence,
    LearningOutcome,
    Module,
    ModuleCohort,
    ModuleCompetence,
    ModuleSession,
    OutcomeCompetence,
    TeacherEducator,
)

SHIPPED = sorted(Path(__file__).resolve().parents[2].joinpath("course_templates").glob("*.md"))
MONDAY = date(2026, 9, 14)


def _session(week: int, title: str, *, day: int = 0, at: time | None = None) -> TemplateSession:
    return TemplateSession(week, title, "presentation", duration=90, day=day, time=at)


def _template(*sessions: TemplateSession, start_time: time | None = None) -> CourseTemplate:
    return CourseTemplate(
        "t", "T", "project", weeks=20, ects=3, start_time=start_time, sessions=sessions
    )


WEEKLY = _template(*(_session(week, f"Week {week}") for week in range(1, 7)))


def _starts(db: Database, code: str) -> list[datetime]:
    with db.session() as session:
        return list(
            session.exec(
                select(ModuleSession.starts_at)
                .join(Module, col(Module.id) == col(ModuleSession.module_id))
                .where(Module.code == code)
                .order_by(col(ModuleSession.position))
            )
        )


# --- dates ---------------------------------------------------------------------------------


def test_weekly_sessions_fall_on_the_start_weekday_at_the_template_time() -> None:
    wednesday = date(2026, 9, 16)
    times = schedule(WEEKLY, start=wednesday)
    assert [begins.date() for begins, _ in times] == [
        wednesday + timedelta(weeks=n) for n in range(6)
    ]
    assert {begins.time() for begins, _ in times} == {time(10, 0)}
    assert all(ends - begins == timedelta(minutes=90) for begins, ends in times)


def test_week_one_is_the_week_holding_the_start_and_the_weekday_can_be_chosen() -> None:
    times = schedule(WEEKLY, start=date(2026, 9, 16), weekday=4, start_time=time(8, 15))
    assert times[0][0] == datetime(2026, 9, 18, 8, 15)  # Friday of the start's week
    assert times[-1][0] == datetime(2026, 10, 23, 8, 15)


def test_skipped_weeks_move_the_later_weeks_on() -> None:
    autumn_break, exams = date(2026, 10, 28), date(2026, 11, 5)  # a Wednesday, a Thursday
    times = schedule(WEEKLY, start=date(2026, 10, 12), skip_weeks=[autumn_break, exams])
    assert [begins.date() for begins, _ in times] == [
        date(2026, 10, 12),
        date(2026, 10, 19),
        # 26 October and 2 November are left out
        date(2026, 11, 9),
        date(2026, 11, 16),
        date(2026, 11, 23),
        date(2026, 11, 30),
    ]


def test_a_skipped_first_week_moves_the_whole_module() -> None:
    times = schedule(WEEKLY, start=MONDAY, skip_weeks=[MONDAY + timedelta(days=6)])
    assert times[0][0].date() == MONDAY + timedelta(weeks=1)


def test_empty_weeks_of_the_template_stay_empty() -> None:
    template = _template(_session(1, "First"), _session(4, "Fourth"))
    times = schedule(template, start=MONDAY)
    assert [begins.date() for begins, _ in times] == [MONDAY, MONDAY + timedelta(weeks=3)]


def test_day_offsets_and_session_times_keep_the_day_in_shape() -> None:
    workshop = _template(
        _session(1, "Morning"),
        _session(1, "Afternoon", at=time(13, 30)),
        _session(1, "Follow-up", day=2, at=time(16, 0)),
        start_time=time(9, 0),
    )
    as_written = schedule(workshop, start=MONDAY)
    assert [begins for begins, _ in as_written] == [
        datetime(2026, 9, 14, 9, 0),
        datetime(2026, 9, 14, 13, 30),
        datetime(2026, 9, 16, 16, 0),
    ]
    later = schedule(workshop, start=MONDAY, start_time=time(10, 0))
    assert [begins.time() for begins, _ in later] == [time(10, 0), time(14, 30), time(17, 0)]


def test_a_start_time_that_pushes_a_session_past_midnight_is_refused() -> None:
    workshop = _template(_session(1, "Late", at=time(20, 0)), start_time=time(9, 0))
    with pytest.raises(UserError, match="'Late' would begin at 01:00 on another day"):
        schedule(workshop, start=MONDAY, start_time=time(14, 0))


def test_sessions_keep_their_wall_clock_time_across_daylight_saving(db: Database) -> None:
    # Poland leaves summer time on Sunday 25 October 2026.
    plan_module(db, WEEKLY, code="DST", start=date(2026, 10, 7), timezone="Europe/Warsaw")
    starts = _starts(db, "DST")
    assert {begins.time() for begins in starts} == {time(10, 0)}
    warsaw = ZoneInfo("Europe/Warsaw")
    utc_hours = [begins.replace(tzinfo=warsaw).astimezone(UTC).hour for begins in starts]
    assert [begins.date() for begins in starts][2:4] == [date(2026, 10, 21), date(2026, 10, 28)]
    assert utc_hours == [8, 8, 8, 9, 9, 9]


# --- planning into the database ------------------------------------------------------------


def test_plan_module_writes_the_whole_module(any_db: Database) -> None:
    template = find_template("introduction-to-etwinning")
    module_id = plan_module(
        any_db, template, code="ET-INTRO", start=date(2026, 9, 16), title="  eTwinning: a start "
    )
    with any_db.session() as session:
        module = session.get(Module, module_id)
        assert module is not None
        outcomes = session.exec(
            select(LearningOutcome)
            .where(LearningOutcome.module_id == module_id)
            .order_by(col(LearningOutcome.position))
        ).all()
        linked = session.exec(
            select(Competence.number)
            .join(ModuleCompetence, col(ModuleCompetence.competence_id) == col(Competence.id))
            .where(ModuleCompetence.module_id == module_id)
        ).all()
        first_outcome_links = session.exec(
            select(Competence.number)
            .join(OutcomeCompetence, col(OutcomeCompetence.competence_id) == col(Competence.id))
            .where(OutcomeCompetence.outcome_id == outcomes[0].id)
        ).all()
        sessions = session.exec(
            select(ModuleSession)
            .where(ModuleSession.module_id == module_id)
            .order_by(col(ModuleSession.position))
        ).all()
    assert (module.code, module.title, module.template_id) == (
        "ET-INTRO",
        "eTwinning: a start",
        "introduction-to-etwinning",
    )
    assert (module.kind, module.ects, module.status) == ("introduction", 3.0, "planned")
    assert (module.academic_year, module.timezone) == ("2026/27", "Europe/Brussels")
    assert module.languages == "en"
    assert module.quality_criteria == "collaboration,technology"
    assert module.description == template.description
    assert module.assessment == template.assessment
    assert [o.text for o in outcomes] == [o.text for o in template.outcomes]
    assert sorted(first_outcome_links) == sorted(template.outcomes[0].competences)
    assert sorted(linked) == sorted(template.competences)
    assert [s.title for s in sessions] == [s.title for s in template.sessions]
    assert sessions[0].starts_at == datetime(2026, 9, 16, 10, 0)
    assert sessions[0].place == "Seminar room"
    assert "#### Materials" in sessions[0].description
    assert "#### Suggested tasks" in sessions[0].description


def test_a_taken_code_is_refused_and_nothing_is_written(any_db: Database) -> None:
    plan_module(any_db, WEEKLY, code="TAKEN", start=MONDAY)
    with pytest.raises(UserError, match="'TAKEN' is already taken"):
        plan_module(any_db, WEEKLY, code="TAKEN", start=MONDAY, title="Another")
    with any_db.session() as session:
        assert len(session.exec(select(Module)).all()) == 1
        assert len(session.exec(select(ModuleSession)).all()) == len(WEEKLY.sessions)


@pytest.mark.parametrize(
    ("more", "message"),
    [({"code": "  "}, "needs a code"), ({"timezone": "Mars/Olympus"}, "time zone")],
)
def test_bad_plans_are_refused(db: Database, more: dict[str, str], message: str) -> None:
    with pytest.raises(UserError, match=message):
        plan_module(
            db, WEEKLY, start=MONDAY, code=more.get("code", "X"), timezone=more.get("timezone")
        )


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_templates_plan_without_clashes(db: Database, path: Path) -> None:
    module_id = plan_module(db, read_template(path), code="M", start=MONDAY)
    with db.session() as session:
        cohort = Cohort(name="PGCE 2026/27")
        session.add(cohort)
        session.flush()
        assert cohort.id is not None
        session.add(ModuleCohort(module_id=module_id, cohort_id=cohort.id))
    assert find_clashes(db) == []


# --- saving a module as a template ---------------------------------------------------------


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_plan_save_and_plan_again_gives_the_same_module(
    db: Database, tmp_path: Path, path: Path
) -> None:
    original = read_template(path)
    plan_module(db, original, code="FIRST", start=MONDAY)
    module_id = plan_module(db, original, code="SECOND", start=MONDAY)
    saved = save_as_template(db, module_id, tmp_path / "saved-module.md")

    assert read_template(tmp_path / "saved-module.md") == saved
    assert saved.id == "saved-module"
    assert (saved.title, saved.kind, saved.ects) == (original.title, original.kind, original.ects)
    assert (saved.description, saved.assessment) == (original.description, original.assessment)
    assert saved.languages == original.languages
    assert set(saved.competences) == set(original.competences)
    assert set(saved.quality_criteria) == set(original.quality_criteria)
    assert [(o.text, set(o.competences)) for o in saved.outcomes] == [
        (o.text, set(o.competences)) for o in original.outcomes
    ]
    same = ("title", "kind", "duration", "place", "link", "description", "materials", "tasks")
    for before, after in zip(original.sessions, saved.sessions, strict=True):
        assert [getattr(after, f) for f in same] == [getattr(before, f) for f in same]

    plan_module(db, saved, code="THIRD", start=MONDAY, weekday=MONDAY.weekday())
    assert _starts(db, "THIRD") == _starts(db, "FIRST")


def test_saving_a_module_edited_in_the_app_still_gives_a_valid_template(
    db: Database, tmp_path: Path
) -> None:
    module_id = plan_module(db, WEEKLY, code="EDITED", start=MONDAY)
    with db.session() as session:
        module = session.get(Module, module_id)
        assert module is not None
        module.description = "## Aims\n\nTo start.\n\n```\nunclosed"
        module.languages = "en, pl"
        rows = session.exec(select(ModuleSession).where(ModuleSession.module_id == module_id))
        for row in rows:
            row.title = "  Two\nlines "
            row.description = "### Heading\n\n#### Materials\n\nNot a list.\n\n#### Suggested tasks"
            row.starts_at += timedelta(minutes=row.position * 5)
            row.ends_at = row.starts_at + timedelta(minutes=45)
    saved = save_as_template(db, module_id, tmp_path / "edited.md")
    assert read_template(tmp_path / "edited.md") == saved
    assert saved.description == "#### Aims\n\nTo start.\n\n```\nunclosed\n```"
    assert saved.languages == ("en", "pl")
    first, second = saved.sessions[:2]
    assert first.title == "Two lines"
    assert first.description.startswith("##### Heading")
    assert (first.materials, first.duration, first.time) == ((), 45, None)
    assert second.time == time(10, 5)


@pytest.mark.parametrize("name", ["Bad Name.md", "good.txt"])
def test_template_file_names_are_checked(db: Database, tmp_path: Path, name: str) -> None:
    module_id = plan_module(db, WEEKLY, code="NAMED", start=MONDAY)
    with pytest.raises(UserError, match="lowercase letters"):
        save_as_template(db, module_id, tmp_path / "templates" / name)
    assert not (tmp_path / "templates").exists()


def test_a_session_too_long_for_a_template_is_named(db: Database, tmp_path: Path) -> None:
    module_id = plan_module(db, WEEKLY, code="LONG", start=MONDAY)
    with db.session() as session:
        row = session.exec(select(ModuleSession).where(ModuleSession.position == 2)).one()
        row.ends_at = row.starts_at + timedelta(days=2)
    with pytest.raises(UserError, match="'Week 3' lasts 2880 minutes"):
        save_as_template(db, module_id, tmp_path / "long.md")


def test_saved_template_is_found_in_the_user_folder(db: Database) -> None:
    from itepad.services.templates import user_template_dir

    module_id = plan_module(db, WEEKLY, code="MINE", start=MONDAY, title="My own module")
    save_as_template(db, module_id, user_template_dir() / "my-own-module.md")
    templates, problems = load_templates()
    assert problems == []
    assert "My own module" in {t.title for t in templates}


# --- clashes -------------------------------------------------------------------------------


def _add_module(db: Database, code: str, *sessions: tuple[str, datetime, int, int | None]) -> int:
    """A module with sessions (title, start, minutes, facilitator id)."""
    with db.session() as session:
        module = Module(code=code, title=code)
        session.add(module)
        session.flush()
        assert module.id is not None
        for position, (title, begins, minutes, facilitator) in enumerate(sessions):
            session.add(
                ModuleSession(
                    module_id=module.id,
                    position=position,
                    title=title,
                    starts_at=begins,
                    ends_at=begins + timedelta(minutes=minutes),
                    facilitator_id=facilitator,
                )
            )
        return module.id


def _people(db: Database) -> tuple[int, int]:
    with db.session() as session:
        anna = TeacherEducator(name="Anna Nowak", email="anna@example.org")
        ben = TeacherEducator(name="Ben Peeters", email="ben@example.org")
        session.add_all([anna, ben])
        session.flush()
        assert anna.id is not None and ben.id is not None
        return anna.id, ben.id


def _enrol(db: Database, cohort: str, *modules: int) -> None:
    with db.session() as session:
        row = Cohort(name=cohort)
        session.add(row)
        session.flush()
        assert row.id is not None
        session.add_all(ModuleCohort(module_id=m, cohort_id=row.id) for m in modules)


TEN = datetime(2026, 9, 14, 10, 0)


def test_one_facilitator_in_two_sessions_at_once_is_a_clash(any_db: Database) -> None:
    anna, ben = _people(any_db)
    a = _add_module(
        any_db, "A", ("Intro", TEN, 90, anna), ("Later", TEN + timedelta(days=1), 60, anna)
    )
    b = _add_module(any_db, "B", ("Call", TEN + timedelta(minutes=60), 60, anna))
    _add_module(any_db, "C", ("Other room", TEN, 60, ben))

    clashes = find_clashes(any_db)

    assert len(clashes) == 1
    clash = clashes[0]
    assert (clash.first.title, clash.second.title) == ("Intro", "Call")
    assert (clash.first.module_id, clash.second.module_id) == (a, b)
    assert clash.reasons == ("both are facilitated by Anna Nowak",)
    assert clash.describe() == (
        "A “Intro” (Mon 14 Sep 2026 10:00) overlaps B “Call” (Mon 14 Sep 2026 11:00): "
        "both are facilitated by Anna Nowak"
    )


def test_modules_sharing_a_cohort_clash_when_their_sessions_overlap(any_db: Database) -> None:
    a = _add_module(any_db, "A", ("Seminar", TEN, 90, None))
    b = _add_module(any_db, "B", ("Workshop", TEN + timedelta(minutes=30), 60, None))
    c = _add_module(any_db, "C", ("Lecture", TEN, 60, None))
    _enrol(any_db, "Primary 2026", a, b)
    _enrol(any_db, "Secondary 2026", a, b)
    _enrol(any_db, "Languages 2026", c)

    clashes = find_clashes(any_db)

    assert [(x.first.module_code, x.second.module_code) for x in clashes] == [("A", "B")]
    assert clashes[0].reasons == ("cohorts Primary 2026 and Secondary 2026 would be in both",)


def test_back_to_back_sessions_do_not_clash(any_db: Database) -> None:
    anna, _ = _people(any_db)
    a = _add_module(
        any_db, "A", ("First", TEN, 60, anna), ("Second", TEN + timedelta(hours=1), 60, anna)
    )
    b = _add_module(any_db, "B", ("Third", TEN + timedelta(hours=2), 60, anna))
    _enrol(any_db, "Primary 2026", a, b)
    assert find_clashes(any_db) == []


def test_both_reasons_are_given_and_the_module_filter_applies(db: Database) -> None:
    anna, _ = _people(db)
    a = _add_module(db, "A", ("One", TEN, 60, anna))
    b = _add_module(db, "B", ("Two", TEN, 60, anna))
    c = _add_module(db, "C", ("Three", TEN + timedelta(days=7), 60, anna))
    d = _add_module(db, "D", ("Four", TEN + timedelta(days=7), 60, anna))
    _enrol(db, "Primary 2026", a, b)

    assert find_clashes(db, module_id=a)[0].reasons == (
        "both are facilitated by Anna Nowak",
        "cohort Primary 2026 would be in both",
    )
    assert [x.second.module_id for x in find_clashes(db, module_id=c)] == [d]
    assert len(find_clashes(db)) == 2
    empty = _add_module(db, "E")
    assert find_clashes(db, module_id=empty) == []


def test_sessions_in_different_time_zones_are_compared_as_instants(db: Database) -> None:
    anna, _ = _people(db)
    lisbon = _add_module(db, "LIS", ("Lisbon", TEN, 60, anna))
    warsaw = _add_module(db, "WAW", ("Warsaw", TEN + timedelta(hours=1), 60, anna))
    brussels = _add_module(db, "BRU", ("Brussels", TEN, 60, anna))
    with db.session() as session:
        for module_id, zone in ((lisbon, "Europe/Lisbon"), (warsaw, "Europe/Warsaw")):
            module = session.get(Module, module_id)
            assert module is not None
            module.timezone = zone

    clashes = find_clashes(db, module_id=lisbon)

    # 10:00 in Lisbon is 11:00 in Warsaw and Brussels, but not 10:00 in Brussels.
    assert {(x.first.module_code, x.second.module_code) for x in clashes} == {("LIS", "WAW")}
    assert brussels not in {x.first.module_id for x in clashes}


def test_a_module_in_a_planned_template_with_overlaps_is_flagged(db: Database) -> None:
    parallel = replace(WEEKLY, sessions=(_session(1, "Group A"), _session(1, "Group B")))
    module_id = plan_module(db, parallel, code="PAR", start=MONDAY)
    assert (
        find_clashes(db, module_id) == []
    )  # no cohort and no facilitator: nobody is double-booked
    _enrol(db, "Primary 2026", module_id)
    assert [c.reasons for c in find_clashes(db, module_id)] == [
        ("cohort Primary 2026 would be in both",)
    ]


def test_a_parsed_template_plans_like_one_built_in_code() -> None:
    # A template read from text plans exactly like the same template built in code.
    text = (
        "---\ntitle: T\nkind: project\nweeks: 20\nects: 3\n---\n\n"
        "## Week 2\n\n### S\nkind: presentation\nduration: 90\n"
    )
    assert schedule(parse_template(text, "t"), start=MONDAY) == schedule(
        _template(_session(2, "S")), start=MONDAY
    )
