"""Before and after: per competence, an arrow from the first assessed level to the latest one.

One line per competence and kind of assessor (self in blue, educator in orange), on a scale
A1 .. C2 drawn across the top. A hollow dot marks the first level, a full dot the latest, so a
level that did not move shows as a single ringed dot.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from itepad.services.competences import Level, Progress
from itepad.store.models import AssessorKind
from itepad.ui.translation import short_date

COLOURS = {AssessorKind.SELF: QColor("#1f6fb2"), AssessorKind.EDUCATOR: QColor("#e65100")}
ROW_PADDING = 10
DOT = 5  # radius
LABEL_SHARE = 0.45  # at most this share of the width goes to the labels
GAP = 12


class ProgressChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Progress, ...] = ()
        self._levels: tuple[Level, ...] = ()
        self._kind_names = {
            AssessorKind.SELF: self.tr("self"),
            AssessorKind.EDUCATOR: self.tr("educator"),
        }
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    @property
    def rows(self) -> tuple[Progress, ...]:
        return self._rows

    def set_progress(self, rows: Sequence[Progress], levels: Sequence[Level]) -> None:
        self._rows, self._levels = tuple(rows), tuple(levels)
        self.setAccessibleDescription("; ".join(self._describe(row) for row in self._rows))
        self.updateGeometry()
        self.update()

    def _describe(self, row: Progress) -> str:
        return self.tr("{number} {kind}: {first} to {latest}").format(
            number=row.competence.number,
            kind=self._kind_names.get(AssessorKind(row.kind), row.kind),
            first=row.first.level_code,
            latest=row.latest.level_code,
        )

    def _row_height(self) -> int:
        return self.fontMetrics().height() + ROW_PADDING

    def sizeHint(self) -> QSize:
        return QSize(420, (len(self._rows) + 1) * self._row_height() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def _label(self, row: Progress) -> str:
        return f"{row.competence.number} {row.competence.name}"

    def _geometry(self) -> tuple[int, float, float]:
        """Width of the label column, x of the first level and the distance between levels."""
        metrics = self.fontMetrics()
        wanted = max((metrics.horizontalAdvance(self._label(r)) + 2 for r in self._rows), default=0)
        label_width = min(wanted, int(self.width() * LABEL_SHARE))
        left = label_width + GAP + DOT * 2
        step = (self.width() - left - DOT * 4) / max(len(self._levels) - 1, 1)
        return label_width, left, step

    def _x(self, code: str, left: float, step: float) -> float:
        rank = next((n for n, level in enumerate(self._levels) if level.code == code), 0)
        return left + rank * step

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        grid = self.palette().color(QPalette.ColorRole.Mid)
        label_width, left, step = self._geometry()
        height = self._row_height()
        bottom = (len(self._rows) + 1) * height
        for n, level in enumerate(self._levels):  # the scale, with a faint line per level
            x = left + n * step
            painter.setPen(text)
            painter.drawText(
                QRectF(x - 30, 0, 60, height), Qt.AlignmentFlag.AlignCenter, level.code
            )
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, height), QPointF(x, bottom))
        for number, row in enumerate(self._rows, start=1):
            y = number * height
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, label_width, height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                metrics.elidedText(self._label(row), Qt.TextElideMode.ElideRight, label_width),
            )
            colour = COLOURS.get(AssessorKind(row.kind), text)
            middle = y + height / 2
            start = QPointF(self._x(row.first.level_code, left, step), middle)
            end = QPointF(self._x(row.latest.level_code, left, step), middle)
            painter.setPen(QPen(colour, 3))
            painter.drawLine(start, end)
            painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
            painter.drawEllipse(start, DOT + 1, DOT + 1)
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(end, DOT - 1, DOT - 1)
        painter.end()

    def row_at(self, y: int) -> int | None:
        number = y // self._row_height() - 1
        return number if 0 <= number < len(self._rows) else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            number = self.row_at(event.pos().y())
            if number is None:
                QToolTip.hideText()
                return True
            row = self._rows[number]
            QToolTip.showText(
                event.globalPos(),
                self.tr("{label} ({kind})\n{first} on {first_on} → {latest} on {latest_on}").format(
                    label=self._label(row),
                    kind=self._kind_names.get(AssessorKind(row.kind), row.kind),
                    first=row.first.level_code,
                    first_on=short_date(row.first.assessed_on),
                    latest=row.latest.level_code,
                    latest_on=short_date(row.latest.assessed_on),
                ),
                self,
            )
            return True
        return super().event(event)
