"""Preferences: interface language, the user's name in records, backups kept, printing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.settings import (
    BACKUPS_KEEP_KEY,
    LANGUAGE_KEY,
    PAPER_KEY,
    PAPERS,
    PRINT_LANGUAGE_KEY,
    USER_NAME_KEY,
    backups_keep,
    paper_size,
    settings,
    text_value,
    user_name,
)
from itepad.ui.translation import LANGUAGES

MAX_BACKUPS = 365


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._language_at_start = text_value(LANGUAGE_KEY)

        self.language = self._language_box(self.tr("As the system"))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.restart_note = QLabel(self.tr("A new language shows when itepad is next started."))
        self.restart_note.setWordWrap(True)
        self.restart_note.setEnabled(False)  # drawn in the muted colour
        self.language.currentIndexChanged.connect(self._on_language)

        self.name = QLineEdit(user_name())
        self.name.setPlaceholderText(self.tr("e.g. Dr Ana Kovač"))
        self.name.setToolTip(
            self.tr("Shown as who took attendance and who made a change in the history")
        )
        self.backups = QSpinBox()
        self.backups.setRange(1, MAX_BACKUPS)
        self.backups.setValue(min(backups_keep(), MAX_BACKUPS))
        self.backups.setToolTip(self.tr("itepad copies the database once a day while it runs"))
        self.paper = QComboBox()
        for paper, label in zip(PAPERS, (self.tr("A4"), self.tr("US Letter")), strict=True):
            self.paper.addItem(label, paper)
        self.paper.setCurrentIndex(PAPERS.index(paper_size()))
        self.print_language = self._language_box(self.tr("As the interface"))
        self.print_language.setToolTip(
            self.tr("Language of the headings in printed portfolios and reports")
        )

        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language)
        form.addRow("", self.restart_note)
        form.addRow(self.tr("Your &name in records:"), self.name)
        form.addRow(self.tr("Daily &backups to keep:"), self.backups)
        form.addRow(self.tr("&Paper size:"), self.paper)
        form.addRow(self.tr("Printed &headings in:"), self.print_language)
        self._select(self.language, self._language_at_start)
        self._select(self.print_language, text_value(PRINT_LANGUAGE_KEY))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._on_language()

    def _language_box(self, default: str) -> QComboBox:
        box = QComboBox()
        box.addItem(default, "")
        for code, name in LANGUAGES.items():
            box.addItem(name, code)  # each language in its own words
        return box

    @staticmethod
    def _select(box: QComboBox, code: str) -> None:
        box.setCurrentIndex(max(0, box.findData(code)))

    def _on_language(self) -> None:
        self.restart_note.setVisible(self.language.currentData() != self._language_at_start)

    def accept(self) -> None:
        store = settings()
        store.setValue(LANGUAGE_KEY, self.language.currentData())
        store.setValue(USER_NAME_KEY, self.name.text().strip())
        store.setValue(BACKUPS_KEEP_KEY, self.backups.value())
        store.setValue(PAPER_KEY, self.paper.currentData())
        store.setValue(PRINT_LANGUAGE_KEY, self.print_language.currentData())
        super().accept()
