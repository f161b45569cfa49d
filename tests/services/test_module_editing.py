"""Editing a module action by action, on SQLite and PostgreSQL: what is written, what is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlmodel import SQLModel, col, select

from itepad.errors import UserError
from itepad.services import module_editing as editing
from itepad.services.calendar_view import calendar_entries
from itepad.services.demo import fill_demo
from itepad.services.module_draft import ModuleDraft, SessionFields, load_module_draft
from itepad.services.planning import plan_module
from itepad.services.templates import find_template
from itepad.store.concurrency import ConflictError
from itepad.store.database import Database
from itepad.store.models import (
    Attendance,
    AttendanceStatus,
    Cohort,
    Enrolment,
    EtwinningProject,
    Institution,
    Module,
    ModuleCompetence,
    ModuleSession,
    QualityLabelCheck,
    StudentTeacher,
    TeacherEducator,
)

START = date(2026, 9, 14)  # a Monday


def _id(record: SQLModel) -> int:
    value = getattr(record, "id", None)
    assert isinstance(value, int)
    return value


class Planned:
    """A module planned from the shipped introduction template, and people around it."""

    def __init__(self, db: Database) -> None:
        self.db = db
        template = find_template("introduction-to-etwinning")
        self.module_id = plan_module(db, template, code="ETW1", start=START, title="Intro")
        with db.session() as s:
            anna = TeacherEducator(name="Anna Nowak", email="anna@ite.example")
            own = Institution(name="Own ITE", country="IE", city="Dublin", is_own=True)
            partner = Institution(name="Partner ITE", country="PL", city="Kraków")
            cohort = Cohort(name="BEd-2026", programme="Primary education")
            s.add_all([anna, own, partner, cohort])
            s.flush()
            project = EtwinningProject(title="Water", module_id=self.module_id)
            s.add(project)
            s.flush()
            self.anna, self.own, self.partner = _id(anna), _id(own), _id(partner)
            self.cohort, self.project = _id(cohort), _id(project)

    def draft(self) -> ModuleDraft:
        return load_module_draft(self.db, self.module_id)

    def starts(self) -> list[datetime]:
        return [s.starts_at for s in self.draft().sessions]

    def titles(self) -> list[str]:
        return [s.fields.title for s in self.draft().sessions]


@pytest.fixture
def planned(any_db: Database) -> Planned:
    return Planned(any_db)


# --- loading --------------------------------------------------------------------------------


def test_the_draft_holds_the_whole_module_and_the_choices(planned: Planned) -> None:
    draft = planned.draft()
    template = find_template("introduction-to-etwinning")
    assert draft.details.code == "ETW1" and draft.details.title == "Intro"
    assert draft.details.languages == template.languages
    assert draft.template_id == template.id
    assert [o.text for o in draft.outcomes] == [o.text for o in template.outcomes]
    numbers = {c.id: c.number for c in draft.choices.competences}
    assert [tuple(numbers[i] for i in o.competence_ids) for o in draft.outcomes] == [
        tuple(sorted(o.competences)) for o in template.outcomes
    ]
    assert len(draft.sessions) == len(template.sessions)
    assert planned.starts() == sorted(planned.starts())
    assert [c.number for c in draft.choices.competences][:3] == ["1.1", "1.2", "1.3"]
    assert len(draft.choices.competences) == 22
    assert draft.choices.competences[0].area == "1 Professional Engagement"
    assert [c.code for c in draft.choices.quality_criteria] == [
        "collaboration",
        "technology",
        "pedagogy",
        "curriculum",
        "results",
    ]
    assert {i.name for i in draft.choices.institutions} == {"Own ITE", "Partner ITE"}
    (project,) = draft.projects
    assert project.title == "Water" and len(project.checks) == 5
    assert all(check.rating is None for check in project.checks)


def test_a_missing_module_is_a_user_error(db: Database) -> None:
    with pytest.raises(UserError, match="no longer exists"):
        load_module_draft(db, 999)


# --- details --------------------------------------------------------------------------------


def test_details_are_written_and_the_version_moves_on(planned: Planned) -> None:
    draft = planned.draft()
    details = replace(
        draft.details,
        code=" ETW1-B ",
        title="Introduction, revised",
        ects=4.5,
        kind="workshop",
        status="running",
        timezone="Europe/Warsaw",
        languages=("EN", "pl", "en"),
        quality_criteria=("technology",),
        description="# About\n\nNew text",
    )
    editing.update_details(planned.db, planned.module_id, details, version=draft.version)
    again = planned.draft()
    assert again.version == draft.version + 1
    assert again.details == replace(details, code="ETW1-B", languages=("en", "pl"))


def test_a_stale_edit_is_refused_and_changes_nothing(planned: Planned) -> None:
    draft = planned.draft()
    mine = replace(draft.details, title="Mine")
    theirs = replace(draft.details, title="Theirs")
    editing.update_details(planned.db, planned.module_id, theirs, version=draft.version)
    with pytest.raises(ConflictError, match="Someone else changed this module"):
        editing.update_details(planned.db, planned.module_id, mine, version=draft.version)
    assert planned.draft().details.title == "Theirs"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"code": "  "}, "needs a code"),
        ({"title": ""}, "needs a title"),
        ({"ects": 61.0}, "between 0 and 60"),
        ({"kind": "lecture"}, "Unknown module kind 'lecture'"),
        ({"status": "gone"}, "Unknown module status"),
        ({"languages": ("english",)}, "'english' is not a two-letter"),
        ({"timezone": "Mars/Olympus"}, "Time zone"),
        ({"quality_criteria": ("fun",)}, "Unknown Quality Label criterion"),
    ],
)
def test_bad_details_are_refused(planned: Planned, change: dict[str, Any], message: str) -> None:
    draft = planned.draft()
    with pytest.raises(UserError, match=message):
        editing.update_details(
            planned.db, planned.module_id, replace(draft.details, **change), version=draft.version
        )
    assert planned.draft() == draft


def test_a_taken_code_is_refused(planned: Planned) -> None:
    template = find_template("etwinning-hands-on-workshop")
    plan_module(planned.db, template, code="WS1", start=START)
    draft = planned.draft()
    with pytest.raises(UserError, match="'WS1' is already taken"):
        editing.update_details(
            planned.db, planned.module_id, replace(draft.details, code="WS1"), version=draft.version
        )


# --- learning outcomes ----------------------------------------------------------------------


def test_outcomes_are_added_edited_mapped_and_removed(planned: Planned) -> None:
    db, module_id = planned.db, planned.module_id
    before = planned.draft().outcomes
    new = editing.add_outcome(db, module_id, "  Plan a project with a partner  ")
    editing.update_outcome(db, new, "Plan a TwinSpace project with a partner")
    by_number = {c.number: c.id for c in planned.draft().choices.competences}
    editing.set_outcome_competences(db, new, [by_number["6.5"], by_number["2.1"]])
    added = planned.draft().outcomes[-1]
    assert added.id == new and added.text == "Plan a TwinSpace project with a partner"
    assert set(added.competence_ids) == {by_number["6.5"], by_number["2.1"]}
    with db.session() as s:  # the module now develops 6.5 as well
        assert (
            by_number["6.5"]
            in s.exec(
                select(ModuleCompetence.competence_id).where(
                    ModuleCompetence.module_id == module_id
                )
            ).all()
        )
    editing.set_outcome_competences(db, new, [])
    assert planned.draft().outcomes[-1].competence_ids == ()

    editing.remove_outcome(db, before[0].id)
    assert [o.id for o in planned.draft().outcomes] == [o.id for o in before[1:]] + [new]
    with pytest.raises(UserError, match="No competence with the id 9999"):
        editing.set_outcome_competences(db, new, [9999])
    with pytest.raises(UserError, match="no longer exists"):
        editing.update_outcome(db, before[0].id, "gone")


# --- sessions -------------------------------------------------------------------------------


def test_a_new_session_follows_the_last_one_by_a_week(planned: Planned) -> None:
    last = planned.draft().sessions[-1]
    new = editing.add_session(planned.db, planned.module_id)
    added = planned.draft().sessions[-1]
    assert added.id == new and added.fields.title == "New session"
    assert added.starts_at == last.starts_at + timedelta(weeks=1)
    assert added.ends_at - added.starts_at == last.ends_at - last.starts_at


def test_a_module_without_sessions_gets_one_next_monday(db: Database) -> None:
    with db.session() as s:
        module = Module(code="EMPTY", title="Empty")
        s.add(module)
    editing.add_session(db, _id(module), today=date(2026, 9, 16))
    (session,) = load_module_draft(db, _id(module)).sessions
    assert session.starts_at == datetime(2026, 9, 21, 10, 0)
    assert session.ends_at == datetime(2026, 9, 21, 11, 30)


def test_a_duplicate_comes_a_week_later_with_the_same_fields(planned: Planned) -> None:
    first = planned.draft().sessions[0]
    copy_id = editing.duplicate_session(planned.db, first.id)
    copy = planned.draft().session(copy_id)
    assert copy is not None and copy.id != first.id
    assert copy.fields == first.fields
    assert copy.starts_at == first.starts_at + timedelta(weeks=1)
    assert copy.ends_at == first.ends_at + timedelta(weeks=1)
    assert planned.starts() == sorted(planned.starts())


def _mark_attendance(db: Database, module_id: int, session_id: int) -> None:
    with db.session() as s:
        student = StudentTeacher(given_name="Eva", family_name="Müller", email="eva@ite.example")
        s.add(student)
        s.flush()
        enrolment = Enrolment(module_id=module_id, student_id=_id(student))
        s.add(enrolment)
        s.flush()
        present = s.exec(select(AttendanceStatus).where(AttendanceStatus.code == "present")).one()
        s.add(
            Attendance(
                enrolment_id=_id(enrolment),
                session_id=session_id,
                status_id=_id(present),
                recorded_at=datetime(2026, 9, 14, 12, 0).astimezone(),
            )
        )


def test_removing_a_session_removes_its_attendance(planned: Planned) -> None:
    sessions = planned.draft().sessions
    _mark_attendance(planned.db, planned.module_id, sessions[1].id)
    assert planned.draft().sessions[1].attendance_marks == 1
    editing.remove_session(planned.db, sessions[1].id)
    assert [s.id for s in planned.draft().sessions] == [
        s.id for s in sessions if s is not sessions[1]
    ]
    with planned.db.session() as s:
        assert s.exec(select(Attendance)).all() == []
    with pytest.raises(UserError, match="no longer exists"):
        editing.remove_session(planned.db, sessions[1].id)


def test_reordering_swaps_sessions_into_each_others_dates(planned: Planned) -> None:
    before = planned.draft().sessions
    starts = planned.starts()
    editing.reorder_session(planned.db, before[1].id, -1)  # move up
    after = planned.draft().sessions
    assert [s.id for s in after[:2]] == [before[1].id, before[0].id]
    assert planned.starts() == starts  # the dates stay in place
    for old in before[:2]:  # each keeps its own length
        new = planned.draft().session(old.id)
        assert new is not None
        assert new.ends_at - new.starts_at == old.ends_at - old.starts_at
    editing.reorder_session(planned.db, before[1].id, -1)  # already first: nothing happens
    assert planned.draft().sessions == after
    editing.reorder_session(planned.db, before[1].id, 99)  # to the end
    assert planned.draft().sessions[-1].id == before[1].id


def test_shifting_moves_a_session_in_time_and_keeps_the_date_order(planned: Planned) -> None:
    first = planned.draft().sessions[0]
    editing.shift_session(planned.db, first.id, timedelta(weeks=1))
    editing.shift_session(planned.db, first.id, timedelta(weeks=1))
    moved = planned.draft().session(first.id)
    assert moved is not None
    assert moved.starts_at == first.starts_at + timedelta(weeks=2)
    assert moved.version == first.version + 2
    assert planned.starts() == sorted(planned.starts())
    with planned.db.session() as s:
        positions = s.exec(
            select(ModuleSession.position)
            .where(ModuleSession.module_id == planned.module_id)
            .order_by(col(ModuleSession.starts_at), col(ModuleSession.position))
        ).all()
    assert positions == list(range(len(positions)))


def test_session_times_are_set_checked_and_versioned(planned: Planned) -> None:
    session = planned.draft().sessions[0]
    starts = datetime(2026, 12, 1, 14, 0)
    editing.set_session_times(
        planned.db, session.id, starts, starts + timedelta(hours=2), version=session.version
    )
    moved = planned.draft().session(session.id)
    assert moved is not None and (moved.starts_at, moved.ends_at) == (
        starts,
        starts + timedelta(hours=2),
    )
    assert planned.draft().sessions[-1].id == session.id  # now the last in date order
    with pytest.raises(ConflictError, match="this module session"):
        editing.set_session_times(
            planned.db, session.id, starts, starts + timedelta(hours=1), version=session.version
        )
    with pytest.raises(UserError, match="must end after it starts"):
        editing.set_session_times(planned.db, session.id, starts, starts, version=moved.version)


def test_session_fields_are_written_and_checked(planned: Planned) -> None:
    session = planned.draft().sessions[0]
    fields = SessionFields(
        title=" Kick-off ",
        kind="partner_call",
        place="Room 2",
        link="https://meet.example/x",
        facilitator_id=planned.anna,
        description="**Bring** a laptop",
    )
    editing.update_session(planned.db, session.id, fields, version=session.version)
    saved = planned.draft().session(session.id)
    assert saved is not None
    assert saved.fields == replace(fields, title="Kick-off")
    assert saved.version == session.version + 1
    for bad, message in [
        (replace(fields, title=" "), "needs a title"),
        (replace(fields, kind="party"), "Unknown session kind"),
        (replace(fields, facilitator_id=9999), "No teacher educator with the id 9999"),
    ]:
        with pytest.raises(UserError, match=message):
            editing.update_session(planned.db, session.id, bad, version=saved.version)
    with pytest.raises(ConflictError):
        editing.update_session(planned.db, session.id, fields, version=session.version)


# --- partners, cohorts, projects ------------------------------------------------------------


def test_partners_and_cohorts_are_set_exactly(planned: Planned) -> None:
    db, module_id = planned.db, planned.module_id
    editing.set_partners(db, module_id, [planned.partner, planned.own, planned.partner])
    editing.set_cohorts(db, module_id, [planned.cohort])
    draft = planned.draft()
    assert sorted(draft.partner_ids) == sorted([planned.partner, planned.own])
    assert draft.cohort_ids == (planned.cohort,)
    editing.set_partners(db, module_id, [planned.partner])
    editing.set_cohorts(db, module_id, [])
    draft = planned.draft()
    assert draft.partner_ids == (planned.partner,) and draft.cohort_ids == ()
    with pytest.raises(UserError, match="No institution with the id 9999"):
        editing.set_partners(db, module_id, [9999])
    assert planned.draft().partner_ids == (planned.partner,)


def test_project_state_and_quality_label_self_check(planned: Planned) -> None:
    db, project = planned.db, planned.project
    editing.update_project_state(db, project, "open")
    editing.set_quality_check(db, project, "technology", 2, " Padlet and Canva ")
    editing.set_quality_check(db, project, "technology", 3, "Padlet, Canva and a podcast")
    editing.set_quality_check(db, project, "results", 0, "")
    (draft,) = planned.draft().projects
    assert draft.state == "open"
    checks = {check.criterion: (check.rating, check.note) for check in draft.checks}
    assert checks["technology"] == (3, "Padlet, Canva and a podcast")
    assert checks["results"] == (0, "")
    assert checks["collaboration"] == (None, "")
    with db.session() as s:
        assert len(s.exec(select(QualityLabelCheck)).all()) == 2  # one row per criterion


@pytest.mark.parametrize("rating", [-1, 4, True, 2.5, "2"])
def test_quality_label_ratings_are_0_to_3(planned: Planned, rating: Any) -> None:
    with pytest.raises(UserError, match="0 \\(not met\\) to 3 \\(fully met\\)"):
        editing.set_quality_check(planned.db, planned.project, "pedagogy", rating, "")
    with planned.db.session() as s:
        assert s.exec(select(QualityLabelCheck)).all() == []


def test_unknown_project_state_and_criterion_are_refused(planned: Planned) -> None:
    with pytest.raises(UserError, match="Unknown project state"):
        editing.update_project_state(planned.db, planned.project, "done")
    with pytest.raises(UserError, match="Unknown Quality Label criterion"):
        editing.set_quality_check(planned.db, planned.project, "fun", 1, "")
    with pytest.raises(UserError, match="no longer exists"):
        editing.update_project_state(planned.db, 9999, "open")


# --- calendar -------------------------------------------------------------------------------


def test_calendar_entries_cover_the_days_asked_for(planned: Planned) -> None:
    template = find_template("etwinning-hands-on-workshop")
    workshop = plan_module(planned.db, template, code="WS1", start=START + timedelta(days=2))
    sessions = planned.draft().sessions
    editing.update_session(
        planned.db,
        sessions[0].id,
        replace(sessions[0].fields, facilitator_id=planned.anna),
        version=sessions[0].version,
    )
    week = calendar_entries(planned.db, START, START + timedelta(days=6))
    in_week = [s for s in sessions if s.starts_at.date() <= START + timedelta(days=6)]
    assert {e.session_id for e in week if e.module_id == planned.module_id} == {
        s.id for s in in_week
    }
    assert {e.module_code for e in week} == {"ETW1", "WS1"}
    assert [e.starts_at for e in week] == sorted(e.starts_at for e in week)
    first = next(e for e in week if e.session_id == sessions[0].id)
    assert first.facilitator == "Anna Nowak" and first.module_title == "Intro"
    assert all(e.module_id == workshop for e in week if e.module_code == "WS1")
    assert calendar_entries(planned.db, date(2030, 1, 1), date(2030, 1, 31)) == []


def test_projects_are_added_partnered_and_detached(db: Database) -> None:
    fill_demo(db, students=40, seed=1, today=date(2026, 11, 23))
    with db.session() as session:
        module = session.exec(select(Module).where(Module.code == "ETW101")).one()
        others = select(Institution.id).where(col(Institution.is_own).is_(False))
        partners = [i for i in session.exec(others).all() if i is not None]
    assert module.id is not None
    project_id = editing.add_project(db, module.id, "  Our schools in four seasons  ")
    editing.set_project_partners(db, project_id, [partners[0], partners[1], partners[0]])
    draft = load_module_draft(db, module.id)
    project = next(p for p in draft.projects if p.id == project_id)
    assert project.title == "Our schools in four seasons"
    assert set(project.partner_ids) == {partners[0], partners[1]}
    with pytest.raises(UserError):
        editing.add_project(db, module.id, "   ")
    editing.detach_project(db, project_id)
    assert project_id not in {p.id for p in load_module_draft(db, module.id).projects}
    with db.session() as session:
        assert session.get(EtwinningProject, project_id) is not None  # still on record
