"""Reviews: per cohort, the portfolio review copies sent, returned and outstanding, and the
comments and change requests that came back, each marked resolved by the teacher educator.

Everything that touches the database or writes files runs in a worker; the panel only shows
results. Returned forms are imported from a file dialog or dropped onto the panel.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itepad.errors import UserError
from itepad.reports.headings import LANGUAGE_NAMES
from itepad.services.portfolio_review import (
    CohortReviews,
    ReviewComment,
    cohort_reviews,
    review_comments,
    set_resolved,
)
from itepad.ui.print_options import portfolio_options
from itepad.ui.reviews.models import ReviewCommentsModel, StudentReviewsModel
from itepad.ui.save_path import remembered_folder
from itepad.ui.settings import settings
from itepad.ui.translation import print_language
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.services.portfolio_batch import BatchSummary
    from itepad.store.database import Database

FOLDER_KEY = "reviews/folder"  # QSettings: where review copies were last written or read


@dataclass(frozen=True)
class _Loaded:
    cohorts: list[str]
    reviews: CohortReviews | None
    comments: list[ReviewComment]


def _load(db: Database, cohort: str | None) -> _Loaded:
    from itepad.services.listing import list_records

    cohorts = [str(record[0]) for record in list_records(db, "cohorts")]
    if cohort not in cohorts:
        cohort = cohorts[0] if cohorts else None
    if cohort is None:
        return _Loaded(cohorts, None, [])
    reviews = cohort_reviews(db, cohort)
    return _Loaded(cohorts, reviews, review_comments(db, [s.student_id for s in reviews.students]))


class _Progress(QObject):
    # Emitted from the worker thread; connected slots run in the GUI thread.
    step = Signal(int, int, str)


class ReviewsPanel(QWidget):
    loaded = Signal()
    finished = Signal(str)  # a write or an import is done: what happened, in a sentence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self._cohort: str | None = None
        self._loading = False
        self.setAcceptDrops(True)

        self.cohort_box = QComboBox()
        self.cohort_box.currentTextChanged.connect(self._cohort_chosen)
        self.figures = QLabel()
        self.language_box = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(print_language()), 0))
        self.language_box.setToolTip(self.tr("Language of the review copies' headings"))

        self.students = StudentReviewsModel(self)
        self.student_view = self._table(self.students)
        self.student_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.comments = ReviewCommentsModel(self)
        self.comment_view = self._table(self.comments)
        self.comment_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.comment_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.student_view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.write_selected = QPushButton(self.tr("Write review copies for &selected…"))
        self.write_selected.clicked.connect(lambda: self._ask_and_write(selected=True))
        self.write_cohort = QPushButton(self.tr("Write review copies for the &cohort…"))
        self.write_cohort.clicked.connect(lambda: self._ask_and_write(selected=False))
        self.import_button = QPushButton(self.tr("&Import returned forms…"))
        self.import_button.setToolTip(self.tr("Or drop the returned PDF files onto this panel"))
        self.import_button.clicked.connect(self._ask_and_import)
        self.resolve_button = QPushButton(self.tr("Mark &resolved"))
        self.resolve_button.clicked.connect(self.toggle_resolved)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Cohort:")))
        top.addWidget(self.cohort_box, 1)
        top.addWidget(self.figures, 2)
        top.addWidget(QLabel(self.tr("Language:")))
        top.addWidget(self.language_box)
        actions = QHBoxLayout()
        for button in (self.write_selected, self.write_cohort):
            actions.addWidget(button)
        actions.addStretch()
        comments_bar = QHBoxLayout()
        comments_label = QLabel(self.tr("Comments and change requests"))
        comments_label.setStyleSheet("font-weight: bold")
        comments_bar.addWidget(comments_label)
        comments_bar.addStretch()
        # Beside what the returned forms bring, and keeps the page narrow enough for a laptop.
        comments_bar.addWidget(self.import_button)
        comments_bar.addWidget(self.resolve_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(comments_bar)
        lower_layout.addWidget(self.comment_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.student_view)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def _table(self, model: Any) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Rows come in the service's order (family name) until a header is clicked.
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        return view

    # --- loading --------------------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.reload()

    @property
    def is_loaded(self) -> bool:
        return self.db is not None and not self._loading

    def reload(self) -> None:
        db = self.db
        if db is None:
            return
        self._loading = True
        cohort = self._cohort
        run_in_background(lambda: _load(db, cohort), self, self._show, self._failed)

    def _show(self, loaded: _Loaded) -> None:
        self._loading = False
        self.cohort_box.blockSignals(True)
        self.cohort_box.clear()
        self.cohort_box.addItems(loaded.cohorts)
        if loaded.reviews is not None:
            self._cohort = loaded.reviews.cohort
            self.cohort_box.setCurrentText(loaded.reviews.cohort)
        self.cohort_box.blockSignals(False)
        reviews = loaded.reviews
        self.students.set_rows(reviews.students if reviews else [])
        self.comments.set_rows(loaded.comments)
        self.student_view.resizeColumnsToContents()
        self.comment_view.resizeColumnsToContents()
        self.figures.setText(
            self.tr("Sent: %1 · Returned: %2 · Outstanding: %3")
            .replace("%1", str(reviews.sent if reviews else 0))
            .replace("%2", str(reviews.returned if reviews else 0))
            .replace("%3", str(reviews.outstanding if reviews else 0))
        )
        self._update_buttons()
        self.loaded.emit()

    def _cohort_chosen(self, cohort: str) -> None:
        if cohort and cohort != self._cohort:
            self._cohort = cohort
            self.reload()

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        self._update_buttons()
        if not isinstance(exc, UserError):
            raise exc
        QMessageBox.warning(self, self.tr("Reviews"), str(exc))

    def _update_buttons(self) -> None:
        ready = self.db is not None and self._cohort is not None
        self.write_cohort.setEnabled(ready)
        self.write_selected.setEnabled(ready and self.student_view.selectionModel().hasSelection())
        self.import_button.setEnabled(self.db is not None)
        comment = self._selected_comment()
        self.resolve_button.setEnabled(comment is not None)
        if comment is not None and comment.resolved_at is not None:
            self.resolve_button.setText(self.tr("Open &again"))
        else:
            self.resolve_button.setText(self.tr("Mark &resolved"))

    def _selected_comment(self) -> ReviewComment | None:
        rows = self.comment_view.selectionModel().selectedRows()
        return self.comments.row_at(rows[0].row()) if rows else None

    # --- resolving ------------------------------------------------------------------------

    def toggle_resolved(self) -> None:
        comment, db = self._selected_comment(), self.db
        if comment is None or db is None:
            return
        resolved = comment.resolved_at is None
        run_in_background(
            lambda: set_resolved(db, comment.answer_id, comment.version, resolved),
            self,
            lambda _version: self.reload(),
            self._refused,
        )

    def _refused(self, exc: Exception) -> None:
        self._failed(exc)
        self.reload()  # a stale row: show it as it is now

    # --- writing review copies ------------------------------------------------------------

    def _folder(self) -> str:
        return str(remembered_folder(FOLDER_KEY))

    def _ask_and_write(self, *, selected: bool) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the review copies"), self._folder()
        )
        if folder:
            settings().setValue(FOLDER_KEY, folder)
            emails = self.selected_emails() if selected else None
            self.write_copies(Path(folder), emails)

    def selected_emails(self) -> list[str]:
        rows = self.student_view.selectionModel().selectedRows()
        return [self.students.row_at(index.row()).email for index in rows]

    def write_copies(self, out_dir: Path, emails: list[str] | None = None) -> None:
        """Write review copies into `out_dir` for `emails` (None: the whole cohort)."""
        db, cohort = self.db, self._cohort
        if db is None or cohort is None:
            return
        from itepad.services.portfolio_batch import cohort_students, write_portfolios

        options = portfolio_options(language=str(self.language_box.currentData()), review=True)
        cancel = threading.Event()
        progress = _Progress(self)
        dialog = QProgressDialog(self.tr("Writing review copies…"), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Review copies"))
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(cancel.set)
        progress.step.connect(lambda done, total, name: self._step(dialog, done, total, name))

        def work() -> BatchSummary:
            students = cohort_students(db, cohort)
            if emails is not None:
                students = [s for s in students if s.email in emails]
            return write_portfolios(
                db.location.url,
                students,
                out_dir,
                options=options,
                jobs=2,  # a few workers: the panel must stay responsive
                progress=progress.step.emit,
                cancel=cancel,
            )

        def done(summary: BatchSummary) -> None:
            dialog.reset()
            progress.deleteLater()
            message = self.tr("%1 of %2 review copies written to %3").replace(
                "%1", str(len(summary.written))
            )
            message = message.replace("%2", str(summary.total)).replace("%3", str(out_dir))
            if summary.failures:
                details = "\n".join(f"{f.name}: {f.message}" for f in summary.failures)
                QMessageBox.warning(self, self.tr("Review copies"), f"{message}\n\n{details}")
            self.reload()
            self.finished.emit(message)

        def failed(exc: Exception) -> None:
            dialog.reset()
            progress.deleteLater()
            self._failed(exc)

        run_in_background(work, self, done, failed)

    def _step(self, dialog: QProgressDialog, done: int, total: int, name: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(self.tr("Written: %1").replace("%1", name))

    # --- importing returned forms ---------------------------------------------------------

    def _ask_and_import(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Returned review copies"), self._folder(), self.tr("PDF files (*.pdf)")
        )
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, paths: list[Path]) -> None:
        """Import each returned form; each is taken or refused on its own."""
        db = self.db
        if db is None:
            return
        from itepad.services.review_import import import_review

        def work() -> list[tuple[bool, str]]:
            outcomes = []
            for path in paths:
                try:
                    outcomes.append((True, import_review(db, path).message()))
                except (UserError, OSError) as exc:
                    outcomes.append((False, str(exc)))
            return outcomes

        def done(outcomes: list[tuple[bool, str]]) -> None:
            self.reload()
            refused = self.tr("Refused: %1")
            text = "\n\n".join(m if ok else refused.replace("%1", m) for ok, m in outcomes)
            self.finished.emit(text)
            if not all(ok for ok, _ in outcomes):
                QMessageBox.warning(self, self.tr("Returned review copies"), text)

        run_in_background(work, self, done, self._failed)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.db is not None and _pdf_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _pdf_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)


def _pdf_paths(urls: list[Any]) -> list[Path]:
    return [
        Path(url.toLocalFile())
        for url in urls
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".pdf")
    ]
