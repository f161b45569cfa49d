"""The assessments of one competence, newest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from itepad.store.models import AssessorKind
from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.models.base import Column, RowTableModel

if TYPE_CHECKING:
    from itepad.services.competences import Assessment


def _by(row: Assessment) -> str:
    if row.kind == AssessorKind.SELF:
        return QCoreApplication.translate("HistoryModel", "Self")
    if row.assessor:
        return QCoreApplication.translate("HistoryModel", "Educator: {name}").format(
            name=row.assessor
        )
    return QCoreApplication.translate("HistoryModel", "Educator")


class HistoryModel(RowTableModel["Assessment"]):
    DATE, BY, LEVEL, NOTE = range(4)
    COLUMNS = (
        Column["Assessment"](
            QT_TR_NOOP("Date"), lambda r: f"{r.assessed_on:%Y-%m-%d}", lambda r: r.assessed_on
        ),
        Column["Assessment"](QT_TR_NOOP("By"), _by),
        Column["Assessment"](QT_TR_NOOP("Level"), lambda r: r.level_code),
        Column["Assessment"](QT_TR_NOOP("Note"), lambda r: r.note),
    )
