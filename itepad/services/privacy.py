"""GDPR erasure: anonymise one student teacher while cohort statistics stay countable.

What identifies or was written by the person goes (names, email, numbers, evidence, reflections,
observations, assessments' notes, remarks, comments, meetings held with them alone); what the
cohort's figures are made of stays, tied to an anonymous record (enrolments, attendance marks,
eTwinning registration status, competence levels).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, or_, select, text, update

from itepad.errors import UserError
from itepad.services.undo import forget_student_everywhere
from itepad.store.audit import audit_label
from itepad.store.contents import TABLES
from itepad.store.database import Database

ERASED_DOMAIN = "erased.invalid"  # RFC 2606: never a real mailbox
# In the audit trail, text about the person goes; codes, dates and numbers stay countable.
KEPT_TEXT = frozenset(
    {"status", "kind", "etwinning_status", "model", "phase", "level", "result", "role", "mode"}
    | {"review_status", "language", "section", "choice", "criterion", "assessor_kind"}
    | {"level_code", "code"}
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}([ T][\d:.+-]*)?$")


@dataclass(frozen=True)
class ErasureReport:
    student_id: int
    deleted: dict[str, int]


def _student_id(conn: Connection, email: str) -> int:
    st = TABLES["student_teacher"]
    row = conn.execute(
        select(st.c.id, st.c.anonymised_at).where(func.lower(st.c.email) == email.strip().lower())
    ).first()
    if row is None:
        raise UserError(f"No student teacher with the email {email!r} in this database.")
    if row.anonymised_at is not None:
        raise UserError(f"{email} has already been erased.")
    return int(row.id)


def check_erasable(db: Database, email: str) -> int:
    """The id of the student teacher `erase_student` would erase; UserError if none."""
    with db.engine.connect() as conn:
        return _student_id(conn, email)


def _meetings_with_only(conn: Connection, student_id: int) -> list[int]:
    """Meetings whose only mentee is this student: their notes are about them alone."""
    mm = TABLES["meeting_mentee"]
    mine = select(mm.c.meeting_id).where(mm.c.student_id == student_id)
    solo = (
        select(mm.c.meeting_id)
        .where(mm.c.meeting_id.in_(mine))
        .group_by(mm.c.meeting_id)
        .having(func.count() == 1)
    )
    return [int(r[0]) for r in conn.execute(solo)]


def erase_student(db: Database, email: str) -> ErasureReport:
    """Anonymise the student teacher with `email`, in one transaction."""
    deleted: dict[str, int] = {}
    with audit_label("Erase a student teacher"), db.engine.begin() as conn:
        sid = _student_id(conn, email)
        solo_meetings = _meetings_with_only(conn, sid)
        mt = TABLES["mentoring_meeting"]
        deleted["mentoring_meeting"] = conn.execute(
            delete(mt).where(mt.c.id.in_(solo_meetings))
        ).rowcount
        for name in ("meeting_mentee", "evidence", "reflection", "lesson_observation"):
            table = TABLES[name]
            deleted[table.name] = conn.execute(
                delete(table).where(table.c.student_id == sid)
            ).rowcount
        ca = TABLES["competence_assessment"]
        conn.execute(update(ca).where(ca.c.student_id == sid).values(note=""))
        en = TABLES["enrolment"]
        conn.execute(update(en).where(en.c.student_id == sid).values(final_comment=""))
        pm = TABLES["project_member"]
        conn.execute(update(pm).where(pm.c.student_id == sid).values(contribution=""))
        _clear_attendance_remarks(conn, sid)
        st = TABLES["student_teacher"]
        person = conn.execute(select(st).where(st.c.id == sid)).one()._mapping
        conn.execute(
            update(st)
            .where(st.c.id == sid)
            .values(
                **_anonymous(sid),
                consent_photos=False,
                consent_publication=False,
                consent_partner_sharing=False,
                retention_until=None,
                anonymised_at=datetime.now(UTC),
                version=st.c.version + 1,
            )
        )
        # Last, so that the erasure's own entries are scrubbed too.
        _scrub_audit_trail(conn, sid, solo_meetings, person)
    forget_student_everywhere(db, sid)
    return ErasureReport(sid, deleted)


def _anonymous(student_id: int) -> dict[str, str]:
    return {
        "given_name": "Erased",
        "family_name": f"student teacher {student_id}",
        "email": f"erased-{student_id}@{ERASED_DOMAIN}",
        "student_number": "",
        "languages": "",
        "placement_school": "",
    }


def _scrubbed(table: str, row: dict[str, Any] | None, student_id: int) -> str | None:
    if row is None:
        return None
    if table == "student_teacher":
        return json.dumps({**row, **_anonymous(student_id)})
    return json.dumps(
        {
            key: ""
            if isinstance(value, str) and key not in KEPT_TEXT and not _DATE.match(value)
            else value
            for key, value in row.items()
        }
    )


def _scrub_audit_trail(
    conn: Connection, student_id: int, solo_meetings: list[int], person: Any
) -> None:
    """Entries about the person (their records, meetings held with them alone) keep what
    happened when, but no longer what identifies them or was written about them."""
    entry = TABLES["audit_entry"]
    about = or_(entry.c.student_id == student_id, entry.c.meeting_id.in_(solo_meetings))
    rows = conn.execute(
        select(entry.c.id, entry.c.table_name, entry.c.before, entry.c.after).where(about)
    ).all()
    for row in rows:
        conn.execute(
            update(entry)
            .where(entry.c.id == row.id)
            .values(
                before=_scrubbed(row.table_name, _json(row.before), student_id),
                after=_scrubbed(row.table_name, _json(row.after), student_id),
                anonymised=True,
            )
        )
    # A label a caller gave may name the person.
    full = f"{person.given_name} {person.family_name}".strip()
    names = [full, person.email, person.family_name, person.given_name]
    changesets = TABLES["audit_changeset"]
    labelled = conn.execute(
        text(
            "SELECT id, label FROM audit_changeset WHERE label <> '' AND id IN "
            "(SELECT changeset_id FROM audit_entry WHERE id IN :ids)"
        ).bindparams(bindparam("ids", expanding=True)),
        {"ids": [row.id for row in rows] or [0]},
    ).all()
    for changeset_id, label in labelled:
        for name in names:
            label = label.replace(name, f"student teacher {student_id}") if name else label
        conn.execute(update(changesets).where(changesets.c.id == changeset_id).values(label=label))


def _json(value: str | None) -> dict[str, Any] | None:
    return json.loads(value) if value is not None else None


def _clear_attendance_remarks(conn: Connection, student_id: int) -> None:
    at = TABLES["attendance"]
    en = TABLES["enrolment"]
    enrolments = select(en.c.id).where(en.c.student_id == student_id)
    conn.execute(update(at).where(at.c.enrolment_id.in_(enrolments)).values(remark=""))
