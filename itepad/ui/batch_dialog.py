"""Write a cohort's portfolios into a folder, with progress and a Cancel button.

The batch runs in a worker thread, which drives the worker processes of
itepad.services.portfolio_batch; its progress reaches the dialog through a signal, so the GUI
stays responsive and no widget is touched from the worker. Cancel stops the portfolios not yet
started; those being built are finished (every file is written atomically), so the folder only
ever holds complete PDFs.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.reports.portfolio_options import PortfolioOptions
    from itepad.services.portfolio_batch import BatchSummary
    from itepad.store.database import Database


class _Progress(QObject):
    # Created in the GUI thread; emitting from the worker queues the call to the dialog.
    advanced = Signal(int, int, str)


class BatchDialog(QDialog):
    """Runs as soon as it is made; `finished_batch(summary)` follows when the work is over."""

    finished_batch = Signal(object)

    def __init__(
        self,
        db: Database,
        cohort: str,
        folder: Path,
        *,
        options: PortfolioOptions | None = None,
        jobs: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Portfolios of {cohort}").format(cohort=cohort))
        self.setMinimumWidth(460)
        self.folder = Path(folder)
        self.summary: BatchSummary | None = None
        self._cancel = threading.Event()

        self.status = QLabel(self.tr("Starting the workers…"))
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first portfolio tells the total
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.hide()
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.hide()
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)

        progress = _Progress(self)
        progress.advanced.connect(self._advanced)
        cancel = self._cancel

        def write() -> BatchSummary:
            from itepad.services.portfolio_batch import write_cohort_portfolios

            return write_cohort_portfolios(
                db,
                cohort,
                self.folder,
                options=options,
                jobs=jobs,
                progress=progress.advanced.emit,
                cancel=cancel,
            )

        run_in_background(write, self, self._done, self._failed)

    @property
    def running(self) -> bool:
        return self.summary is None and self.close_button.isHidden()

    def cancel(self) -> None:
        """Stop the portfolios not yet started; the dialog stays until the others are done."""
        if not self.running:
            self.reject()
            return
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling: finishing the portfolios being written…"))

    def _advanced(self, done: int, total: int, name: str) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        if not self._cancel.is_set():
            self.status.setText(
                self.tr("{done} of {total} written; the latest: {name}").format(
                    done=done, total=total, name=name
                )
            )

    def _done(self, summary: BatchSummary) -> None:
        self.summary = summary
        self.bar.setRange(0, max(summary.total, 1))
        self.bar.setValue(len(summary.written) + len(summary.failures))
        if summary.total == 0:
            text = self.tr("The cohort has no student teachers: nothing was written.")
        elif summary.cancelled:
            text = self.tr("Cancelled: {written} of {total} portfolios were written to {folder}.")
        else:
            text = self.tr("{written} of {total} portfolios were written to {folder}.")
        self.status.setText(
            text.format(written=len(summary.written), total=summary.total, folder=self.folder)
        )
        if summary.failures:
            self.problems.setPlainText(
                "\n".join(f"{f.name} <{f.email}>: {f.message}" for f in summary.failures)
            )
            self.problems.show()
        self._finish()
        self.finished_batch.emit(summary)

    def _failed(self, exc: Exception) -> None:
        from itepad.errors import UserError

        self._finish()
        if not isinstance(exc, UserError):
            raise exc  # a bug: reaches sys.excepthook
        self.status.setText(str(exc))

    def _finish(self) -> None:
        self.cancel_button.hide()
        self.close_button.show()
        self.open_button.setVisible(bool(self.summary and self.summary.written))
        self.close_button.setDefault(True)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def reject(self) -> None:
        """Escape and the window's close button cancel first; the dialog closes when done."""
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
