"""One reflection: free Markdown, or Gibbs' reflective cycle as six labelled Markdown fields,
each with its live preview. Switching model carries the text across, so nothing typed is lost."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from itepad.errors import UserError
from itepad.reports.data import GIBBS_STAGES
from itepad.services.evidence import ModuleChoice
from itepad.services.reflections import GIBBS_STAGE, ReflectionForm, check_form
from itepad.store.models import ReflectionModel
from itepad.ui.markdown_editor import MarkdownEditor
from itepad.ui.student_record.fields import date_edit, module_combo, picked_date

STAGE_HEIGHT = 9  # lines of text a stage's field shows


class ReflectionDialog(QDialog):
    def __init__(
        self,
        modules: tuple[ModuleChoice, ...],
        form: ReflectionForm,
        *,
        editing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit reflection") if editing else self.tr("New reflection"))
        self.resize(1000, 760)
        self.title = QLineEdit(form.title)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("e.g. “Our first partner call”"))
        self.written_on = date_edit(form.written_on)
        self.written_on.setAccessibleName(self.tr("Date"))
        self.module = module_combo(modules, form.module_id)
        self.module.setAccessibleName(self.tr("Module"))
        self.free = QRadioButton(self.tr("&Free reflection"))
        self.gibbs = QRadioButton(self.tr("&Gibbs' reflective cycle"))
        self.gibbs.setToolTip(
            self.tr(
                "Six stages: description, feelings, evaluation, analysis, conclusion, action plan"
            )
        )
        group = QButtonGroup(self)
        group.addButton(self.free)
        group.addButton(self.gibbs)
        models = QHBoxLayout()
        models.addWidget(self.free)
        models.addWidget(self.gibbs)
        models.addStretch()

        self.body = MarkdownEditor(self.tr("Reflection"))
        self.body.set_text(form.body)
        self.stages: dict[str, MarkdownEditor] = {}
        stage_area = QWidget()
        stage_layout = QVBoxLayout(stage_area)
        for number, (stage, text) in enumerate(zip(GIBBS_STAGES, form.stages, strict=True), 1):
            name, question = GIBBS_STAGE[stage]
            editor = MarkdownEditor(self.tr(name), self.tr(question))
            editor.set_text(text)
            editor.setMinimumHeight(editor.fontMetrics().height() * STAGE_HEIGHT)
            heading = QLabel(
                self.tr("<b>{number}. {name}</b> — {question}").format(
                    number=number, name=self.tr(name), question=self.tr(question)
                )
            )
            heading.setBuddy(editor)
            stage_layout.addWidget(heading)
            stage_layout.addWidget(editor)
            self.stages[stage] = editor
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(stage_area)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.body)
        self.pages.addWidget(scroll)
        gibbs = form.model == ReflectionModel.GIBBS
        (self.gibbs if gibbs else self.free).setChecked(True)
        self.pages.setCurrentIndex(1 if gibbs else 0)
        self.gibbs.toggled.connect(self._switch_model)

        fields = QFormLayout()
        fields.addRow(self.tr("&Title:"), self.title)
        fields.addRow(self.tr("&Date:"), self.written_on)
        fields.addRow(self.tr("&Module:"), self.module)
        fields.addRow(self.tr("Model:"), models)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.title.setFocus()

    def _switch_model(self, gibbs: bool) -> None:
        """Carry the text across when the other model's fields are still empty."""
        stages = [editor.text() for editor in self.stages.values()]
        if gibbs and self.body.text().strip() and not any(s.strip() for s in stages):
            self.stages["description"].set_text(self.body.text())
        elif not gibbs and any(s.strip() for s in stages) and not self.body.text().strip():
            self.body.set_text(
                "\n\n".join(
                    f"## {self.tr(GIBBS_STAGE[stage][0])}\n\n{text.strip()}"
                    for stage, text in zip(GIBBS_STAGES, stages, strict=True)
                    if text.strip()
                )
            )
        self.pages.setCurrentIndex(1 if gibbs else 0)

    def form(self) -> ReflectionForm:
        return ReflectionForm(
            written_on=picked_date(self.written_on),
            title=self.title.text(),
            model=ReflectionModel.GIBBS if self.gibbs.isChecked() else ReflectionModel.FREE,
            body=self.body.text(),
            stages=tuple(self.stages[stage].text() for stage in GIBBS_STAGES),
            module_id=self.module.currentData(),
        )

    def accept(self) -> None:
        """Save only a form that can be saved; otherwise say what is wrong and stay open."""
        try:
            check_form(self.form())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot save yet"), str(exc))
            return
        super().accept()
