"""Attendance statistics against cases worked out by hand (the sums are in the comments)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlmodel import select

from itepad.services.attendance_stats import (
    Alert,
    AlertKind,
    AlertRules,
    Figures,
    Mark,
    alerts,
    attendance_overview,
    figures,
    rate_of,
    registration_funnel,
    student_attendance,
    student_index,
    student_rates,
)
from itepad.services.overview import student_rows
from itepad.store.database import Database
from itepad.store.models import (
    Enrolment,
    EnrolmentStatus,
    EtwinningProject,
    EtwinningStatus,
    ProjectMember,
    StudentTeacher,
)

from .attendance_world import World, build_world, key

P = Mark("present", True)
L = Mark("late", True)
E = Mark("excused", False)
A = Mark("absent", False)
RULES = AlertRules()


# --- the arithmetic -----------------------------------------------------------------------


def test_rate_best_possible_and_runs() -> None:
    # 6 of 10 sessions held: P A L - A A
    result = figures([P, A, L, None, A, A], 10, RULES)
    assert (result.held, result.recorded, result.attended, result.missed) == (6, 5, 2, 3)
    assert result.rate == pytest.approx(2 / 5)  # the unmarked session is left out
    assert result.best_possible == pytest.approx(7 / 10)  # 10 sessions, 3 already missed
    # P ends nothing, A = 1, L ends it, (no mark: skipped), A = 1, A = 2
    assert (result.absence_streak, result.longest_absence_streak) == (2, 2)


def test_excused_neither_adds_to_nor_ends_a_run() -> None:
    held = [A, E, A, A]
    assert figures(held, 4, RULES).absence_streak == 3  # A (E skipped) A A
    counting_excused = AlertRules(excused_codes=frozenset())
    assert figures(held, 4, counting_excused).absence_streak == 4
    only_excused = figures([E, E, E], 5, RULES)
    assert only_excused.absence_streak == 0
    assert only_excused.rate == 0.0  # but excused sessions still are not attended
    assert only_excused.best_possible == pytest.approx(2 / 5)


def test_the_current_run_and_the_longest() -> None:
    result = figures([A, A, A, P, A], 8, RULES)
    assert (result.absence_streak, result.longest_absence_streak) == (1, 3)
    assert result.rate == pytest.approx(1 / 5)
    assert result.best_possible == pytest.approx(4 / 8)


def test_nothing_held_or_nothing_planned() -> None:
    fresh = figures([], 5, RULES)
    assert (fresh.rate, fresh.best_possible, fresh.absence_streak) == (None, 1.0, 0)
    assert figures([None, None], 5, RULES).rate is None
    assert figures([], 0, RULES).best_possible is None


def test_alerts() -> None:
    three_in_a_row = Figures(sessions=10, held=3, recorded=3, attended=0, absence_streak=3)
    # best possible (10 - 3) / 10 = 70 %
    assert alerts(three_in_a_row, RULES) == (
        Alert(AlertKind.ABSENCES, count=3),
        Alert(AlertKind.BEST_RATE, rate=0.7, target=0.8),
    )
    assert [a.english for a in alerts(three_in_a_row, RULES)] == [
        "3 absences in a row",
        "at best 70% (target 80%)",
    ]
    exactly_80 = Figures(sessions=10, held=2, recorded=2, attended=0, absence_streak=2)
    assert alerts(exactly_80, RULES) == ()  # 8 / 10 is not below 80 %
    strict = AlertRules(consecutive_absences=2, minimum_rate=0.9)
    assert [a.english for a in alerts(exactly_80, strict)] == [
        "2 absences in a row",
        "at best 80% (target 90%)",
    ]


# --- from the database ----------------------------------------------------------------------

# Sessions (Europe/Brussels, CET = UTC+1) on 2, 9, 16, 23 and 30 March 2026 at 10:00.
# At 09:00 UTC on 16 March = 10:00 in Brussels the third session has just begun: 3 held of 5.
NOW = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


@pytest.fixture
def world(any_db: Database) -> World:
    world = build_world(any_db, names=("Ana", "Ben", "Eva", "Dan", "Zoe"), sessions=5)
    marks = {
        "Ana": ["present", "late", "absent", "excused"],  # the 4th is ahead of time
        "Ben": ["absent", "absent", "absent"],
        "Eva": ["excused", "excused", "absent"],
        "Dan": ["absent", "absent", "absent"],  # withdrew: left out
        "Zoe": ["absent", "absent", "absent"],  # completed: figures, but no alerts
    }
    for name, codes in marks.items():
        for session, code in enumerate(codes):
            world.mark(name, session, code)
    with any_db.session() as s:
        for name, status in (
            ("Dan", EnrolmentStatus.WITHDRAWN),
            ("Zoe", EnrolmentStatus.COMPLETED),
        ):
            enrolment = s.get(Enrolment, world.enrolments[name])
            assert enrolment is not None
            enrolment.status = status
    return world


def test_held_sessions_follow_the_module_time_zone(world: World) -> None:
    just_before = datetime(2026, 3, 16, 8, 59, tzinfo=UTC)  # 09:59 in Brussels
    (module,) = attendance_overview(world.db, now=just_before).modules
    assert module.held == 2
    (module,) = attendance_overview(world.db, now=NOW).modules
    assert module.held == 3


def test_module_figures(world: World) -> None:
    (module,) = attendance_overview(world.db, now=NOW).modules
    assert (module.code, module.sessions, module.held, module.students) == ("ET-INTRO", 5, 3, 4)
    # Held marks: Ana P L A, Ben A A A, Eva E E A, Zoe A A A = 12 recorded, 2 attended.
    assert (module.recorded, module.attended) == (12, 2)
    assert module.rate == pytest.approx(2 / 12)
    assert module.missing == 0  # 3 held x 4 student teachers = 12, all entered
    assert module.at_risk == 2  # Ben and Eva; Zoe has completed
    assert module.last_held == datetime(2026, 3, 16, 10, 0)


def test_student_teachers_at_risk(world: World) -> None:
    at_risk = attendance_overview(world.db, now=NOW).at_risk
    figures_of = {p.name: p.figures for p in at_risk}
    assert list(figures_of) == ["Ben Tester", "Eva Tester"]  # both at best 2/5; Ben's run is longer
    ben, eva = at_risk
    # Ben: A A A -> rate 0/3, best (5 - 3) / 5 = 40 %, 3 in a row.
    assert [a.english for a in ben.alerts] == ["3 absences in a row", "at best 40% (target 80%)"]
    # Eva: E E A -> rate 0/3, best 40 %, the excused marks do not add to the run: 1.
    assert [a.english for a in eva.alerts] == ["at best 40% (target 80%)"]
    assert (eva.figures.rate, eva.figures.absence_streak) == (0.0, 1)
    assert (ben.module_code, ben.enrolment_id) == ("ET-INTRO", world.enrolments["Ben"])


def test_one_student_teacher_across_modules(world: World) -> None:
    project = build_world(
        world.db, code="ET-PROJ", names=("Ana",), sessions=2, first=datetime(2026, 2, 2, 10)
    )
    project.mark("Ana", 0, "absent")
    project.mark("Ana", 1, "present")
    ana = student_attendance(world.db, world.students["Ana"], now=NOW)
    assert ana is not None
    assert (ana.name, ana.email, ana.cohort, ana.etwinning_status) == (
        "Ana Tester",
        "ana@ite.example",
        "",
        "Not registered",
    )
    # ET-PROJ began first (February).
    assert [p.module_code for p in ana.modules] == ["ET-PROJ", "ET-INTRO"]
    proj, intro = ana.modules
    # ET-PROJ: A P, both held: 1/2, best (2 - 1) / 2.
    assert (proj.figures.rate, proj.figures.best_possible) == (0.5, 0.5)
    assert [a.english for a in proj.alerts] == ["at best 50% (target 80%)"]
    # ET-INTRO: P L A held (the excused mark for 23 March is not counted yet): 2/3, best 4/5.
    assert intro.figures.rate == pytest.approx(2 / 3)
    assert intro.figures.best_possible == pytest.approx(4 / 5)
    assert intro.alerts == ()
    assert ana.rate == pytest.approx(3 / 5)  # (1 + 2) / (2 + 3)
    assert student_attendance(world.db, 99_999, now=NOW) is None


def test_one_rate_for_the_student_teachers_page_and_the_dashboard(world: World) -> None:
    project = build_world(
        world.db, code="ET-PROJ", names=("Ana", "Ben"), sessions=2, first=datetime(2026, 2, 2, 10)
    )
    project.mark("Ana", 0, "absent")
    project.mark("Ana", 1, "present")
    project.mark("Ben", 0, "late")
    rates = student_rates(world.db, now=NOW)
    ids = world.students
    # Ana: ET-PROJ A P + ET-INTRO P L A (her excused mark for 23 March is not held yet) = 3/5.
    # Ben: ET-PROJ L (one held session unmarked, left out) + ET-INTRO A A A = 1/4.
    # Eva: E E A = 0/3. Zoe (completed) A A A = 0/3. Dan withdrew: no rate at all.
    assert rates == {
        ids["Ana"]: pytest.approx(3 / 5),
        ids["Ben"]: pytest.approx(1 / 4),
        ids["Eva"]: 0.0,
        ids["Zoe"]: 0.0,
    }
    listed = {row.id: row.attendance_rate for row in student_rows(world.db, now=NOW)}
    assert listed == {**rates, ids["Dan"]: None}
    ana = student_attendance(world.db, ids["Ana"], now=NOW)
    assert ana is not None and ana.rate == rates[ids["Ana"]]
    # The dashboard's card: every held mark of every module, pooled.
    # ET-INTRO 2 of 12 (test_module_figures) + ET-PROJ 2 of 3.
    assert attendance_overview(world.db, now=NOW).rate == pytest.approx(4 / 15)


def test_rates_are_pooled_not_averaged() -> None:
    one_of_one = figures([P], 1, RULES)
    one_of_three = figures([A, A, P], 3, RULES)
    assert rate_of([one_of_one, one_of_three]) == pytest.approx(2 / 4)  # not (1 + 1/3) / 2
    assert rate_of([figures([None], 1, RULES)]) is None
    assert rate_of([]) is None


def test_archived_student_teachers_are_left_out(world: World) -> None:
    with world.db.session() as s:
        ben = s.get(StudentTeacher, world.students["Ben"])
        assert ben is not None
        ben.archived_at = datetime(2026, 3, 1, tzinfo=UTC)
    overview = attendance_overview(world.db, now=NOW)
    assert [p.name for p in overview.at_risk] == ["Eva Tester"]
    assert overview.modules[0].students == 3
    assert "Ben Tester" not in [s.name for s in student_index(world.db)]


def test_modules_without_held_sessions_are_left_out(world: World) -> None:
    build_world(world.db, code="ET-LATER", names=("Ana",), first=datetime(2026, 5, 4, 10))
    codes = [m.code for m in attendance_overview(world.db, now=NOW).modules]
    assert codes == ["ET-INTRO"]
    assert attendance_overview(world.db, now=datetime(2026, 6, 1, tzinfo=UTC)).modules[0].code == (
        "ET-LATER"  # the latest held session first
    )


def test_registration_funnel(any_db: Database) -> None:
    people = [
        # (status, joined TwinSpace, in a project team, archived)
        (EtwinningStatus.NOT_REGISTERED, False, True, False),  # in a team, but not registered
        (EtwinningStatus.NOT_REGISTERED, False, False, False),
        (EtwinningStatus.PENDING, False, False, False),
        (EtwinningStatus.VALIDATED, False, False, False),
        (EtwinningStatus.VALIDATED, True, False, False),
        (EtwinningStatus.VALIDATED, True, True, False),
        (EtwinningStatus.VALIDATED, True, True, True),  # archived: not counted
    ]
    with any_db.session() as s:
        project = EtwinningProject(title="Our water")
        s.add(project)
        s.flush()
        for number, (status, joined, member, archived) in enumerate(people):
            student = StudentTeacher(
                given_name=f"S{number}",
                family_name="Funnel",
                email=f"s{number}@ite.example",
                etwinning_status=status,
                twinspace_joined_on=date(2026, 3, 1) if joined else None,
                archived_at=datetime(2026, 1, 1, tzinfo=UTC) if archived else None,
            )
            s.add(student)
            s.flush()
            if member:
                s.add(ProjectMember(project_id=key(project), student_id=key(student)))
    stages = registration_funnel(any_db)
    assert [(stage.label, stage.count) for stage in stages] == [
        ("Student teachers", 6),
        ("Registered on eTwinning", 4),
        ("Validated by the NSO", 3),
        ("Joined a TwinSpace", 2),
        ("In a project team", 1),
    ]
    with any_db.session() as s:
        assert len(s.exec(select(ProjectMember)).all()) == 3


def test_an_empty_database(any_db: Database) -> None:
    overview = attendance_overview(any_db, now=NOW)
    assert (overview.modules, overview.at_risk) == ((), ())
    assert [stage.count for stage in registration_funnel(any_db)] == [0, 0, 0, 0, 0]
    assert student_index(any_db) == ()
