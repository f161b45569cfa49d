"""Portfolio review copies: write and record them, and follow up what came back.

A review copy is the portfolio PDF with fillable fields (reports/review_form.py). Writing one
records a portfolio_review row with a random token and the hash of the portfolio content it was
made from; services/review_import.py reads the returned form against that row.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, insert, select

from itepad.atomic import atomic_write_path
from itepad.reports.data import PortfolioData
from itepad.reports.headings import Words
from itepad.reports.portfolio_options import PortfolioOptions, Section
from itepad.reports.review_form import ReviewIdentity
from itepad.services.portfolio import find_student, portfolio_data
from itepad.services.portfolio_batch import cohort_students
from itepad.store.concurrency import versioned_update
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models_review import ReviewChoice

REVIEWS = TABLES["portfolio_review"]
ANSWERS = TABLES["portfolio_review_answer"]
STUDENTS = TABLES["student_teacher"]


def content_hash(data: PortfolioData) -> str:
    """SHA-256 of what the portfolio says, so "changed since sent" means the content changed.

    Left out: the day it was generated, and what a returned review itself added (the
    confirmation, the final reflection), which would otherwise change it by coming back.
    """
    plain = replace(
        data,
        generated_on=date.min,
        review_confirmed_on=None,
        reflections=tuple(r for r in data.reflections if not r.from_review),
    )
    text = json.dumps(asdict(plain), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def review_sections(options: PortfolioOptions) -> list[Section]:
    """The parts of a review copy that get a choice and a comment box, in print order."""
    return [s for s in Section if s is not Section.CONTENTS and options.has(s)]


@dataclass(frozen=True)
class SentReview:
    path: Path
    token: str
    content_hash: str


def write_review_copy(
    db: Database,
    email: str,
    out: Path,
    options: PortfolioOptions | None = None,
    *,
    now: datetime | None = None,
) -> SentReview:
    """Write a fillable review copy of one portfolio and record it as sent.

    The PDF and the record appear together: if either fails, neither is there.
    """
    from itepad.reports.portfolio import build_portfolio

    options = replace(options or PortfolioOptions(), review=True)
    with db.session() as session:
        student = find_student(session, email)
        student_id = student.id
    data = portfolio_data(db, email)
    identity = ReviewIdentity(secrets.token_urlsafe(18), data.email, content_hash(data))
    with atomic_write_path(Path(out)) as temporary:
        build_portfolio(data, temporary, options=options, review=identity)
        with db.engine.begin() as conn:
            conn.execute(
                insert(REVIEWS).values(
                    student_id=student_id,
                    token=identity.token,
                    content_hash=identity.content_hash,
                    sections=",".join(review_sections(options)),
                    language=Words(options.language).language,
                    sent_at=now or datetime.now(UTC),
                    answers_hash="",
                    changed_since_sent=False,
                    read_confirmed=False,
                    version=1,
                )
            )
    return SentReview(Path(out), identity.token, identity.content_hash)


# --- follow-up ------------------------------------------------------------------------------


@dataclass(frozen=True)
class StudentReviews:
    """One student teacher's review copies: how many went out and came back."""

    student_id: int
    email: str
    name: str
    sent: int
    returned: int
    last_sent_at: datetime | None
    last_returned_at: datetime | None
    confirmed_on: date | None  # the latest "I have read my portfolio"
    open_requests: int

    @property
    def outstanding(self) -> int:
        return self.sent - self.returned


@dataclass(frozen=True)
class CohortReviews:
    cohort: str
    students: tuple[StudentReviews, ...]

    @property
    def sent(self) -> int:
        return sum(s.sent for s in self.students)

    @property
    def returned(self) -> int:
        return sum(s.returned for s in self.students)

    @property
    def outstanding(self) -> int:
        return self.sent - self.returned


