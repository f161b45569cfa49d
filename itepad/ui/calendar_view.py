"""Sessions of every module by week or by month, each coloured by its module.

A day shows its sessions as coloured chips (time, module code, title). Double-clicking a chip,
or pressing Enter on a day, opens the session's module in the editor; double-clicking an empty
spot of a month's day shows that week. Page Up / Page Down go back and forth, Alt+T to today.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.models.base import Index
from itepad.ui.models.calendar import (
    DATE_ROLE,
    ENTRIES_ROLE,
    OUTSIDE_ROLE,
    CalendarModel,
    entry_text,
    monday,
)
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.services.calendar_view import CalendarEntry
    from itepad.store.database import Database

WEEK, MONTH = "week", "month"

# (background, text) per module: light tints with dark text stay readable in dark palettes.
MODULE_COLOURS = (
    ("#d6e9fb", "#0b3d6e"),
    ("#dcf2dc", "#1b5e20"),
    ("#fde2c8", "#7a3300"),
    ("#eadcf8", "#4a1d78"),
    ("#fbd9e3", "#7c1236"),
    ("#d4f1ef", "#0d4f4a"),
    ("#f6efc4", "#5c4a00"),
    ("#e3e3e3", "#262626"),
)
PADDING = 3  # pixels around and between chips
DETAILED_LINES = 4
TODAY_TINT = 50  # alpha of the highlight colour laid over today


def module_colours(module_id: int) -> tuple[QColor, QColor]:
    background, text = MODULE_COLOURS[module_id % len(MODULE_COLOURS)]
    return QColor(background), QColor(text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class SessionChipDelegate(QStyledItemDelegate):
    """Draws a day: its number (month view) and a chip per session, "+ n more" if they overflow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detailed = True  # the week view's chips have two lines: time and place, then title

    def _lines(self) -> int:
        # Week: the time; module code and title on up to two lines; the place.
        return DETAILED_LINES if self.detailed else 1

    def _label_height(self, metrics: QFontMetrics) -> int:
        return 0 if self.detailed else metrics.height() + PADDING

    def chip_rects(self, cell: QRect, count: int, metrics: QFontMetrics) -> tuple[list[QRect], int]:
        """Where the first chips go, and how many sessions are left over."""
        height = self._lines() * metrics.height() + 2 * PADDING
        top = cell.top() + PADDING + self._label_height(metrics)
        bottom = cell.bottom() - PADDING
        rects: list[QRect] = []
        for shown in range(count):
            fits = top + height <= bottom
            # The last slot says "+ n more" unless this chip is the last one.
            room_for_more = shown == count - 1 or top + height + metrics.height() <= bottom
            if not (fits and room_for_more):
                break
            rects.append(QRect(cell.left() + PADDING, top, cell.width() - 2 * PADDING, height))
            top += height + PADDING
        return rects, count - len(rects)

    def entry_at(
        self,
        cell: QRect,
        entries: tuple[CalendarEntry, ...],
        point: QPoint,
        metrics: QFontMetrics,
    ) -> CalendarEntry | None:
        rects, _ = self.chip_rects(cell, len(entries), metrics)
        return next(
            (entry for rect, entry in zip(rects, entries, strict=False) if rect.contains(point)),
            None,
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        palette = option.palette
        cell: QRect = option.rect
        state = option.state
        metrics: QFontMetrics = option.fontMetrics
        painter.save()
        outside = bool(index.data(OUTSIDE_ROLE))
        day: date = index.data(DATE_ROLE)
        background = palette.color(
            QPalette.ColorRole.AlternateBase if outside else QPalette.ColorRole.Base
        )
        painter.fillRect(cell, background)
        if day == date.today():
            tint = palette.color(QPalette.ColorRole.Highlight)
            tint.setAlpha(TODAY_TINT)
            painter.fillRect(cell, tint)
        if state & QStyle.StateFlag.State_Selected:
            pen = painter.pen()
            pen.setColor(palette.color(QPalette.ColorRole.Highlight))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(cell.adjusted(1, 1, -1, -1))

        label = index.data(Qt.ItemDataRole.DisplayRole)
        if label:
            role = QPalette.ColorRole.PlaceholderText if outside else QPalette.ColorRole.WindowText
            painter.setPen(palette.color(role))
            painter.drawText(
                cell.adjusted(PADDING + 2, PADDING, -PADDING, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                label,
            )
        entries: tuple[CalendarEntry, ...] = index.data(ENTRIES_ROLE) or ()
        rects, more = self.chip_rects(cell, len(entries), metrics)
        for rect, entry in zip(rects, entries, strict=False):
            self._paint_chip(painter, rect, entry, metrics)
        if more:
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            bottom = rects[-1].bottom() if rects else cell.top() + self._label_height(metrics)
            painter.drawText(
                QRect(cell.left() + PADDING + 2, bottom + PADDING, cell.width(), metrics.height()),
                Qt.AlignmentFlag.AlignLeft,
                self.tr("+ {n} more").format(n=more),
            )
        painter.restore()

    def _paint_chip(
        self, painter: QPainter, rect: QRect, entry: CalendarEntry, metrics: QFontMetrics
    ) -> None:
        background, text = module_colours(entry.module_id)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 4, 4)
        painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), text)  # module stripe
        painter.setPen(text)
        inner = rect.adjusted(PADDING + 4, PADDING, -PADDING, -PADDING)
        if self.detailed:
            title = wrap(f"{entry.module_code} {entry.title}", metrics, inner.width(), 2)
            lines = [f"{entry.starts_at:%H:%M}\N{EN DASH}{entry.ends_at:%H:%M}", *title]
            lines += [""] * (DETAILED_LINES - 1 - len(lines)) + [entry.place]
        else:
            lines = [f"{entry.starts_at:%H:%M} {entry.module_code} {entry.title}"]
        font = painter.font()
        for number, line in enumerate(lines):
            font.setBold(number == 0 and self.detailed)
            painter.setFont(font)
            painter.drawText(
                QRect(
                    inner.left(),
                    inner.top() + number * metrics.height(),
                    inner.width(),
                    metrics.height(),
                ),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, inner.width()),
            )


