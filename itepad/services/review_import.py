"""Read a returned portfolio review copy and store what the student teacher filled in.

The form must be one this database sent: its hidden token names a recorded review, and the
student teacher and content hash beside it must be the ones recorded with that token; anything
else (a form from someone else, a changed hidden field, a PDF without the form) is refused with
the file and the field at fault, and nothing is written. The same answers imported twice change
nothing. Answers go beside the sections they concern, the final reflection among the student
teacher's reflections, all in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from sqlalchemy import insert, select

from itepad.errors import UserError
from itepad.reports.headings import Words
from itepad.reports.review_form import (
    AGREE,
    CHANGE,
    HASH_FIELD,
    READ_FIELD,
    REFLECTION_FIELD,
    STUDENT_FIELD,
    TOKEN_FIELD,
    choice_field,
    comment_field,
)
from itepad.services.portfolio import portfolio_data
from itepad.services.portfolio_review import ANSWERS, REVIEWS, STUDENTS, content_hash
from itepad.store.concurrency import versioned_update
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models import ReflectionModel
from itepad.store.models_review import ReviewChoice

MAX_TEXT = 20_000  # characters in one field: pages of text, far below what breaks anything
_TAIL_BYTES = 2048  # "%%EOF" must be this close to the end of a complete PDF
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_CHOICES = {AGREE: ReviewChoice.AGREE, CHANGE: ReviewChoice.CHANGE}


@dataclass(frozen=True)
class ReturnedForm:
    """What a returned review copy says, read from its fields."""

    token: str
    student: str
    content_hash: str
    choices: dict[str, str]  # section -> "agree", "change" or "" (left blank)
    comments: dict[str, str]  # section -> text
    reflection: str
    read_confirmed: bool

    def answers_hash(self) -> str:
        answers = {k: v for k, v in asdict(self).items() if k not in ("token", "student")}
        text = json.dumps(answers, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_review_form(path: Path) -> ReturnedForm:
    """The fields of a review copy; UserError naming the file (and field) for anything else."""
    path = Path(path)
    with path.open("rb") as handle:
        head = handle.read(5)
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - _TAIL_BYTES))
        tail = handle.read()
    if head != b"%PDF-":
        raise UserError(f"{path}: not a PDF file (a review copy is a PDF).")
    if b"%%EOF" not in tail:
        raise UserError(f"{path}: the PDF is incomplete (cut off); ask for the file again.")
    try:
        fields = PdfReader(path).get_fields() or {}
    except (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        raise UserError(f"{path}: the PDF cannot be read ({exc}).") from exc
    values = {name: field.get("/V") for name, field in fields.items()}
    if TOKEN_FIELD not in values:
        raise UserError(
            f"{path}: no itepad review form in this PDF (field {TOKEN_FIELD} is missing); "
            "only review copies written with `itepad portfolio --review` can be imported."
        )
    sections = [name.removeprefix("choice_") for name in values if name.startswith("choice_")]
    return ReturnedForm(
        token=_text(path, values, TOKEN_FIELD).strip(),
        student=_text(path, values, STUDENT_FIELD).strip(),
        content_hash=_text(path, values, HASH_FIELD).strip(),
        choices={s: _choice(path, values, choice_field(s)) for s in sections},
        comments={s: _text(path, values, comment_field(s)).strip() for s in sections},
        reflection=_text(path, values, REFLECTION_FIELD).strip(),
        read_confirmed=_checked(path, values, READ_FIELD),
    )


def _text(path: Path, values: dict[str, Any], name: str) -> str:
    value = values.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise UserError(f"{path}: field {name} holds {type(value).__name__}, not text.")
    # Readers save line breaks as \r or \r\n; control codes have no place in a comment.
    text = _CONTROL.sub("", str(value).replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) > MAX_TEXT:
        raise UserError(
            f"{path}: field {name} holds {len(text):,} characters; at most {MAX_TEXT:,} are kept."
        )
    return text


def _choice(path: Path, values: dict[str, Any], name: str) -> str:
    value = str(values.get(name) or "/Off").removeprefix("/")
    if value == "Off":
        return ReviewChoice.NONE
    if value not in _CHOICES:
        raise UserError(f"{path}: field {name} holds {value!r}; expected {AGREE} or {CHANGE}.")
    return _CHOICES[value]


def _checked(path: Path, values: dict[str, Any], name: str) -> bool:
    value = str(values.get(name) or "/Off").removeprefix("/")
    return value not in ("Off", "")


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    student: str
    email: str
    already_imported: bool
    changed_since_sent: bool
    change_requests: int
    read_confirmed: bool

    def message(self) -> str:
        if self.already_imported:
            return f"{self.path}: already imported ({self.student}); nothing changed."
        parts = [f"{self.path}: review of {self.student} imported"]
        parts.append(f"{self.change_requests} change request(s)")
        if self.read_confirmed:
            parts.append("read and confirmed")
        if self.changed_since_sent:
            parts.append("the portfolio has changed since this copy was sent")
        return "; ".join(parts) + "."


def import_review(db: Database, path: Path, *, now: datetime | None = None) -> ImportOutcome:
    """Check a returned review copy against the review it belongs to and store its answers."""
    path = Path(path)
    form = read_review_form(path)
    now = now or datetime.now(UTC)
    with db.engine.connect() as conn:
        found = conn.execute(
            select(REVIEWS, STUDENTS.c.email, STUDENTS.c.given_name, STUDENTS.c.family_name)
            .join(STUDENTS, STUDENTS.c.id == REVIEWS.c.student_id)
            .where(REVIEWS.c.token == form.token)
        ).first()
    if found is None:
        raise UserError(
            f"{path}: field {TOKEN_FIELD}: no review copy with this token was sent from this "
            "database (a copy from another database, or a changed field); nothing imported."
        )
    name = f"{found.given_name} {found.family_name}".strip()
    if form.student.casefold() != found.email.casefold():
        raise UserError(
            f"{path}: field {STUDENT_FIELD} says {form.student!r}, but this review copy was "
            f"sent to {found.email} ({name}); refused, nothing imported."
        )
    if form.content_hash != found.content_hash:
        raise UserError(
            f"{path}: field {HASH_FIELD} does not match the portfolio version this copy was "
            "sent with (the hidden field was changed); refused, nothing imported."
        )
    answers_hash = form.answers_hash()
    outcome = ImportOutcome(
        path=path,
        student=name,
        email=found.email,
        already_imported=False,
        changed_since_sent=found.changed_since_sent,
        change_requests=sum(1 for c in form.choices.values() if c == ReviewChoice.CHANGE),
        read_confirmed=form.read_confirmed,
    )
    if found.returned_at is not None:
        if found.answers_hash == answers_hash:
            return ImportOutcome(**{**asdict(outcome), "already_imported": True})
        raise UserError(
            f"{path}: this review copy of {name} was already returned on "
            f"{found.returned_at:%Y-%m-%d} with other answers; send a new review copy for "
            "further changes. Nothing imported."
        )
    changed = content_hash(portfolio_data(db, found.email)) != found.content_hash
    _store(db, found, form, answers_hash, changed, now)
    return ImportOutcome(**{**asdict(outcome), "changed_since_sent": changed})


def _store(
    db: Database, review: Any, form: ReturnedForm, answers_hash: str, changed: bool, now: datetime
) -> None:
    sections = [s for s in review.sections.split(",") if s]
    with db.engine.begin() as conn:
        reflection_id = None
        if form.reflection:
            done = conn.execute(
                insert(TABLES["reflection"]).values(
                    student_id=review.student_id,
                    written_on=now.astimezone().date(),
                    title=Words(review.language)("review_reflection_title"),
                    model=ReflectionModel.FREE,
                    body=form.reflection,
                    version=1,
                )
            )
            assert done.inserted_primary_key is not None
            reflection_id = int(done.inserted_primary_key[0])
        answers = [
            {
                "review_id": review.id,
                "section": section,
                "choice": form.choices.get(section, ReviewChoice.NONE),
                "comment": form.comments.get(section, ""),
                "resolved_by": "",
                "version": 1,
            }
            for section in sections
            if form.choices.get(section) or form.comments.get(section)
        ]
        if answers:
            conn.execute(insert(ANSWERS), answers)
        versioned_update(
            conn,
            REVIEWS,
            review.id,
            review.version,
            {
                "returned_at": now,
                "answers_hash": answers_hash,
                "changed_since_sent": changed,
                "read_confirmed": form.read_confirmed,
                "confirmed_on": now.astimezone().date() if form.read_confirmed else None,
                "reflection_id": reflection_id,
            },
        )
