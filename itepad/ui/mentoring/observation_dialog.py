"""A lesson observation: the form, saved with Save, signed off like a meeting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from itepad.errors import UserError
from itepad.services import mentoring
from itepad.services import mentoring_edits as edits
from itepad.services.mentoring_edits import Choices, ObservationRow
from itepad.services.signoff import Signature
from itepad.store.concurrency import ConflictError
from itepad.ui.conflict_dialog import Choice, ConflictDialog, ask, compare, version_now
from itepad.ui.markdown_editor import MarkdownEditor
from itepad.ui.mentoring.meeting_editor import MESSAGE_MS, py_datetime, qt_datetime
from itepad.ui.mentoring.pickers import fill_people, make_searchable
from itepad.ui.mentoring.signature_banner import SignatureBanner
from itepad.ui.module_editor.fields import select_data
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.store.database import Database

TEXT_FIELDS = ("class_name", "pupils_age", "subject", "topic", "focus")
MARKDOWN_FIELDS = ("strengths", "areas_to_develop", "targets")


def _load(db: Database, observation_id: int) -> tuple[ObservationRow, Signature]:
    (row,) = edits.observation_rows(db, observation_id)
    return row, mentoring.observation_signature(db, observation_id)


class ObservationDialog(QDialog):
    message = Signal(str, int)
    saved = Signal()
    loaded = Signal()

    def __init__(
        self,
        db: Database,
        choices: Choices,
        observation_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._choices = choices
        self._row: ObservationRow | None = None
        self._busy = False
        self.conflict: ConflictDialog | None = None  # the latest conflict dialog, if any
        self.setWindowTitle(self.tr("Lesson observation"))
        self.resize(900, 700)
        self.banner = SignatureBanner()
        self.observed_at = QDateTimeEdit(
            qt_datetime(datetime.now().replace(second=0, microsecond=0))
        )
        self.observed_at.setCalendarPopup(True)
        self.observed_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.observed_at.setAccessibleName(self.tr("Date and time"))
        self.student = QComboBox()
        make_searchable(self.student)
        self.student.setAccessibleName(self.tr("Student teacher"))
        fill_people(self.student, choices.students)
        self.observer = QComboBox()
        make_searchable(self.observer)
        self.observer.setAccessibleName(self.tr("Observer"))
        fill_people(self.observer, choices.mentors)
        self.fields: dict[str, QLineEdit] = {}
        self.labels: dict[str, str] = {  # what the conflict dialog calls each value
            "observed_at": self.tr("Date"),
            "observer_id": self.tr("Observer"),
            "strengths": self.tr("Strengths"),
            "areas_to_develop": self.tr("Areas to develop"),
            "targets": self.tr("Targets"),
        }
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.observed_at)
        form.addRow(self.tr("S&tudent teacher:"), self.student)
        form.addRow(self.tr("O&bserver:"), self.observer)
        for name, label, tip in (
            ("class_name", self.tr("&Class:"), self.tr("The class observed, e.g. 5B")),
            ("pupils_age", self.tr("Pupils' &age:"), self.tr("e.g. 10-11")),
            ("subject", self.tr("S&ubject:"), ""),
            ("topic", self.tr("To&pic:"), ""),
            ("focus", self.tr("Agreed &focus:"), self.tr("What the observer looks at")),
        ):
            field = QLineEdit()
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
            field.setToolTip(tip)
            self.fields[name] = field
            self.labels[name] = label.replace("&", "").rstrip(":")
            form.addRow(label, field)
        self.markdown = {
            "strengths": MarkdownEditor(self.tr("Strengths")),
            "areas_to_develop": MarkdownEditor(self.tr("Areas to develop")),
            "targets": MarkdownEditor(self.tr("Targets")),
        }
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for name, title in (
            ("strengths", self.tr("Strengths")),
            ("areas_to_develop", self.tr("Areas to develop")),
            ("targets", self.tr("Targets")),
        ):
            self.tabs.addTab(self.markdown[name], title)
        self.state = QLabel()
        self.state.setEnabled(False)
        self.sign_button = QPushButton(self.tr("Sign off…"))
        self.sign_button.setToolTip(self.tr("Sign what the observation says now (saved first)"))
        self.sign_button.clicked.connect(self.sign_off)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save the observation (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close without saving the changes not yet saved"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        for button in (self.sign_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        if observation_id is not None:
            self._run(lambda db: _load(db, observation_id), None)

    @property
    def row(self) -> ObservationRow | None:
        return self._row

    def _values(self) -> dict[str, Any]:
        values: dict[str, Any] = {n: f.text().strip() for n, f in self.fields.items()}
        values |= {n: e.text() for n, e in self.markdown.items()}
        values["observed_at"] = py_datetime(self.observed_at.dateTime())
        values["observer_id"] = self.observer.currentData()
        return values

    def _show(self, loaded: tuple[ObservationRow, Signature]) -> None:
        row, signature = loaded
        self._row = row
        with QSignalBlocker(self.observed_at):
            self.observed_at.setDateTime(qt_datetime(row.observed_at))
        select_data(self.student, row.student_id)
        self.student.setEnabled(False)  # an observation stays with its student teacher
        select_data(self.observer, row.observer_id)
        for name, field in self.fields.items():
            field.setText(getattr(row, name))
        for name, editor in self.markdown.items():
            editor.set_text(getattr(row, name))
        self.banner.show_signature(signature)
        self.state.setText(self.tr("Saved"))
        self.loaded.emit()

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Create or update the observation from the form, then read it again."""
        values, row, student = self._values(), self._row, self.student.currentData()
        if student is None:
            return

        def work(db: Database) -> tuple[ObservationRow, Signature]:
            if row is None:
                observation_id = edits.create_observation(db, student_id=student, **values)
            else:
                observation_id = row.id
                changes = {k: v for k, v in values.items() if getattr(row, k) != v}
                if changes:
                    edits.update_observation(db, row.id, row.version, **changes)
            return _load(db, observation_id)

        self._run(work, then, saving=True)

    def _run(
        self,
        work: Callable[[Database], tuple[ObservationRow, Signature]],
        then: Callable[[], None] | None,
        saving: bool = False,
    ) -> None:
        if self._busy:
            return
        self._busy = True
        db = self._db
        self.state.setText(self.tr("Saving…") if saving else self.tr("Loading…"))

        def done(loaded: tuple[ObservationRow, Signature]) -> None:
            self._busy = False
            self._show(loaded)
            if saving:
                self.saved.emit()
                self.message.emit(self.tr("Saved the observation"), MESSAGE_MS)
            if then is not None:
                then()

        run_in_background(lambda: work(db), self, done, self._on_failed)

    def _on_failed(self, exc: Exception) -> None:
        self._busy = False
        if not isinstance(exc, UserError):
            raise exc
        self.state.setText(self.tr("Not saved"))
        if isinstance(exc, ConflictError) and self._row is not None:
            self._resolve(exc, self._row)
            return
        QMessageBox.warning(self, self.tr("Not saved"), str(exc))

    def _resolve(self, exc: ConflictError, loaded: ObservationRow) -> None:
        """Someone else saved the observation first: reload, keep mine, or compare."""
        mine = self._values()
        theirs = exc.current or {}
        # Only the fields the user changed are saved on top; the others keep theirs.
        laid = {**theirs, **{k: v for k, v in mine.items() if getattr(loaded, k) != v}}
        observer_names = {person.id: person.label() for person in self._choices.mentors}

        def show(key: str, value: object) -> str:
            if key == "observer_id":
                return observer_names.get(value, "") if isinstance(value, int) else ""
            if isinstance(value, datetime):
                return value.strftime("%Y-%m-%d %H:%M")
            return "" if value is None else str(value)

        def then(choice: Choice) -> None:
            if choice is Choice.KEEP_MINE:
                self._row = replace(loaded, version=version_now(exc))
                self.save()
            elif exc.current is None:  # deleted: there is nothing to reload
                self.message.emit(self.tr("The observation was deleted"), MESSAGE_MS)
                self.reject()
            else:
                self._run(lambda db: _load(db, loaded.id), None)

        self.conflict = ask(
            self,
            self.tr("lesson observation"),
            compare(list(self.labels.items()), laid, theirs, show),
            then,
            deleted=exc.current is None,
        )

    def sign_off(self) -> None:
        self.save(then=self._ask_and_sign)

    def _ask_and_sign(self) -> None:
        row = self._row
        assert row is not None
        observer = self.observer.currentData()
        default = next((p.email for p in self._choices.mentors if p.id == observer), "")
        signer, ok = QInputDialog.getText(
            self,
            self.tr("Sign off the observation"),
            self.tr("Who signs? (name or email)"),
            QLineEdit.EchoMode.Normal,
            default,
        )
        if not ok or not signer.strip():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Sign off the observation"),
            self.tr("Sign the observation as {who}?").format(who=signer.strip()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(db: Database) -> tuple[ObservationRow, Signature]:
            mentoring.sign_observation(db, row.id, signer)
            return _load(db, row.id)

        self._run(work, None, saving=True)
