"""One piece of evidence: title, address or file, date, module, review status, the competences
it supports, and its description in Markdown with a live preview."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from itepad.errors import UserError
from itepad.services.evidence import EvidenceChoices, EvidenceForm, check_form
from itepad.services.labels import EVIDENCE_KIND, REVIEW_STATUS
from itepad.store.models import EvidenceKind
from itepad.ui.markdown_editor import MarkdownEditor
from itepad.ui.module_editor.fields import select_data
from itepad.ui.student_record.competence_picker import CompetencePicker
from itepad.ui.student_record.fields import date_edit, module_combo, picked_date
from itepad.ui.student_record.models import label


class EvidenceDialog(QDialog):
    def __init__(
        self,
        choices: EvidenceChoices,
        form: EvidenceForm,
        *,
        file_name: str = "",
        editing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kind = form.kind
        kind = label(EVIDENCE_KIND, form.kind)
        title = self.tr("Edit evidence ({kind})") if editing else self.tr("New evidence ({kind})")
        self.setWindowTitle(title.format(kind=kind.lower()))
        self.resize(960, 720)
        self.title = QLineEdit(form.title)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("What it is, e.g. “Lesson plan with a partner call”"))
        self.address = QLineEdit(form.location)
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setPlaceholderText(
            self.tr("https://twinspace.etwinning.net/…")
            if form.kind == EvidenceKind.TWINSPACE
            else self.tr("https://…")
        )
        self.dated_on = date_edit(form.dated_on)
        self.dated_on.setAccessibleName(self.tr("Date"))
        self.module = module_combo(choices.modules, form.module_id)
        self.module.setAccessibleName(self.tr("Module"))
        self.review = QComboBox()
        self.review.setAccessibleName(self.tr("Review status"))
        for code in REVIEW_STATUS:
            self.review.addItem(label(REVIEW_STATUS, code), code)
        select_data(self.review, form.review_status)
        self.competences = CompetencePicker(choices.competences)
        self.competences.set_chosen(form.competence_ids)
        self.competences.changed.connect(self._count_competences)
        self.description = MarkdownEditor(
            self.tr("Description"),
            self.tr("The evidence itself, in Markdown")
            if form.kind == EvidenceKind.TEXT
            else self.tr("What it shows and how it came about, in Markdown"),
        )
        self.description.set_text(form.description)

        fields = QFormLayout()
        fields.addRow(self.tr("&Title:"), self.title)
        if form.kind in (EvidenceKind.LINK, EvidenceKind.TWINSPACE):
            fields.addRow(self.tr("&Address:"), self.address)
        elif form.kind == EvidenceKind.FILE:
            file_label = QLabel(file_name)
            file_label.setToolTip(self.tr("A copy kept in itepad's attachments folder"))
            fields.addRow(self.tr("File:"), file_label)
        fields.addRow(self.tr("&Date:"), self.dated_on)
        fields.addRow(self.tr("&Module:"), self.module)
        fields.addRow(self.tr("&Review status:"), self.review)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.description, self.tr("Description"))
        self.tabs.addTab(self.competences, "")
        self._count_competences()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.title.setFocus()

    def _count_competences(self) -> None:
        count = len(self.competences.chosen())
        text = self.tr("DigCompEdu competences ({n})").format(n=count)
        self.tabs.setTabText(1, text if count else self.tr("DigCompEdu competences"))

    def form(self) -> EvidenceForm:
        return EvidenceForm(
            kind=self._kind,
            title=self.title.text(),
            dated_on=picked_date(self.dated_on),
            location=self.address.text().strip(),
            description=self.description.text(),
            module_id=self.module.currentData(),
            review_status=self.review.currentData(),
            competence_ids=self.competences.chosen(),
        )

    def accept(self) -> None:
        """Save only a form that can be saved; otherwise say what is wrong and stay open."""
        try:
            check_form(self.form())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot save yet"), str(exc))
            return
        super().accept()
