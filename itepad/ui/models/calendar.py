"""The calendar grid: weeks (rows) x days Monday to Sunday (columns), each cell a day's sessions.

One model serves both views: a week is one row, a month the four to six rows that cover it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QObject, Qt

from itepad.ui.models.base import Index
from itepad.ui.translation import translated

if TYPE_CHECKING:
    from itepad.services.calendar_view import CalendarEntry

ENTRIES_ROLE = Qt.ItemDataRole.UserRole + 2  # the day's sessions, a tuple of CalendarEntry
DATE_ROLE = Qt.ItemDataRole.UserRole + 3  # the day, a datetime.date
OUTSIDE_ROLE = Qt.ItemDataRole.UserRole + 4  # True for days of the month view's other months
DAYS = 7


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def entry_text(entry: CalendarEntry) -> str:
    """One line per session, as tooltips and screen readers give it."""
    where = f" — {entry.place}" if entry.place else ""
    when = f"{entry.starts_at:%H:%M}\N{EN DASH}{entry.ends_at:%H:%M}"
    return f"{when} {entry.module_code}: {entry.title} ({translated(entry.kind)}){where}"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CalendarModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._first = monday(date.today())
        self._weeks = 1
        self._month: int | None = None  # the month shown, in the month view
        self._by_day: dict[date, tuple[CalendarEntry, ...]] = {}
        self._locale = QLocale()

    @property
    def first_day(self) -> date:
        return self._first

    @property
    def last_day(self) -> date:
        return self._first + timedelta(days=DAYS * self._weeks - 1)

    @property
    def is_month(self) -> bool:
        return self._month is not None

    def set_range(self, first: date, weeks: int, month: int | None = None) -> None:
        """Show `weeks` weeks from the Monday `first`; no sessions until set_entries."""
        self.beginResetModel()
        self._first, self._weeks, self._month = monday(first), weeks, month
        self._by_day = {}
        self.endResetModel()

    def set_entries(self, entries: Iterable[CalendarEntry]) -> None:
        grouped: defaultdict[date, list[CalendarEntry]] = defaultdict(list)
        for entry in entries:
            grouped[entry.starts_at.date()].append(entry)
        self._by_day = {day: tuple(items) for day, items in grouped.items()}
        if self._weeks:
            self.dataChanged.emit(self.index(0, 0), self.index(self._weeks - 1, DAYS - 1))

    def day(self, index: Index) -> date:
        return self._first + timedelta(days=index.row() * DAYS + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self._first).days
        if not 0 <= offset < self._weeks * DAYS:
            return QModelIndex()
        return self.index(offset // DAYS, offset % DAYS)

    def entries(self, day: date) -> tuple[CalendarEntry, ...]:
        return self._by_day.get(day, ())

    def entry_count(self) -> int:
        return sum(len(items) for items in self._by_day.values())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._weeks

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else DAYS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if self._month is None:
                return ""  # the week view's header names the day
            if day.day == 1:
                return self._locale.toString(_qdate(day), "d MMM")
            return str(day.day)
        if role == ENTRIES_ROLE:
            return self.entries(day)
        if role == DATE_ROLE:
            return day
        if role == OUTSIDE_ROLE:
            return self._month is not None and day.month != self._month
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            heading = self._locale.toString(_qdate(day), QLocale.FormatType.LongFormat)
            lines = [entry_text(entry) for entry in self.entries(day)]
            if role == Qt.ItemDataRole.ToolTipRole and not lines:
                return None
            return "\n".join([heading, *lines] if lines else [heading, self.tr("No sessions")])
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < DAYS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self._month is not None:
                return self._locale.dayName(section + 1, QLocale.FormatType.LongFormat)
            day = self._first + timedelta(days=section)
            return self._locale.toString(_qdate(day), "ddd d MMM")
        return None
