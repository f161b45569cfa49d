"""The Evidence tab: the student teacher's portfolio evidence, and adding, editing, opening,
deleting and checking it. Files come from a file dialog or are dropped on the tab."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from itepad.errors import UserError
from itepad.services import attachments
from itepad.services import evidence as service
from itepad.services.attachments import FileState
from itepad.services.evidence import EvidenceChoices, EvidenceForm, EvidenceRow, FileCheck
from itepad.store.concurrency import ConflictError
from itepad.store.models import EvidenceKind
from itepad.ui.action_queue import ActionQueue
from itepad.ui.student_record.evidence_dialog import EvidenceDialog
from itepad.ui.student_record.models import EvidenceModel
from itepad.ui.student_record.record_tab import RecordTab

if TYPE_CHECKING:
    from itepad.store.database import Database


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files being dragged onto the tab (folders and web addresses left out)."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


def open_with_desktop(url: QUrl) -> None:
    """Hand a checked file or address to the desktop's default application."""
    QDesktopServices.openUrl(url)


class EvidenceTab(RecordTab[EvidenceRow]):
    def __init__(self, queue: ActionQueue, parent: QWidget | None = None) -> None:
        super().__init__(queue, EvidenceModel(), parent)
        self.view.setAccessibleName(self.tr("Evidence"))
        self.view.setToolTip(self.tr("Double-click or Enter edits; drop files here to attach them"))
        self.choices: EvidenceChoices | None = None
        self.dialog: EvidenceDialog | None = None  # the open editor, for tests
        self._files: deque[Path] = deque()  # files still to describe, one dialog each
        self.add_button(
            self.tr("Add &file…"),
            self.tr("Attach a copy of a file (or drop files on this tab)"),
            self.choose_files,
        )
        self.add_button(self.tr("Add &link…"), self.tr("A web page or online work"), self.add_link)
        self.add_button(
            self.tr("Add &TwinSpace page…"),
            self.tr("A page, forum or material in the project's TwinSpace"),
            lambda: self.add_link(EvidenceKind.TWINSPACE),
        )
        self.add_button(
            self.tr("Add te&xt…"), self.tr("Evidence written here, in Markdown"), self.add_text
        )
        self.buttons.addStretch()
        self.edit_button = self.add_button(self.tr("&Edit…"), "", self.edit)
        self.open_button = self.add_button(
            self.tr("&Open"), self.tr("Open the file or the address"), self.open_current
        )
        self.delete_button = self.add_button(
            self.tr("&Delete…"), self.tr("Delete the evidence (and its attached copy)"), self.delete
        )
        self.verify_button = self.add_button(
            self.tr("&Check files"),
            self.tr("Check that every attached file is there and unchanged since attaching"),
            self.verify,
        )
        self.setAcceptDrops(True)
        self.update_buttons()

    def fetch(self, db: Database, student_id: int) -> Sequence[EvidenceRow]:
        return service.list_evidence(db, student_id)

    def reload(self) -> None:
        self.choices = None  # read again for the next editor: modules may have changed
        super().reload()

    def empty_text(self) -> str:
        return self.tr(
            "No evidence yet. Attach files (or drop them here), or add links, TwinSpace pages "
            "or texts."
        )

    def update_buttons(self) -> None:
        row = self.current_row()
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(row is not None)
        self.open_button.setEnabled(row is not None and row.form.kind != EvidenceKind.TEXT)

    def activate(self) -> None:
        self.edit()

    # --- the editor -------------------------------------------------------------------------

    def _with_choices(self, then: Any) -> None:
        """Run `then(choices)` once the competences and modules are loaded."""
        if self.choices is not None:
            then(self.choices)
            return
        student_id = self.student_id

        def loaded(choices: EvidenceChoices) -> None:
            self.choices = choices
            then(choices)

        self.run(lambda db: service.evidence_choices(db, student_id), loaded)

    def _new_form(self, kind: str, title: str = "") -> EvidenceForm:
        return EvidenceForm(kind=kind, title=title, dated_on=date.today())

    def _open_dialog(
        self,
        form: EvidenceForm,
        on_save: Any,
        *,
        file_name: str = "",
        editing: bool = False,
    ) -> None:
        def show(choices: EvidenceChoices) -> None:
            dialog = EvidenceDialog(
                choices, form, file_name=file_name, editing=editing, parent=self
            )
            dialog.accepted.connect(lambda: on_save(dialog.form()))
            dialog.finished.connect(dialog.deleteLater)
            dialog.finished.connect(lambda _result: self._next_file())
            self.dialog = dialog
            dialog.open()

        self._with_choices(show)

    def add_link(self, kind: str = EvidenceKind.LINK) -> None:
        self._open_dialog(self._new_form(kind), self._save_new)

    def add_text(self) -> None:
        self._open_dialog(self._new_form(EvidenceKind.TEXT), self._save_new)

    def _save_new(self, form: EvidenceForm) -> None:
        student_id = self.student_id
        self.save(
            lambda db: service.add_evidence(db, student_id, form),
            self.tr("Added “{title}”").format(title=form.title),
            lambda _exc: self._open_dialog(form, self._save_new),
        )

    def edit(self, row: EvidenceRow | None = None) -> None:
        row = row or self.current_row()
        if row is None:
            return
        self._open_dialog(
            row.form,
            lambda form: self._save_edit(row, form),
            file_name=row.shown_location,
            editing=True,
        )

    def _save_edit(self, row: EvidenceRow, form: EvidenceForm) -> None:
        def again(exc: Exception) -> None:
            current = exc.current if isinstance(exc, ConflictError) else {"version": row.version}
            if current is not None:  # else deleted meanwhile: nothing to save on top of
                self.edit(replace(row, version=int(current["version"]), form=form))

        self.save(
            lambda db: service.update_evidence(db, row.id, row.version, form),
            self.tr("Saved “{title}”").format(title=form.title),
            again,
        )

    # --- files ------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files as evidence"))
        self.add_files([Path(name) for name in names])

    def add_files(self, paths: Sequence[Path]) -> None:
        """Describe and attach each file in turn (one editor after the other)."""
        was_idle = not self._files and self.dialog is None
        self._files.extend(paths)
        if was_idle:
            self._next_file()

    def _next_file(self) -> None:
        self.dialog = None
        if not self._files:
            return
        path = self._files.popleft()
        self._open_dialog(
            self._new_form(EvidenceKind.FILE, path.stem),
            lambda form: self._save_file(path, form),
            file_name=path.name,
        )

    def _save_file(self, path: Path, form: EvidenceForm) -> None:
        student_id = self.student_id
        self.save(
            lambda db: service.add_file_evidence(db, student_id, path, form),
            self.tr("Attached {file}").format(file=path.name),
            lambda _exc: self.add_files([path]),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.db is not None and dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event)
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # --- open, delete, check ----------------------------------------------------------------

    def open_current(self) -> None:
        row = self.current_row()
        if row is None or row.form.kind == EvidenceKind.TEXT:
            return
        if row.form.kind != EvidenceKind.FILE:
            self._open_url(row.location)
            return
        location = row.location
        # In the worker: the file's checks touch the disk, which may be a slow network share.
        self.run(
            lambda _db: attachments.openable_file(location),
            lambda path: open_with_desktop(QUrl.fromLocalFile(str(path))),
            self._not_opened,
        )

    def _open_url(self, url: str) -> None:
        try:
            checked = attachments.checked_link(url)
        except UserError as exc:
            self._not_opened(exc)
            return
        open_with_desktop(QUrl(checked))

    def _not_opened(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        QMessageBox.warning(self, self.tr("Cannot open"), str(exc))

    def delete(self) -> None:
        row = self.current_row()
        if row is None:
            return
        extra = (
            self.tr(" Its copy of {file} is removed too; the original is not touched.").format(
                file=row.shown_location
            )
            if row.form.kind == EvidenceKind.FILE
            else ""
        )
        answer = QMessageBox.question(
            self,
            self.tr("Delete evidence"),
            self.tr("Delete “{title}” from the portfolio?").format(title=row.form.title) + extra,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.save(
            lambda db: service.delete_evidence(db, row.id, row.version),
            self.tr("Deleted “{title}”").format(title=row.form.title),
        )

    def verify(self) -> None:
        student_id = self.student_id
        self.run(lambda db: service.verify_files(db, student_id), self._show_checks)

    def _show_checks(self, checks: list[FileCheck]) -> None:
        faults = [c for c in checks if c.state != FileState.OK]
        if not checks:
            text = self.tr("No files are attached.")
        elif not faults:
            text = self.tr("All {n} attached files are there, unchanged since attaching.").format(
                n=len(checks)
            )
        else:
            lines = [
                (
                    self.tr("{title} ({file}): changed since it was attached")
                    if check.state == FileState.CHANGED
                    else self.tr("{title} ({file}): missing")
                ).format(title=check.title, file=check.file_name)
                for check in faults
            ]
            text = self.tr("{bad} of {n} attached files need attention:").format(
                bad=len(faults), n=len(checks)
            )
            text += "\n\n" + "\n".join(lines)
        QMessageBox.information(self, self.tr("Attached files"), text)
