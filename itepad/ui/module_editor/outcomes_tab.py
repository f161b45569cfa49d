"""Learning outcomes: the list, the selected outcome's text and its DigCompEdu competences."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from itepad.services.module_draft import Choices, OutcomeDraft
from itepad.ui.markdown_editor import TextArea
from itepad.ui.module_editor.fields import buddy_label, hint

ID_ROLE = Qt.ItemDataRole.UserRole


class OutcomesTab(QWidget):
    add_requested = Signal()
    remove_requested = Signal(int)  # outcome id, confirmed by the user
    text_edited = Signal(int, str)  # outcome id, text
    competences_edited = Signal(int, object)  # outcome id, tuple of competence ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._outcomes: dict[int, OutcomeDraft] = {}
        self._numbers: dict[int, str] = {}  # competence id -> "2.1"
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Learning outcomes"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.add_button = QPushButton(self.tr("A&dd outcome"))
        self.add_button.setToolTip(self.tr("Add a learning outcome after the others"))
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setToolTip(self.tr("Remove the selected learning outcome (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.list,
            self.remove_selected,
            Qt.ShortcutContext.WidgetShortcut,
        )

        self.text = TextArea()
        self.text.setAccessibleName(self.tr("Outcome text"))
        self.text.setPlaceholderText(
            self.tr("What student teachers can do after the module, e.g. “Plan a TwinSpace …”")
        )
        self.text.setMaximumHeight(self.text.fontMetrics().height() * 5)
        self.text.focus_lost.connect(lambda: self.commit_text())
        self.competences: dict[int, QCheckBox] = {}
        self.competence_area = QWidget()
        QGridLayout(self.competence_area)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.competence_area)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        self.editor = QWidget()
        right = QVBoxLayout(self.editor)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(buddy_label(self.tr("Outcome &text:"), self.text))
        right.addWidget(self.text)
        right.addWidget(
            hint(self.tr("DigCompEdu competences this outcome develops (Space ticks a box):"))
        )
        right.addWidget(scroll, 1)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setFocusProxy(self.list)
        self._update_enabled()

    def _build_competences(self, choices: Choices) -> None:
        layout = self.competence_area.layout()
        assert isinstance(layout, QGridLayout)
        groups: dict[str, QVBoxLayout] = {}
        for competence in choices.competences:
            if competence.area not in groups:
                box = QGroupBox(competence.area)
                groups[competence.area] = QVBoxLayout(box)
                # Areas in two columns: all 22 competences fit without scrolling.
                number = len(groups) - 1
                layout.addWidget(box, number // 2, number % 2)
            check = QCheckBox(f"{competence.number} {competence.name}")
            check.clicked.connect(self._on_competence_clicked)
            groups[competence.area].addWidget(check)
            self.competences[competence.id] = check
            self._numbers[competence.id] = competence.number
        for group in groups.values():
            group.addStretch()
        layout.setRowStretch(layout.rowCount(), 1)

    # --- showing ------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def show_outcomes(self, outcomes: tuple[OutcomeDraft, ...], choices: Choices) -> None:
        if not self.competences:
            self._build_competences(choices)
        previous = {o.id: o for o in self._outcomes.values()}
        self._outcomes = {o.id: o for o in outcomes}
        current = self.current_id()
        with QSignalBlocker(self.list):
            self.list.clear()
            for number, outcome in enumerate(outcomes, start=1):
                item = QListWidgetItem(self._item_text(number, outcome))
                item.setData(ID_ROLE, outcome.id)
                self.list.addItem(item)
                if outcome.id == current:
                    self.list.setCurrentItem(item)
        if self.list.currentItem() is None and outcomes:
            self.select(outcomes[0].id)
        else:
            self._show_current(previous.get(current) if current is not None else None)
        self._update_enabled()

    def _item_text(self, number: int, outcome: OutcomeDraft) -> str:
        text = outcome.text or self.tr("(no text yet)")
        codes = ", ".join(self._numbers.get(i, "?") for i in outcome.competence_ids)
        return f"{number}. {text}" + (f"  [{codes}]" if codes else "")

    def select(self, outcome_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == outcome_id:
                self.list.setCurrentRow(row)
                return

    def _on_current_changed(
        self, _current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if previous is not None:
            self.commit_text(int(previous.data(ID_ROLE)))
        self._show_current(None)
        self._update_enabled()

    def _show_current(self, before: OutcomeDraft | None) -> None:
        """Fill the text and boxes; the text is kept if it was not saved anew meanwhile."""
        outcome = self._outcomes.get(self.current_id() or -1)
        if outcome is None:
            self.text.clear()
            return
        if before is None or before.id != outcome.id or before.text != outcome.text:
            with QSignalBlocker(self.text):
                self.text.setPlainText(outcome.text)
        for competence_id, check in self.competences.items():
            check.setChecked(competence_id in outcome.competence_ids)

    def _update_enabled(self) -> None:
        selected = self.current_id() is not None
        self.editor.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    # --- edits ----------------------------------------------------------------------------

    def commit_text(self, outcome_id: int | None = None) -> None:
        """Save the text field for the outcome it shows: the current one unless named."""
        if outcome_id is None:
            outcome_id = self.current_id()
        outcome = self._outcomes.get(-1 if outcome_id is None else outcome_id)
        if outcome is None:
            return
        text = self.text.toPlainText().strip()
        if text != outcome.text.strip():
            self._outcomes[outcome.id] = OutcomeDraft(outcome.id, text, outcome.competence_ids)
            self.text_edited.emit(outcome.id, text)

    def _on_competence_clicked(self) -> None:
        outcome_id = self.current_id()
        if outcome_id is None:
            return
        ids = tuple(i for i, check in self.competences.items() if check.isChecked())
        self.competences_edited.emit(outcome_id, ids)

    def remove_selected(self) -> None:
        outcome = self._outcomes.get(self.current_id() or -1)
        if outcome is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove learning outcome"),
            self.tr("Remove the learning outcome “{text}”?").format(
                text=outcome.text or self.tr("(no text yet)")
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_requested.emit(outcome.id)
