"""New module from a course template: pick the template, the dates, the weeks to skip.

The preview lists the template's sessions by week with the dates they will get, worked out by
planning.schedule as the user types; the module is created by plan_module in a worker. Broken
template files are listed with their file and line, and the others stay usable.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itepad.errors import UserError
from itepad.services.labels import MODULE_KIND, SESSION_KIND
from itepad.services.planning import plan_module, schedule
from itepad.services.template_format import DEFAULT_START, CourseTemplate, TemplateError
from itepad.services.templates import load_templates
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.store.database import Database

DATE_FORMAT = "ddd d MMM yyyy"
SESSION_DATE_FORMAT = "ddd d MMM"  # the week's line gives the year
ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5a00;"


def _py(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _qt(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def next_monday(today: date) -> date:
    return today + timedelta(days=7 - today.weekday())


class NewModuleDialog(QDialog):
    created = Signal(int, str)  # the new module's id and code

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New module from a template"))
        self._db = db
        self._templates: list[CourseTemplate] = []
        self._weekday_chosen = False  # else the weekday follows the start date
        self._time_chosen = False  # else the time follows the template
        self._locale = QLocale()

        self.templates = QListWidget()
        self.templates.setAccessibleName(self.tr("Course templates"))
        self.templates.setWordWrap(True)
        self.templates.setSpacing(3)
        self.templates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.templates.currentRowChanged.connect(self._on_template)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(WARNING_STYLE)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()

        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. ETW104"))
        self.code.setToolTip(self.tr("A short code no other module has"))
        self.code.textChanged.connect(self._update_button)
        self.title = QLineEdit()
        self.title.setToolTip(self.tr("Leave empty to use the template's title"))
        self.start = QDateEdit(_qt(next_monday(date.today())))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(DATE_FORMAT)
        self.start.setToolTip(self.tr("Week 1 is the week holding this date"))
        self.start.dateChanged.connect(self._on_start)
        self.weekday = QComboBox()
        for day in range(1, 8):
            self.weekday.addItem(self._locale.dayName(day), day - 1)
        self.weekday.setCurrentIndex(self.start.date().dayOfWeek() - 1)
        self.weekday.setToolTip(self.tr("The day of the week most sessions fall on"))
        self.weekday.activated.connect(self._on_weekday_chosen)
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setToolTip(self.tr("When the sessions usually start"))
        self.time.timeChanged.connect(self._on_time_chosen)
        self.skip_date = QDateEdit(self.start.date().addDays(28))
        self.skip_date.setCalendarPopup(True)
        self.skip_date.setDisplayFormat(DATE_FORMAT)
        self.skip_date.setAccessibleName(self.tr("A day in the week to skip"))
        self.skip_add = QPushButton(self.tr("S&kip this week"))
        self.skip_add.setToolTip(
            self.tr("No sessions in the week holding this date (a holiday or exam week)")
        )
        self.skip_add.clicked.connect(self._add_skip)
        self.skips = QListWidget()
        self.skips.setAccessibleName(self.tr("Weeks to skip"))
        self.skips.setMaximumHeight(self.fontMetrics().height() * 4)
        self.skip_remove = QPushButton(self.tr("&Remove"))
        self.skip_remove.setToolTip(self.tr("Plan the selected week again (Delete)"))
        self.skip_remove.clicked.connect(self._remove_skip)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.skips,
            self._remove_skip,
            Qt.ShortcutContext.WidgetShortcut,
        )

        self.preview = QTreeWidget()
        self.preview.setHeaderLabels(
            [self.tr("Week and session"), self.tr("Kind"), self.tr("Date and time")]
        )
        self.preview.setAccessibleName(self.tr("Planned sessions"))
        self.preview.setRootIsDecorated(False)
        self.preview.setUniformRowHeights(True)
        header = self.preview.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the titles get the room
        self.notice = QLabel()
        self.notice.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            self.tr("&Create module"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.create_module)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.create_button.setDefault(True)  # Enter creates; set once the button is in the dialog
        self._set_busy(self.tr("Reading the course templates…"))
        run_in_background(load_templates, self, self._on_templates, self._on_load_failed)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self._label(self.tr("C&ode:"), self.code), self.code)
        form.addRow(self._label(self.tr("&Title:"), self.title), self.title)
        form.addRow(self._label(self.tr("&Start date:"), self.start), self.start)
        form.addRow(self._label(self.tr("Usual &weekday:"), self.weekday), self.weekday)
        form.addRow(self._label(self.tr("&Usual time:"), self.time), self.time)
        skip_row = QHBoxLayout()
        skip_row.addWidget(self.skip_date, 1)
        skip_row.addWidget(self.skip_add)
        form.addRow(self._label(self.tr("Weeks to s&kip:"), self.skip_date), skip_row)
        skip_list = QHBoxLayout()
        skip_list.addWidget(self.skips, 1)
        skip_list.addWidget(self.skip_remove, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow("", skip_list)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._label(self.tr("T&emplate:"), self.templates))
        left_layout.addWidget(self.templates, 1)
        left_layout.addWidget(self.problems)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(self._label(self.tr("&Planned sessions:"), self.preview))
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([320, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        self.resize(980, 640)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- templates ----------------------------------------------------------------------------

    def _on_templates(self, loaded: tuple[list[CourseTemplate], list[TemplateError]]) -> None:
        templates, problems = loaded
        self._templates = templates
        for template in templates:
            weeks = (
                self.tr("1 week")
                if template.weeks == 1
                else self.tr("{n} weeks").format(n=template.weeks)
            )
            facts = self.tr("{kind}, {weeks}, {ects:g} ECTS, {n} sessions").format(
                kind=MODULE_KIND.get(template.kind, template.kind),
                weeks=weeks,
                ects=template.ects,
                n=len(template.sessions),
            )
            item = QListWidgetItem(f"{template.title}\n{facts}")
            item.setToolTip(str(template.path or template.id))
            self.templates.addItem(item)
        if problems:
            self.problems.setText(
                self.tr("These template files could not be read and are left out:")
                + "\n"
                + "\n".join(str(problem) for problem in problems)
            )
            self.problems.show()
        self.notice.clear()
        if templates:
            self.templates.setCurrentRow(0)
            self.templates.setFocus()
        else:
            self._show_notice(self.tr("There are no course templates to start from."), True)
        self._update_button()

    def _on_load_failed(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self._show_notice(str(exc), True)

    def template(self) -> CourseTemplate | None:
        row = self.templates.currentRow()
        return self._templates[row] if 0 <= row < len(self._templates) else None

    def _on_template(self) -> None:
        template = self.template()
        if template is not None:
            self.title.setPlaceholderText(template.title)
            if not self._time_chosen:
                start = template.start_time or DEFAULT_START
                with QSignalBlocker(self.time):
                    self.time.setTime(QTime(start.hour, start.minute))
        self.update_preview()

    # --- dates --------------------------------------------------------------------------------

    def _on_start(self) -> None:
        if not self._weekday_chosen:
            with QSignalBlocker(self.weekday):
                self.weekday.setCurrentIndex(self.start.date().dayOfWeek() - 1)
        self.update_preview()

    def _on_weekday_chosen(self) -> None:
        self._weekday_chosen = True
        self.update_preview()

    def _on_time_chosen(self) -> None:
        self._time_chosen = True
        self.update_preview()

    def skipped_weeks(self) -> list[date]:
        """The Mondays of the weeks to skip."""
        return [
            self.skips.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.skips.count())
        ]

    def _add_skip(self) -> None:
        week = _monday(_py(self.skip_date.date()))
        if week in self.skipped_weeks():
            return
        item = QListWidgetItem(
            self.tr("Week of {monday}").format(monday=self._locale.toString(_qt(week), DATE_FORMAT))
        )
        item.setData(Qt.ItemDataRole.UserRole, week)
        weeks = sorted([*self.skipped_weeks(), week])
        self.skips.insertItem(weeks.index(week), item)
        self.skip_date.setDate(_qt(week + timedelta(weeks=1)))  # the next week, for holidays
        self.update_preview()

    def _remove_skip(self) -> None:
        row = self.skips.currentRow()
        if row >= 0:
            self.skips.takeItem(row)
            self.update_preview()

    def _options(self) -> tuple[date, int, time]:
        clock = self.time.time()
        return (
            _py(self.start.date()),
            int(self.weekday.currentData()),
            time(clock.hour(), clock.minute()),
        )

    def update_preview(self) -> None:
        """The template's sessions by week, with the dates the chosen options give them."""
        self.preview.clear()
        template = self.template()
        if template is None:
            return
        start, weekday, start_time = self._options()
        skipped = set(self.skipped_weeks())
        try:
            times = schedule(
                template, start=start, weekday=weekday, start_time=start_time, skip_weeks=skipped
            )
        except UserError as exc:
            self._show_notice(str(exc), True)
            return
        weeks: dict[date, tuple[int, list[QTreeWidgetItem]]] = {}
        for (begins, ends), session in zip(times, template.sessions, strict=True):
            when = self._locale.toString(_qt(begins.date()), SESSION_DATE_FORMAT)
            line = QTreeWidgetItem(
                [
                    session.title,
                    SESSION_KIND.get(session.kind, session.kind),
                    f"{when}, {begins:%H:%M}\N{EN DASH}{ends:%H:%M}",
                ]
            )
            weeks.setdefault(_monday(begins.date()), (session.week, []))[1].append(line)
        for monday in sorted(
            {*weeks, *(w for w in skipped if weeks and min(weeks) < w < max(weeks))}
        ):
            if monday in weeks:
                number, lines = weeks[monday]
                self._week_item(template, number, monday).addChildren(lines)
            else:
                self._skipped_item(monday)
        self.preview.expandAll()
        for column in (1, 2):
            self.preview.resizeColumnToContents(column)
        early = [begins for begins, _ in times if begins.date() < start]
        if early:
            self._show_notice(
                self.tr(
                    "The first session falls on {day}, before the start date: choose another "
                    "weekday or start date if that is not what you want."
                ).format(day=self._locale.toString(_qt(early[0].date()), DATE_FORMAT)),
                False,
            )
        else:
            self.notice.clear()

    def _week_item(self, template: CourseTemplate, number: int, monday: date) -> QTreeWidgetItem:
        title = template.week_titles.get(number, "")
        text = self.tr("Week {n}").format(n=number) + (f": {title}" if title else "")
        item = self._spanning_item(f"{text} ({self._week_span(monday)})")
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _skipped_item(self, monday: date) -> None:
        item = self._spanning_item(
            self.tr("Skipped week ({days})").format(days=self._week_span(monday))
        )
        item.setDisabled(True)

    def _spanning_item(self, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.preview, [text])
        item.setFirstColumnSpanned(True)
        return item

    def _week_span(self, monday: date) -> str:
        sunday = monday + timedelta(days=6)
        return (
            f"{self._locale.toString(_qt(monday), 'd MMM')} \N{EN DASH} "
            f"{self._locale.toString(_qt(sunday), 'd MMM yyyy')}"
        )

    def _show_notice(self, text: str, error: bool) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(ERROR_STYLE if error else WARNING_STYLE)

    # --- creating -----------------------------------------------------------------------------

    def _update_button(self) -> None:
        self.create_button.setEnabled(
            self.template() is not None and bool(self.code.text().strip())
        )

    def _set_busy(self, text: str) -> None:
        self.create_button.setEnabled(False)
        self.notice.setStyleSheet("")
        self.notice.setText(text)

    def create_module(self) -> None:
        template = self.template()
        code = self.code.text().strip()
        if template is None or not code or not self.create_button.isEnabled():
            return
        start, weekday, start_time = self._options()
        title = self.title.text().strip() or None
        skipped = self.skipped_weeks()
        db = self._db
        self._set_busy(self.tr("Creating {code}…").format(code=code))

        def create() -> int:
            return plan_module(
                db,
                template,
                code=code,
                start=start,
                title=title,
                weekday=weekday,
                start_time=start_time,
                skip_weeks=skipped,
            )

        run_in_background(
            create, self, lambda module_id: self._created(module_id, code), self._failed
        )

    def _created(self, module_id: int, code: str) -> None:
        self.created.emit(module_id, code)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self._show_notice(str(exc), True)
        self._update_button()
        self.code.setFocus()
        self.code.selectAll()
