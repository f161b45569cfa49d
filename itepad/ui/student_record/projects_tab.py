"""The eTwinning projects tab: the project teams the student teacher is in, with their role,
the date they joined and their contribution; adding them to a team, editing, removing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from itepad.errors import UserError
from itepad.services import project_team
from itepad.services.project_team import Membership, ProjectChoice, TeamPlace
from itepad.ui.action_queue import ActionQueue
from itepad.ui.markdown_editor import MarkdownEditor
from itepad.ui.mentoring.line_dialogs import OptionalDateEdit
from itepad.ui.student_record.models import TeamPlacesModel
from itepad.ui.student_record.record_tab import RecordTab

if TYPE_CHECKING:
    from itepad.store.database import Database


class MembershipDialog(QDialog):
    """Role, date joined and contribution; on adding, also which project's team."""

    def __init__(
        self,
        membership: Membership,
        projects: Sequence[ProjectChoice] = (),
        project_title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        adding = not project_title
        self.setWindowTitle(
            self.tr("Add to a project team") if adding else self.tr("Place in the project team")
        )
        self.resize(860, 560)
        self.project = QComboBox()
        self.project.setAccessibleName(self.tr("Project"))
        for choice in projects:
            self.project.addItem(choice.label, choice.id)
        self.role = QLineEdit(membership.role)
        self.role.setAccessibleName(self.tr("Role"))
        self.role.setPlaceholderText(self.tr("e.g. partner coordinator, pupils' activities"))
        self.joined_on = OptionalDateEdit(self.tr("not known"))
        self.joined_on.setAccessibleName(self.tr("Joined on"))
        self.joined_on.set_value(membership.joined_on)
        self.contribution = MarkdownEditor(
            self.tr("Contribution"), self.tr("What they did in the project, in Markdown")
        )
        self.contribution.set_text(membership.contribution)
        fields = QFormLayout()
        if adding:
            fields.addRow(self.tr("&Project:"), self.project)
        else:
            fields.addRow(self.tr("Project:"), QLabel(project_title))
        fields.addRow(self.tr("&Role:"), self.role)
        fields.addRow(self.tr("&Joined on:"), self.joined_on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(not adding or bool(projects))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(QLabel(self.tr("Contribution:")))
        layout.addWidget(self.contribution, 1)
        layout.addWidget(buttons)

    def project_id(self) -> int | None:
        data = self.project.currentData()
        return None if data is None else int(data)

    def membership(self) -> Membership:
        return Membership(self.role.text(), self.joined_on.value(), self.contribution.text())

    def accept(self) -> None:
        try:
            project_team.check_membership(self.membership())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot save yet"), str(exc))
            return
        super().accept()


class ProjectsTab(RecordTab[TeamPlace]):
    def __init__(self, queue: ActionQueue, parent: QWidget | None = None) -> None:
        super().__init__(queue, TeamPlacesModel(), parent)
        self.view.setAccessibleName(self.tr("eTwinning projects"))
        self.dialog: MembershipDialog | None = None  # the open editor, for tests
        self.add_button(
            self.tr("&Add to a project team…"),
            self.tr("Make them a member of an eTwinning project's team"),
            self.add,
        )
        self.buttons.addStretch()
        self.edit_button = self.add_button(
            self.tr("&Edit…"), self.tr("Role, date joined and contribution"), self.edit
        )
        self.remove_button = self.add_button(
            self.tr("&Remove from team…"), self.tr("They leave the project's team"), self.remove
        )
        self.update_buttons()

    def fetch(self, db: Database, student_id: int) -> Sequence[TeamPlace]:
        return project_team.projects_of(db, student_id)

    def same(self, row: TeamPlace, other: TeamPlace) -> bool:
        return row.project_id == other.project_id

    def empty_text(self) -> str:
        return self.tr("Not in any eTwinning project team yet.")

    def update_buttons(self) -> None:
        row = self.current_row()
        self.edit_button.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None)

    def activate(self) -> None:
        self.edit()

    def _open(self, dialog: MembershipDialog, on_save: Callable[[], None]) -> None:
        dialog.accepted.connect(on_save)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def add(self, membership: Membership | None = None) -> None:
        student_id = self.student_id
        self.run(
            lambda db: project_team.project_choices(db, student_id),
            lambda projects: self._ask_new(
                projects, membership or Membership(joined_on=date.today())
            ),
        )

    def _ask_new(self, projects: list[ProjectChoice], membership: Membership) -> None:
        if not projects:
            QMessageBox.information(
                self,
                self.tr("Add to a project team"),
                self.tr("They are in every project's team already, or there are no projects yet."),
            )
            return
        dialog = MembershipDialog(membership, projects, parent=self)
        self._open(dialog, lambda: self._save_new(dialog.project_id(), dialog.membership()))

    def _save_new(self, project_id: int | None, membership: Membership) -> None:
        if project_id is None:
            return
        student_id = self.student_id
        self.save(
            lambda db: project_team.join_team(db, project_id, student_id, membership),
            self.tr("Added to the project team"),
            lambda _exc: self.add(membership),
        )

    def edit(self, row: TeamPlace | None = None, shown: Membership | None = None) -> None:
        """Edit `row` (the current one by default), showing `shown` if given (a refused edit)."""
        row = row or self.current_row()
        if row is None:
            return
        dialog = MembershipDialog(
            shown or row.membership, project_title=row.project_title, parent=self
        )
        self._open(dialog, lambda: self._save_edit(row, dialog.membership()))

    def _save_edit(self, row: TeamPlace, edited: Membership) -> None:
        student_id = self.student_id

        def again(_exc: Exception) -> None:
            # Offer the edit again over what is saved now, if they are still in the team.
            def reopen(places: Sequence[TeamPlace]) -> None:
                now = next((p for p in places if p.project_id == row.project_id), None)
                if now is not None:
                    self.edit(now, edited)

            self.run(lambda db: self.fetch(db, student_id), reopen)

        loaded = row.membership
        self.save(
            lambda db: project_team.update_membership(
                db, row.project_id, student_id, loaded, edited
            ),
            self.tr("Saved their place in “{project}”").format(project=row.project_title),
            again,
        )

    def remove(self) -> None:
        row = self.current_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove from project team"),
            self.tr(
                "Remove them from the team of “{project}”? Their contribution text goes too."
            ).format(project=row.project_title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        student_id = self.student_id
        self.save(
            lambda db: project_team.leave_team(db, row.project_id, student_id, row.membership),
            self.tr("Removed from “{project}”").format(project=row.project_title),
        )
