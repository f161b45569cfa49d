"""What the conflict dialog compares for a module's details and for a session.

Records are compared as dicts keyed like their columns: the editor's draft before the refused
save (base), what it was about to save (mine), and the row as it is saved now (theirs, from
ConflictError.current). Labels are the form's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from PySide6.QtCore import QCoreApplication

from itepad.services.labels import MODULE_KIND, MODULE_STATUS, SESSION_KIND
from itepad.services.module_draft import ModuleDetails, ModuleDraft, SessionDraft, SessionFields
from itepad.services.template_format import QUALITY_CRITERIA
from itepad.ui.conflict_dialog import Field, compare, shown
from itepad.ui.i18n import QT_TR_NOOP

DETAIL_LABELS = (
    ("code", QT_TR_NOOP("Code")),
    ("title", QT_TR_NOOP("Title")),
    ("academic_year", QT_TR_NOOP("Year")),
    ("term", QT_TR_NOOP("Term")),
    ("ects", QT_TR_NOOP("ECTS")),
    ("kind", QT_TR_NOOP("Kind")),
    ("status", QT_TR_NOOP("Status")),
    ("timezone", QT_TR_NOOP("Time zone")),
    ("languages", QT_TR_NOOP("Languages")),
    ("quality_criteria", QT_TR_NOOP("Quality Label criteria")),
    ("description", QT_TR_NOOP("Description")),
    ("assessment", QT_TR_NOOP("Assessment")),
)
SESSION_LABELS = (
    ("title", QT_TR_NOOP("Title")),
    ("kind", QT_TR_NOOP("Kind")),
    ("starts_at", QT_TR_NOOP("Starts")),
    ("ends_at", QT_TR_NOOP("Ends")),
    ("place", QT_TR_NOOP("Place")),
    ("link", QT_TR_NOOP("Link")),
    ("facilitator_id", QT_TR_NOOP("Facilitator")),
    ("description", QT_TR_NOOP("Description")),
)


def _split(value: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in value.split(",") if item.strip())


def details_of(row: Mapping[str, Any]) -> dict[str, Any]:
    """A module row as ModuleDetails' fields."""
    values = {key: row[key] for key, _label in DETAIL_LABELS}
    values["languages"] = _split(row["languages"])
    values["quality_criteria"] = _split(row["quality_criteria"])
    return values


def session_of(session: SessionDraft) -> dict[str, Any]:
    return {**asdict(session.fields), "starts_at": session.starts_at, "ends_at": session.ends_at}


def session_row(row: Mapping[str, Any]) -> dict[str, Any]:
    return {key: row[key] for key, _label in SESSION_LABELS}


def session_fields(values: Mapping[str, Any]) -> SessionFields:
    return SessionFields(**{key: values[key] for key in SessionFields.__dataclass_fields__})


def module_details(values: Mapping[str, Any]) -> ModuleDetails:
    return ModuleDetails(**values)


def compared(
    labels: tuple[tuple[str, str], ...],
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    draft: ModuleDraft,
) -> list[Field]:
    """The fields of `labels`, codes shown as the form shows them."""
    educators = {e.id: e.name for e in draft.choices.educators}
    names: dict[str, Mapping[Any, str]] = {"status": MODULE_STATUS, "facilitator_id": educators}

    def show(key: str, value: Any) -> str:
        if key == "kind":
            return shown((MODULE_KIND | SESSION_KIND).get(value, value))
        if key == "quality_criteria":
            return ", ".join(QUALITY_CRITERIA.get(code, code) for code in value)
        if key in names and value is not None:
            return shown(names[key].get(value, value))
        return shown(value)

    translated = [(key, QCoreApplication.translate("ModuleEditor", label)) for key, label in labels]
    return compare(translated, mine, theirs, show)