def wrap(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """Break `text` at spaces into at most `max_lines` lines; the last one takes the rest."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        lines.append(line)
    if words:
        lines.append(" ".join(words))  # elided when drawn
    return lines


class CalendarTable(QTableView):
    """The grid; knows which chip is under the mouse."""

    entry_activated = Signal(object)  # a CalendarEntry
    day_activated = Signal(object)  # a date whose empty space was double-clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips = SessionChipDelegate(self)
        self.setItemDelegate(self.chips)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setShowGrid(True)
        self.setCornerButtonEnabled(False)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(40)

    def entry_at(self, point: QPoint) -> CalendarEntry | None:
        index = self.indexAt(point)
        if not index.isValid():
            return None
        entries: tuple[CalendarEntry, ...] = index.data(ENTRIES_ROLE) or ()
        return self.chips.entry_at(self.visualRect(index), entries, point, self.fontMetrics())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        entry = self.entry_at(point)
        if entry is not None:
            self.entry_activated.emit(entry)
        elif self.indexAt(point).isValid():
            self.day_activated.emit(self.indexAt(point).data(DATE_ROLE))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._choose(self.currentIndex())
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        entry = self.entry_at(event.pos())
        index = self.indexAt(event.pos())
        if entry is None and index.isValid():
            self.setCurrentIndex(index)
            self._choose(index, at=event.globalPos())
        elif entry is not None:
            self._menu([entry]).exec(event.globalPos())

    def _choose(self, index: QModelIndex, at: QPoint | None = None) -> None:
        """Enter on a day: its only session's module, else a menu of its sessions."""
        entries: tuple[CalendarEntry, ...] = index.data(ENTRIES_ROLE) or ()
        if len(entries) == 1 and at is None:
            self.entry_activated.emit(entries[0])
        elif entries:
            where = at or self.viewport().mapToGlobal(self.visualRect(index).topLeft())
            self._menu(list(entries)).exec(where)

    def _menu(self, entries: list[CalendarEntry]) -> QMenu:
        menu = QMenu(self)
        for entry in entries:
            action = menu.addAction(
                self.tr("Edit {code}: {session} ({time})…").format(
                    code=entry.module_code,
                    session=entry.title,
                    time=f"{entry.starts_at:%H:%M}",
                )
            )
            action.triggered.connect(lambda _checked=False, e=entry: self.entry_activated.emit(e))
        menu.aboutToHide.connect(menu.deleteLater)
        return menu


class CalendarView(QWidget):
    open_module = Signal(int)  # a module id, to open in the editor
    mode_changed = Signal(str)  # WEEK or MONTH, when the view changes it itself
    loaded = Signal()
    failed = Signal(object)  # the exception of a failed load, for the page to report

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._mode = WEEK
        self._anchor = date.today()
        self._request = 0
        self._stale = True
        self._locale = QLocale()

        self.previous = QPushButton(self.tr("◀ &Previous"))
        self.today = QPushButton(self.tr("&Today"))
        self.next = QPushButton(self.tr("Ne&xt ▶"))
        self.range_label = QLabel()
        self.range_label.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.range_label.setAccessibleName(self.tr("Dates shown"))
        self.count_label = QLabel()
        self.count_label.setEnabled(False)  # muted, like a hint
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.today.clicked.connect(lambda: self.go_to(date.today()))
        for button, key in ((self.previous, "PgUp"), (self.next, "PgDown")):
            action = QAction(button.text(), self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(button.click)
            self.addAction(action)

        self.model = CalendarModel(self)
        self.table = CalendarTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Calendar of sessions"))
        self.table.entry_activated.connect(lambda entry: self.open_module.emit(entry.module_id))
        self.table.day_activated.connect(self._on_day_activated)
        self.table.viewport().installEventFilter(self)

        bar = QHBoxLayout()
        bar.addWidget(self.previous)
        bar.addWidget(self.today)
        bar.addWidget(self.next)
        bar.addSpacing(12)
        bar.addWidget(self.range_label)
        bar.addStretch()
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self._apply_range()

    # --- what is shown --------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._mode

    def set_database(self, db: Database) -> None:
        self._db = db
        self.invalidate()

    def set_mode(self, mode: str) -> None:
        if mode != self._mode:
            self._mode = mode
            self._apply_range()

    def go_to(self, day: date) -> None:
        self._anchor = day
        self._apply_range()

    def step(self, direction: int) -> None:
        """A week or a month back (-1) or on (1)."""
        if self._mode == WEEK:
            self.go_to(self._anchor + timedelta(weeks=direction))
            return
        month = self._anchor.month - 1 + direction
        self.go_to(date(self._anchor.year + month // 12, month % 12 + 1, 1))

    def invalidate(self) -> None:
        """Sessions have changed: read them again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def _apply_range(self) -> None:
        is_week = self._mode == WEEK
        self.table.chips.detailed = is_week
        tip = self.tr("Previous week") if is_week else self.tr("Previous month")
        self.previous.setToolTip(f"{tip} (Page Up)")
        tip = self.tr("Next week") if is_week else self.tr("Next month")
        self.next.setToolTip(f"{tip} (Page Down)")
        self.today.setToolTip(self.tr("Go to the days around today (Alt+T)"))
        if is_week:
            first = monday(self._anchor)
            self.model.set_range(first, 1)
            last = first + timedelta(days=6)
            self.range_label.setText(
                f"{self._locale.toString(_qdate(first), 'd MMM')} \N{EN DASH} "
                f"{self._locale.toString(_qdate(last), 'd MMM yyyy')}"
            )
        else:
            start = self._anchor.replace(day=1)
            days = calendar.monthrange(start.year, start.month)[1]
            weeks = (start.weekday() + days + 6) // 7
            self.model.set_range(start, weeks, start.month)
            self.range_label.setText(self._locale.toString(_qdate(start), "MMMM yyyy"))
        current = self.model.index_of(self._anchor)
        if current.isValid():
            self.table.setCurrentIndex(current)
        self.count_label.clear()
        self._stale = True
        self.reload()

    # --- loading --------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        db = self._db
        if db is None or not self.isVisible():
            return
        self._stale = False
        self._request += 1
        request, first, last = self._request, self.model.first_day, self.model.last_day

        def fetch() -> list[CalendarEntry]:
            from itepad.services.calendar_view import calendar_entries

            return calendar_entries(db, first, last)

        run_in_background(
            fetch,
            self,
            lambda entries: self._show(request, entries),
            lambda exc: self._failed(request, exc),
        )

    def _show(self, request: int, entries: list[CalendarEntry]) -> None:
        if request != self._request:
            return  # the user has moved on meanwhile
        self.model.set_entries(entries)
        count = len(entries)
        self.count_label.setText(
            self.tr("1 session") if count == 1 else self.tr("{n} sessions").format(n=count)
        )
        self.loaded.emit()

    def _failed(self, request: int, exc: Exception) -> None:
        if request == self._request:
            self._stale = True
            self.failed.emit(exc)

    def _on_day_activated(self, day: date) -> None:
        if self._mode == MONTH:
            self._anchor = day
            self.set_mode(WEEK)
            self.mode_changed.emit(WEEK)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        # A chip's own tooltip, rather than the whole day's.
        if watched is self.table.viewport() and event.type() == QEvent.Type.ToolTip:
            entry = self.table.entry_at(event.pos())  # type: ignore[attr-defined]
            if entry is not None:
                extra = f"\n{entry.module_title}"
                if entry.facilitator:
                    extra += f"\n{self.tr('Facilitator')}: {entry.facilitator}"
                QToolTip.showText(
                    event.globalPos(),  # type: ignore[attr-defined]
                    entry_text(entry) + extra,
                    self.table.viewport(),
                )
                return True
        return super().eventFilter(watched, event)
