"""The frame every report is printed in.

`build_document` lays out a story of flowables on pages with a running header (the document title),
a "Page x of y" footer, a PDF outline made from the headings, title/author/subject/keywords/language
metadata, and writes the file atomically (see itepad.atomic).

The layout runs once. What is only known at the end (the page count, the page a heading landed on,
for a contents page) is drawn into a PDF form XObject where it belongs and the form is defined when
the last page is done: a viewer draws it in place, and text extraction finds it there. A second
layout pass (reportlab's multiBuild) would double the time of every document.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer

from itepad import __version__
from itepad.atomic import atomic_write_path
from itepad.reports.text import clean, paragraph
from itepad.reports.theme import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    RULE,
    PageSizeName,
    page_size,
    styles,
)

# Binary (Flate only) page streams: reportlab's default ASCII85 text encoding makes every PDF a
# quarter larger and spends about a twelfth of the build time encoding.
rl_config.useA85 = 0

# Attributes that mark a Paragraph as a heading for the PDF outline (see `heading`).
_OUTLINE_LEVEL = "itepad_outline_level"
_OUTLINE_TITLE = "itepad_outline_title"
_ANCHOR = "itepad_anchor"
# Late text is drawn right-aligned; a form is clipped to its box, so the box is the whole plane.
_FORM_BOX = (-1e5, -1e5, 1e5, 1e5)


@dataclass(frozen=True)
class DocumentInfo:
    """What a PDF viewer shows in the document properties."""

    title: str
    author: str
    subject: str = ""
    keywords: tuple[str, ...] = ()
    language: str = "en"  # BCP 47 tag, written to the catalog's /Lang for screen readers
    page_label: str = "Page {page} of {pages}"  # the footer, in the document's language


def heading(
    markup: str, style: Any, *, level: int, outline_title: str, anchor: str | None = None
) -> Any:
    """A heading Paragraph that also gets an outline entry (level 0 = top).

    `markup` is paragraph markup (already escaped); `outline_title` is the plain text shown in the
    viewer's bookmark pane. Deeper levels than the previous heading's + 1 are lifted, so a jump in
    user Markdown (# then ####) cannot break the outline. An `anchor` (unique in the document)
    names the heading's destination, for links and `draw_page_number`.
    """
    made = paragraph(markup, style)
    setattr(made, _OUTLINE_LEVEL, max(level, 0))
    setattr(made, _OUTLINE_TITLE, clean(outline_title).replace("\n", " ").strip())
    setattr(made, _ANCHOR, anchor)
    return made


def draw_page_number(canvas: Any, anchor: str, x: float, y: float, font: str, size: float) -> None:
    """Draw, right-aligned at (x, y), the number of the page the heading `anchor` is on.

    For flowables drawn by `build_document` (a contents page): the number is filled in when the
    document is finished, wherever the heading comes; an unknown anchor prints a dash.
    """
    document: _ReportDocTemplate = canvas._doctemplate
    document.draw_late(
        canvas, lambda done: str(done.anchor_pages.get(anchor, "\N{EN DASH}")), x, y, font, size
    )


@dataclass(frozen=True)
class _LateText:
    """Text drawn into the form `form` once the document is finished."""

    form: str
    text: Callable[[_ReportDocTemplate], str]
    x: float  # right end and baseline, in the coordinates where the form is used
    y: float
    font: str
    size: float
    color: Any


class _ReportDocTemplate(BaseDocTemplate):
    def __init__(
        self,
        filename: str,
        info: DocumentInfo,
        pagesize: tuple[float, float],
        *,
        has_cover: bool,
    ) -> None:
        super().__init__(
            filename,
            pagesize=pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=info.title,
            author=info.author,
            subject=info.subject,
            keywords=list(info.keywords),
            creator=f"itepad {__version__}",
            lang=info.language,
            displayDocTitle=1,
            # Otherwise every page lists reportlab's default Helvetica, a font not embedded.
            initialFontName=styles().sans,
        )
        self._info = info
        self._has_cover = has_cover
        self._outline_level = -1
        self._outline_count = 0
        self.anchor_pages: dict[str, int] = {}
        self.pages = 0
        self._late: list[_LateText] = []
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def beforeDocument(self) -> None:
        self.canv.showOutline()

    def afterFlowable(self, flowable: Any) -> None:
        level = getattr(flowable, _OUTLINE_LEVEL, None)
        if level is None:
            return
        level = min(level, self._outline_level + 1)
        key = getattr(flowable, _ANCHOR, None) or f"h{self._outline_count}"
        self._outline_count += 1
        self.anchor_pages[key] = self.page
        top = self.frame._y + flowable.height  # the frame's cursor is just below the heading
        self.canv.bookmarkHorizontalAbsolute(key, top)
        self.canv.addOutlineEntry(getattr(flowable, _OUTLINE_TITLE) or "…", key, level=level)
        self._outline_level = level

    def _decorate(self, canvas: Any, doc: Any) -> None:
        """Running header (not on a cover page) and the page footer."""
        sheet = styles()
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        if not (self._has_cover and doc.page == 1):
            header_y = height - MARGIN_TOP + 8
            canvas.setFont(sheet.sans, 8.5)
            canvas.drawString(
                MARGIN_X, header_y + 4, fit_line(self._info.title, sheet.sans, 8.5, self.width)
            )
            canvas.line(MARGIN_X, header_y, width - MARGIN_X, header_y)
        footer_y = MARGIN_BOTTOM - 14
        canvas.line(MARGIN_X, footer_y + 10, width - MARGIN_X, footer_y + 10)
        canvas.setFont(sheet.sans, 8)
        page, label = doc.page, self._info.page_label
        self.draw_late(
            canvas,
            lambda done: label.format(page=page, pages=done.pages),
            width - MARGIN_X,
            footer_y,
            sheet.sans,
            8,
        )
        if self._info.subject:
            subject = fit_line(self._info.subject, sheet.sans, 8, self.width * 0.7)
            canvas.drawString(MARGIN_X, footer_y, subject)
        canvas.restoreState()

    def draw_late(
        self,
        canvas: Any,
        text: Callable[[_ReportDocTemplate], str],
        x: float,
        y: float,
        font: str,
        size: float,
    ) -> None:
        """Place a form for `text(document)`, which is drawn once the document is finished."""
        late = _LateText(
            f"itepad-late-{len(self._late)}", text, x, y, font, size, canvas._fillColorObj
        )
        self._late.append(late)
        canvas.doForm(late.form)

    def finish(self) -> None:
        """Define the late forms, now that every page is laid out, and write the file."""
        self.pages = self.canv.getPageNumber() - 1  # the last page is done: the count moved on
        for late in self._late:
            self.canv.beginForm(late.form, *_FORM_BOX)
            self.canv.setFont(late.font, late.size)
            self.canv.setFillColor(late.color)
            self.canv.drawRightString(late.x, late.y, late.text(self))
            self.canv.endForm()
        self.canv.save()


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """`text` on one line, shortened with an ellipsis when wider than `width` (for canvas text)."""
    text = clean(text).replace("\n", " ")
    if stringWidth(text, font, size) <= width:
        return text
    while text and (overshoot := stringWidth(text + "…", font, size) - width) > 0:
        # Few glyphs are wider than 1 em, so this cuts close to the fit without a loop per letter.
        text = text[: -max(1, int(overshoot / size))]
    return text.rstrip() + "…"


def build_document(
    story: list[Any],
    out: Path,
    info: DocumentInfo,
    *,
    pagesize: PageSizeName = "A4",
    has_cover: bool = False,
) -> None:
    """Lay out `story` and write the PDF to `out`, atomically.

    With `has_cover` the first page gets no running header. If anything raises, a file already at
    `out` is left as it was.
    """
    size = page_size(pagesize)
    with atomic_write_path(Path(out)) as temporary:
        doc = _ReportDocTemplate(str(temporary), info, size, has_cover=has_cover)
        doc._doSave = 0  # reportlab's own switch: `finish` saves once the late forms are drawn
        # Something must follow the last flowable: reportlab's keepWithNext grouping of a final
        # heading inside a wrapper (a quoted "# heading") otherwise never ends.
        doc.build([*story, Spacer(0, 0)])
        doc.finish()
