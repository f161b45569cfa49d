"""Lines of the audit trail in a table, and the selected line's changes spelled out below it.

Shared by the activity log and the per-record History… dialog.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QTableView, QTextBrowser, QWidget

from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.models.base import Column, RowTableModel
from itepad.ui.tables import configure_list_table, fit_columns_when_shown

if TYPE_CHECKING:
    from itepad.services.history import HistoryLine

OPERATIONS = {
    "insert": QT_TR_NOOP("created"),
    "update": QT_TR_NOOP("changed"),
    "delete": QT_TR_NOOP("deleted"),
}


def when(line: HistoryLine) -> str:
    """The moment in the user's local time."""
    return line.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def operation(line: HistoryLine) -> str:
    text = OPERATIONS.get(line.operation, line.operation)
    return QCoreApplication.translate("HistoryTableModel", text)


def field_name(name: str) -> str:
    return name.replace("_", " ")


class HistoryTableModel(RowTableModel["HistoryLine"]):
    WHEN, WHO, ACTION, RECORD, OPERATION, CHANGES = range(6)
    COLUMNS = (
        Column["HistoryLine"](QT_TR_NOOP("When"), when, sort_key=lambda line: line.entry_id),
        Column["HistoryLine"](QT_TR_NOOP("Who"), lambda line: line.actor),
        Column["HistoryLine"](QT_TR_NOOP("Action"), lambda line: line.label),
        Column["HistoryLine"](QT_TR_NOOP("Record"), lambda line: line.record),
        Column["HistoryLine"](QT_TR_NOOP("Change"), operation),
        Column["HistoryLine"](
            QT_TR_NOOP("Before → after"),
            lambda line: "; ".join(
                f"{field_name(c.name)}: {c.before} → {c.after}" for c in line.fields
            ),
        ),
    )

    def tooltip(self, row: HistoryLine, column: int) -> str | None:
        if column == self.CHANGES and row.fields:
            return "\n".join(f"{field_name(c.name)}: {c.before} → {c.after}" for c in row.fields)
        if column == self.WHO and row.source != "app":
            return self.tr("Changed through: {source}").format(source=row.source)
        return super().tooltip(row, column)


class HistoryView(QSplitter):
    """The table of lines above the details of the selected one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.model = HistoryTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_list_table(self.table)
        self.table.setSortingEnabled(False)  # newest first, as read
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setPlaceholderText(self.tr("Select a line to see what changed"))
        self.addWidget(self.table)
        self.addWidget(self.details)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.model.modelReset.connect(lambda: fit_columns_when_shown(self.table))

    def set_lines(self, lines: list[HistoryLine], *, more: bool = False) -> None:
        """Show `lines`; with `more`, after those shown already (the next page)."""
        shown = [self.model.row_at(r) for r in range(self.model.rowCount())] if more else []
        self.model.set_rows([*shown, *lines])
        if not more and lines:
            self.table.selectRow(0)
        self._show_current()

    def current_line(self) -> HistoryLine | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        line = self.current_line()
        self.details.setHtml("" if line is None else self.describe(line))

    def describe(self, line: HistoryLine) -> str:
        head = self.tr("{record} {operation} by {who} on {when}").format(
            record=escape(line.record),
            operation=escape(operation(line)),
            who=escape(line.actor),
            when=escape(when(line)),
        )
        parts = [f"<p><b>{escape(line.label)}</b><br>{head}</p>"]
        if line.fields:
            cells = "".join(
                f"<tr><td>{escape(field_name(c.name))}</td><td>{escape(c.before)}</td>"
                f"<td>→</td><td>{escape(c.after)}</td></tr>"
                for c in line.fields
            )
            header = self.tr(
                "<tr><th align=left>Field</th><th align=left>Before</th><th></th>"
                "<th align=left>After</th></tr>"
            )
            parts.append(f"<table cellspacing=0 cellpadding=3>{header}{cells}</table>")
        elif line.operation == "update":
            parts.append(self.tr("<p>No visible change.</p>"))
        if line.anonymised:
            parts.append(self.tr("<p><i>Names and free text were removed by an erasure.</i></p>"))
        return "".join(parts)
