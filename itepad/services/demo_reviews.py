"""Demo portfolio reviews: review copies sent to a few student teachers, some returned.

Runs after the rest of the demo is written, because a review records the hash of the portfolio
as it is in the database. Of the copies sent, one is still outstanding, one came back with an
open change request, one with a change request already resolved, and one with everything agreed,
a final reflection and the "I have read my portfolio" confirmation.
"""

from __future__ import annotations

import base64
import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select

from itepad.reports.headings import Words
from itepad.reports.portfolio_options import PortfolioOptions
from itepad.services.portfolio import portfolio_data
from itepad.services.portfolio_review import ANSWERS, REVIEWS, content_hash, review_sections
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models import ReflectionModel
from itepad.store.models_review import ReviewChoice

Rows = tuple[tuple[str, int], ...]

_REVIEWED = 4  # student teachers who get a review copy
_REQUEST = "Session 3 is marked absent, but I was there: I signed in late (see the sign-in sheet)."
_RESOLVED = "Please add the link to our TwinSpace page to the project."
_NOTE = "Thank you: the mentoring log shows well how my targets developed."
_REFLECTION = (
    "Reading my portfolio again, I see how much the project with our partners changed my "
    "planning: I now start from what the pupils can do together.\n\n"
    "Next term I want to try a TwinSpace activity with my own class."
)


def add_demo_reviews(db: Database, written: Rows, today: date, seed: int) -> Rows:
    """Add the demo reviews in one transaction; `written` with their rows counted in."""
    rng = random.Random(seed)
    with db.engine.connect() as conn:
        students = conn.execute(
            select(TABLES["student_teacher"].c.id, TABLES["student_teacher"].c.email)
            .order_by(TABLES["student_teacher"].c.id)
            .limit(_REVIEWED)
        ).all()
    hashes = [content_hash(portfolio_data(db, email)) for _, email in students]
    sections = ",".join(review_sections(PortfolioOptions()))
    added = dict.fromkeys(("reflection", "portfolio_review", "portfolio_review_answer"), 0)
    with db.engine.begin() as conn:
        for index, ((student_id, _), digest) in enumerate(zip(students, hashes, strict=True)):
            sent_on = today - timedelta(days=21 - index)
            review = {
                "student_id": student_id,
                "token": base64.urlsafe_b64encode(rng.randbytes(18)).decode("ascii"),
                "content_hash": digest,
                "sections": sections,
                "language": "en",
                "sent_at": _at(sent_on, 9),
                "answers_hash": "",
                "changed_since_sent": False,
                "read_confirmed": False,
                "version": 1,
            }
            answers = _answers(index, sent_on + timedelta(days=6))
            if answers is not None:
                returned_on = sent_on + timedelta(days=5)
                review |= {
                    "returned_at": _at(returned_on, 16),
                    "answers_hash": f"demo-{index}",  # no file was ever imported
                    "read_confirmed": True,
                    "confirmed_on": returned_on,
                }
                if index == 0:
                    review["reflection_id"] = _reflection(conn, student_id, returned_on)
                    added["reflection"] += 1
            review_id = _insert(conn, REVIEWS, review)
            added["portfolio_review"] += 1
            for answer in answers or []:
                _insert(conn, ANSWERS, {"review_id": review_id, "version": 1, **answer})
                added["portfolio_review_answer"] += 1
    counts = dict(written)
    extra = tuple((table, n) for table, n in added.items() if n and table not in counts)
    return tuple((table, n + added.get(table, 0)) for table, n in written) + extra


def _answers(index: int, resolved_on: date) -> list[dict[str, Any]] | None:
    """What student teacher `index` sent back; None: not returned yet."""
    agree = {"choice": ReviewChoice.AGREE, "comment": "", "resolved_by": ""}
    if index == 0:
        return [
            {"section": "summary", **agree},
            {"section": "mentoring", **agree, "comment": _NOTE},
        ]
    if index == 1:
        return [
            {"section": "summary", **agree},
            {"section": "modules", "choice": ReviewChoice.CHANGE, "comment": _REQUEST,
             "resolved_by": ""},
        ]  # fmt: skip
    if index == 2:
        return [
            {"section": "projects", "choice": ReviewChoice.CHANGE, "comment": _RESOLVED,
             "resolved_at": _at(resolved_on, 11), "resolved_by": "demo"},
        ]  # fmt: skip
    return None


def _reflection(conn: Any, student_id: int, written_on: date) -> int:
    return _insert(
        conn,
        TABLES["reflection"],
        {
            "student_id": student_id,
            "written_on": written_on,
            "title": Words("en")("review_reflection_title"),
            "model": ReflectionModel.FREE,
            "body": _REFLECTION,
            "version": 1,
        },
    )


def _insert(conn: Any, table: Any, values: dict[str, Any]) -> int:
    done = conn.execute(insert(table).values(values))
    assert done.inserted_primary_key is not None
    return int(done.inserted_primary_key[0])


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), UTC)
