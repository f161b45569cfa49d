"""The student teacher record: a window of its own (not modal), one per student teacher, with
the tabs Overview, Evidence, Reflections, eTwinning projects, DigCompEdu competences and the
impact survey. All database work goes through one action queue, in order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.action_queue import ActionQueue, refuse
from itepad.ui.competences import CompetencesPanel
from itepad.ui.settings import settings
from itepad.ui.student_record.evidence_tab import EvidenceTab
from itepad.ui.student_record.overview_tab import Overview, OverviewTab, load_overview
from itepad.ui.student_record.projects_tab import ProjectsTab
from itepad.ui.student_record.reflections_tab import ReflectionsTab
from itepad.ui.survey import SurveyPanel

if TYPE_CHECKING:
    from itepad.store.database import Database

MESSAGE_MS = 10_000
GEOMETRY_KEY = "student_record/geometry"  # QSettings: the window's size and place


class StudentRecordWindow(QDialog):
    message = Signal(str, int)  # for the main window's status bar

    def __init__(self, db: Database, student_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # a window of its own, beside the main one
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db, self.student_id = db, student_id
        self.queue = ActionQueue(self)
        self.setWindowTitle(self.tr("Student teacher record"))
        geometry = settings().value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1100, 760)
        self.overview = OverviewTab()
        self.evidence = EvidenceTab(self.queue)
        self.reflections = ReflectionsTab(self.queue)
        self.projects = ProjectsTab(self.queue)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(self.evidence, self.tr("&Evidence"))
        self.tabs.addTab(self.reflections, self.tr("&Reflections"))
        self.tabs.addTab(self.projects, self.tr("eTwinning &projects"))
        self.competences = CompetencesPanel()
        self.tabs.addTab(self.competences, self.tr("DigCompEdu &competences"))
        self.survey = SurveyPanel()
        self.tabs.addTab(self.survey, self.tr("Impact &survey"))
        self.status = QLabel()
        self.status.setEnabled(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        for tab in (self.evidence, self.reflections, self.projects):
            tab.saved.connect(self._on_saved)
        self.reload()

    def reload(self) -> None:
        db, student_id = self.db, self.student_id
        self.queue.submit(
            lambda: lambda: load_overview(db, student_id),
            self._show_overview,
            lambda exc: refuse(self, self.queue, exc, self.tr("Cannot open the record")),
        )
        for tab in (self.evidence, self.reflections, self.projects):
            tab.set_student(db, student_id)
        self.competences.set_student(db, student_id)
        self.survey.set_student(db, student_id)

    def _show_overview(self, overview: Overview) -> None:
        self.overview.show_overview(overview)
        self.setWindowTitle(
            self.tr("{name}: student teacher record").format(name=overview.attendance.name)
        )

    def _on_saved(self, text: str) -> None:
        self.status.setText(text)
        self.message.emit(text, MESSAGE_MS)

    def hideEvent(self, event: QHideEvent) -> None:
        # Closed by the button, Escape or the window manager: all of them hide the window.
        settings().setValue(GEOMETRY_KEY, self.saveGeometry())
        self.queue.drop_waiting()
        super().hideEvent(event)
