"""Roster actions: add, edit, archive, eTwinning registration, enrolment (one transaction each)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import insert, select

from itepad.errors import UserError
from itepad.services.enrolment import enrol_cohort, enrol_students
from itepad.services.overview import student_rows
from itepad.services.roster import (
    Registration,
    StudentForm,
    add_student,
    archive_student,
    archived_rows,
    load_student,
    mark_registration,
    restore_student,
    roster_choices,
    set_registration,
    update_student,
)
from itepad.store.concurrency import ConflictError
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models import EtwinningStatus

ANNA = StudentForm("  Anna ", "Kowalska  Nowak", " Anna.Kowalska@UNI.example ", languages="PL, en")
PENDING = EtwinningStatus.PENDING
VALIDATED = EtwinningStatus.VALIDATED


def _insert(db: Database, table: str, **values: object) -> int:
    with db.engine.begin() as conn:
        key = conn.execute(insert(TABLES[table]).values(**values)).inserted_primary_key
    assert key is not None
    return int(key[0])


def _enrolments(db: Database, module_id: int) -> dict[int, str]:
    table = TABLES["enrolment"]
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(table.c.student_id, table.c.status).where(table.c.module_id == module_id)
        )
        return {student_id: status for student_id, status in rows}


def test_add_tidies_and_stores_lowercase_email(any_db: Database) -> None:
    student_id = add_student(any_db, ANNA)
    record = load_student(any_db, student_id)
    assert (record.form.given_name, record.form.family_name) == ("Anna", "Kowalska Nowak")
    assert record.form.email == "anna.kowalska@uni.example"
    assert record.form.languages == "pl,en"
    assert (record.version, record.archived) == (1, False)
    # Consents are opt-in, and nobody starts registered on eTwinning.
    assert not (record.form.consent_photos or record.form.consent_publication)
    assert record.form.registration == Registration()


def test_add_refuses_a_taken_email_whatever_its_case(db: Database) -> None:
    add_student(db, ANNA)
    with pytest.raises(UserError, match=r"anna\.kowalska@uni\.example already belongs to Anna"):
        add_student(db, StudentForm("Ann", "Other", "ANNA.kowalska@uni.example"))


def test_every_problem_of_a_form_is_named_at_once(db: Database) -> None:
    form = StudentForm("", "=cmd|' /C calc'!A0", "anna@", languages="polish")
    with pytest.raises(UserError) as refused:
        add_student(db, form)
    lines = str(refused.value).splitlines()
    assert lines[0] == "Given name: missing"
    assert lines[1].startswith("Family name: starts with '='")
    assert lines[2] == "Email: 'anna@' is not a valid email address"
    assert lines[3] == "Languages: 'polish' is not a two-letter language code (ISO 639-1)"


def test_edit_is_versioned(any_db: Database) -> None:
    student_id = add_student(any_db, ANNA)
    mine = load_student(any_db, student_id)
    theirs = load_student(any_db, student_id)
    new_version = update_student(
        any_db, student_id, theirs.version, replace(theirs.form, placement_school="Szkoła nr 5")
    )
    assert new_version == 2
    with pytest.raises(ConflictError) as stale:
        update_student(any_db, student_id, mine.version, replace(mine.form, study_year=2))
    assert stale.value.current is not None and stale.value.current["version"] == 2
    after = load_student(any_db, student_id)
    assert (after.form.placement_school, after.form.study_year) == ("Szkoła nr 5", None)
    # Saving again on top of the new version (the dialog's "keep mine") works.
    update_student(any_db, student_id, after.version, replace(mine.form, study_year=2))
    assert load_student(any_db, student_id).form.study_year == 2


def test_edit_refuses_another_persons_email(db: Database) -> None:
    add_student(db, ANNA)
    jan = add_student(db, StudentForm("Jan", "Nowak", "jan.nowak@uni.example"))
    record = load_student(db, jan)
    with pytest.raises(UserError, match="already belongs to Anna Kowalska Nowak"):
        update_student(
            db, jan, record.version, replace(record.form, email="ANNA.kowalska@uni.example")
        )
    assert load_student(db, jan).version == record.version


@pytest.mark.parametrize(
    ("registration", "message"),
    [
        (Registration(registered_on=date(2026, 10, 1)), "not registered on eTwinning has no"),
        (Registration(PENDING, validated_on=date(2026, 10, 2)), "still pending validation"),
        (
            Registration(VALIDATED, date(2026, 10, 5), date(2026, 10, 1)),
            "validation date is before the registration date",
        ),
        (
            Registration(VALIDATED, date(2026, 10, 5), None, date(2026, 10, 1)),
            "TwinSpace date is before the registration date",
        ),
        (Registration("registered"), "'registered' is not an eTwinning registration status"),
    ],
)
def test_impossible_registrations_are_refused(
    db: Database, registration: Registration, message: str
) -> None:
    student_id = add_student(db, ANNA)
    with pytest.raises(UserError, match=message):
        set_registration(db, student_id, 1, registration)
    with pytest.raises(UserError, match=message):
        add_student(db, replace(ANNA, email="other@uni.example", registration=registration))
    assert load_student(db, student_id).version == 1


def test_registration_status_and_dates_are_saved(db: Database) -> None:
    student_id = add_student(db, ANNA)
    registration = Registration(VALIDATED, date(2026, 10, 1), date(2026, 10, 8), date(2026, 10, 9))
    assert set_registration(db, student_id, 1, registration) == 2
    assert load_student(db, student_id).form.registration == registration
    with pytest.raises(ConflictError):
        set_registration(db, student_id, 1, Registration())


def test_marking_several_keeps_the_dates_already_known(db: Database) -> None:
    anna = add_student(
        db, replace(ANNA, registration=Registration(PENDING, registered_on=date(2026, 9, 20)))
    )
    jan = add_student(db, StudentForm("Jan", "Nowak", "jan@uni.example"))
    today = date(2026, 10, 15)
    assert mark_registration(db, [anna, jan], PENDING, today) == 1  # Anna was pending already
    assert load_student(db, jan).form.registration == Registration(PENDING, today)
    assert mark_registration(db, [anna, jan], VALIDATED, today) == 2
    assert load_student(db, anna).form.registration == Registration(
        VALIDATED, date(2026, 9, 20), today
    )
    assert mark_registration(db, [jan], EtwinningStatus.NOT_REGISTERED, today) == 1
    assert load_student(db, jan).form.registration == Registration()


def test_archive_hides_and_restore_brings_back(any_db: Database) -> None:
    student_id = add_student(any_db, ANNA)
    assert archive_student(any_db, student_id, 1) == 2
    assert [row.id for row in student_rows(any_db)] == []
    assert [(row.id, row.email) for row in archived_rows(any_db)] == [
        (student_id, "anna.kowalska@uni.example")
    ]
    assert load_student(any_db, student_id).archived
    with pytest.raises(ConflictError):
        restore_student(any_db, student_id, 1)
    restore_student(any_db, student_id, 2)
    assert [row.id for row in student_rows(any_db)] == [student_id]
    assert archived_rows(any_db) == []


def test_enrol_individuals_brings_back_the_withdrawn(db: Database) -> None:
    module = _insert(db, "module", code="ETW1", title="eTwinning basics")
    anna = add_student(db, ANNA)
    jan = add_student(db, StudentForm("Jan", "Nowak", "jan@uni.example"))
    ewa = add_student(db, StudentForm("Ewa", "Lis", "ewa@uni.example"))
    _insert(db, "enrolment", module_id=module, student_id=jan, status="withdrawn")
    _insert(db, "enrolment", module_id=module, student_id=ewa, status="completed")
    report = enrol_students(db, module, [anna, jan, ewa, anna])
    assert (report.enrolled, report.already) == (2, 1)
    assert _enrolments(db, module) == {anna: "enrolled", jan: "enrolled", ewa: "completed"}
    with pytest.raises(UserError, match="module you chose is no longer"):
        enrol_students(db, module + 1, [anna])


def test_enrol_a_cohort_links_it_and_leaves_withdrawals_alone(any_db: Database) -> None:
    module = _insert(any_db, "module", code="ETW1", title="eTwinning basics")
    cohort = _insert(any_db, "cohort", name="B.Ed. 2026")
    anna = add_student(any_db, replace(ANNA, cohort_id=cohort))
    jan = add_student(any_db, StudentForm("Jan", "Nowak", "jan@uni.example", cohort_id=cohort))
    gone = add_student(any_db, StudentForm("Ewa", "Lis", "ewa@uni.example", cohort_id=cohort))
    add_student(any_db, StudentForm("Ola", "Other", "ola@uni.example"))  # another cohort
    archive_student(any_db, gone, 1)
    _insert(any_db, "enrolment", module_id=module, student_id=jan, status="withdrawn")
    report = enrol_cohort(any_db, module, cohort)
    assert (report.enrolled, report.already) == (1, 1)
    assert _enrolments(any_db, module) == {anna: "enrolled", jan: "withdrawn"}
    again = enrol_cohort(any_db, module, cohort)
    assert (again.enrolled, again.already) == (0, 2)
    links = TABLES["module_cohort"]
    with any_db.engine.connect() as conn:
        assert conn.execute(select(links.c.module_id, links.c.cohort_id)).all() == [
            (module, cohort)
        ]


def test_choices_for_the_dialogs(db: Database) -> None:
    _insert(db, "cohort", name="B")
    _insert(db, "cohort", name="A")
    _insert(db, "module", code="OLD", title="Old", academic_year="2024/25")
    _insert(db, "module", code="NEW", title="New", academic_year="2026/27")
    choices = roster_choices(db)
    assert [c.label for c in choices.cohorts] == ["A", "B"]
    assert [c.label for c in choices.modules] == ["NEW — New", "OLD — Old"]


def test_a_cohort_deleted_meanwhile_is_reported(db: Database) -> None:
    with pytest.raises(UserError, match="cohort you chose is no longer"):
        add_student(db, replace(ANNA, cohort_id=99))
