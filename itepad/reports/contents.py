"""A contents page laid out in the same single pass as the rest of the document.

The titles are known before layout, so each entry is drawn right away; only its page number
waits for the end of the build (document.draw_page_number). Every entry links to its heading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from itepad.reports.document import draw_page_number, heading
from itepad.reports.tables import baseline_drop
from itepad.reports.text import escape, paragraph
from itepad.reports.theme import RULE, Styles

_INDENT = 14  # per level
_NUMBER_WIDTH = 28  # room kept for the page number at the right


@dataclass(frozen=True)
class _Entry:
    title: str
    level: int
    anchor: str


class Contents:
    """Makes the headings that the contents page lists, and then that page's lines."""

    def __init__(self) -> None:
        self._entries: list[_Entry] = []

    def heading(self, title: str, style: Any, *, level: int) -> Any:
        """A heading (with its outline entry) for the plain text `title`, listed in the contents."""
        entry = _Entry(title, level, f"contents-{len(self._entries)}")
        self._entries.append(entry)
        return heading(escape(title), style, level=level, outline_title=title, anchor=entry.anchor)

    def lines(self, sheet: Styles) -> list[Any]:
        top = ParagraphStyle("contents-top", parent=sheet.body, fontName=f"{sheet.sans}-Bold")
        return [
            ContentsLine(entry, top if entry.level == 0 else sheet.body) for entry in self._entries
        ]


class ContentsLine(Flowable):
    """One entry: the title (wrapped if long), a dotted leader and the page number."""

    def __init__(self, entry: _Entry, style: Any) -> None:
        super().__init__()
        self.entry = entry
        self.style = style
        self.spaceBefore = 6 if entry.level == 0 else 0
        self.indent = _INDENT * entry.level
        self._title: Any = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._title = paragraph(escape(self.entry.title), self.style)
        title_width = available_width - self.indent - _NUMBER_WIDTH
        _, height = self._title.wrap(title_width, available_height)
        self.width, self.height = available_width, height
        return (self.width, self.height)

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        self._title.drawOn(canvas, self.indent, 0)
        baseline = style.leading - baseline_drop(style)  # of the title's last line
        right = self.width
        draw_page_number(canvas, self.entry.anchor, right, baseline, style.fontName, style.fontSize)
        leader_from = self.indent + self._last_line_width() + 4
        leader_to = right - stringWidth("0000", style.fontName, style.fontSize)
        if leader_to > leader_from:
            canvas.saveState()
            canvas.setStrokeColor(RULE)
            canvas.setDash(1, 3)
            canvas.line(leader_from, baseline, leader_to, baseline)
            canvas.restoreState()
        canvas.linkRect("", self.entry.anchor, (0, 0, self.width, self.height), relative=1)

    def _last_line_width(self) -> float:
        lines = self._title.blPara.lines
        if not lines:
            return 0.0
        last = lines[-1]
        # reportlab keeps a line as (spare width, words) or, with mixed fonts, as an object.
        spare = last[0] if isinstance(last, tuple) else last.extraSpace
        return float(self._title.width - spare)
