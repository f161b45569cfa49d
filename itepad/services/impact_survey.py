"""The impact survey: five agreement statements, answered before and after a module.

The statements follow the five main benefits teachers named in the eTwinning impact study
(final report, January 2013, about 6,000 teachers). Before a module a student teacher says what
they expect ("I expect eTwinning to help me ..."), after it what happened ("eTwinning helped me
..."); each answer is 1 (strongly disagree) to 5 (strongly agree), or blank. "Agreeing" means 4
or 5, the same reading as the study's "named as a main benefit".

Contract for the printed "impact survey results" report (keep it stable):

    cohort_results(db, cohort_name) -> CohortSurveyResults   (UserError: no such cohort)

    CohortSurveyResults   cohort, programme, academic_year: str
                          students: int         current (not archived) student teachers in it
                          answered_pre, answered_post: int   how many gave a response per phase
                          benefits: tuple[BenefitResult, ...]   in BENEFITS order
                          comments: tuple[SurveyComment, ...]   pre first, then by date
    BenefitResult         key, label: str; pre, post: Share; study_2013: float (0.64 = 64 %)
    Share                 agreeing, answering: int; share: float | None (None: nobody answered)
    SurveyComment         phase ("pre" / "post"), answered_on: date, text: str

Comments carry no names: the results go to people outside the module (the NSO).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from itepad.errors import UserError
from itepad.services.student_lookup import student_name
from itepad.store.concurrency import versioned_update
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models_survey import SurveyPhase

RESPONSE = TABLES["impact_survey_response"]
STUDENT = TABLES["student_teacher"]
COHORT = TABLES["cohort"]

AGREEING = 4  # answers from this up count as agreeing
# The scale and the statements are English; the interface translates them where it shows them
# (they are listed in LABEL_TABLES of packaging/update_translations.py).
SCALE = (
    "Strongly disagree",
    "Disagree",
    "Neither agree nor disagree",
    "Agree",
    "Strongly agree",
)
PHASE_LABEL: dict[str, str] = {SurveyPhase.PRE: "Before", SurveyPhase.POST: "After"}


@dataclass(frozen=True)
class Benefit:
    key: str  # the column of impact_survey_response
    label: str
    pre: str  # the statement before the module
    post: str  # the statement after it
    study_2013: float  # share of teachers naming it in the 2013 impact study

    def statement(self, phase: str) -> str:
        return self.pre if phase == SurveyPhase.PRE else self.post


BENEFITS = (
    Benefit(
        "networking",
        "Networking across Europe",
        "I expect eTwinning to help me build a network of teachers across Europe.",
        "eTwinning helped me build a network of teachers across Europe.",
        0.64,
    ),
    Benefit(
        "ict_skills",
        "New or improved ICT skills",
        "I expect eTwinning to give me new or better ICT skills.",
        "eTwinning gave me new or better ICT skills.",
        0.60,
    ),
    Benefit(
        "pupils",
        "Impact on pupils",
        "I expect eTwinning projects to improve my pupils' skills or motivation.",
        "eTwinning project work improved my pupils' skills or motivation.",
        0.55,
    ),
    Benefit(
        "community",
        "International teaching community",
        "I expect eTwinning to make me feel part of an international teaching community.",
        "eTwinning made me feel part of an international teaching community.",
        0.55,
    ),
    Benefit(
        "languages",
        "Foreign language skills",
        "I expect eTwinning to improve my foreign language skills.",
        "eTwinning improved my foreign language skills.",
        0.54,
    ),
)
KEYS = tuple(benefit.key for benefit in BENEFITS)

Answers = tuple[int | None, ...]  # one per benefit, in BENEFITS order


def parse_answer(text: str, where: str) -> int | None:
    """An answer typed or imported as text: "1" to "5", or blank for no answer."""
    cleaned = text.strip()
    if not cleaned:
        return None
    if cleaned in {"1", "2", "3", "4", "5"}:
        return int(cleaned)
    raise UserError(f"{where}: {text!r} is not an answer from 1 to 5 (leave it blank for none).")


# --- one student teacher -------------------------------------------------------------------


@dataclass(frozen=True)
class Response:
    id: int
    version: int
    phase: str
    answered_on: date
    answers: Answers
    comments: str


@dataclass(frozen=True)
class StudentSurvey:
    student_id: int
    name: str
    pre: Response | None
    post: Response | None

    def response(self, phase: str) -> Response | None:
        return self.pre if phase == SurveyPhase.PRE else self.post


def student_survey(db: Database, student_id: int) -> StudentSurvey:
    with db.engine.connect() as conn:
        name = student_name(conn, student_id)
        found = {
            row.phase: Response(
                row.id,
                row.version,
                row.phase,
                row.answered_on,
                tuple(getattr(row, key) for key in KEYS),
                row.comments,
            )
            for row in conn.execute(select(RESPONSE).where(RESPONSE.c.student_id == student_id))
        }
    return StudentSurvey(
        student_id,
        name,
        found.get(SurveyPhase.PRE),
        found.get(SurveyPhase.POST),
    )


@dataclass(frozen=True)
class ResponseEntry:
    phase: str
    answered_on: date
    answers: Answers
    comments: str = ""


def _checked(entry: ResponseEntry, today: date) -> dict[str, Any]:
    if entry.phase not in set(SurveyPhase):
        raise UserError(f"Phase: {entry.phase!r} is neither 'pre' nor 'post'.")
    if len(entry.answers) != len(BENEFITS):
        raise UserError(f"A response has {len(BENEFITS)} answers, not {len(entry.answers)}.")
    for benefit, answer in zip(BENEFITS, entry.answers, strict=True):
        if answer is not None and (
            isinstance(answer, bool) or not isinstance(answer, int) or not 1 <= answer <= 5
        ):
            raise UserError(f"{benefit.label}: {answer!r} is not an answer from 1 to 5 or blank.")
    if entry.answered_on > today:
        raise UserError(f"Date: {entry.answered_on:%d %b %Y} is in the future.")
    return {
        "phase": entry.phase,
        "answered_on": entry.answered_on,
        **dict(zip(KEYS, entry.answers, strict=True)),
        "comments": entry.comments.strip(),
    }


def save_response(
    db: Database,
    student_id: int,
    entry: ResponseEntry,
    expected_version: int | None,
    *,
    today: date | None = None,
) -> int:
    """Record a new response (expected_version None) or change one; returns its version."""
    values = _checked(entry, today or date.today())
    what = f"The {PHASE_LABEL[entry.phase].lower()} survey of student teacher {student_id}"
    with db.engine.begin() as conn:
        current = conn.execute(
            select(RESPONSE.c.id).where(
                RESPONSE.c.student_id == student_id, RESPONSE.c.phase == entry.phase
            )
        ).first()
        if expected_version is None:
            if current is not None:
                raise UserError(f"{what} was recorded by someone else meanwhile; reload it.")
            try:
                conn.execute(insert(RESPONSE).values(student_id=student_id, version=1, **values))
            except IntegrityError as exc:  # the student teacher is gone, or a racing insert
                raise UserError(f"{what} could not be recorded: reload and try again.") from exc
            return 1
        if current is None:
            raise UserError(f"{what} was deleted by someone else meanwhile.")
        return versioned_update(conn, RESPONSE, current.id, expected_version, values)


# --- a cohort ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Share:
    agreeing: int
    answering: int

    @property
    def share(self) -> float | None:
        return self.agreeing / self.answering if self.answering else None


@dataclass(frozen=True)
class BenefitResult:
    key: str
    label: str
    pre: Share
    post: Share
    study_2013: float


@dataclass(frozen=True)
class SurveyComment:
    phase: str
    answered_on: date
    text: str


@dataclass(frozen=True)
class CohortSurveyResults:
    cohort: str
    programme: str
    academic_year: str
    students: int
    answered_pre: int
    answered_post: int
    benefits: tuple[BenefitResult, ...]
    comments: tuple[SurveyComment, ...]


def cohort_names(db: Database) -> tuple[str, ...]:
    with db.engine.connect() as conn:
        return tuple(conn.scalars(select(COHORT.c.name).order_by(COHORT.c.name)))


def cohort_results(db: Database, cohort_name: str) -> CohortSurveyResults:
    """The survey of a cohort's current student teachers, per benefit and phase."""
    with db.engine.connect() as conn:
        cohort = conn.execute(
            select(COHORT.c.id, COHORT.c.programme, COHORT.c.academic_year).where(
                COHORT.c.name == cohort_name
            )
        ).first()
        if cohort is None:
            raise UserError(f"Cohort: there is no cohort named {cohort_name!r}.")
        current = (STUDENT.c.cohort_id == cohort.id) & STUDENT.c.archived_at.is_(None)
        students = conn.execute(select(func.count()).where(current)).scalar_one()
        rows = conn.execute(
            select(RESPONSE)
            .join(STUDENT, STUDENT.c.id == RESPONSE.c.student_id)
            .where(current)
            .order_by(RESPONSE.c.answered_on, RESPONSE.c.id)
        ).all()
    by_phase = {phase: [row for row in rows if row.phase == phase] for phase in SurveyPhase}

    def share(phase: SurveyPhase, key: str) -> Share:
        answers = [getattr(row, key) for row in by_phase[phase]]
        given = [answer for answer in answers if answer is not None]
        return Share(sum(answer >= AGREEING for answer in given), len(given))

    return CohortSurveyResults(
        cohort=cohort_name,
        programme=cohort.programme,
        academic_year=cohort.academic_year,
        students=students,
        answered_pre=len(by_phase[SurveyPhase.PRE]),
        answered_post=len(by_phase[SurveyPhase.POST]),
        benefits=tuple(
            BenefitResult(
                b.key,
                b.label,
                share(SurveyPhase.PRE, b.key),
                share(SurveyPhase.POST, b.key),
                b.study_2013,
            )
            for b in BENEFITS
        ),
        comments=tuple(
            SurveyComment(row.phase, row.answered_on, row.comments.strip())
            for phase in SurveyPhase
            for row in by_phase[phase]
            if row.comments.strip()
        ),
    )
