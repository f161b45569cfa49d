"""What a mentor's signature covers, and whether a signed record has changed since.

A sign-off stores the signed content as canonical JSON (sorted keys, no spaces, UTF-8) and its
SHA-256. The content is built from the record by the functions below, so the same record always
gives the same bytes; "changed since signed" is a different hash now. The stored JSON keeps the
signed version, so the app and the PDFs can show what was signed next to what is there now.

A meeting's signature covers what was agreed (date, mentor, mentees, focus, the mentee's
pre-meeting reflection, notes, targets, actions with owners and due dates), not the later
progress on them: marking an action done does not break the signature.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

OBSERVATION_FIELDS = (
    "class_name",
    "pupils_age",
    "subject",
    "topic",
    "focus",
    "strengths",
    "areas_to_develop",
    "targets",
)


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def meeting_content(
    *,
    held_at: datetime,
    mentor: str,
    mentees: Iterable[str],
    focus: str,
    pre_reflection: str,
    notes: str,
    targets: Iterable[tuple[str, date | None, int | None]],
    actions: Iterable[tuple[str, str, date | None]],
) -> dict[str, Any]:
    """The signed content of a meeting: targets as (text, due, competence id) in their order,
    actions as (text, owner, due) in their order, people by email."""
    return {
        "held_at": held_at.isoformat(),
        "mentor": mentor,
        "mentees": sorted(mentees),
        "focus": focus,
        "pre_reflection": pre_reflection,
        "notes": notes,
        "targets": [
            {"text": text, "due_on": _iso(due), "competence_id": competence}
            for text, due, competence in targets
        ],
        "actions": [
            {"text": text, "owner": owner, "due_on": _iso(due)} for text, owner, due in actions
        ],
    }


def observation_content(
    fields: Mapping[str, Any], *, observed_at: datetime, student: str, observer: str
) -> dict[str, Any]:
    return {key: fields[key] for key in OBSERVATION_FIELDS} | {
        "observed_at": observed_at.isoformat(),
        "student": student,
        "observer": observer,
    }


def seal(content: Mapping[str, Any]) -> tuple[str, str]:
    """(canonical JSON, its SHA-256 hex digest)."""
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text, hashlib.sha256(text.encode("utf-8")).hexdigest()


class SignatureState(StrEnum):
    UNSIGNED = "unsigned"
    SIGNED = "signed"
    CHANGED = "changed_since_signed"


@dataclass(frozen=True)
class Signature:
    state: SignatureState
    signed_by: str = ""
    signed_at: datetime | None = None
    changed_fields: tuple[str, ...] = ()  # top-level keys whose value differs from the signed
    signed_content: Mapping[str, Any] | None = None  # the version that was signed


def check(
    current: Mapping[str, Any], signed_hash: str, signed_json: str, by: str, at: datetime | None
) -> Signature:
    """Compare a record's content now with what was signed."""
    if not signed_hash:
        return Signature(SignatureState.UNSIGNED)
    _, now = seal(current)
    signed: dict[str, Any] = json.loads(signed_json) if signed_json else {}
    if now == signed_hash:
        return Signature(SignatureState.SIGNED, by, at, (), signed)
    changed = tuple(
        sorted(k for k in current.keys() | signed.keys() if current.get(k) != signed.get(k))
    )
    return Signature(SignatureState.CHANGED, by, at, changed, signed)
