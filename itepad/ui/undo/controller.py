"""The Edit menu's Undo / Redo for every change made in the app, one mechanism for all editors.

The UndoHistory (services/undo.py) hears each committed change in the thread that wrote it;
a queued signal brings the news to the GUI thread, where the step labels are read in a worker
and put on the actions ("Undo mark 12 students present"). Undo and redo run in a worker too,
with the actions disabled meanwhile; `reverted` then tells the window to reload what it shows.
A refused undo (a record changed since, by this app or by someone else) is explained in a
message box, and nothing has changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from itepad.errors import UserError
from itepad.ui.identity import user_name
from itepad.ui.undo.text_keys import TextKeys
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.services.undo import Step, UndoHistory
    from itepad.store.database import Database
    from itepad.ui.undo.activity_log import ActivityLogDialog
    from itepad.ui.undo.history_dialog import UndoHistoryDialog

Steps = tuple[list["Step"], list["Step"]]  # (done, oldest first; undone, next to redo last)


def action_text(label: str) -> str:
    """ "Mark 12 students present" as it reads after "Undo": "mark 12 students present"."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


class UndoController(QObject):
    reverted = Signal(str)  # the database changed by an undo or redo: "Undone: …"
    steps_changed = Signal()  # `steps` is new
    _history_changed = Signal()  # emitted in whichever thread wrote; queued to this one

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._db: Database | None = None
        self._history: UndoHistory | None = None
        self._busy = False
        self._refreshing = False
        self._refresh_again = False
        self.steps: Steps = ([], [])
        self.history_dialog: UndoHistoryDialog | None = None
        self.activity_log: ActivityLogDialog | None = None

        self.undo_action = QAction(self.tr("&Undo"), window)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("&Redo"), window)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.redo)
        self.history_action = QAction(self.tr("Undo &history…"), window)
        self.history_action.setStatusTip(self.tr("Every change of this session; undo back to one"))
        self.history_action.triggered.connect(self.show_history)
        self.log_action = QAction(self.tr("&Activity log…"), window)
        self.log_action.setStatusTip(self.tr("Who changed what and when, in this database"))
        self.log_action.triggered.connect(self.show_activity_log)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._history_changed.connect(self._refresh, Qt.ConnectionType.QueuedConnection)
        self.text_keys = TextKeys(window)
        self._show_steps(([], []))

    def fill_menu(self, menu: QMenu) -> None:
        menu.addActions([self.undo_action, self.redo_action])
        menu.addSeparator()
        menu.addActions([self.history_action, self.log_action])

    # --- the database -----------------------------------------------------------------------

    @property
    def history(self) -> UndoHistory | None:
        return self._history

    def set_database(self, db: Database) -> None:
        """A new history for a database just opened (or restored); the old one is closed."""
        from itepad.services.undo import UndoHistory

        self.close()
        self._db = db
        self.update_actor()
        self._history = UndoHistory(db)
        self._history.add_listener(self._history_changed.emit)
        self._show_steps(([], []))

    def close(self) -> None:
        if self._history is not None:
            self._history.close()
        self._history, self._db = None, None
        for dialog in (self.history_dialog, self.activity_log):
            if dialog is not None:
                dialog.close()

    def update_actor(self) -> None:
        """Changes are recorded under the name in Preferences (read again when it changes)."""
        if self._db is not None:
            self._db.audit.actor = user_name()

    # --- the actions' texts -----------------------------------------------------------------

    def _refresh(self) -> None:
        """Read the steps' labels in a worker; one read at a time, again if asked meanwhile."""
        history = self._history
        if history is None:
            return
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        run_in_background(
            lambda: (history.undo_steps(), history.redo_steps()),
            self,
            lambda steps: self._refreshed(history, steps),
            lambda exc: self._refreshed(history, None, exc),
        )

    def _refreshed(
        self, history: UndoHistory, steps: Steps | None, exc: Exception | None = None
    ) -> None:
        self._refreshing = False
        if self._refresh_again:
            self._refresh_again = False
            self._refresh()
        elif history is self._history and steps is not None:
            self._show_steps(steps)
        if exc is not None:
            self._failed(exc, self.tr("Undo"))

    def _show_steps(self, steps: Steps) -> None:
        self.steps = steps
        done, undone = steps
        ready = not self._busy and self._history is not None
        self.undo_action.setEnabled(ready and bool(done))
        self.redo_action.setEnabled(ready and bool(undone))
        self.undo_action.setText(
            self.tr("&Undo {action}").format(action=action_text(done[-1].label))
            if done
            else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {action}").format(action=action_text(undone[-1].label))
            if undone
            else self.tr("&Redo")
        )
        self.history_action.setEnabled(self._db is not None)
        self.log_action.setEnabled(self._db is not None)
        self.steps_changed.emit()

    @property
    def busy(self) -> bool:
        return self._busy

    # --- undo and redo ----------------------------------------------------------------------

    def undo(self) -> None:
        self._run(lambda h: [h.undo()], self.tr("Undone: {action}"), self.tr("Cannot undo"))

    def redo(self) -> None:
        self._run(lambda h: [h.redo()], self.tr("Redone: {action}"), self.tr("Cannot redo"))

    def go_to(self, count: int) -> None:
        """Undo or redo until `count` actions are done (a step chosen in the undo history)."""
        done, undone = self.steps
        if count < len(done):
            undoing = done[count:]

            def undo_to(history: UndoHistory) -> list[Step]:
                history.undo_to(count)
                return undoing

            self._run(undo_to, self.tr("Undone: {action}"), self.tr("Cannot undo"))
        elif count > len(done):
            redoing = undone[::-1][: count - len(done)]

            def redo_to(history: UndoHistory) -> list[Step]:
                history.redo_to(count)
                return redoing

            self._run(redo_to, self.tr("Redone: {action}"), self.tr("Cannot redo"))

    def _run(self, work: Callable[[UndoHistory], list[Step]], done_text: str, refused: str) -> None:
        history = self._history
        if history is None or self._busy:
            return
        self._set_busy(True)
        run_in_background(
            lambda: work(history),
            self,
            lambda steps: self._done(steps, done_text),
            lambda exc: self._after_failure(exc, refused),
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._show_steps(self.steps)

    def _done(self, steps: list[Step], done_text: str) -> None:
        self._set_busy(False)
        labels = [step.label for step in steps]
        if len(labels) == 1:
            text = done_text.format(action=labels[0])
        else:
            text = done_text.format(action=self.tr("{n} actions").format(n=len(labels)))
        self.reverted.emit(text)
        self._refresh()

    def _after_failure(self, exc: Exception, title: str) -> None:
        self._set_busy(False)
        self._refresh()
        self._failed(exc, title)

    def _failed(self, exc: Exception, title: str) -> None:
        if not isinstance(exc, UserError):
            raise exc  # a bug: reaches sys.excepthook (and fails a pytest-qt test)
        QMessageBox.warning(self._window, title, str(exc))

    # --- the windows ------------------------------------------------------------------------

    def show_history(self) -> None:
        if self._history is None:
            return
        if self.history_dialog is None:
            from itepad.ui.undo.history_dialog import UndoHistoryDialog

            self.history_dialog = UndoHistoryDialog(self, self._window)
            self.history_dialog.destroyed.connect(lambda: self._forget("history_dialog"))
        self._raise(self.history_dialog)

    def show_activity_log(self) -> None:
        if self._db is None:
            return
        if self.activity_log is None:
            from itepad.ui.undo.activity_log import ActivityLogDialog

            self.activity_log = ActivityLogDialog(self._db, self._window)
            self.activity_log.destroyed.connect(lambda: self._forget("activity_log"))
        self._raise(self.activity_log)

    def _forget(self, name: str) -> None:
        setattr(self, name, None)

    @staticmethod
    def _raise(dialog: QWidget) -> None:
        if dialog.isVisible():  # open already, perhaps behind the main window
            dialog.raise_()
            dialog.activateWindow()
        else:
            dialog.show()
