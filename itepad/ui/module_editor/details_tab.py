"""Details: code, title, year, term, ECTS, kind, status, time zone, languages, criteria, texts."""

from __future__ import annotations

from itertools import pairwise
from zoneinfo import available_timezones

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from itepad.services.module_draft import Choices, ModuleDetails
from itepad.ui.markdown_editor import MarkdownEditor
from itepad.ui.module_editor.fields import buddy_label, changed, fill_combo, select_data, set_text

MAX_ECTS = 60


class CreditsBox(QDoubleSpinBox):
    """ECTS credits as people write them: 3, 2.5, 7.25 (no trailing zeros)."""

    def textFromValue(self, value: float) -> str:
        return f"{value:g}"


class DetailsTab(QWidget):
    edited = Signal(object)  # the ModuleDetails the user left

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: ModuleDetails | None = None
        self.code = QLineEdit()
        self.code.setToolTip(self.tr("Short unique code, e.g. ETW101; files are named after it"))
        self.title = QLineEdit()
        self.year = QLineEdit()
        self.year.setPlaceholderText("2026/27")
        self.term = QLineEdit()
        self.term.setPlaceholderText(self.tr("e.g. Semester 1"))
        self.ects = CreditsBox()
        self.ects.setRange(0, MAX_ECTS)
        self.ects.setDecimals(2)
        self.ects.setSingleStep(0.5)
        self.ects.setToolTip(self.tr("ECTS credits the module is worth"))
        self.kind = QComboBox()
        self.status = QComboBox()
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        zones = sorted(available_timezones())
        self.timezone.addItems(zones)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(zones, self.timezone)  # "warsaw" finds Europe/Warsaw
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.timezone.setCompleter(completer)
        self.timezone.setToolTip(
            self.tr("Session times are wall-clock times in this zone, e.g. Europe/Brussels")
        )
        self.languages = QLineEdit()
        self.languages.setPlaceholderText("en, pl, pt")
        self.languages.setToolTip(
            self.tr("Languages of the module as two-letter codes, separated by commas")
        )
        self.criteria: dict[str, QCheckBox] = {}
        self.criteria_box = QGroupBox(self.tr("Quality Label criteria the module addresses"))
        self.description = MarkdownEditor(self.tr("Description"))
        self.assessment = MarkdownEditor(
            self.tr("Assessment"),
            self.tr("How student teachers are assessed (Markdown)"),
        )

        for field in (self.code, self.title, self.year, self.term, self.languages):
            field.editingFinished.connect(self.commit)
        self.ects.editingFinished.connect(self.commit)
        self.kind.activated.connect(self.commit)
        self.status.activated.connect(self.commit)
        self.timezone.activated.connect(self.commit)
        zone_field = self.timezone.lineEdit()
        assert zone_field is not None  # the combo box is editable
        zone_field.editingFinished.connect(self.commit)
        self.description.editing_finished.connect(self.commit)
        self.assessment.editing_finished.connect(self.commit)
        self._layout()
        self.setFocusProxy(self.code)

    def _layout(self) -> None:
        left, right = QFormLayout(), QFormLayout()
        left.addRow(buddy_label(self.tr("&Code:"), self.code), self.code)
        right.addRow(buddy_label(self.tr("T&itle:"), self.title), self.title)
        left.addRow(buddy_label(self.tr("&Year:"), self.year), self.year)
        right.addRow(buddy_label(self.tr("&Term:"), self.term), self.term)
        left.addRow(buddy_label(self.tr("&ECTS:"), self.ects), self.ects)
        right.addRow(buddy_label(self.tr("&Kind:"), self.kind), self.kind)
        left.addRow(buddy_label(self.tr("&Status:"), self.status), self.status)
        right.addRow(buddy_label(self.tr("Time &zone:"), self.timezone), self.timezone)
        left.addRow(buddy_label(self.tr("&Languages:"), self.languages), self.languages)
        fields = QHBoxLayout()
        fields.addLayout(left, 2)
        fields.addSpacing(16)
        fields.addLayout(right, 3)
        QGridLayout(self.criteria_box)

        texts = QSplitter(Qt.Orientation.Vertical)
        texts.setChildrenCollapsible(False)
        for label, editor in (
            (self.tr("&Description:"), self.description),
            (self.tr("&Assessment:"), self.assessment),
        ):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 4, 0, 0)
            box_layout.addWidget(buddy_label(label, editor.source))
            box_layout.addWidget(editor)
            texts.addWidget(box)

        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(self.criteria_box)
        layout.addWidget(texts, 1)

    def _build_criteria(self, choices: Choices) -> None:
        grid = self.criteria_box.layout()
        assert isinstance(grid, QGridLayout)
        for number, choice in enumerate(choices.quality_criteria):
            box = QCheckBox(choice.label)
            box.clicked.connect(self.commit)
            grid.addWidget(box, number // 3, number % 3)
            self.criteria[choice.code] = box
        # Built after the other fields: put the boxes between languages and description.
        chain = [self.languages, *self.criteria.values(), self.description.source]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def show_details(self, details: ModuleDetails, choices: Choices) -> None:
        """Show the saved details; a field the user has not changed since is left alone."""
        old = self._shown
        if old is None:
            fill_combo(self.kind, ((c.label, c.code) for c in choices.module_kinds))
            fill_combo(self.status, ((c.label, c.code) for c in choices.module_statuses))
            self._build_criteria(choices)
        for field, attribute in (
            (self.code, "code"),
            (self.title, "title"),
            (self.year, "academic_year"),
            (self.term, "term"),
        ):
            if changed(old, details, attribute):
                set_text(field, getattr(details, attribute))
        if changed(old, details, "ects"):
            with QSignalBlocker(self.ects):
                self.ects.setValue(details.ects)
        if changed(old, details, "kind"):
            select_data(self.kind, details.kind)
        if changed(old, details, "status"):
            select_data(self.status, details.status)
        if changed(old, details, "timezone"):
            with QSignalBlocker(self.timezone):
                self.timezone.setCurrentText(details.timezone)
        if changed(old, details, "languages"):
            set_text(self.languages, ", ".join(details.languages))
        if changed(old, details, "quality_criteria"):
            for code, box in self.criteria.items():
                box.setChecked(code in details.quality_criteria)
        if changed(old, details, "description"):
            self.description.set_text(details.description)
        if changed(old, details, "assessment"):
            self.assessment.set_text(details.assessment)
        self._shown = details

    def current(self) -> ModuleDetails | None:
        """The details as the fields have them now."""
        if self._shown is None:
            return None
        return ModuleDetails(
            code=self.code.text(),
            title=self.title.text(),
            academic_year=self.year.text(),
            term=self.term.text(),
            ects=self.ects.value(),
            kind=str(self.kind.currentData()),
            status=str(self.status.currentData()),
            timezone=self.timezone.currentText().strip(),
            languages=tuple(
                part.strip() for part in self.languages.text().split(",") if part.strip()
            ),
            quality_criteria=tuple(code for code, box in self.criteria.items() if box.isChecked()),
            description=self.description.text(),
            assessment=self.assessment.text(),
        )

    def commit(self) -> None:
        """Ask for the details to be saved, if the user changed any."""
        details = self.current()
        if details is not None and details != self._shown:
            self._shown = details
            self.edited.emit(details)
