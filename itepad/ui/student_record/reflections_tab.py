"""The Reflections tab: the student teacher's reflections, free or in Gibbs' cycle."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from itepad.services import evidence, reflections
from itepad.services.evidence import ModuleChoice
from itepad.services.reflections import ReflectionForm, ReflectionRow
from itepad.store.concurrency import ConflictError
from itepad.store.models import ReflectionModel
from itepad.ui.action_queue import ActionQueue
from itepad.ui.student_record.models import ReflectionsModel
from itepad.ui.student_record.record_tab import RecordTab
from itepad.ui.student_record.reflection_dialog import ReflectionDialog

if TYPE_CHECKING:
    from itepad.store.database import Database


class ReflectionsTab(RecordTab[ReflectionRow]):
    def __init__(self, queue: ActionQueue, parent: QWidget | None = None) -> None:
        super().__init__(queue, ReflectionsModel(), parent)
        self.view.setAccessibleName(self.tr("Reflections"))
        self.view.setToolTip(self.tr("Double-click or Enter opens the reflection"))
        self.dialog: ReflectionDialog | None = None  # the open editor, for tests
        self.add_button(
            self.tr("&New reflection…"),
            self.tr("A free reflection in Markdown"),
            lambda: self.add(ReflectionModel.FREE),
        )
        self.add_button(
            self.tr("New &Gibbs reflection…"),
            self.tr("Description, feelings, evaluation, analysis, conclusion, action plan"),
            lambda: self.add(ReflectionModel.GIBBS),
        )
        self.buttons.addStretch()
        self.edit_button = self.add_button(self.tr("&Edit…"), "", self.edit)
        self.delete_button = self.add_button(self.tr("&Delete…"), "", self.delete)
        self.update_buttons()

    def fetch(self, db: Database, student_id: int) -> Sequence[ReflectionRow]:
        return reflections.list_reflections(db, student_id)

    def empty_text(self) -> str:
        return self.tr("No reflections yet.")

    def update_buttons(self) -> None:
        row = self.current_row()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)

    def activate(self) -> None:
        self.edit()

    def _open_dialog(
        self, form: ReflectionForm, on_save: Callable[[ReflectionForm], None], editing: bool
    ) -> None:
        student_id = self.student_id

        def show(modules: tuple[ModuleChoice, ...]) -> None:
            dialog = ReflectionDialog(modules, form, editing=editing, parent=self)
            dialog.accepted.connect(lambda: on_save(dialog.form()))
            dialog.finished.connect(dialog.deleteLater)
            self.dialog = dialog
            dialog.open()

        self.run(lambda db: evidence.evidence_choices(db, student_id).modules, show)

    def add(self, model: str) -> None:
        self._open_dialog(
            ReflectionForm(written_on=date.today(), model=model), self._save_new, False
        )

    def _save_new(self, form: ReflectionForm) -> None:
        student_id = self.student_id
        self.save(
            lambda db: reflections.add_reflection(db, student_id, form),
            self.tr("Saved the reflection"),
            lambda _exc: self._open_dialog(form, self._save_new, False),
        )

    def edit(self, row: ReflectionRow | None = None) -> None:
        row = row or self.current_row()
        if row is not None:
            self._open_dialog(row.form, lambda form: self._save_edit(row, form), True)

    def _save_edit(self, row: ReflectionRow, form: ReflectionForm) -> None:
        def again(exc: Exception) -> None:
            current = exc.current if isinstance(exc, ConflictError) else {"version": row.version}
            if current is not None:  # else deleted meanwhile
                self.edit(replace(row, version=int(current["version"]), form=form))

        self.save(
            lambda db: reflections.update_reflection(db, row.id, row.version, form),
            self.tr("Saved the reflection"),
            again,
        )

    def delete(self) -> None:
        row = self.current_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete reflection"),
            self.tr("Delete the reflection of {day}, “{title}”?").format(
                day=row.form.written_on.isoformat(), title=row.form.title or row.excerpt
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.save(
                lambda db: reflections.delete_reflection(db, row.id, row.version),
                self.tr("Deleted the reflection"),
            )
