"""Partners & projects: the module's partner institutions, and its eTwinning projects with their
state and a Quality Label self-check against the five criteria."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itepad.services.module_draft import Choices, ModuleDraft, ProjectDraft
from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.module_editor.fields import (
    buddy_label,
    fill_combo,
    hint,
    select_data,
    set_text,
)

ID_ROLE = Qt.ItemDataRole.UserRole
RATINGS = (
    (None, QT_TR_NOOP("Not judged yet")),
    (0, QT_TR_NOOP("0 — not met")),
    (1, QT_TR_NOOP("1 — partly met")),
    (2, QT_TR_NOOP("2 — largely met")),
    (3, QT_TR_NOOP("3 — fully met")),
)


class PartnersTab(QWidget):
    partners_edited = Signal(object)  # tuple of institution ids
    state_edited = Signal(int, str)  # project id, state code
    check_edited = Signal(int, str, object, str)  # project id, criterion, rating or None, note
    project_added = Signal(str)  # title
    project_detached = Signal(int)  # project id
    project_partners_edited = Signal(int, object)  # project id, tuple of institution ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft: ModuleDraft | None = None
        self._project: ProjectDraft | None = None
        self._names: dict[int, str] = {}

        self.partners = QListWidget()
        self.partners.setAccessibleName(self.tr("Partner institutions"))
        self.partners.setWordWrap(True)
        self.partners.setSpacing(2)
        self.partners.currentItemChanged.connect(self._update_buttons)
        self.candidates = QComboBox()
        self.candidates.setAccessibleName(self.tr("Institution to add"))
        self.candidates.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.candidates.setMinimumContentsLength(20)
        self.add_button = QPushButton(self.tr("&Add partner"))
        self.add_button.setToolTip(self.tr("Add the chosen institution as a partner of the module"))
        self.add_button.clicked.connect(self._add_partner)
        self.remove_button = QPushButton(self.tr("&Remove partner"))
        self.remove_button.setToolTip(self.tr("Remove the selected partner (Delete)"))
        self.remove_button.clicked.connect(self._remove_partner)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.partners,
            self._remove_partner,
            Qt.ShortcutContext.WidgetShortcut,
        )

        self.project = QComboBox()
        self.project.setAccessibleName(self.tr("eTwinning project"))
        self.project.currentIndexChanged.connect(self._on_project_chosen)
        self.no_project = hint(self.tr("No eTwinning project is linked to this module yet."))
        self.state = QComboBox()
        self.state.setToolTip(self.tr("The project's state on the eTwinning platform"))
        self.state.activated.connect(self._on_state)
        self.new_project = QPushButton(self.tr("&New project…"))
        self.new_project.setToolTip(self.tr("Add an eTwinning project to this module"))
        self.new_project.clicked.connect(self._ask_new_project)
        self.detach = QPushButton(self.tr("Remove from &module"))
        self.detach.setToolTip(
            self.tr("Take the project out of this module; the project itself stays on record")
        )
        self.detach.clicked.connect(self._ask_detach)
        # Partners of the project: a tick per partner ITE institution.
        self.project_partners = QListWidget()
        self.project_partners.setAccessibleName(self.tr("Partner institutions of the project"))
        self.project_partners.setMaximumHeight(120)
        self.project_partners.itemChanged.connect(self._on_project_partner_ticked)
        self.ratings: dict[str, QComboBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.checks_box = QGroupBox(self.tr("Quality Label self-check"))
        self.checks_box.setToolTip(
            self.tr("How well the project meets each of the five Quality Label criteria, 0 to 3")
        )
        QGridLayout(self.checks_box)
        self._layout()
        self.setFocusProxy(self.partners)

    def _layout(self) -> None:
        partners_box = QGroupBox(self.tr("Partner institutions"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.candidates, 1)
        add_row.addWidget(self.add_button)
        partners_layout = QVBoxLayout(partners_box)
        partners_layout.addWidget(self.partners, 1)
        partners_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        partners_layout.addLayout(add_row)

        self.project_details = QWidget()
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(buddy_label(self.tr("&Project:"), self.project), self.project)
        form.addRow(buddy_label(self.tr("&State:"), self.state), self.state)
        form.addRow(self.tr("Partners:"), self.project_partners)
        details = QVBoxLayout(self.project_details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addLayout(form)
        details.addWidget(self.checks_box)
        details.addStretch()
        projects_box = QGroupBox(self.tr("eTwinning projects"))
        projects_layout = QVBoxLayout(projects_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_project)
        buttons.addWidget(self.detach)
        buttons.addStretch()
        projects_layout.addLayout(buttons)
        projects_layout.addWidget(self.no_project)
        projects_layout.addWidget(self.project_details, 1)

        layout = QHBoxLayout(self)
        layout.addWidget(partners_box, 1)
        layout.addWidget(projects_box, 2)

    def _build_checks(self, choices: Choices) -> None:
        grid = self.checks_box.layout()
        assert isinstance(grid, QGridLayout)
        grid.addWidget(hint(self.tr("Criterion")), 0, 0)
        grid.addWidget(hint(self.tr("Rating")), 0, 1)
        grid.addWidget(hint(self.tr("Note")), 0, 2)
        for row, criterion in enumerate(choices.quality_criteria, start=1):
            rating = QComboBox()
            for value, text in RATINGS:
                rating.addItem(self.tr(text), value)
            rating.setAccessibleName(
                self.tr("{criterion}: rating").format(criterion=criterion.label)
            )
            rating.activated.connect(lambda _i, code=criterion.code: self._commit_check(code))
            note = QLineEdit()
            note.setAccessibleName(self.tr("{criterion}: note").format(criterion=criterion.label))
            note.setPlaceholderText(self.tr("Evidence, or what is missing"))
            note.editingFinished.connect(lambda code=criterion.code: self._commit_check(code))
            grid.addWidget(buddy_label(criterion.label, rating), row, 0)
            grid.addWidget(rating, row, 1)
            grid.addWidget(note, row, 2)
            self.ratings[criterion.code] = rating
            self.notes[criterion.code] = note
        grid.setColumnStretch(2, 1)

    # --- showing ------------------------------------------------------------------------------

    def show_draft(self, draft: ModuleDraft) -> None:
        if self._draft is None:
            self._build_checks(draft.choices)
            fill_combo(self.state, ((c.label, c.code) for c in draft.choices.project_states))
        self._draft = draft
        institutions = {i.id: i for i in draft.choices.institutions}
        self._names = {i.id: i.label() for i in institutions.values()}
        current = self.partners.currentItem()
        current_id = current.data(ID_ROLE) if current else None
        with QSignalBlocker(self.partners):
            self.partners.clear()
            for institution_id in sorted(draft.partner_ids, key=lambda i: self._names[i]):
                item = QListWidgetItem(self._names[institution_id])
                item.setData(ID_ROLE, institution_id)
                self.partners.addItem(item)
                if institution_id == current_id:
                    self.partners.setCurrentItem(item)
        fill_combo(
            self.candidates,
            (
                (institution.label(), institution.id)
                for institution in draft.choices.institutions
                if institution.id not in draft.partner_ids and not institution.is_own
            ),
        )
        chosen = self.project.currentData()
        fill_combo(self.project, ((p.title, p.id) for p in draft.projects))
        self.project.setEnabled(len(draft.projects) > 1)
        self.no_project.setVisible(not draft.projects)
        self.project_details.setVisible(bool(draft.projects))
        if chosen is not None:
            select_data(self.project, chosen)
        self._show_project()
        self._update_buttons()

    def _on_project_chosen(self) -> None:
        self.commit_notes()
        self._show_project()

    def _show_project(self) -> None:
        draft = self._draft
        project_id = self.project.currentData()
        project = next((p for p in draft.projects if p.id == project_id), None) if draft else None
        before = (
            self._project if project and self._project and self._project.id == project.id else None
        )
        self._project = project
        if project is None:
            return
        select_data(self.state, project.state)
        with QSignalBlocker(self.project_partners):
            self.project_partners.clear()
            for institution in draft.choices.institutions if draft else ():
                if institution.is_own:
                    continue
                item = QListWidgetItem(institution.label())
                item.setData(ID_ROLE, institution.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = institution.id in project.partner_ids
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.project_partners.addItem(item)
        old = {check.criterion: check for check in before.checks} if before else {}
        for check in project.checks:
            previous = old.get(check.criterion)
            if previous is None or previous.rating != check.rating:
                select_data(self.ratings[check.criterion], check.rating)
            if previous is None or previous.note != check.note:
                set_text(self.notes[check.criterion], check.note)

    def _update_buttons(self) -> None:
        self.detach.setEnabled(self._project is not None)
        self.remove_button.setEnabled(self.partners.currentItem() is not None)
        self.add_button.setEnabled(self.candidates.count() > 0)

    # --- edits ----------------------------------------------------------------------------

    def _partner_ids(self) -> list[int]:
        return [int(self.partners.item(row).data(ID_ROLE)) for row in range(self.partners.count())]

    def _add_partner(self) -> None:
        chosen = self.candidates.currentData()
        if chosen is not None:
            self.partners_edited.emit((*self._partner_ids(), int(chosen)))

    def _remove_partner(self) -> None:
        item = self.partners.currentItem()
        if item is not None:
            gone = int(item.data(ID_ROLE))
            self.partners_edited.emit(tuple(i for i in self._partner_ids() if i != gone))

    def _ask_new_project(self) -> None:
        title, ok = QInputDialog.getText(
            self, self.tr("New eTwinning project"), self.tr("Title of the project:")
        )
        if ok and title.strip():
            self.project_added.emit(title.strip())

    def _ask_detach(self) -> None:
        project = self._project
        if project is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove project from module"),
            self.tr("Take “{title}” out of this module? The project stays on record.").format(
                title=project.title
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.project_detached.emit(project.id)

    def _on_project_partner_ticked(self) -> None:
        project = self._project
        if project is None:
            return
        ticked = tuple(
            int(item.data(ID_ROLE))
            for item in (
                self.project_partners.item(row) for row in range(self.project_partners.count())
            )
            if item.checkState() == Qt.CheckState.Checked
        )
        if set(ticked) != set(project.partner_ids):
            self._project = replace(project, partner_ids=ticked)
            self.project_partners_edited.emit(project.id, ticked)

    def _on_state(self) -> None:
        project = self._project
        state = str(self.state.currentData())
        if project is not None and state != project.state:
            self._project = replace(project, state=state)
            self.state_edited.emit(project.id, state)

    def _commit_check(self, criterion: str) -> None:
        project = self._project
        if project is None:
            return
        saved = next(check for check in project.checks if check.criterion == criterion)
        rating = self.ratings[criterion].currentData()
        note = self.notes[criterion].text().strip()
        if (rating, note) != (saved.rating, saved.note):
            checks = tuple(
                replace(check, rating=rating, note=note) if check is saved else check
                for check in project.checks
            )
            self._project = replace(project, checks=checks)  # asked for: not asked again
            self.check_edited.emit(project.id, criterion, rating, note)

    def commit_notes(self) -> None:
        for criterion in self.notes:
            self._commit_check(criterion)
