"""The impact survey: answers 1-5 or blank, edits naming their version, and a cohort's results
against figures worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itepad.errors import UserError
from itepad.services.impact_survey import (
    BENEFITS,
    ResponseEntry,
    Share,
    cohort_names,
    cohort_results,
    parse_answer,
    save_response,
    student_survey,
)
from itepad.store.concurrency import ConflictError
from itepad.store.database import Database
from itepad.store.models import Cohort, StudentTeacher
from itepad.store.models_survey import SurveyPhase

TODAY = date(2026, 6, 30)
PRE, POST = SurveyPhase.PRE, SurveyPhase.POST


def test_the_statements() -> None:
    assert [b.key for b in BENEFITS] == [
        "networking",
        "ict_skills",
        "pupils",
        "community",
        "languages",
    ]
    assert [b.study_2013 for b in BENEFITS] == [0.64, 0.60, 0.55, 0.55, 0.54]
    networking = BENEFITS[0]
    assert networking.statement(PRE).startswith("I expect eTwinning to help me build a network")
    assert networking.statement(POST).startswith("eTwinning helped me build a network")


@given(st.sampled_from(["1", "2", "3", "4", "5"]), st.text(" \t"), st.text(" \t"))
def test_parse_answer_accepts_1_to_5_with_spaces(digit: str, before: str, after: str) -> None:
    assert parse_answer(before + digit + after, "Networking") == int(digit)


@given(st.text(" \t\n"))
def test_parse_answer_blank_is_no_answer(text: str) -> None:
    assert parse_answer(text, "Networking") is None


@given(st.text().filter(lambda t: t.strip() not in {"", "1", "2", "3", "4", "5"}))
def test_parse_answer_refuses_anything_else(text: str) -> None:
    with pytest.raises(UserError, match=r"^Row 7, networking: .* is not an answer from 1 to 5"):
        parse_answer(text, "Row 7, networking")


@pytest.fixture
def student(any_db: Database) -> int:
    with any_db.session() as s:
        ana = StudentTeacher(given_name="Ana", family_name="Zorić", email="ana@ite.example")
        s.add(ana)
        s.flush()
        assert ana.id is not None
        return ana.id


def test_save_and_edit_a_response(any_db: Database, student: int) -> None:
    assert student_survey(any_db, student).pre is None
    entry = ResponseEntry(PRE, date(2026, 2, 2), (5, 4, None, 2, 1), "  Looking forward  ")
    assert save_response(any_db, student, entry, None, today=TODAY) == 1
    survey = student_survey(any_db, student)
    assert survey.name == "Ana Zorić"
    assert survey.post is None
    pre = survey.response(PRE)
    assert pre is not None
    assert (pre.answered_on, pre.answers, pre.comments, pre.version) == (
        date(2026, 2, 2),
        (5, 4, None, 2, 1),
        "Looking forward",
        1,
    )
    changed = ResponseEntry(PRE, date(2026, 2, 2), (5, 4, 3, 2, 1), "Looking forward")
    assert save_response(any_db, student, changed, 1, today=TODAY) == 2
    with pytest.raises(ConflictError, match="version 1, it is now version 2"):
        save_response(any_db, student, changed, 1, today=TODAY)
    with pytest.raises(UserError, match="recorded by someone else meanwhile"):
        save_response(any_db, student, changed, None, today=TODAY)
    stored = student_survey(any_db, student).pre
    assert stored is not None and stored.answers == (5, 4, 3, 2, 1)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (ResponseEntry(PRE, TODAY, (6, None, None, None, None)), "Networking across Europe: 6 "),
        (ResponseEntry(PRE, TODAY, (None, None, 0, None, None)), "Impact on pupils: 0 "),
        (ResponseEntry(PRE, TODAY, (None, None, None, None, True)), "Foreign language skills"),
        (ResponseEntry(PRE, TODAY, (1, 2, 3)), "has 5 answers, not 3"),
        (ResponseEntry("during", TODAY, (1, 2, 3, 4, 5)), "Phase: 'during'"),
        (ResponseEntry(POST, date(2026, 7, 1), (1, 2, 3, 4, 5)), "Date: 01 Jul 2026 is in the"),
    ],
)
def test_bad_responses_are_refused(
    any_db: Database, student: int, entry: ResponseEntry, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        save_response(any_db, student, entry, None, today=TODAY)
    survey = student_survey(any_db, student)
    assert (survey.pre, survey.post) == (None, None)


def test_cohort_results_by_hand(any_db: Database) -> None:
    # Answers (networking, ict, pupils, community, languages); agreeing means 4 or 5.
    answers: dict[str, dict[SurveyPhase, tuple[int | None, ...]]] = {
        "Ana": {PRE: (5, 4, 3, None, 2), POST: (4, 5, 4, 4, 2)},
        "Ben": {PRE: (2, 3, 4, 1, 5), POST: (5, 2, None, 3, 3)},
        "Eva": {PRE: (4, None, None, None, None)},  # no after survey
        "Dan": {PRE: (5, 5, 5, 5, 5), POST: (5, 5, 5, 5, 5)},  # archived: left out
        "Zoe": {PRE: (1, 1, 1, 1, 1)},  # another cohort
    }
    comments = {("Ana", POST): "Great partners", ("Ben", PRE): "  ", ("Eva", PRE): "Unsure"}
    with any_db.session() as s:
        ours = Cohort(name="PE-2026", programme="Primary education", academic_year="2025/26")
        theirs = Cohort(name="SE-2026")
        s.add_all([ours, theirs])
        s.flush()
        ids = {}
        for name in answers:
            person = StudentTeacher(
                given_name=name,
                family_name="Tester",
                email=f"{name.lower()}@ite.example",
                cohort_id=theirs.id if name == "Zoe" else ours.id,
                archived_at=datetime(2026, 5, 1, tzinfo=UTC) if name == "Dan" else None,
            )
            s.add(person)
            s.flush()
            assert person.id is not None
            ids[name] = person.id
    for name, phases in answers.items():
        for phase, values in phases.items():
            on = date(2026, 2, 2) if phase == PRE else date(2026, 6, 1)
            entry = ResponseEntry(phase, on, values, comments.get((name, phase), ""))
            save_response(any_db, ids[name], entry, None, today=TODAY)

    results = cohort_results(any_db, "PE-2026")
    assert (results.cohort, results.programme, results.academic_year) == (
        "PE-2026",
        "Primary education",
        "2025/26",
    )
    assert (results.students, results.answered_pre, results.answered_post) == (3, 3, 2)
    by_key = {b.key: b for b in results.benefits}
    assert list(by_key) == [b.key for b in BENEFITS]
    # Networking before: Ana 5, Ben 2, Eva 4 -> 2 of 3; after: Ana 4, Ben 5 -> 2 of 2.
    assert (by_key["networking"].pre, by_key["networking"].post) == (Share(2, 3), Share(2, 2))
    # ICT before: Ana 4, Ben 3 (Eva blank) -> 1 of 2; after: Ana 5, Ben 2 -> 1 of 2.
    assert (by_key["ict_skills"].pre, by_key["ict_skills"].post) == (Share(1, 2), Share(1, 2))
    # Pupils before: Ana 3, Ben 4 -> 1 of 2; after: Ana 4 (Ben blank) -> 1 of 1.
    assert (by_key["pupils"].pre, by_key["pupils"].post) == (Share(1, 2), Share(1, 1))
    # Community before: Ben 1 -> 0 of 1; after: Ana 4, Ben 3 -> 1 of 2.
    assert (by_key["community"].pre, by_key["community"].post) == (Share(0, 1), Share(1, 2))
    # Languages before: Ana 2, Ben 5 -> 1 of 2; after: Ana 2, Ben 3 -> 0 of 2.
    assert (by_key["languages"].pre, by_key["languages"].post) == (Share(1, 2), Share(0, 2))
    assert by_key["networking"].pre.share == pytest.approx(2 / 3)
    assert by_key["networking"].study_2013 == 0.64
    # Blank comments are left out; before first.
    assert [(c.phase, c.text) for c in results.comments] == [
        (PRE, "Unsure"),
        (POST, "Great partners"),
    ]
    assert cohort_names(any_db) == ("PE-2026", "SE-2026")


def test_a_cohort_nobody_answered(any_db: Database) -> None:
    with any_db.session() as s:
        s.add(Cohort(name="Quiet"))
    results = cohort_results(any_db, "Quiet")
    assert (results.students, results.answered_pre, results.answered_post) == (0, 0, 0)
    assert all(b.pre.share is None and b.post.share is None for b in results.benefits)
    with pytest.raises(UserError, match="Cohort: there is no cohort named 'Loud'"):
        cohort_results(any_db, "Loud")
