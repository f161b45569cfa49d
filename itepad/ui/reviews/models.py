"""Table models of the Reviews panel: student teachers' review copies, and their comments."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt

from itepad.services.portfolio_review import ReviewComment, StudentReviews
from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.models.base import Column, Index, RowTableModel

_CONTEXT = "ReviewModels"
# The portfolio's parts, as the review form names them (reports/portfolio_options.Section).
_SECTIONS = {
    "summary": QT_TR_NOOP("Summary"),
    "modules": QT_TR_NOOP("Modules and participation"),
    "projects": QT_TR_NOOP("eTwinning projects"),
    "evidence": QT_TR_NOOP("Evidence"),
    "reflections": QT_TR_NOOP("Reflections"),
    "mentoring": QT_TR_NOOP("Mentoring log"),
    "observations": QT_TR_NOOP("Lesson observations"),
    "final_comment": QT_TR_NOOP("Final comment"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def section_name(key: str) -> str:
    return _tr(_SECTIONS[key]) if key in _SECTIONS else key


def _day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().date().isoformat()
    return value.isoformat()


def _status(row: StudentReviews) -> str:
    if row.sent == 0:
        return _tr("not sent")
    if row.outstanding:
        return _tr("outstanding")
    return _tr("returned")


class StudentReviewsModel(RowTableModel[StudentReviews]):
    NAME, EMAIL, STATUS, SENT, RETURNED, CONFIRMED, OPEN = range(7)
    COLUMNS: ClassVar = (
        Column[StudentReviews](QT_TR_NOOP("Student teacher"), lambda r: r.name),
        Column[StudentReviews](QT_TR_NOOP("Email"), lambda r: r.email),
        Column[StudentReviews](QT_TR_NOOP("Status"), _status),
        Column[StudentReviews](
            QT_TR_NOOP("Last sent"),
            lambda r: _day(r.last_sent_at),
            sort_key=lambda r: _day(r.last_sent_at),
        ),
        Column[StudentReviews](
            QT_TR_NOOP("Last returned"),
            lambda r: _day(r.last_returned_at),
            sort_key=lambda r: _day(r.last_returned_at),
        ),
        Column[StudentReviews](QT_TR_NOOP("Read and confirmed"), lambda r: _day(r.confirmed_on)),
        Column[StudentReviews](
            QT_TR_NOOP("Open requests"),
            lambda r: str(r.open_requests) if r.open_requests else "",
            sort_key=lambda r: r.open_requests,
            numeric=True,
        ),
    )


class ReviewCommentsModel(RowTableModel[ReviewComment]):
    STUDENT, SECTION, CHOICE, COMMENT, RETURNED, RESOLVED = range(6)
    COLUMNS: ClassVar = (
        Column[ReviewComment](QT_TR_NOOP("Student teacher"), lambda r: r.student),
        Column[ReviewComment](QT_TR_NOOP("Section"), lambda r: section_name(r.section)),
        Column[ReviewComment](
            QT_TR_NOOP("Answer"),
            lambda r: _tr("asks for a change") if r.is_change_request else _tr("comment"),
        ),
        Column[ReviewComment](QT_TR_NOOP("Comment"), lambda r: " ".join(r.comment.split())),
        Column[ReviewComment](
            QT_TR_NOOP("Returned"),
            lambda r: _day(r.returned_at),
            sort_key=lambda r: _day(r.returned_at),
        ),
        Column[ReviewComment](
            QT_TR_NOOP("Resolved"),
            lambda r: _day(r.resolved_at),
            sort_key=lambda r: _day(r.resolved_at),
        ),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return self.row_at(index.row()).comment or None  # the whole comment, line breaks kept
        return super().data(index, role)
