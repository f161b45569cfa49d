"""Name a changeset from its entries: "Edit student teacher Anna Nowak", "Mark 12 students
present", "Delete session 'Partner call' and 12 related records".

A caller may have given a label (store/audit.audit_label); otherwise the changeset is named
from its main table (the first of SUBJECTS it touches) when it is shown. Names come from the
stored entries, so after an erasure they show the anonymised values.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, text

from itepad.store.contents import TABLES, data_tables

# Tables a person thinks of as "the thing changed", most telling first.
SUBJECTS = (
    "student_teacher",
    "module",
    "mentoring_meeting",
    "module_session",
    "attendance",
    "enrolment",
    "etwinning_project",
    "lesson_observation",
    "evidence",
    "reflection",
    "portfolio_review",
    "impact_survey_response",
    "cohort",
    "teacher_educator",
    "institution",
)
NOUNS = {
    "student_teacher": ("student teacher", "student teachers"),
    "module_session": ("session", "sessions"),
    "attendance": ("attendance mark", "attendance marks"),
    "mentoring_meeting": ("mentoring meeting", "mentoring meetings"),
    "etwinning_project": ("eTwinning project", "eTwinning projects"),
    "evidence": ("evidence item", "evidence items"),
    "impact_survey_response": ("survey answer", "survey answers"),
}
VERBS = {"insert": "Add", "update": "Edit", "delete": "Delete"}


def noun(table: str, count: int = 1) -> str:
    single, plural = NOUNS.get(table, (table.replace("_", " "), table.replace("_", " ") + "s"))
    return single if count == 1 else plural


def record_name(table: str, row: dict[str, Any] | None) -> str:
    """How a person recognises one record: a name, a code, a quoted title, or ''."""
    if not row:
        return ""
    if table == "student_teacher":
        return f"{row.get('given_name', '')} {row.get('family_name', '')}".strip()
    if table == "mentoring_meeting" and row.get("held_at"):
        return f"of {str(row['held_at'])[:10]}"
    for field in ("code", "name"):
        if row.get(field):
            return str(row[field])
    if row.get("title"):
        return f"'{row['title']}'"
    return ""


@dataclass(frozen=True)
class _Group:
    table: str
    operation: str
    count: int
    sample: dict[str, Any] | None  # the row of the group's first entry
    statuses: frozenset[Any]  # attendance: the status ids written


def _groups(conn: Connection, changeset_id: int) -> list[_Group]:
    rows = conn.execute(
        text(
            "SELECT table_name, operation, before, after FROM audit_entry "
            "WHERE changeset_id = :c ORDER BY id"
        ),
        {"c": changeset_id},
    )
    found: dict[tuple[str, str], list[Any]] = {}
    for table, operation, before, after in rows:
        row = json.loads(after if after is not None else before)
        if table == "attendance" and operation == "insert":
            operation = "update"  # a new mark and a changed one are both "marking"
        group = found.setdefault((table, operation), [0, row, set()])
        group[0] += 1
        if table == "attendance" and after is not None:
            group[2].add(row.get("status_id"))
    return [
        _Group(t, op, count, sample, frozenset(statuses))
        for (t, op), (count, sample, statuses) in found.items()
    ]


def _status_label(conn: Connection, status_id: Any) -> str:
    table = TABLES["attendance_status"]
    label = conn.execute(table.select().where(table.c.id == status_id)).first()
    return str(label.label).lower() if label is not None else "marked"


def _main_group(groups: list[_Group]) -> _Group:
    order = {t.name: n for n, t in enumerate(data_tables())}

    def rank(group: _Group) -> tuple[int, int, int, int]:
        subject = SUBJECTS.index(group.table) if group.table in SUBJECTS else len(SUBJECTS)
        # Removing a session renumbers the others: the removal is what the user did.
        weight = ("delete", "insert", "update").index(group.operation)
        return subject, order.get(group.table, 0), weight, -group.count

    return min(groups, key=rank)


def describe_changeset(conn: Connection, changeset_id: int) -> str:
    groups = _groups(conn, changeset_id)
    if not groups:
        return "No change"
    main = _main_group(groups)
    if main.table == "attendance" and main.operation != "delete" and len(main.statuses) == 1:
        status = _status_label(conn, next(iter(main.statuses)))
        people = "student" if main.count == 1 else "students"
        label = f"Mark {main.count} {people} {status}"
    elif main.count == 1:
        name = record_name(main.table, main.sample)
        label = f"{VERBS[main.operation]} {noun(main.table)} {name}".strip()
    else:
        label = f"{VERBS[main.operation]} {main.count} {noun(main.table, main.count)}"
    others = sum(g.count for g in groups) - main.count
    if others:
        label += f" and {others} related record" + ("s" if others > 1 else "")
    return label


def changeset_labels(conn: Connection, ids: Iterable[int]) -> dict[int, str]:
    """The label of each changeset: the one it was given, else one made from its entries."""
    wanted = list(ids)
    if not wanted:
        return {}
    rows = conn.execute(
        text("SELECT id, label FROM audit_changeset WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": wanted},
    )
    return {int(i): label or describe_changeset(conn, int(i)) for i, label in rows}
