"""Shared look and column sizing of the app's table views."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

MIN_COLUMN_WIDTH = 72
ROW_PADDING = 10  # pixels above and below the text of a row


def configure_list_table(view: QTableView) -> None:
    """A table of records: whole rows selected, compact rows, no row numbers."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    set_row_height(view)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setResizeContentsPrecision(200)  # sample rows: 5,000 stay fast


def set_row_height(view: QTableView) -> None:
    header = view.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(view.fontMetrics().height() + ROW_PADDING)


def fit_columns(view: QTableView) -> None:
    """Size columns to their contents, then narrow the widest until all fit the view's width.

    Every column stays visible: long texts (emails, titles) elide rather than pushing the
    columns after them out of sight.
    """
    header = view.horizontalHeader()
    header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
    widths = [header.sectionSize(i) + 12 for i in range(header.count())]
    available = view.viewport().width()
    cap = _cap(widths, available) if sum(widths) > available else max(widths, default=0)
    for section, width in enumerate(widths):
        header.resizeSection(section, max(min(width, cap), MIN_COLUMN_WIDTH))


def fit_columns_when_shown(view: QTableView) -> None:
    """fit_columns now, or once the view is shown: a hidden view has no width to fit to."""
    if view.isVisible():
        fit_columns(view)
    else:
        view.installEventFilter(_FitOnShow(view))


class _FitOnShow(QObject):
    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            self.deleteLater()
            view = self._view  # fitted after the layout settles, unless deleted by then
            QTimer.singleShot(0, view, lambda: fit_columns(view))
        return False


def _cap(widths: list[int], available: int) -> int:
    """The largest width c with sum(min(w, c)) <= available ("water-filling")."""
    remaining, count = available, len(widths)
    for width in sorted(widths):
        if width * count > remaining:
            return max(remaining // count, MIN_COLUMN_WIDTH)
        remaining -= width
        count -= 1
    return max(widths)
