"""The frame every report is printed in.

`build_document` lays out a story of flowables on pages with a running header (the document title),
a "Page x of y" footer, a PDF outline made from the headings, title/author/subject/keywords/language
metadata, and writes the file atomically (see itepad.atomic).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from itepad import __version__
from itepad.atomic import atomic_write_path
from itepad.reports.text import clean
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

# Attributes that mark a Paragraph as a heading for the PDF outline (see `heading`).
_OUTLINE_LEVEL = "itepad_outline_level"
_OUTLINE_TITLE = "itepad_outline_title"


@dataclass(frozen=True)
class DocumentInfo:
    """What a PDF viewer shows in the document properties."""

    title: str
    author: str
    subject: str = ""
    keywords: tuple[str, ...] = ()
    language: str = "en"  # BCP 47 tag, written to the catalog's /Lang for screen readers


def heading(markup: str, style: Any, *, level: int, outline_title: str) -> Any:
    """A heading Paragraph that also gets an outline entry (level 0 = top).

    `markup` is paragraph markup (already escaped); `outline_title` is the plain text shown in the
    viewer's bookmark pane. Deeper levels than the previous heading's + 1 are lifted, so a jump in
    user Markdown (# then ####) cannot break the outline.
    """
    paragraph = Paragraph(markup, style)
    setattr(paragraph, _OUTLINE_LEVEL, max(level, 0))
    setattr(paragraph, _OUTLINE_TITLE, clean(outline_title).replace("\n", " ").strip())
    return paragraph


class _PageTotal(Flowable):
    """Zero-size marker at the end of the story that records the last page number.

    It is an "indexing" flowable: multiBuild repeats the build until the total is stable, so the
    footer of the final pass can print "of y". (A canvas that defers showPage would do it in one
    pass but sends every outline entry to page 1.)
    """

    def __init__(self) -> None:
        super().__init__()
        self.pages = 0
        self._pages_before_pass = -1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        self.pages = self.canv.getPageNumber()

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self._pages_before_pass = self.pages

    def afterBuild(self) -> None:
        """Nothing to do: `draw` has recorded the count."""

    def isSatisfied(self) -> bool:
        return self.pages == self._pages_before_pass


class _ReportDocTemplate(BaseDocTemplate):
    def __init__(
        self,
        filename: str,
        info: DocumentInfo,
        pagesize: tuple[float, float],
        page_total: _PageTotal,
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
        self._page_total = page_total
        self._has_cover = has_cover
        self._outline_level = -1
        self._outline_count = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def beforeDocument(self) -> None:
        # multiBuild runs several passes on fresh canvases: the outline starts over each time.
        self._outline_level = -1
        self._outline_count = 0
        self.canv.showOutline()

    def afterFlowable(self, flowable: Any) -> None:
        level = getattr(flowable, _OUTLINE_LEVEL, None)
        if level is None:
            return
        level = min(level, self._outline_level + 1)
        key = f"h{self._outline_count}"
        self._outline_count += 1
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
                MARGIN_X, header_y + 4, _fit(self._info.title, sheet.sans, 8.5, self.width)
            )
            canvas.line(MARGIN_X, header_y, width - MARGIN_X, header_y)
        footer_y = MARGIN_BOTTOM - 14
        canvas.line(MARGIN_X, footer_y + 10, width - MARGIN_X, footer_y + 10)
        canvas.setFont(sheet.sans, 8)
        total = self._page_total.pages
        canvas.drawRightString(width - MARGIN_X, footer_y, f"Page {doc.page} of {total}")
        if self._info.subject:
            subject = _fit(self._info.subject, sheet.sans, 8, self.width * 0.7)
            canvas.drawString(MARGIN_X, footer_y, subject)
        canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text` on one line, shortened with an ellipsis when wider than `width`."""
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
    page_total = _PageTotal()
    with atomic_write_path(Path(out)) as temporary:
        doc = _ReportDocTemplate(str(temporary), info, size, page_total, has_cover=has_cover)
        doc.multiBuild([*story, page_total])
