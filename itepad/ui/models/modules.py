"""Modules: one row per module, with its number of sessions and enrolled student teachers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.models.base import Column, RowTableModel
from itepad.ui.translation import translated

if TYPE_CHECKING:
    from itepad.services.overview import ModuleRow  # noqa: F401 (named in quotes below)


class ModuleTableModel(RowTableModel["ModuleRow"]):
    CODE, TITLE, YEAR, TERM, KIND, STATUS, SESSIONS, ENROLLED = range(8)
    COLUMNS = (
        Column["ModuleRow"](QT_TR_NOOP("Code"), lambda r: r.code),
        Column["ModuleRow"](QT_TR_NOOP("Title"), lambda r: r.title),
        Column["ModuleRow"](QT_TR_NOOP("Year"), lambda r: r.academic_year),
        Column["ModuleRow"](QT_TR_NOOP("Term"), lambda r: r.term),
        Column["ModuleRow"](QT_TR_NOOP("Kind"), lambda r: translated(r.kind)),
        Column["ModuleRow"](QT_TR_NOOP("Status"), lambda r: translated(r.status)),
        Column["ModuleRow"](
            QT_TR_NOOP("Sessions"),
            lambda r: str(r.sessions),
            sort_key=lambda r: r.sessions,
            numeric=True,
        ),
        Column["ModuleRow"](
            QT_TR_NOOP("Enrolled"),
            lambda r: str(r.enrolled),
            sort_key=lambda r: r.enrolled,
            tip=QT_TR_NOOP("Student teachers enrolled or completed (not withdrawn)"),
            numeric=True,
        ),
    )
