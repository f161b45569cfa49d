"""A busy dialog over a window while one piece of work runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from itepad.errors import UserError
from itepad.ui.worker import run_in_background

SHOW_AFTER_MS = 300  # quick work finishes before the dialog would flash up


def run_busy(
    parent: QWidget, text: str, work: Callable[[], Any], done: Callable[[Any], None]
) -> QProgressDialog:
    """Run `work` in a worker behind a busy dialog; then `done(result)`, or tell a refusal.

    The work cannot be cut short (a half-written backup or zip is no use), so there is no
    Cancel button; anything but a UserError is a bug and is raised.
    """
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)  # Qt's way to have no button
    dialog.setWindowTitle(parent.window().windowTitle())
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)

    def finished(result: Any) -> None:
        dialog.close()
        dialog.deleteLater()
        done(result)

    def failed(exc: Exception) -> None:
        dialog.close()
        dialog.deleteLater()
        if not isinstance(exc, UserError):
            raise exc
        QMessageBox.warning(parent, parent.window().windowTitle(), str(exc))

    run_in_background(work, parent, finished, failed)
    return dialog
