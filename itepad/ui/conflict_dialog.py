"""Someone else saved (or deleted) a record while you edited it: reload, keep mine, or compare.

Editors open this when a save is refused with a ConflictError. "Yours" is the record as it would
be after Keep mine (your change laid over what is saved now), "theirs" the record as it is
saved now, so the compare table highlights exactly what Keep mine would change. Closing the
dialog is Reload: nothing is ever overwritten without the user asking.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from itepad.store.concurrency import ConflictError

CELL_CHARS = 160  # longer texts (notes, descriptions) show their start; the tooltip has all
DIFFERENCE = QColor(255, 190, 0, 70)  # translucent amber: readable on light and dark palettes


class Choice(Enum):
    RELOAD = "reload"  # discard mine, show theirs
    KEEP_MINE = "keep mine"  # save mine on top of the current version
    SAVE_AS_NEW = "save as new"  # the record was deleted: add mine as a new one


@dataclass(frozen=True)
class Field:
    label: str
    mine: str
    theirs: str

    @property
    def differs(self) -> bool:
        return self.mine != self.theirs


def shown(value: Any) -> str:
    """A stored value as a person reads it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("ConflictDialog", "Yes" if value else "No")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple | list):
        return ", ".join(shown(item) for item in value)
    return str(value)


def compare(
    labels: Sequence[tuple[str, str]],
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    show: Callable[[str, Any], str] = lambda _key, value: shown(value),
) -> list[Field]:
    """One Field per (key, label), values shown by `show(key, value)`."""
    return [
        Field(label, show(key, mine.get(key)), show(key, theirs.get(key))) for key, label in labels
    ]


def version_now(exc: ConflictError) -> int:
    """The version "keep mine" saves on top of: the one the refusal found."""
    assert exc.current is not None, "keep mine is not offered for a deleted record"
    return int(exc.current["version"])


def laid_over(
    base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any]
) -> dict[str, Any]:
    """Theirs, with each value the user changed (where mine differs from `base`) put back."""
    return {**theirs, **{key: value for key, value in mine.items() if base.get(key) != value}}


class ConflictDialog(QDialog):
    chosen = Signal(object)  # a Choice, once the dialog closes

    def __init__(
        self,
        what: str,
        fields: Sequence[Field],
        *,
        deleted: bool = False,
        can_keep_mine: bool = True,
        can_save_as_new: bool = False,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._choice = Choice.RELOAD
        self.fields = list(fields)
        self.setWindowTitle(self.tr("Not saved: someone else saved first"))
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        self.heading = heading = QLabel()
        heading.setStyleSheet("font-weight: 600;")
        heading.setWordWrap(True)
        self.body = body = QLabel()
        body.setWordWrap(True)
        if deleted:
            heading.setText(self.tr("Someone else deleted this {what}").format(what=what))
            body.setText(
                self.tr("It was deleted after you opened it, so your change could not be saved.")
            )
        else:
            heading.setText(self.tr("Someone else changed this {what}").format(what=what))
            body.setText(
                self.tr(
                    "They saved it after you opened it; your change is not saved yet. Reload to "
                    "see their version, or keep yours: fields you did not change keep theirs."
                )
            )
        if note:
            body.setText(f"{body.text()}\n\n{note}")

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Yours"), self.tr("Theirs (saved now)")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._fill_table()
        self.table.hide()
        differing = sum(field.differs for field in self.fields)
        self.summary = QLabel(
            self.tr("{n} field(s) differ; they are highlighted.").format(n=differing)
        )
        self.summary.setEnabled(False)  # muted, like a hint
        self.summary.hide()

        self.compare_button = QPushButton(self.tr("&Compare"))
        self.compare_button.setCheckable(True)
        self.compare_button.setToolTip(self.tr("Show your values and theirs side by side"))
        self.compare_button.toggled.connect(self._show_table)
        self.reload_button = QPushButton(self.tr("&Reload (discard mine)"))
        self.reload_button.setToolTip(self.tr("Show the record as it is saved now"))
        self.reload_button.clicked.connect(lambda: self._choose(Choice.RELOAD))
        self.keep_button = QPushButton(self.tr("&Keep mine"))
        self.keep_button.setToolTip(self.tr("Save your change on top of the version saved now"))
        self.keep_button.clicked.connect(lambda: self._choose(Choice.KEEP_MINE))
        self.new_button = QPushButton(self.tr("Save as &new"))
        self.new_button.setToolTip(self.tr("Add what you typed as a new record"))
        self.new_button.clicked.connect(lambda: self._choose(Choice.SAVE_AS_NEW))
        self.compare_button.setVisible(not deleted and bool(self.fields))
        self.keep_button.setVisible(not deleted and can_keep_mine)
        self.new_button.setVisible(deleted and can_save_as_new)
        if deleted or not can_keep_mine:
            self.reload_button.setText(self.tr("&Reload"))
        self.reload_button.setDefault(True)  # Enter never overwrites anything

        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(heading)
        texts.addWidget(body)
        top.addLayout(texts, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        for button in (self.new_button, self.keep_button, self.reload_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(560, self.sizeHint().height())

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.fields))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, field in enumerate(self.fields):
            for column, text in enumerate((field.label, field.mine, field.theirs)):
                short = text if len(text) <= CELL_CHARS else text[:CELL_CHARS].rstrip() + "…"
                item = QTableWidgetItem(short)
                item.setToolTip(text)
                if field.differs:
                    item.setBackground(QBrush(DIFFERENCE))
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def _show_table(self, shown: bool) -> None:
        self.table.setVisible(shown)
        self.summary.setVisible(shown)
        if shown:
            self.resize(max(self.width(), 760), max(self.height(), 460))

    @property
    def choice(self) -> Choice:
        return self._choice

    def _choose(self, choice: Choice) -> None:
        self._choice = choice
        self.accept()

    def done(self, result: int) -> None:
        super().done(result)
        self.chosen.emit(self._choice)  # closing the window (Esc) is Reload


def ask(
    parent: QWidget,
    what: str,
    fields: Sequence[Field],
    then: Callable[[Choice], None],
    **options: Any,
) -> ConflictDialog:
    """Open the dialog over `parent` (window-modal, not blocking) and call `then(choice)`."""
    dialog = ConflictDialog(what, fields, parent=parent, **options)
    dialog.chosen.connect(then)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
