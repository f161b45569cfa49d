"""Demo impact survey: most student teachers answered before their first module, many after.

The answers are drawn from a generator seeded with the student teachers' emails, so the same
demo gives the same survey whatever else the demo draws, and before it or after it.
Expectations start high for networking and languages; after the module networking, ICT skills
and the sense of community are up and languages down, roughly as the 2013 impact study found.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, Protocol

from itepad.services.impact_survey import AGREEING, BENEFITS
from itepad.store.models_survey import SurveyPhase

ANSWERED_PRE = 0.9
ANSWERED_POST = 0.75  # of those who answered before
BLANK = 0.04  # a statement left unanswered
COMMENTED = 0.3
# Chance of agreeing with each statement, in BENEFITS order.
AGREE = {
    SurveyPhase.PRE: (0.70, 0.50, 0.45, 0.55, 0.62),
    SurveyPhase.POST: (0.78, 0.68, 0.52, 0.66, 0.48),
}
COMMENTS = {
    SurveyPhase.PRE: (
        "I have never worked with teachers from another country and look forward to it.",
        "I worry that my English is not good enough for video calls.",
        "My placement school has no eTwinning experience yet.",
        "I hope to find partners for a project with my placement class.",
    ),
    SurveyPhase.POST: (
        "The partner video calls were the best part of the module.",
        "The TwinSpace took time to learn, but now I use it with my class.",
        "My pupils were excited to get letters from the partner school.",
        "We wrote mostly in English, so my own language skills changed little.",
        "I would like more time for the project next year.",
    ),
}


class _Module(Protocol):
    @property
    def starts_on(self) -> date: ...


class SurveyedStudent(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def email(self) -> str: ...
    @property
    def modules(self) -> Sequence[_Module]: ...


def survey_responses(students: Sequence[SurveyedStudent], today: date) -> list[dict[str, Any]]:
    """Rows of impact_survey_response for the demo, ids from 1."""
    rng = random.Random("impact survey " + " ".join(s.email for s in students))
    rows: list[dict[str, Any]] = []
    for student in students:
        if not student.modules or rng.random() >= ANSWERED_PRE:
            continue
        started = min(module.starts_on for module in student.modules)
        pre_on = min(started, today)
        rows.append(_response(rng, student.id, SurveyPhase.PRE, pre_on))
        if rng.random() < ANSWERED_POST:
            post_on = max(pre_on, today - timedelta(days=rng.randint(0, 10)))
            rows.append(_response(rng, student.id, SurveyPhase.POST, post_on))
    for number, row in enumerate(rows, start=1):
        row["id"] = number
    return rows


def _response(rng: random.Random, student_id: int, phase: SurveyPhase, on: date) -> dict[str, Any]:
    answers = {
        benefit.key: _answer(rng, chance)
        for benefit, chance in zip(BENEFITS, AGREE[phase], strict=True)
    }
    return {
        "student_id": student_id,
        "phase": phase,
        "answered_on": on,
        **answers,
        "comments": rng.choice(COMMENTS[phase]) if rng.random() < COMMENTED else "",
        "version": 1,
    }


def _answer(rng: random.Random, agree: float) -> int | None:
    if rng.random() < BLANK:
        return None
    if rng.random() < agree:
        return rng.choice((AGREEING, 5))
    return rng.choice((1, 2, 3, 3, 3))  # most who do not agree are undecided
