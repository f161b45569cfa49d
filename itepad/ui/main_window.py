"""The main window: a sidebar of pages, the pages, menus and the status bar.

Start-up speed: the window is shown with nothing but the sidebar and an "Opening database…"
notice. Once it has been painted, the database is opened in a worker (SQLAlchemy is imported
there) while the pages are imported and built here; nothing in this module imports the store.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from itepad import __version__
from itepad.errors import UserError
from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.settings import settings
from itepad.ui.undo.controller import UndoController
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.store.database import Database
    from itepad.ui.data_safety.privacy_dialog import PrivacyDialog
    from itepad.ui.pages.attendance import AttendancePage
    from itepad.ui.pages.base import Page
    from itepad.ui.pages.dashboard import DashboardPage
    from itepad.ui.pages.mentoring import MentoringPage
    from itepad.ui.pages.modules import ModulesPage
    from itepad.ui.pages.portfolios import PortfoliosPage
    from itepad.ui.pages.students import StudentsPage

APP_TITLE = "itepad"
GEOMETRY_KEY = "window/geometry"
PAGE_KEY = "window/page"
# A window that is never painted (started minimised) still opens its database.
OPEN_ANYWAY_MS = 300

# Title, module and class of each page, in sidebar order (Ctrl+1 .. Ctrl+6).
PAGES = (
    (QT_TR_NOOP("Dashboard"), "itepad.ui.pages.dashboard", "DashboardPage"),
    (QT_TR_NOOP("Modules"), "itepad.ui.pages.modules", "ModulesPage"),
    (QT_TR_NOOP("Student teachers"), "itepad.ui.pages.students", "StudentsPage"),
    (QT_TR_NOOP("Attendance"), "itepad.ui.pages.attendance", "AttendancePage"),
    (QT_TR_NOOP("Mentoring"), "itepad.ui.pages.mentoring", "MentoringPage"),
    (QT_TR_NOOP("Portfolios & reports"), "itepad.ui.pages.portfolios", "PortfoliosPage"),
)

SIDEBAR_STYLE = """
QListWidget#sidebar {
    border: none;
    border-right: 1px solid palette(mid);
    background: palette(window);
    padding-top: 8px;
    outline: 0;
}
QListWidget#sidebar::item { padding: 9px 14px; margin: 1px 6px; border-radius: 5px; }
QListWidget#sidebar::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
"""


class MainWindow(QMainWindow):
    database_opened = Signal()
    open_failed = Signal(str)  # the UserError's message, after the user has seen it
    first_painted = Signal()
    dashboard_loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_TITLE)
        self._db: Database | None = None
        self._pages: list[Page] = []
        self._painted = False
        self._opener: Callable[[], Database] | None = None
        self.privacy_dialog: PrivacyDialog | None = None

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, (title, _module, _class) in enumerate(PAGES, start=1):
            self.sidebar.addItem(self.tr(title))
            self.sidebar.item(number - 1).setToolTip(f"{self.tr(title)} (Ctrl+{number})")
        self.sidebar.setFixedWidth(self.sidebar.sizeHintForColumn(0) + 48)
        self.sidebar.currentRowChanged.connect(self._on_page_changed)
        self.stack = QStackedWidget()
        self._waiting = QLabel(self.tr("Opening database…"))
        self._waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._waiting.setEnabled(False)  # drawn in the muted colour
        self.stack.addWidget(self._waiting)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        page_area = QWidget()
        page_layout = QHBoxLayout(page_area)
        page_layout.setContentsMargins(16, 12, 16, 8)
        page_layout.addWidget(self.stack)
        layout.addWidget(page_area, 1)
        self.setCentralWidget(central)

        self.summary = QLabel()
        self.statusBar().addWidget(self.summary, 1)
        self.undo = UndoController(self)  # the Edit menu's undo, redo and histories
        self.undo.reverted.connect(self._after_undo)
        self._build_menus()
        self._restore_settings()

    # --- database ---------------------------------------------------------------------------

    @property
    def database(self) -> Database | None:
        return self._db

    def open_database(self, opener: Callable[[], Database]) -> None:
        """Run `opener` (open, migrate, maybe fill) in a worker; then hand the pages the result.

        Waits for the window's first paint, so that the window shows before anything heavy
        is imported.
        """
        self._opener = opener
        if self._painted:
            self._start_opening()
        else:
            QTimer.singleShot(OPEN_ANYWAY_MS, self, self._start_opening)

    def _start_opening(self) -> None:
        opener, self._opener = self._opener, None
        if opener is None:
            return  # already started
        self.statusBar().showMessage(self.tr("Opening database…"))
        run_in_background(opener, self, self._on_opened, self._on_open_failed)
        self._ensure_pages()  # meanwhile: imports the page modules

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self, self._start_opening)  # not inside a paint event

    def _on_opened(self, db: Database) -> None:
        self._db = db
        self.setWindowTitle(f"{APP_TITLE} — {db.location.display_name}")
        self.statusBar().clearMessage()
        self.undo.set_database(db)
        for page in self.pages:
            page.set_database(db)
        self.database_opened.emit()
        self._daily_backup(db)

    def _daily_backup(self, db: Database) -> None:
        """A copy of the database once a day while the app runs, off the GUI thread."""
        from itepad.services.backups import daily_backup

        keep = int(cast(int, settings().value("backups/keep", 7, int)))
        run_in_background(
            lambda: daily_backup(db.location, keep=keep),
            self,
            self._on_daily_backup,
            self._on_daily_backup_failed,
        )

    def _on_daily_backup(self, made: object) -> None:
        if made is not None:
            message = self.tr("Daily backup written to {path}").format(path=made)
            self.statusBar().showMessage(message, 5000)

    def _on_daily_backup_failed(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self.statusBar().showMessage(
            self.tr("The daily backup failed: {reason}").format(reason=exc)
        )

    def _on_open_failed(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self.statusBar().showMessage(self.tr("The database could not be opened."))
        for page in self.pages:
            page.show_notice(str(exc))
        QMessageBox.critical(self, self.tr("itepad cannot open the database"), str(exc))
        self.open_failed.emit(str(exc))

    def reload(self) -> None:
        """Read everything again (e.g. after another program changed the database)."""
        for page in self._pages:
            page.invalidate()

    def _after_undo(self, text: str) -> None:
        """An undo or redo changed the database: every page and open record shows it."""
        self.reload()
        for window in self.students.record_windows.values():
            window.reload()
        self.statusBar().showMessage(text, 10_000)

    # --- pages ------------------------------------------------------------------------------

    @property
    def pages(self) -> list[Page]:
        """The pages, in sidebar order; built (and their modules imported) on first use."""
        return self._ensure_pages()

    def _ensure_pages(self) -> list[Page]:
        if self._pages:
            return self._pages
        for title, module, name in PAGES:
            page: Page = getattr(importlib.import_module(module), name)(self.tr(title))
            page.summary_changed.connect(lambda text, page=page: self._on_summary(page, text))
            page.message.connect(self.statusBar().showMessage)
            self.stack.addWidget(page)
            self._pages.append(page)
        self._pages[0].loaded.connect(self.dashboard_loaded)
        self.dashboard.open_attendance.connect(self.show_attendance)
        self.stack.removeWidget(self._waiting)
        self._waiting.deleteLater()
        self._on_page_changed(self.sidebar.currentRow())
        return self._pages

    @property
    def dashboard(self) -> DashboardPage:
        return cast("DashboardPage", self.pages[0])

    @property
    def modules(self) -> ModulesPage:
        return cast("ModulesPage", self.pages[1])

    @property
    def students(self) -> StudentsPage:
        return cast("StudentsPage", self.pages[2])

    @property
    def attendance(self) -> AttendancePage:
        return cast("AttendancePage", self.pages[3])

    @property
    def mentoring(self) -> MentoringPage:
        return cast("MentoringPage", self.pages[4])

    @property
    def portfolios(self) -> PortfoliosPage:
        return cast("PortfoliosPage", self.pages[5])

    def current_page(self) -> Page:
        return self.pages[self.sidebar.currentRow()]

    def go_to(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def show_attendance(self, module_id: int, enrolment_id: int) -> None:
        """Open the attendance page on a student teacher's row of a module."""
        self.go_to(self.pages.index(self.attendance))
        self.attendance.show_enrolment(module_id, enrolment_id)

    def _on_page_changed(self, index: int) -> None:
        if index < 0 or not self._pages:
            return  # the pages are not built yet: the "Opening database…" notice stays
        self.stack.setCurrentIndex(index)
        self.summary.setText(self._pages[index].summary)

    def _on_summary(self, page: Page, text: str) -> None:
        if page is self.current_page():
            self.summary.setText(text)

    def _find(self) -> None:
        if not self._pages or not self.current_page().focus_search():
            self.statusBar().showMessage(self.tr("This page has no search field."), 3000)

    # --- menus ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for text, slot, tip in (
            (self.tr("&Back up now…"), self.back_up_now, self.tr("Copy the database to a file")),
            (
                self.tr("&Restore from backup…"),
                self.restore_from_backup,
                self.tr("Put a backup in place of the database; the current one is kept"),
            ),
            (self.tr("Open backups &folder"), self.open_backups_folder, ""),
            (
                self.tr("&Privacy…"),
                self.show_privacy,
                self.tr("Who is due for deletion: export their records, erase their data"),
            ),
        ):
            action = file_menu.addAction(text)
            action.setStatusTip(tip)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        file_menu.addSeparator()
        preferences = file_menu.addAction(self.tr("Prefere&nces…"))
        preferences.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.triggered.connect(self.show_preferences)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # Windows has no standard Quit key
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)

        self.undo.fill_menu(self.menuBar().addMenu(self.tr("&Edit")))

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, (title, _module, _class) in enumerate(PAGES, start=1):
            # "&&": a menu would read the "&" of "Portfolios & reports" as an accelerator.
            action = view_menu.addAction(self.tr(title).replace("&", "&&"))
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, i=number - 1: self.go_to(i))
        view_menu.addSeparator()
        find = view_menu.addAction(self.tr("&Find"))
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(self._find)
        reload_action = view_menu.addAction(self.tr("&Reload"))
        reload_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        reload_action.triggered.connect(self.reload)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = help_menu.addAction(self.tr("&User guide"))
        guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        guide.triggered.connect(self.open_user_guide)
        keys = help_menu.addAction(self.tr("&Keyboard shortcuts"))
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addSeparator()
        about = help_menu.addAction(self.tr("&About itepad"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)

    def show_preferences(self) -> None:
        from itepad.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self)
        dialog.accepted.connect(self.undo.update_actor)  # the name changes are recorded under
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_shortcuts(self) -> None:
        from itepad.ui.help_dialogs import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_user_guide(self) -> None:
        from itepad.ui.help_dialogs import open_user_guide

        if not open_user_guide():
            self.statusBar().showMessage(self.tr("The user guide could not be opened."), 5000)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About itepad"),
            self.tr(
                "<h3>itepad {version}</h3>"
                "<p>The teacher educator's desk for <i>eTwinning for future teachers</i>: "
                "modules, attendance, mentoring and portfolios, offline.</p>"
                "<p>Free software under the GNU General Public License, version 3 or any "
                "later version (GPL-3.0-or-later).</p>"
            ).format(version=__version__),
        )

    # --- data safety (File menu) --------------------------------------------------------------

    def _open_database_or_say(self) -> Database | None:
        if self._db is None:
            self.statusBar().showMessage(self.tr("No database is open yet."), 5000)
        return self._db

    def back_up_now(self) -> None:
        from itepad.ui.data_safety.backup_actions import back_up_now

        db = self._open_database_or_say()
        if db is not None:
            back_up_now(self, db, lambda text: self.statusBar().showMessage(text, 15_000))

    def restore_from_backup(self) -> None:
        from itepad.ui.data_safety.backup_actions import restore_from_backup

        db = self._open_database_or_say()
        if db is not None:
            restore_from_backup(self, db, self._restored)

    def _restored(self, db: Database, text: str) -> None:
        """Every page shows the restored database (the old engine was closed by the restore)."""
        self._db = db
        self.undo.set_database(db)  # what was done before the restore is no longer there
        for page in self.pages:
            page.set_database(db)
        self.statusBar().showMessage(text, 30_000)

    def open_backups_folder(self) -> None:
        from itepad.ui.data_safety.backup_actions import open_backups_folder

        db = self._open_database_or_say()
        if db is not None:
            open_backups_folder(self, db)

    def show_privacy(self) -> None:
        from itepad.ui.data_safety.privacy_dialog import PrivacyDialog

        db = self._open_database_or_say()
        if db is None:
            return
        dialog = PrivacyDialog(db, self)
        dialog.message.connect(self.statusBar().showMessage)
        dialog.erased.connect(self.reload)
        dialog.finished.connect(dialog.deleteLater)
        self.privacy_dialog = dialog
        dialog.open()

    # --- settings ---------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        store = settings()
        geometry = store.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1240, 780)
        try:
            page = int(str(store.value(PAGE_KEY, 0)))
        except ValueError:
            page = 0
        self.go_to(page if 0 <= page < len(PAGES) else 0)

    def save_settings(self) -> None:
        store = settings()
        store.setValue(GEOMETRY_KEY, self.saveGeometry())
        store.setValue(PAGE_KEY, self.sidebar.currentRow())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.undo.close()
        super().closeEvent(event)
