"""Review copies sent and returned: what is recorded, stored, and refused (with nothing written)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import func, select, text, update

from itepad.errors import UserError
from itepad.reports.portfolio_options import PortfolioOptions
from itepad.reports.review_form import (
    HASH_FIELD,
    READ_FIELD,
    REFLECTION_FIELD,
    STUDENT_FIELD,
    TOKEN_FIELD,
    choice_field,
    comment_field,
)
from itepad.services.demo import fill_demo
from itepad.services.portfolio import portfolio_data, write_portfolio
from itepad.services.portfolio_review import (
    cohort_reviews,
    content_hash,
    review_comments,
    set_resolved,
    write_review_copy,
)
from itepad.services.review_import import import_review
from itepad.store.concurrency import ConflictError
from itepad.store.contents import TABLES, user_tables
from itepad.store.database import Database

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 12, 2, 10, 30, tzinfo=UTC)
ANSWERS = {
    choice_field("summary"): "/agree",
    choice_field("modules"): "/change",
    comment_field("modules"): "Session 3: I was there.\r\nPlease correct it. Łódź, Київ",
    REFLECTION_FIELD: "I learned to plan with partners.",
    READ_FIELD: "/Yes",
}


@pytest.fixture
def demo(db: Database) -> Database:
    fill_demo(db, students=8, seed=3, today=TODAY)
    return db


def _emails(db: Database) -> list[str]:
    """Student teachers without a demo review, by id."""
    with db.engine.connect() as conn:
        return list(
            conn.scalars(
                text(
                    "SELECT email FROM student_teacher WHERE id NOT IN "
                    "(SELECT student_id FROM portfolio_review) ORDER BY id"
                )
            )
        )


def _fill(source: Path, out: Path, values: dict[str, str], *, incremental: bool = False) -> Path:
    """Fill fields the way a PDF reader saves them: rewritten, or appended as an update."""
    writer = PdfWriter(source, incremental=True) if incremental else PdfWriter(clone_from=source)
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=not incremental)
    writer.write(out)
    return out


def _snapshot(db: Database) -> dict[str, list[Any]]:
    with db.engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key))]
            for t in user_tables()
            if not t.name.startswith("audit")
        }


@pytest.fixture
def sent(demo: Database, tmp_path: Path) -> tuple[Database, str, Path]:
    email = _emails(demo)[0]
    out = tmp_path / "copy.pdf"
    write_review_copy(demo, email, out, now=NOW)
    return demo, email, out


def test_a_review_copy_is_recorded(sent: tuple[Database, str, Path]) -> None:
    db, email, out = sent
    fields = PdfReader(out).get_fields() or {}
    with db.engine.connect() as conn:
        review = conn.execute(
            select(TABLES["portfolio_review"]).where(
                TABLES["portfolio_review"].c.token == fields[TOKEN_FIELD]["/V"]
            )
        ).one()
    assert review.content_hash == fields[HASH_FIELD]["/V"]
    assert review.content_hash == content_hash(portfolio_data(db, email))
    assert fields[STUDENT_FIELD]["/V"] == email
    assert review.returned_at is None
    assert review.sections.split(",")[0] == "summary"


@pytest.mark.parametrize("incremental", [False, True])
def test_returned_answers_are_stored(
    sent: tuple[Database, str, Path], tmp_path: Path, incremental: bool
) -> None:
    db, email, out = sent
    filled = _fill(out, tmp_path / "filled.pdf", ANSWERS, incremental=incremental)
    outcome = import_review(db, filled, now=NOW)
    assert not outcome.already_imported and not outcome.changed_since_sent
    assert outcome.change_requests == 1 and outcome.read_confirmed
    student_id = _student_id(db, email)
    comments = review_comments(db, [student_id])
    assert [(c.section, c.choice) for c in comments] == [("modules", "change")]
    assert comments[0].comment == "Session 3: I was there.\nPlease correct it. Łódź, Київ"
    assert comments[0].returned_at.date() == NOW.date()
    data = portfolio_data(db, email)
    assert data.review_confirmed_on == NOW.date()
    (mine,) = [r for r in data.reflections if r.from_review]
    assert mine.body == "I learned to plan with partners." and mine.written_on == NOW.date()
    # What came back is not a change of the portfolio itself.
    assert content_hash(data) == content_hash(portfolio_data(db, email))
    with db.engine.connect() as conn:
        summary = conn.execute(
            text("SELECT count(*) FROM portfolio_review_answer a JOIN portfolio_review r "
                 "ON r.id = a.review_id WHERE r.student_id = :s"), {"s": student_id}
        ).scalar_one()  # fmt: skip
    assert summary == 2  # the blank parts are not stored


def test_the_same_file_twice_changes_nothing(
    sent: tuple[Database, str, Path], tmp_path: Path
) -> None:
    db, _, out = sent
    filled = _fill(out, tmp_path / "filled.pdf", ANSWERS)
    import_review(db, filled, now=NOW)
    before = _snapshot(db)
    again = import_review(db, filled, now=datetime(2026, 12, 9, tzinfo=UTC))
    assert again.already_imported
    assert "already imported" in again.message()
    assert _snapshot(db) == before


def test_other_answers_to_a_returned_copy_are_refused(
    sent: tuple[Database, str, Path], tmp_path: Path
) -> None:
    db, _, out = sent
    import_review(db, _fill(out, tmp_path / "a.pdf", ANSWERS), now=NOW)
    before = _snapshot(db)
    other = _fill(out, tmp_path / "b.pdf", {**ANSWERS, REFLECTION_FIELD: "Something else"})
    with pytest.raises(UserError, match="already returned"):
        import_review(db, other, now=NOW)
    assert _snapshot(db) == before


def _tampered(out: Path, target: Path, field: str, value: str) -> Path:
    """A form with a hidden field changed, the way a determined user could."""
    writer = PdfWriter(clone_from=out)
    for page in writer.pages:
        for annot in page.get("/Annots", []):
            widget = annot.get_object()
            if widget.get("/T") == field:
                from pypdf.generic import NameObject, TextStringObject

                widget[NameObject("/V")] = TextStringObject(value)
    writer.write(target)
    return target


def test_refusals_write_nothing(sent: tuple[Database, str, Path], tmp_path: Path) -> None:
    db, email, out = sent
    other_email = _emails(db)[1]
    other_copy = tmp_path / "other.pdf"
    write_review_copy(db, other_email, other_copy, now=NOW)
    other_token = (PdfReader(other_copy).get_fields() or {})[TOKEN_FIELD]["/V"]
    plain = tmp_path / "plain.pdf"
    write_portfolio(db, email, plain, PortfolioOptions(sections=frozenset({"summary"})))
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("Dear teacher, here is my review.", encoding="utf-8")
    truncated = tmp_path / "truncated.pdf"
    whole = _fill(out, tmp_path / "filled.pdf", ANSWERS).read_bytes()
    truncated.write_bytes(whole[: len(whole) // 2])
    cases = [
        (_tampered(out, tmp_path / "t1.pdf", TOKEN_FIELD, other_token), STUDENT_FIELD),
        (_tampered(out, tmp_path / "t2.pdf", TOKEN_FIELD, "made-up"), TOKEN_FIELD),
        (_tampered(out, tmp_path / "t3.pdf", STUDENT_FIELD, other_email), STUDENT_FIELD),
        (_tampered(out, tmp_path / "t4.pdf", HASH_FIELD, "0" * 64), HASH_FIELD),
        (plain, TOKEN_FIELD),
        (not_pdf, "not a PDF"),
        (truncated, "incomplete"),
    ]
    before = _snapshot(db)
    for path, named in cases:
        with pytest.raises(UserError) as caught:
            import_review(db, path, now=NOW)
        assert str(path) in str(caught.value) and named in str(caught.value), path.name
        assert _snapshot(db) == before, path.name


def test_a_changed_portfolio_is_reported(sent: tuple[Database, str, Path], tmp_path: Path) -> None:
    db, email, out = sent
    with db.engine.begin() as conn:
        conn.execute(
            update(TABLES["student_teacher"])
            .where(TABLES["student_teacher"].c.email == email)
            .values(student_number="CHANGED-1")
        )
    outcome = import_review(db, _fill(out, tmp_path / "filled.pdf", ANSWERS), now=NOW)
    assert outcome.changed_since_sent
    assert "changed since" in outcome.message()
    with db.engine.connect() as conn:
        assert (
            conn.execute(
                select(func.count()).where(TABLES["portfolio_review"].c.changed_since_sent)
            ).scalar_one()
            == 1
        )


def test_a_failed_copy_records_nothing(demo: Database, tmp_path: Path) -> None:
    before = _snapshot(demo)
    with pytest.raises(OSError):
        write_review_copy(demo, _emails(demo)[0], tmp_path / "missing" / "copy.pdf")
    assert _snapshot(demo) == before


def test_follow_up_per_cohort_and_resolving(
    sent: tuple[Database, str, Path], tmp_path: Path
) -> None:
    db, email, out = sent
    import_review(db, _fill(out, tmp_path / "filled.pdf", ANSWERS), now=NOW)
    with db.engine.connect() as conn:
        cohort = conn.execute(
            text("SELECT c.name FROM cohort c JOIN student_teacher s ON s.cohort_id = c.id "
                 "WHERE s.email = :e"), {"e": email}
        ).scalar_one()  # fmt: skip
    reviews = cohort_reviews(db, cohort)
    mine = next(s for s in reviews.students if s.email == email)
    assert (mine.sent, mine.returned, mine.open_requests) == (1, 1, 1)
    assert reviews.sent == reviews.returned + reviews.outstanding
    (request,) = [c for c in review_comments(db, [mine.student_id]) if c.is_change_request]
    version = set_resolved(db, request.answer_id, request.version, True, by="me", now=NOW)
    (done,) = [c for c in review_comments(db, [mine.student_id]) if c.is_change_request]
    assert done.resolved_at is not None and done.resolved_by == "me"
    with pytest.raises(ConflictError):
        set_resolved(db, request.answer_id, request.version, False)  # a stale version
    set_resolved(db, request.answer_id, version, False)
    assert (
        next(s for s in cohort_reviews(db, cohort).students if s.email == email).open_requests == 1
    )


def test_demo_reviews_match_their_portfolios(demo: Database) -> None:
    with demo.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT r.content_hash, s.email, r.returned_at FROM portfolio_review r "
                 "JOIN student_teacher s ON s.id = r.student_id")
        ).all()  # fmt: skip
    assert rows and any(r.returned_at is None for r in rows)
    for digest, email, _ in rows:
        assert digest == content_hash(portfolio_data(demo, email))


def _student_id(db: Database, email: str) -> int:
    with db.engine.connect() as conn:
        return int(
            conn.execute(
                select(TABLES["student_teacher"].c.id).where(
                    TABLES["student_teacher"].c.email == email
                )
            ).scalar_one()
        )
