"""Small horizontal bar charts (reportlab.graphics) for the portfolio and the reports.

Drawn with plain shapes rather than reportlab's chart classes: the bars, labels and legend sit
exactly where the page wants them, and a chart costs a few dozen shapes. Labels are user text
drawn as canvas strings (no markup), shortened with an ellipsis when they are too wide.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from itepad.reports.document import fit_line
from itepad.reports.theme import ACCENT, INK, MUTED, RULE, styles

ATTENDED = ACCENT
MISSED = colors.HexColor("#e0a458")
UNRECORDED = colors.HexColor("#dde3e9")
FIRST = colors.HexColor("#9db8d3")
LATEST = ACCENT
# Series of a share chart, in order: e.g. before, after, a reference figure.
SERIES = (colors.HexColor("#9db8d3"), ACCENT, colors.HexColor("#e0a458"))

_FONT_SIZE = 8
_ROW = 15  # height of one row of bars
_LEGEND = 16  # height of the legend line under the bars
_GAP = 6  # between a label column and the bars


@dataclass(frozen=True)
class AttendanceRow:
    label: str  # e.g. a module code
    attended: int
    missed: int  # recorded, and not counted as present
    unrecorded: int  # sessions with no mark yet (still to come, or not taken)


@dataclass(frozen=True)
class LevelRow:
    label: str  # e.g. "2.1 Selecting digital resources"
    first: int | None  # rank of the level, 1 (A1) to len(levels) (C2)
    latest: int | None


@dataclass(frozen=True)
class ShareRow:
    label: str  # e.g. "Networking across Europe"
    shares: tuple[float | None, ...]  # one per series, 0 to 1; None: no figure


class FullWidth(Flowable):
    """A drawing made for the width of the frame it lands in (A4 and Letter differ)."""

    def __init__(self, make: Callable[[float], Drawing]) -> None:
        super().__init__()
        self._make = make
        self._drawing: Any = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # Layout asks more than once (keepWithNext, page ends): the same width, the same drawing.
        if self._drawing is None or self._drawing.width != available_width:
            self._drawing = self._make(available_width)
        self.width, self.height = self._drawing.width, self._drawing.height
        return (self.width, self.height)

    def draw(self) -> None:
        self._drawing.drawOn(self.canv, 0, 0)


def attendance_chart(rows: Sequence[AttendanceRow], legend: tuple[str, str, str]) -> FullWidth:
    """One stacked bar per row (attended, missed, not recorded), its count to the right."""
    return FullWidth(lambda width: _attendance(rows, width, legend))


def level_chart(
    rows: Sequence[LevelRow], levels: Sequence[str], legend: tuple[str, str]
) -> FullWidth:
    """Two bars per row, first and latest level, on a scale of bands named by the level codes."""
    return FullWidth(lambda width: _levels(rows, width, levels, legend))


def share_chart(rows: Sequence[ShareRow], legend: Sequence[str]) -> FullWidth:
    """One thin bar per series and row on a 0-100% scale, the percentage at the end of each bar.

    Up to len(SERIES) series; `legend` names them in order.
    """
    if len(legend) > len(SERIES):
        raise ValueError(f"at most {len(SERIES)} series, not {len(legend)}")
    return FullWidth(lambda width: _shares(rows, width, legend))


def _attendance(
    rows: Sequence[AttendanceRow], width: float, legend: tuple[str, str, str]
) -> Drawing:
    sans = styles().sans
    label_width, count_width = width * 0.2, 44.0
    bars_x = label_width + _GAP
    bars_width = width - bars_x - count_width
    height = _LEGEND + _ROW * len(rows)
    drawing = _drawing(width, height)
    for index, row in enumerate(rows):
        y = height - _ROW * (index + 1) + 3
        total = row.attended + row.missed + row.unrecorded
        drawing.add(_label(row.label, 0, y + 1, label_width, sans))
        x = bars_x
        for count, colour in (
            (row.attended, ATTENDED),
            (row.missed, MISSED),
            (row.unrecorded, UNRECORDED),
        ):
            if count and total:
                part = bars_width * count / total
                drawing.add(Rect(x, y, part, _ROW - 6, fillColor=colour, strokeColor=None))
                x += part
        if not total:
            drawing.add(Rect(bars_x, y, bars_width, _ROW - 6, fillColor=None, strokeColor=RULE))
        recorded = row.attended + row.missed
        drawing.add(_text(f"{row.attended}/{recorded}", width, y + 1, sans, anchor="end"))
    _legend(drawing, bars_x, list(zip((ATTENDED, MISSED, UNRECORDED), legend, strict=True)))
    return drawing


def _levels(
    rows: Sequence[LevelRow], width: float, levels: Sequence[str], legend: tuple[str, str]
) -> Drawing:
    sans = styles().sans
    label_width = width * 0.36
    scale_x = label_width + _GAP
    scale_width = width - scale_x - 4
    step = scale_width / max(len(levels), 1)
    scale_height = _ROW * len(rows)
    height = _LEGEND + 12 + scale_height
    top = height
    drawing = _drawing(width, height)
    for number, code in enumerate(levels, start=1):
        x = scale_x + step * number
        drawing.add(Line(x, top, x, top - scale_height, strokeColor=RULE, strokeWidth=0.5))
        drawing.add(_text(code, x - step / 2, top - scale_height - 10, sans, anchor="middle"))
    drawing.add(Line(scale_x, top, scale_x, top - scale_height, strokeColor=MUTED))
    for index, row in enumerate(rows):
        y = top - _ROW * (index + 1) + 2
        drawing.add(_label(row.label, 0, y + 2, label_width, sans))
        for rank, colour, offset in ((row.first, FIRST, 6), (row.latest, LATEST, 0)):
            if rank:
                drawing.add(
                    Rect(scale_x, y + offset, step * rank, 5, fillColor=colour, strokeColor=None)
                )
    _legend(drawing, scale_x, list(zip((FIRST, LATEST), legend, strict=True)))
    return drawing


def _shares(rows: Sequence[ShareRow], width: float, legend: Sequence[str]) -> Drawing:
    sans = styles().sans
    series = len(legend)
    bar, row_height = 6.0, 6.0 * series + 8
    label_width, figure_width = width * 0.34, 28.0
    scale_x = label_width + _GAP
    scale_width = width - scale_x - figure_width
    scale_height = row_height * len(rows)
    height = _LEGEND + 12 + scale_height
    top = height
    drawing = _drawing(width, height)
    for tenth in range(0, 11, 2):
        x = scale_x + scale_width * tenth / 10
        drawing.add(Line(x, top, x, top - scale_height, strokeColor=RULE, strokeWidth=0.5))
        drawing.add(_text(f"{tenth * 10}%", x, top - scale_height - 10, sans, anchor="middle"))
    for index, row in enumerate(rows):
        row_top = top - row_height * index - 4
        drawing.add(_label(row.label, 0, row_top - 3 * series - 3, label_width, sans))
        for number, (share, colour) in enumerate(zip(row.shares, SERIES, strict=False)):
            y = row_top - bar * (number + 1)
            if share is None:
                continue
            part = scale_width * min(max(share, 0.0), 1.0)
            drawing.add(Rect(scale_x, y, part, bar - 1, fillColor=colour, strokeColor=None))
            figure = String(
                scale_x + part + 2,
                y,
                f"{int(share * 100 + 1e-9)}%",
                fontName=sans,
                fontSize=_FONT_SIZE - 2,
            )
            figure.fillColor = MUTED
            drawing.add(figure)
    _legend(drawing, scale_x, list(zip(SERIES, legend, strict=False)))
    return drawing


def _drawing(width: float, height: float) -> Drawing:
    # Starting from reportlab's default font would list Helvetica, unembedded, in the PDF.
    return Drawing(width, height, initialFontName=styles().sans, initialFontSize=_FONT_SIZE)


def _label(text: str, x: float, y: float, width: float, font: str) -> String:
    return _text(fit_line(text, font, _FONT_SIZE, width), x, y, font)


def _text(text: str, x: float, y: float, font: str, *, anchor: str = "start") -> String:
    return String(x, y, text, fontName=font, fontSize=_FONT_SIZE, fillColor=INK, textAnchor=anchor)


def _legend(drawing: Drawing, x: float, entries: list[tuple[colors.Color, str]]) -> None:
    """Colour swatches with their words along the bottom of the drawing."""
    font = styles().sans
    for colour, word in entries:
        drawing.add(Rect(x, 2, 8, 8, fillColor=colour, strokeColor=None))
        drawing.add(_text(word, x + 11, 3, font))
        x += 11 + stringWidth(word, font, _FONT_SIZE) + 14
