"""The mentoring screens' own edits: pickers, a meeting read whole, targets and actions edited and
removed (each a change of the meeting, so it shows as changed since signed), observations."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from itepad.errors import UserError
from itepad.services import mentoring, mentoring_edits
from itepad.services.signoff import SignatureState
from itepad.store.concurrency import ConflictError
from itepad.store.database import Database
from itepad.store.models import ActionStatus, TargetStatus
from tests.services.test_mentoring import _people


def test_choices_list_mentors_students_and_competences(db: Database) -> None:
    mentor, _, _ = _people(db)
    choices = mentoring_edits.load_choices(db)
    assert [p.id for p in choices.mentors] == [mentor]
    assert [p.name for p in choices.students] == ["Jan Novák", "Ana Popescu"]  # by family name
    assert choices.mentors[0].label() == "Maria Kowalska <m.kowalska@uni.example>"
    assert len(choices.competences) == 22  # DigCompEdu seed data
    assert choices.competences[0][1].startswith("1.1 ")


def test_a_new_meeting_keeps_what_was_typed_before_it_was_saved(any_db: Database) -> None:
    mentor, ana, jan = _people(any_db)
    meeting_id = mentoring_edits.create_meeting_with(
        any_db,
        mentor_id=mentor,
        mentee_ids=[ana, jan],
        held_at=datetime(2026, 10, 5, 14),
        agenda="first",
        duration_minutes=50,
        mode="online",
        focus="Our own focus",
        notes="Typed notes",
        next_meeting_at=datetime(2026, 10, 19, 14),
    )
    draft = mentoring_edits.load_meeting(any_db, meeting_id)
    assert (draft.duration_minutes, draft.mode, draft.focus, draft.notes) == (
        50,
        "online",
        "Our own focus",
        "Typed notes",
    )
    assert draft.mentee_ids == tuple(sorted((ana, jan)))
    assert draft.agenda == "first"
    assert draft.mentor_email == "m.kowalska@uni.example"
    assert draft.signature.state == SignatureState.UNSIGNED


def test_editing_and_removing_targets_and_actions(any_db: Database) -> None:
    mentor, ana, _ = _people(any_db)
    meeting_id = mentoring.create_meeting(
        any_db, mentor_id=mentor, mentee_ids=[ana], held_at=datetime(2026, 10, 5, 14)
    )
    target = mentoring.add_target(any_db, meeting_id, "Plan a lesson")
    action = mentoring.add_action(any_db, meeting_id, "Send the plan", owner="Ana")
    mentoring.sign_meeting(any_db, meeting_id, "m.kowalska@uni.example")
    mentoring_edits.update_target(
        any_db,
        target,
        text="Plan a lesson with a TwinSpace activity",
        due_on=date(2026, 10, 19),
        competence_id=1,
        status=TargetStatus.MET,
    )
    mentoring_edits.update_action(
        any_db,
        action,
        text="Send the plan",
        owner="Ana",
        due_on=date(2026, 10, 12),
        status=ActionStatus.DONE,
    )
    draft = mentoring_edits.load_meeting(any_db, meeting_id)
    assert draft.targets[0].text == "Plan a lesson with a TwinSpace activity"
    assert (draft.targets[0].status, draft.targets[0].competence_id) == ("met", 1)
    assert (draft.actions[0].status, draft.actions[0].due_on) == ("done", date(2026, 10, 12))
    assert draft.signature.state == SignatureState.CHANGED
    assert draft.signature.changed_fields == ("actions", "targets")

    version = draft.version
    mentoring_edits.remove_target(any_db, target)
    mentoring_edits.remove_action(any_db, action)
    draft = mentoring_edits.load_meeting(any_db, meeting_id)
    assert (draft.targets, draft.actions) == ((), ())
    assert draft.version == version + 2
    with pytest.raises(UserError, match="no longer exists"):
        mentoring_edits.remove_action(any_db, action)
    with pytest.raises(UserError, match="needs a text"):
        mentoring_edits.update_target(
            any_db, 999, text=" ", due_on=None, competence_id=None, status=TargetStatus.OPEN
        )


def test_removing_a_target_that_was_carried_forward(db: Database) -> None:
    mentor, ana, _ = _people(db)
    first = mentoring.create_meeting(
        db, mentor_id=mentor, mentee_ids=[ana], held_at=datetime(2026, 10, 5, 14)
    )
    old = mentoring.add_target(db, first, "Contact the partner school")
    second = mentoring.create_meeting(
        db, mentor_id=mentor, mentee_ids=[ana], held_at=datetime(2026, 10, 19, 14)
    )
    assert mentoring_edits.load_meeting(db, second).targets[0].carried
    mentoring_edits.remove_target(db, old)
    assert not mentoring_edits.load_meeting(db, second).targets[0].carried


def test_set_people_replaces_the_mentees_and_checks_the_version(db: Database) -> None:
    mentor, ana, jan = _people(db)
    meeting_id = mentoring.create_meeting(
        db, mentor_id=mentor, mentee_ids=[ana], held_at=datetime(2026, 10, 5, 14)
    )
    assert mentoring_edits.set_people(db, meeting_id, 1, mentor, [jan]) == 2
    assert mentoring_edits.load_meeting(db, meeting_id).mentee_ids == (jan,)
    with pytest.raises(ConflictError):
        mentoring_edits.set_people(db, meeting_id, 1, mentor, [ana])
    with pytest.raises(UserError, match="at least one mentee"):
        mentoring_edits.set_people(db, meeting_id, 2, mentor, [])
    with pytest.raises(UserError, match="no longer exists"):
        mentoring_edits.load_meeting(db, 999)


def test_observations_are_created_updated_listed_and_signed(any_db: Database) -> None:
    mentor, ana, _ = _people(any_db)
    observation = mentoring_edits.create_observation(
        any_db,
        student_id=ana,
        observed_at=datetime(2026, 11, 3, 9),
        observer_id=mentor,
        class_name="5B",
        pupils_age="10-11",
        subject="English",
    )
    version = mentoring_edits.update_observation(
        any_db, observation, 1, topic="Pen pals", strengths="Clear instructions"
    )
    assert version == 2
    with pytest.raises(ConflictError):
        mentoring_edits.update_observation(any_db, observation, 1, topic="Old")
    with pytest.raises(ValueError, match="not observation fields"):
        mentoring_edits.update_observation(any_db, observation, 2, signed_by="x")
    (row,) = mentoring_edits.observation_rows(any_db)
    assert (row.student, row.observer, row.subject, row.topic) == (
        "Ana Popescu",
        "Maria Kowalska",
        "English",
        "Pen pals",
    )
    assert not row.signed
    mentoring.sign_observation(any_db, observation, "m.kowalska@uni.example")
    (row,) = mentoring_edits.observation_rows(any_db, observation)
    assert row.signed and row.version == 3
    mentoring_edits.update_observation(any_db, observation, 3, targets="- One more")
    assert mentoring.observation_signature(any_db, observation).changed_fields == ("targets",)
