"""Sessions: the module's plan in date order, the buttons that change it, the selected session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from itepad.services.module_draft import ModuleDraft
from itepad.ui.models.sessions import SessionLine, SessionTableModel
from itepad.ui.module_editor.session_panel import SessionPanel
from itepad.ui.tables import configure_list_table, fit_columns_when_shown

WEEK_DAYS = 7


class SessionsTab(QWidget):
    add_requested = Signal()
    duplicate_requested = Signal(int)  # session id
    remove_requested = Signal(int)  # session id, confirmed by the user
    reorder_requested = Signal(int, int)  # session id, places to move (negative: up)
    shift_requested = Signal(int, int)  # session id, days to move (negative: earlier)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft: ModuleDraft | None = None
        self._restoring = False  # selecting again after a reload is not the user moving on
        self.model = SessionTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_list_table(self.table)
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.panel = SessionPanel()
        self.fields_edited = self.panel.fields_edited
        self.times_edited = self.panel.times_edited

        self.add_action = self._action(
            self.tr("&Add"),
            "Ins",
            self.tr("Add a session a week after the last one"),
            self.add_requested.emit,
        )
        self.duplicate_action = self._action(
            self.tr("D&uplicate"),
            "Ctrl+D",
            self.tr("Add a copy of the selected session one week later"),
            self._for_selected(self.duplicate_requested.emit),
        )
        self.remove_action = self._action(
            self.tr("&Remove…"),
            "Del",
            self.tr("Remove the selected session"),
            self._for_selected(self._confirm_remove),
        )
        # Delete removes a session only from the table: in a text field it deletes text.
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.remove_action)
        self.up_action = self._action(
            self.tr("Move &up"),
            "Ctrl+Shift+Up",
            self.tr("Swap the selected session with the one before it, dates and all"),
            self._for_selected(lambda sid: self.reorder_requested.emit(sid, -1)),
        )
        self.down_action = self._action(
            self.tr("Move do&wn"),
            "Ctrl+Shift+Down",
            self.tr("Swap the selected session with the one after it, dates and all"),
            self._for_selected(lambda sid: self.reorder_requested.emit(sid, 1)),
        )
        self.earlier_action = self._action(
            self.tr("&Earlier by a week"),
            "Alt+PgUp",
            self.tr("Move the selected session one week earlier"),
            self._for_selected(lambda sid: self.shift_requested.emit(sid, -WEEK_DAYS)),
        )
        self.later_action = self._action(
            self.tr("&Later by a week"),
            "Alt+PgDown",
            self.tr("Move the selected session one week later"),
            self._for_selected(lambda sid: self.shift_requested.emit(sid, WEEK_DAYS)),
        )
        self.session_actions = (
            self.duplicate_action,
            self.remove_action,
            self.up_action,
            self.down_action,
            self.earlier_action,
            self.later_action,
        )

        buttons = QHBoxLayout()
        self.buttons: dict[QAction, QToolButton] = {}
        for action in (self.add_action, *self.session_actions):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
            self.buttons[action] = button
            if action is self.duplicate_action or action is self.down_action:
                buttons.addSpacing(12)
        buttons.addStretch()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setFocusProxy(self.table)
        self._update_actions()

    def _action(self, text: str, key: str, tip: str, handler: Callable[[], None]) -> QAction:
        """An action of this tab, with its shortcut named in the tooltip."""
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut})")
        action.triggered.connect(lambda _checked=False: handler())
        self.addAction(action)
        return action

    def _for_selected(self, handler: Callable[[int], None]) -> Callable[[], None]:
        def run() -> None:
            session_id = self.selected_id()
            if session_id is not None:
                handler(session_id)

        return run

    # --- showing ------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row()).session.id

    def show_sessions(self, draft: ModuleDraft) -> None:
        first = self._draft is None
        if first:
            self.panel.set_choices(draft.choices)
        selected = self.selected_id()
        self._draft = draft
        names = {e.id: e.name for e in draft.choices.educators}
        kinds = {c.code: c.label for c in draft.choices.session_kinds}
        self.model.set_rows(
            [
                SessionLine(
                    session,
                    kinds.get(session.fields.kind, session.fields.kind),
                    names.get(session.fields.facilitator_id or -1, ""),
                )
                for session in draft.sessions
            ]
        )
        if first:
            fit_columns_when_shown(self.table)
        if (selected is None or draft.session(selected) is None) and draft.sessions:
            selected = draft.sessions[0].id
        self._restore(selected)

    def select(self, session_id: int | None) -> None:
        """Go to a session, keeping the edits of the one being left."""
        self.panel.commit_all()
        self._restore(session_id)

    def _restore(self, session_id: int | None) -> None:
        row = None if session_id is None else self.model.row_of(session_id)
        self._restoring = True
        try:
            self._select_row(row)
        finally:
            self._restoring = False
        self._update_actions()

    def _select_row(self, row: int | None) -> None:
        if row is None:
            self.table.clearSelection()
            self.panel.show_session(None)
        else:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))
            self.panel.show_session(self.model.row_at(row).session)

    def _on_current_changed(self) -> None:
        if self._restoring:
            return
        self.panel.commit_all()  # the edits of the session being left are kept
        session_id = self.selected_id()
        session = (
            None if self._draft is None or session_id is None else self._draft.session(session_id)
        )
        self.panel.show_session(session)
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        for action in self.session_actions:
            action.setEnabled(row >= 0)
        self.up_action.setEnabled(row > 0)
        self.down_action.setEnabled(0 <= row < self.model.rowCount() - 1)

    # --- asking ---------------------------------------------------------------------------

    def _confirm_remove(self, session_id: int) -> None:
        session = self._draft.session(session_id) if self._draft else None
        if session is None:
            return
        question = self.tr("Remove the session “{title}” on {when}?").format(
            title=session.fields.title, when=f"{session.starts_at:%a %d %b %Y, %H:%M}"
        )
        if session.attendance_marks:
            question += " " + self.tr("Its {n} attendance marks will be removed with it.").format(
                n=session.attendance_marks
            )
        answer = QMessageBox.question(
            self,
            self.tr("Remove session"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_requested.emit(session_id)

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.add_action)
        menu.addSeparator()
        for action in self.session_actions:
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(position))
        menu.deleteLater()
