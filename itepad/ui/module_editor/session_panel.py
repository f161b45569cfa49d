"""The selected session's fields: title, kind, start and end, place, link, facilitator, text.

Times are the module's wall-clock times, so the date-time fields run in UTC: a time that does
not exist on this computer's clock (the hour skipped in spring) is still a valid session time.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QSignalBlocker, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from itepad.services.module_draft import Choices, SessionDraft, SessionFields
from itepad.ui.markdown_editor import MarkdownEditor
from itepad.ui.module_editor.fields import buddy_label, fill_combo, select_data, set_text

DATE_TIME_FORMAT = "ddd d MMM yyyy  HH:mm"
WALL_CLOCK = QTimeZone(QTimeZone.Initialization.UTC)


def to_qt(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute),
        WALL_CLOCK,
    )


def from_qt(moment: QDateTime) -> datetime:
    day, clock = moment.date(), moment.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


class SessionPanel(QWidget):
    fields_edited = Signal(int, object)  # session id, SessionFields
    times_edited = Signal(int, object, object)  # session id, start, end (naive datetimes)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: SessionDraft | None = None
        self.title = QLineEdit()
        self.kind = QComboBox()
        self.starts = self._date_time_edit(self.tr("When the session starts"))
        self.ends = self._date_time_edit(self.tr("When the session ends"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Room, school or building"))
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://")
        self.link.setToolTip(self.tr("The online link of a video call or a TwinSpace page"))
        self.facilitator = QComboBox()
        self.facilitator.setToolTip(self.tr("Who runs the session"))
        self.description = MarkdownEditor(self.tr("Session description"))

        for field in (self.title, self.place, self.link):
            field.editingFinished.connect(self.commit)
        self.kind.activated.connect(self.commit)
        self.facilitator.activated.connect(self.commit)
        self.description.editing_finished.connect(self.commit)
        self.starts.dateTimeChanged.connect(self._keep_length)
        for edit in (self.starts, self.ends):
            edit.editingFinished.connect(self.commit_times)

        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Title:"), self.title), self.title)
        form.addRow(buddy_label(self.tr("&Kind:"), self.kind), self.kind)
        form.addRow(buddy_label(self.tr("&Starts:"), self.starts), self.starts)
        form.addRow(buddy_label(self.tr("&Ends:"), self.ends), self.ends)
        form.addRow(buddy_label(self.tr("&Place:"), self.place), self.place)
        form.addRow(buddy_label(self.tr("&Link:"), self.link), self.link)
        form.addRow(buddy_label(self.tr("&Facilitator:"), self.facilitator), self.facilitator)
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.addWidget(buddy_label(self.tr("Descri&ption:"), self.description.source))
        text.addWidget(self.description, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form, 2)
        layout.addSpacing(12)
        layout.addLayout(text, 3)
        self.setEnabled(False)

    def _date_time_edit(self, tip: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setTimeZone(WALL_CLOCK)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_TIME_FORMAT)
        edit.setToolTip(tip)
        return edit

    def set_choices(self, choices: Choices) -> None:
        fill_combo(self.kind, ((c.label, c.code) for c in choices.session_kinds))
        fill_combo(
            self.facilitator,
            [
                (self.tr("(nobody yet)"), None),
                *((f"{e.name} — {e.role}", e.id) for e in choices.educators),
            ],
        )

    @property
    def session_id(self) -> int | None:
        return None if self._shown is None else self._shown.id

    def show_session(self, session: SessionDraft | None) -> None:
        """Show the session; fields of the same session that were not saved anew stay as typed."""
        old = self._shown if session and self._shown and self._shown.id == session.id else None
        self._shown = session
        self.setEnabled(session is not None)
        if session is None:
            return
        new, before = session.fields, old.fields if old else None
        if before is None or before.title != new.title:
            set_text(self.title, new.title)
        if before is None or before.kind != new.kind:
            select_data(self.kind, new.kind)
        if before is None or before.place != new.place:
            set_text(self.place, new.place)
        if before is None or before.link != new.link:
            set_text(self.link, new.link)
        if before is None or before.facilitator_id != new.facilitator_id:
            select_data(self.facilitator, new.facilitator_id)
        if before is None or before.description != new.description:
            self.description.set_text(new.description)
        if old is None or (old.starts_at, old.ends_at) != (session.starts_at, session.ends_at):
            with QSignalBlocker(self.starts), QSignalBlocker(self.ends):
                self.starts.setDateTime(to_qt(session.starts_at))
                self.ends.setDateTime(to_qt(session.ends_at))

    def current_fields(self) -> SessionFields:
        facilitator = self.facilitator.currentData()
        return SessionFields(
            title=self.title.text().strip(),
            kind=str(self.kind.currentData()),
            place=self.place.text().strip(),
            link=self.link.text().strip(),
            facilitator_id=None if facilitator is None else int(facilitator),
            description=self.description.text(),
        )

    def current_times(self) -> tuple[datetime, datetime]:
        return from_qt(self.starts.dateTime()), from_qt(self.ends.dateTime())

    def commit(self) -> None:
        """Ask for the session's fields to be saved, if the user changed any."""
        shown = self._shown
        if shown is None:
            return
        fields = self.current_fields()
        if fields != shown.fields:
            self._shown = replace(shown, fields=fields)
            self.fields_edited.emit(shown.id, fields)

    def commit_times(self) -> None:
        shown = self._shown
        if shown is None:
            return
        starts, ends = self.current_times()
        if (starts, ends) != (shown.starts_at, shown.ends_at):
            self._shown = replace(shown, starts_at=starts, ends_at=ends)
            self.times_edited.emit(shown.id, starts, ends)

    def commit_all(self) -> None:
        self.commit()
        self.commit_times()

    def _keep_length(self, _moment: QDateTime) -> None:
        """A later start moves the end along: the session keeps its length."""
        shown = self._shown
        if shown is None:
            return
        starts = from_qt(self.starts.dateTime())
        length = max(shown.ends_at - shown.starts_at, timedelta(minutes=1))
        with QSignalBlocker(self.ends):
            self.ends.setDateTime(to_qt(starts + length))
