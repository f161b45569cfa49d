"""Mentoring: meetings, open actions, lesson observations, each student teacher's log, workload.

Everything the tabs show is read in one worker call; the editors import the services (and so
SQLAlchemy) only when first opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.mentoring.actions_model import ActionsModel
from itepad.ui.mentoring.log_view import MentoringLogView
from itepad.ui.mentoring.observations_model import ObservationsModel
from itepad.ui.mentoring.workload_model import WorkloadModel
from itepad.ui.models.meetings import MeetingTableModel
from itepad.ui.pages.table_page import TablePage
from itepad.ui.searchable_table import SearchableTable
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.services.mentoring import ActionRow, Workload
    from itepad.services.mentoring_edits import Choices, ObservationRow
    from itepad.services.overview import MeetingRow
    from itepad.store.database import Database
    from itepad.ui.mentoring.meeting_editor import MeetingEditor
    from itepad.ui.mentoring.observation_dialog import ObservationDialog

MESSAGE_MS = 10_000


@dataclass(frozen=True)
class MentoringData:
    meetings: list[MeetingRow]
    actions: list[ActionRow]
    observations: list[ObservationRow]
    workload: list[Workload]
    choices: Choices


def load(db: Database) -> MentoringData:
    from itepad.services.mentoring import open_actions, workload
    from itepad.services.mentoring_edits import load_choices, observation_rows
    from itepad.services.overview import meeting_rows

    return MentoringData(
        meeting_rows(db), open_actions(db), observation_rows(db), workload(db), load_choices(db)
    )


class MentoringPage(TablePage):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(
            title,
            MeetingTableModel(),
            self.tr("Search meetings by mentor, mentee or focus"),
            parent=parent,
        )
        self.actions_model = ActionsModel(self)
        self.observations_model = ObservationsModel(self)
        self.workload_model = WorkloadModel(self)
        self.choices: Choices | None = None
        self.meeting_editor: MeetingEditor | None = None
        self.observation_dialog: ObservationDialog | None = None

        self.actions_table = SearchableTable(
            self.actions_model, self.tr("Search open actions by text, owner, student or mentor")
        )
        self.observations_table = SearchableTable(
            self.observations_model,
            self.tr("Search observations by student teacher, class, subject or observer"),
        )
        self.workload_table = SearchableTable(
            self.workload_model, self.tr("Search by mentor or month (2026-11)"), sort_column=0
        )
        self.log = MentoringLogView()
        self.log.open_meeting.connect(self.open_meeting)
        self.log.failed.connect(self.report_failure)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._meetings_tab(), self.tr("Meetings"))
        self.tabs.addTab(self._actions_tab(), self.tr("Open actions"))
        self.tabs.addTab(self._observations_tab(), self.tr("Lesson observations"))
        self.tabs.addTab(self.log, self.tr("Mentoring log"))
        self.tabs.addTab(self.workload_table, self.tr("Workload"))
        new = QAction(self.tr("New…"), self)
        new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        new.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # while this page shows
        new.triggered.connect(self._new_for_tab)
        self.addAction(new)
        self.set_content(self.tabs)

    # --- tabs -------------------------------------------------------------------------------

    def _meetings_tab(self) -> QWidget:
        self.new_button = QPushButton(self.tr("&New meeting…"))
        self.new_button.setToolTip(self.tr("Record a mentoring meeting (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_meeting)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Open the selected meeting (Enter)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.table.view.activated.connect(lambda _index: self.edit_selected())
        self.table.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.view.customContextMenuRequested.connect(self._meetings_menu)
        return _with_bar(self.table, self.new_button, self.edit_button)

    def _actions_tab(self) -> QWidget:
        view = self.actions_table.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._actions_menu)
        view.setToolTip(self.tr("Right-click (or the menu key) to mark an action done"))
        view.activated.connect(lambda _index: self._open_action_meeting())
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.setToolTip(self.tr("Mark the selected action done (Ctrl+D)"))
        self.done_button.setShortcut(QKeySequence("Ctrl+D"))
        self.done_button.clicked.connect(lambda: self._set_action_status("done"))
        return _with_bar(self.actions_table, self.done_button)

    def _observations_tab(self) -> QWidget:
        new = QPushButton(self.tr("New &observation…"))
        new.setToolTip(self.tr("Record a lesson observation (Ctrl+N)"))
        new.clicked.connect(self.new_observation)
        self.observations_table.view.activated.connect(lambda _i: self._edit_observation())
        return _with_bar(self.observations_table, new)

    def _new_for_tab(self) -> None:
        if self.tabs.currentIndex() == 2:
            self.new_observation()
        else:
            self.new_meeting()

    # --- data -------------------------------------------------------------------------------

    def fetch(self, db: Database) -> MentoringData:  # type: ignore[override]
        return load(db)

    def show_data(self, data: MentoringData) -> None:  # type: ignore[override]
        self.choices = data.choices
        self.actions_model.set_rows(data.actions)
        self.observations_model.set_rows(data.observations)
        self.workload_model.set_rows(data.workload)
        self.model.set_rows(data.meetings)  # last: its count updates the summary
        if self.database is not None:
            self.log.set_students(self.database, data.choices.students)

    def focus_search(self) -> bool:
        current = self.tabs.currentWidget()
        for table in (self.table, self.actions_table, self.observations_table, self.workload_table):
            if current is table or current.isAncestorOf(table):
                table.search.setFocus()
                table.search.selectAll()
                return True
        return False

    def count_text(self, count: int) -> str:
        rows = range(self.actions_model.rowCount())
        overdue = sum(self.actions_model.row_at(r).overdue for r in rows)
        meetings = (
            self.tr("1 mentoring meeting")
            if count == 1
            else self.tr("{n:,} mentoring meetings").format(n=count)
        )
        return self.tr("{meetings} · {open:,} open actions, {overdue:,} overdue").format(
            meetings=meetings, open=len(rows), overdue=overdue
        )

    # --- meetings ---------------------------------------------------------------------------

    def selected_meeting(self) -> int | None:
        row = self.table.current_source_row()
        return None if row is None else self.model.row_at(row).id

    def new_meeting(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        meeting_id = self.selected_meeting()
        if meeting_id is not None:
            self._open_editor(meeting_id)

    def open_meeting(self, meeting_id: int) -> None:
        self._open_editor(meeting_id)

    def _open_editor(self, meeting_id: int | None) -> None:
        if self.database is None or self.choices is None:
            return
        from itepad.ui.mentoring.meeting_editor import MeetingEditor

        if self.meeting_editor is not None:
            self.meeting_editor.close_editor()
        editor = MeetingEditor(self.database, self.choices, meeting_id, self)
        editor.message.connect(self.message)
        editor.saved.connect(self.reload)
        editor.finished.connect(lambda _result: self._forget_editor(editor))
        self.meeting_editor = editor
        editor.open()

    def _forget_editor(self, editor: MeetingEditor) -> None:
        if self.meeting_editor is editor:
            self.meeting_editor = None
        editor.deleteLater()

    def meetings_menu(self) -> QMenu:
        menu = QMenu(self)
        chosen = self.selected_meeting() is not None
        for text, slot in (
            (self.tr("Edit…"), self.edit_selected),
            (self.tr("History…"), self.show_meeting_history),
        ):
            action = menu.addAction(text)
            action.setEnabled(chosen)
            action.triggered.connect(slot)
        return menu

    def _meetings_menu(self, position: QPoint) -> None:
        menu = self.meetings_menu()
        menu.exec(self.table.view.viewport().mapToGlobal(position))
        menu.deleteLater()

    def show_meeting_history(self) -> None:
        """Every change to the selected meeting: notes, targets, actions, sign-off."""
        from itepad.ui.undo.record_history import show_record_history

        row = self.table.current_source_row()
        if row is None:
            return
        meeting = self.model.row_at(row)
        title = self.tr("the meeting of {day} ({mentor})").format(
            day=meeting.held_at.strftime("%Y-%m-%d"), mentor=meeting.mentor
        )
        show_record_history(self, self.database, title, meeting_id=meeting.id)

    # --- actions ----------------------------------------------------------------------------

    def selected_action(self) -> ActionRow | None:
        row = self.actions_table.current_source_row()
        return None if row is None else self.actions_model.row_at(row)

    def actions_menu(self) -> QMenu:
        menu = QMenu(self)
        chosen = self.selected_action() is not None
        for text, status in ((self.tr("Mark done"), "done"), (self.tr("Drop"), "dropped")):
            action = menu.addAction(text)
            action.setEnabled(chosen)
            action.triggered.connect(lambda _c=False, s=status: self._set_action_status(s))
        open_meeting = menu.addAction(self.tr("Open the meeting…"))
        open_meeting.setEnabled(chosen)
        open_meeting.triggered.connect(self._open_action_meeting)
        return menu

    def _actions_menu(self, position: QPoint) -> None:
        menu = self.actions_menu()
        menu.exec(self.actions_table.view.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _open_action_meeting(self) -> None:
        action = self.selected_action()
        if action is not None:
            self._open_editor(action.meeting_id)

    def _set_action_status(self, status: str) -> None:
        action, db = self.selected_action(), self.database
        if action is None or db is None:
            return

        def work() -> None:
            from itepad.services.mentoring import set_action_status
            from itepad.store.models import ActionStatus

            set_action_status(db, action.action_id, ActionStatus(status))

        def done(_result: Any) -> None:
            self.message.emit(
                (
                    self.tr("Marked done: {text}")
                    if status == "done"
                    else self.tr("Dropped: {text}")
                ).format(text=action.text),
                MESSAGE_MS,
            )
            self.reload()

        run_in_background(work, self, done, self.report_failure)

    # --- observations -----------------------------------------------------------------------

    def new_observation(self) -> None:
        self._open_observation(None)

    def _edit_observation(self) -> None:
        row = self.observations_table.current_source_row()
        if row is not None:
            self._open_observation(self.observations_model.row_at(row).id)

    def _open_observation(self, observation_id: int | None) -> None:
        if self.database is None or self.choices is None:
            return
        from itepad.ui.mentoring.observation_dialog import ObservationDialog

        dialog = ObservationDialog(self.database, self.choices, observation_id, self)
        dialog.message.connect(self.message)
        dialog.saved.connect(self.reload)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.observation_dialog = dialog
        dialog.open()


def _with_bar(table: QWidget, *buttons: QPushButton) -> QWidget:
    """The table with its buttons in a row above it, on the right."""
    widget = QWidget()
    bar = QHBoxLayout()
    bar.addStretch()
    for button in buttons:
        bar.addWidget(button)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(bar)
    layout.addWidget(table, 1)
    return widget