def cohort_reviews(db: Database, cohort: str) -> CohortReviews:
    """Per student teacher of `cohort` (by family name): review copies sent and returned."""
    refs = cohort_students(db, cohort)
    with db.engine.connect() as conn:
        ids = dict(
            conn.execute(
                select(STUDENTS.c.email, STUDENTS.c.id).where(
                    STUDENTS.c.email.in_([r.email for r in refs])
                )
            ).all()
        )
        reviews = conn.execute(
            select(REVIEWS).where(REVIEWS.c.student_id.in_(list(ids.values())))
        ).all()
        open_requests: dict[int, int] = dict(
            conn.execute(
                select(REVIEWS.c.student_id, func.count())
                .join(ANSWERS, ANSWERS.c.review_id == REVIEWS.c.id)
                .where(
                    REVIEWS.c.student_id.in_(list(ids.values())),
                    ANSWERS.c.choice == ReviewChoice.CHANGE,
                    ANSWERS.c.resolved_at.is_(None),
                )
                .group_by(REVIEWS.c.student_id)
            ).all()
        )
    rows = []
    for ref in refs:
        student_id = ids[ref.email]
        own = [r for r in reviews if r.student_id == student_id]
        back = [r for r in own if r.returned_at is not None]
        confirmed = [r.confirmed_on for r in back if r.read_confirmed and r.confirmed_on]
        rows.append(
            StudentReviews(
                student_id=student_id,
                email=ref.email,
                name=ref.full_name,
                sent=len(own),
                returned=len(back),
                last_sent_at=max((r.sent_at for r in own), default=None),
                last_returned_at=max((r.returned_at for r in back), default=None),
                confirmed_on=max(confirmed, default=None),
                open_requests=int(open_requests.get(student_id, 0)),
            )
        )
    return CohortReviews(cohort, tuple(rows))


@dataclass(frozen=True)
class ReviewComment:
    """A section's answer with a change request or a comment, for the educator to act on."""

    answer_id: int
    version: int
    student: str
    email: str
    section: str
    choice: str
    comment: str
    returned_at: datetime
    resolved_at: datetime | None
    resolved_by: str

    @property
    def is_change_request(self) -> bool:
        return self.choice == ReviewChoice.CHANGE


def review_comments(db: Database, student_ids: list[int]) -> list[ReviewComment]:
    """Change requests and comments of the given student teachers, newest return first."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(
                ANSWERS,
                REVIEWS.c.returned_at,
                STUDENTS.c.email,
                STUDENTS.c.given_name,
                STUDENTS.c.family_name,
            )
            .join(REVIEWS, REVIEWS.c.id == ANSWERS.c.review_id)
            .join(STUDENTS, STUDENTS.c.id == REVIEWS.c.student_id)
            .where(
                REVIEWS.c.student_id.in_(student_ids),
                (ANSWERS.c.choice == ReviewChoice.CHANGE) | (func.trim(ANSWERS.c.comment) != ""),
            )
            .order_by(REVIEWS.c.returned_at.desc(), ANSWERS.c.id)
        ).all()
    return [
        ReviewComment(
            answer_id=row.id,
            version=row.version,
            student=f"{row.given_name} {row.family_name}".strip(),
            email=row.email,
            section=row.section,
            choice=row.choice,
            comment=row.comment,
            returned_at=row.returned_at,
            resolved_at=row.resolved_at,
            resolved_by=row.resolved_by,
        )
        for row in rows
    ]


def set_resolved(
    db: Database,
    answer_id: int,
    version: int,
    resolved: bool,
    *,
    by: str = "",
    now: datetime | None = None,
) -> int:
    """Mark a comment resolved (or open again); returns the new version (ConflictError if
    someone else changed it first)."""
    values = (
        {"resolved_at": now or datetime.now(UTC), "resolved_by": by}
        if resolved
        else {"resolved_at": None, "resolved_by": ""}
    )
    with db.engine.begin() as conn:
        return versioned_update(conn, ANSWERS, answer_id, version, values)
