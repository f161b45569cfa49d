"""Modules: the list (search as you type) or a calendar of every module's sessions by week or
by month. Enter, a double-click or "Edit…" opens a module in the editor; Ctrl+N plans a new one
from a course template. The editor and the new-module dialog are imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.calendar_view import MONTH, WEEK, CalendarView
from itepad.ui.models.modules import ModuleTableModel
from itepad.ui.pages.table_page import TablePage
from itepad.ui.settings import settings

if TYPE_CHECKING:
    from itepad.services.overview import ModuleRow
    from itepad.store.database import Database
    from itepad.ui.module_editor.editor import ModuleEditor
    from itepad.ui.new_module_dialog import NewModuleDialog

LIST = "list"
VIEW_KEY = "modules/view"  # QSettings: list, week or month, as the user left it
MESSAGE_MS = 10_000


class ModulesPage(TablePage):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(
            title,
            ModuleTableModel(),
            self.tr("Search modules by code, title, year, term, kind or status"),
            parent=parent,
        )
        self.editor: ModuleEditor | None = None
        self.new_module_dialog: NewModuleDialog | None = None
        self._list_stale = False

        self.calendar = CalendarView()
        self.calendar.open_module.connect(self.open_editor)
        self.calendar.mode_changed.connect(self._on_calendar_mode)
        self.calendar.failed.connect(self.report_failure)
        self.view_buttons = QButtonGroup(self)
        self.view_buttons.setExclusive(True)
        self._views: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for view, text, tip in (
            (LIST, self.tr("&List"), self.tr("All modules in a table")),
            (WEEK, self.tr("&Week"), self.tr("The sessions of every module, week by week")),
            (MONTH, self.tr("&Month"), self.tr("The sessions of every module, month by month")),
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, v=view: self.show_view(v))
            self.view_buttons.addButton(button)
            self._views[view] = button
            bar.addWidget(button)
        bar.addStretch()
        self.new_button = QPushButton(self.tr("New module…"))
        self.new_button.setToolTip(self.tr("Plan a new module from a course template (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_module)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Open the selected module in the editor (Enter)"))
        self.edit_button.clicked.connect(self.edit_selected)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        new_action = QAction(self.tr("New module…"), self)
        new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # while this page shows
        new_action.triggered.connect(self.new_module)
        self.addAction(new_action)

        rows = self.table.view
        rows.activated.connect(self._on_activated)  # Enter, or a double-click
        rows.selectionModel().selectionChanged.connect(self._update_buttons)
        rows.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        rows.customContextMenuRequested.connect(self._context_menu)

        self.browser_stack = QStackedWidget()
        self.browser_stack.addWidget(self.table)
        self.browser_stack.addWidget(self.calendar)
        self.browser = QWidget()
        browser_layout = QVBoxLayout(self.browser)
        browser_layout.setContentsMargins(0, 0, 0, 0)
        browser_layout.addLayout(bar)
        browser_layout.addWidget(self.browser_stack, 1)
        self.screens = QStackedWidget()
        self.screens.addWidget(self.browser)
        self.set_content(self.screens)
        saved = str(settings().value(VIEW_KEY, LIST))
        self.show_view(saved if saved in self._views else LIST)
        self._update_buttons()

    # --- data -----------------------------------------------------------------------------

    def query(self, db: Database) -> list[ModuleRow]:
        from itepad.services.overview import module_rows

        return module_rows(db)

    def count_text(self, count: int) -> str:
        return self.tr("1 module") if count == 1 else self.tr("{n:,} modules").format(n=count)

    def set_database(self, db: Database) -> None:
        self.calendar.set_database(db)
        if self.editor is not None:
            self.editor.set_database(db)
        super().set_database(db)

    def invalidate(self) -> None:
        super().invalidate()
        self.calendar.invalidate()
        if self.editing:
            assert self.editor is not None
            self.editor.reload()

    def focus_search(self) -> bool:
        """Ctrl+F: the list's search field, from the calendar too."""
        if self.editing:
            return False
        self.show_view(LIST)
        return super().focus_search()

    # --- views ----------------------------------------------------------------------------

    def current_view(self) -> str:
        return next(view for view, button in self._views.items() if button.isChecked())

    def show_view(self, view: str) -> None:
        self._views[view].setChecked(True)
        settings().setValue(VIEW_KEY, view)
        if view == LIST:
            self.browser_stack.setCurrentWidget(self.table)
        else:
            self.calendar.set_mode(view)
            self.browser_stack.setCurrentWidget(self.calendar)
        self._update_buttons()

    def _on_calendar_mode(self, mode: str) -> None:
        self._views[mode].setChecked(True)
        settings().setValue(VIEW_KEY, mode)

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(
            self.current_view() == LIST and self.selected_module() is not None
        )

    # --- the editor -----------------------------------------------------------------------

    @property
    def editing(self) -> bool:
        return self.editor is not None and self.screens.currentWidget() is self.editor

    def selected_module(self) -> ModuleRow | None:
        row = self.table.current_source_row()
        return None if row is None else self.model.row_at(row)

    def edit_selected(self) -> None:
        module = self.selected_module()
        if module is not None:
            self.open_editor(module.id)

    def _on_activated(self, index: QModelIndex) -> None:
        self.open_editor(self.model.row_at(self.table.proxy.mapToSource(index).row()).id)

    def open_editor(self, module_id: int) -> None:
        db = self.database
        if db is None:
            return
        if self.editor is None:
            from itepad.ui.module_editor.editor import ModuleEditor

            self.editor = ModuleEditor()
            self.editor.closed.connect(self.show_browser)
            self.editor.saved.connect(self._on_saved)
            self.editor.message.connect(self.message)
            self.editor.title_changed.connect(
                lambda title: self.set_summary(self.tr("Editing {module}").format(module=title))
            )
            self.screens.addWidget(self.editor)
        self.editor.set_database(db)
        self.screens.setCurrentWidget(self.editor)
        self.editor.open_module(module_id)

    def show_browser(self) -> None:
        """Back from the editor to the list or calendar, up to date."""
        self.screens.setCurrentWidget(self.browser)
        if self._list_stale:
            self._list_stale = False
            self.reload()
        self._on_counts(*self.table.counts())
        shown = self.browser_stack.currentWidget()
        if shown is not None:
            shown.setFocus()

    def _on_saved(self) -> None:
        if self.editing:
            self._list_stale = True
            self.calendar.invalidate()
        else:
            self.invalidate()  # saved after the user left the editor: the list shows it now

    # --- a new module ---------------------------------------------------------------------

    def new_module(self) -> None:
        db = self.database
        if db is None:
            return
        if self.editor is not None:
            self.editor.save_now()
        from itepad.ui.new_module_dialog import NewModuleDialog

        dialog = NewModuleDialog(db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._on_created)
        dialog.destroyed.connect(self._forget_dialog)
        self.new_module_dialog = dialog
        dialog.open()

    def _forget_dialog(self) -> None:
        self.new_module_dialog = None

    def _on_created(self, module_id: int, code: str) -> None:
        self.message.emit(
            self.tr("Created module {code}; it is open in the editor.").format(code=code),
            MESSAGE_MS,
        )
        self._list_stale = True
        self.calendar.invalidate()
        self.open_editor(module_id)

    # --- context menu ---------------------------------------------------------------------

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        edit = menu.addAction(self.tr("Edit…"))
        edit.setEnabled(self.selected_module() is not None)
        edit.triggered.connect(self.edit_selected)
        new = menu.addAction(self.tr("New module…"))
        new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        new.triggered.connect(self.new_module)
        menu.addSeparator()
        history = menu.addAction(self.tr("History…"))
        history.setEnabled(self.selected_module() is not None)
        history.triggered.connect(self.show_history)
        return menu

    def show_history(self) -> None:
        """Every change to the selected module, its sessions, enrolments and attendance."""
        from itepad.ui.undo.record_history import show_record_history

        module = self.selected_module()
        if module is not None:
            show_record_history(self, self.database, module.code, module_id=module.id)

    def _context_menu(self, position: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(self.table.view.viewport().mapToGlobal(position))
        menu.deleteLater()
