"""A small horizontal bar chart drawn with QPainter: a label, a bar and its value per line.

Enough for the dashboard's figures (a handful of bars), without a charting dependency. A dashed
marker line can show a target (e.g. the 80 % attendance threshold). Each bar has a tooltip, and
the chart describes itself to screen readers as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BAR_COLOUR = QColor("#1f6fb2")
ROW_PADDING = 10  # pixels between bars
GAP = 8  # between the label, the bar and the value
LABEL_SHARE = 0.5  # at most this share of the width goes to the labels
MARKER_COLOUR = QColor("#7a7a7a")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # from 0 to the chart's maximum
    text: str  # printed after the bar, e.g. "86%"
    tip: str = ""
    colour: QColor = field(default_factory=lambda: QColor(BAR_COLOUR))


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: tuple[Bar, ...] = ()
        self._maximum = 1.0
        self._marker: float | None = None
        self._marker_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    @property
    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def set_bars(
        self,
        bars: Sequence[Bar],
        maximum: float,
        *,
        marker: float | None = None,
        marker_text: str = "",
    ) -> None:
        self._bars = tuple(bars)
        self._maximum = maximum if maximum > 0 else 1.0
        self._marker, self._marker_text = marker, marker_text
        self.setAccessibleDescription("; ".join(f"{bar.label}: {bar.text}" for bar in self._bars))
        self.updateGeometry()
        self.update()

    # --- geometry -----------------------------------------------------------------------------

    def _row_height(self) -> int:
        return self.fontMetrics().height() + ROW_PADDING

    def _top(self) -> int:
        """Room above the bars for the marker's text."""
        return self.fontMetrics().height() + 2 if self._marker is not None else 0

    def sizeHint(self) -> QSize:
        return QSize(320, self._top() + len(self._bars) * self._row_height() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def _columns(self) -> tuple[int, int, int]:
        """Widths of the label column, the longest possible bar, and the value column."""
        metrics = self.fontMetrics()
        # +2: elidedText measures more finely than horizontalAdvance and cuts a label that fits.
        labels = max((metrics.horizontalAdvance(b.label) + 2 for b in self._bars), default=0)
        values = max((metrics.horizontalAdvance(b.text) for b in self._bars), default=0)
        label_width = min(labels, int(self.width() * LABEL_SHARE))
        bar_width = max(self.width() - label_width - values - 2 * GAP - 1, 10)
        return label_width, bar_width, values

    def bar_at(self, point: QPoint) -> int | None:
        row = (point.y() - self._top()) // self._row_height()
        return row if point.y() >= self._top() and 0 <= row < len(self._bars) else None

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        label_width, bar_width, _ = self._columns()
        row_height, top = self._row_height(), self._top()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        bar_left = label_width + GAP
        for number, bar in enumerate(self._bars):
            y = top + number * row_height
            painter.setPen(text_colour)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(
                QRectF(0, y, label_width, row_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                label,
            )
            length = bar_width * min(max(bar.value / self._maximum, 0.0), 1.0)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar.colour)
            painter.drawRoundedRect(
                QRectF(
                    bar_left, y + ROW_PADDING / 2 - 1, max(length, 2), row_height - ROW_PADDING + 2
                ),
                3,
                3,
            )
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(bar_left + length + GAP, y, self.width(), row_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                bar.text,
            )
        if self._marker is not None and self._bars:
            x = bar_left + bar_width * min(max(self._marker / self._maximum, 0.0), 1.0)
            pen = QPen(MARKER_COLOUR, 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(int(x), top, int(x), top + len(self._bars) * row_height)
            painter.drawText(
                QRectF(x - 100, 0, 200, top),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                self._marker_text,
            )
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            number = self.bar_at(event.pos())
            if number is not None:
                bar = self._bars[number]
                QToolTip.showText(event.globalPos(), bar.tip or f"{bar.label}: {bar.text}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
