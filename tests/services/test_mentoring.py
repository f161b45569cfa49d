"""Mentoring: targets carried forward, overdue logic, the sign-off hash, changed since signed."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar
from sqlalchemy import select

from itepad.errors import UserError
from itepad.services import mentoring, signoff
from itepad.services.demo import fill_demo
from itepad.services.signoff import SignatureState
from itepad.store.concurrency import ConflictError
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models import ActionStatus, TargetStatus

TODAY = date(2026, 11, 23)


def _people(db: Database) -> tuple[int, int, int]:
    """A mentor and two student teachers from a small hand-made record."""
    with db.engine.begin() as conn:
        mentor = conn.execute(
            TABLES["teacher_educator"]
            .insert()
            .values(
                name="Maria Kowalska",
                email="m.kowalska@uni.example",
                role="teacher_educator",
                institution_id=None,
                version=1,
            )
        ).inserted_primary_key
        students = [
            conn.execute(
                TABLES["student_teacher"]
                .insert()
                .values(
                    given_name=g,
                    family_name=f,
                    email=e,
                    etwinning_status="not_registered",
                    consent_photos=False,
                    consent_publication=False,
                    consent_partner_sharing=False,
                    version=1,
                )
            ).inserted_primary_key
            for g, f, e in (
                ("Ana", "Popescu", "ana@uni.example"),
                ("Jan", "Novák", "jan@uni.example"),
            )
        ]
    assert mentor is not None and all(s is not None for s in students)
    return int(mentor[0]), int(students[0][0]), int(students[1][0])  # type: ignore[index]


def test_agenda_prefills_and_targets_are_carried_forward(any_db: Database) -> None:
    mentor, ana, _ = _people(any_db)
    first = mentoring.create_meeting(
        any_db,
        mentor_id=mentor,
        mentee_ids=[ana],
        held_at=datetime(2026, 10, 5, 14),
        agenda="first",
    )
    met = mentoring.add_target(any_db, first, "Plan a TwinSpace page", due_on=date(2026, 10, 20))
    still_open = mentoring.add_target(any_db, first, "Contact partner", due_on=date(2026, 10, 12))
    mentoring.set_target_status(any_db, met, TargetStatus.MET)

    second = mentoring.create_meeting(
        any_db,
        mentor_id=mentor,
        mentee_ids=[ana],
        held_at=datetime(2026, 10, 19, 14),
        agenda="weekly",
    )

    with any_db.engine.connect() as conn:
        meeting = conn.execute(
            select(TABLES["mentoring_meeting"]).where(TABLES["mentoring_meeting"].c.id == second)
        ).one()
        targets = TABLES["mentoring_target"]
        carried = conn.execute(select(targets).where(targets.c.meeting_id == second)).all()
        old = conn.execute(select(targets.c.status).where(targets.c.id == still_open)).scalar()
    assert meeting.focus == mentoring.AGENDAS["weekly"].focus
    assert "## Since last time" in meeting.notes
    assert [(t.text, t.carried_from_id) for t in carried] == [("Contact partner", still_open)]
    assert old == TargetStatus.CARRIED


def test_at_most_three_targets(db: Database) -> None:
    mentor, ana, _ = _people(db)
    meeting = mentoring.create_meeting(
        db, mentor_id=mentor, mentee_ids=[ana], held_at=datetime(2026, 10, 5, 14)
    )
    for n in range(3):
        mentoring.add_target(db, meeting, f"Target {n}")
    with pytest.raises(UserError, match="at most 3"):
        mentoring.add_target(db, meeting, "Target 4")


def test_overdue_actions_and_targets(db: Database) -> None:
    mentor, ana, jan = _people(db)
    meeting = mentoring.create_meeting(
        db, mentor_id=mentor, mentee_ids=[ana, jan], held_at=datetime(2026, 11, 2, 10)
    )
    late = mentoring.add_action(
        db, meeting, "Upload lesson plan", owner="Ana", due_on=date(2026, 11, 20)
    )
    due_today = mentoring.add_action(db, meeting, "Book room", owner="Maria", due_on=TODAY)
    done = mentoring.add_action(db, meeting, "Read guide", owner="Jan", due_on=date(2026, 11, 1))
    mentoring.set_action_status(db, done, ActionStatus.DONE, today=date(2026, 11, 3))
    mentoring.add_target(db, meeting, "Overdue target", due_on=date(2026, 11, 22))
    mentoring.add_target(db, meeting, "Future target", due_on=date(2026, 12, 1))

    actions = mentoring.open_actions(db, today=TODAY)

    assert [(a.action_id, a.overdue) for a in actions] == [(late, True), (due_today, False)]
    assert actions[0].mentees == "Jan Novák, Ana Popescu"
    assert [t["text"] for t in mentoring.overdue_targets(db, today=TODAY)] == ["Overdue target"]


def test_sign_off_hash_and_changed_since_signed(any_db: Database) -> None:
    mentor, ana, _ = _people(any_db)
    meeting = mentoring.create_meeting(
        any_db,
        mentor_id=mentor,
        mentee_ids=[ana],
        held_at=datetime(2026, 11, 2, 10),
        agenda="project",
    )
    mentoring.add_target(any_db, meeting, "Publish pupils' postcards", due_on=date(2026, 11, 30))
    action = mentoring.add_action(any_db, meeting, "Ask partner for photos", owner="Ana")
    assert mentoring.meeting_signature(any_db, meeting).state == SignatureState.UNSIGNED

    mentoring.sign_meeting(
        any_db, meeting, "m.kowalska@uni.example", now=datetime(2026, 11, 3, 9, tzinfo=UTC)
    )
    signature = mentoring.meeting_signature(any_db, meeting)
    assert signature.state == SignatureState.SIGNED
    with any_db.engine.connect() as conn:
        row = conn.execute(
            select(TABLES["mentoring_meeting"]).where(TABLES["mentoring_meeting"].c.id == meeting)
        ).one()
    assert signoff.seal(json.loads(row.signed_content))[1] == (row.signed_hash)

    # Progress on an action is not part of what was signed.
    mentoring.set_action_status(any_db, action, ActionStatus.DONE, today=TODAY)
    assert mentoring.meeting_signature(any_db, meeting).state == SignatureState.SIGNED

    mentoring.update_meeting(any_db, meeting, row.version, notes="Added after signing.")
    changed = mentoring.meeting_signature(any_db, meeting)
    assert changed.state == SignatureState.CHANGED
    assert changed.changed_fields == ("notes",)
    assert changed.signed_content is not None
    assert changed.signed_content["notes"] == row.notes  # the signed version is kept


def test_stale_meeting_edit_is_refused(db: Database) -> None:
    mentor, ana, _ = _people(db)
    meeting = mentoring.create_meeting(
        db, mentor_id=mentor, mentee_ids=[ana], held_at=datetime(2026, 11, 2, 10)
    )
    mentoring.update_meeting(db, meeting, 1, focus="First change")
    with pytest.raises(ConflictError):
        mentoring.update_meeting(db, meeting, 1, focus="Lost change")


def test_demo_signatures_verify(db: Database) -> None:
    fill_demo(db, students=40, seed=1, today=TODAY)
    with db.engine.connect() as conn:
        meetings = TABLES["mentoring_meeting"]
        signed = conn.execute(select(meetings.c.id).where(meetings.c.signed_hash != "")).scalars()
        ids = list(signed)
    assert ids
    assert {mentoring.meeting_signature(db, i).state for i in ids} == {SignatureState.SIGNED}


def test_workload_and_log_and_calendar(db: Database) -> None:
    mentor, ana, jan = _people(db)
    for day, minutes in ((2, 60), (16, 30)):
        mentoring.create_meeting(
            db,
            mentor_id=mentor,
            mentee_ids=[ana],
            held_at=datetime(2026, 11, day, 10),
            duration_minutes=minutes,
        )
    upcoming = mentoring.create_meeting(
        db, mentor_id=mentor, mentee_ids=[ana, jan], held_at=datetime(2026, 12, 1, 10)
    )
    assert mentoring.workload(db) == [
        mentoring.Workload("Maria Kowalska", "2026-11", 2, 1.5),
        mentoring.Workload("Maria Kowalska", "2026-12", 1, 0.75),
    ]
    log = mentoring.mentoring_log(db, ana)
    assert [m.held_at.day for m in log] == [2, 16, 1]
    events = Calendar.from_ical(
        mentoring.upcoming_meetings_calendar(db, now=datetime(2026, 11, 23))
    ).walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [f"mentoring-meeting-{upcoming}@itepad"]
    assert events[0].decoded("DTSTART") == datetime(2026, 12, 1, 10)  # floating local time


def test_the_meetings_list_flags_changed_since_signed(db: Database) -> None:
    from itepad.services.overview import meeting_rows

    fill_demo(db, students=40, seed=1, today=TODAY)
    rows = meeting_rows(db)
    assert not any(r.changed_since_signed for r in rows)
    signed = next(r for r in rows if r.signed)
    with db.engine.connect() as conn:
        version = conn.execute(
            select(TABLES["mentoring_meeting"].c.version).where(
                TABLES["mentoring_meeting"].c.id == signed.id
            )
        ).scalar_one()
    mentoring.update_meeting(db, signed.id, version, focus="Changed afterwards")
    assert mentoring.changed_since_signed(db) == {signed.id}
    flagged = [r.id for r in meeting_rows(db) if r.changed_since_signed]
    assert flagged == [signed.id]
