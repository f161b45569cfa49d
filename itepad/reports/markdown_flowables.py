"""Markdown typed by users -> reportlab flowables.

python-markdown parses the text; a tree processor hands over its element tree, which is walked
here: the HTML string is never produced for use nor parsed back. Raw HTML is switched off, so
"<b>" typed by a user prints as "<b>". Every text fragment is escaped before it becomes paragraph
markup, and the layout never depends on the text fitting anywhere: long words wrap, code lines
wrap, table rows split across pages.
"""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as ET
from typing import Any
from urllib.parse import quote, urlsplit

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE, HTML_PLACEHOLDER_RE
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    DDIndenter,
    Flowable,
    HRFlowable,
    ListFlowable,
    ListItem,
    Paragraph,
    Preformatted,
    Table,
    TableStyle,
)

from itepad.reports.document import heading
from itepad.reports.text import clean, escape, escape_attribute, paragraph, plain_paragraph
from itepad.reports.theme import (
    CODE_BG,
    LINK_HEX,
    RULE,
    TABLE_HEADER_BG,
    Styles,
    styles,
)

_BLOCK_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "table", "hr", "div"}
)
_LINK_SCHEMES = frozenset({"http", "https", "mailto", "ftp"})
_BULLETS = ("•", "◦", "‣")
_LIST_INDENT = 16
_QUOTE_INDENT = 12
# Past this depth lists and quotes stop indenting: a paragraph must keep room on the line.
_MAX_INDENT_DEPTH = 6
# Past this depth list items print without bullets, so that reportlab's recursive layout of
# lists inside lists stays shallow.
_MAX_LIST_DEPTH = 24
_BLANK_LINES = re.compile(r"\n\s*\n")
# Wider tables leave columns too narrow to read (or negative): their rows print as paragraphs.
_MAX_TABLE_COLUMNS = 12
# The automatic e-mail link pattern writes letters as "&#nnn;" with its own ampersand marker.
_OBFUSCATED_CHARACTER = re.compile(re.escape(AMP_SUBSTITUTE) + r"#(\d+);")


def markdown_to_flowables(source: str, *, top_heading_level: int = 0) -> list[Any]:
    """Flowables for the Markdown `source`, whatever it contains.

    A "#" heading in `source` gets outline level `top_heading_level` (0 = top of the PDF outline)
    and the matching heading style, "##" the next one down, and so on.
    """
    source = clean(source)
    sheet = styles()
    try:
        tree, stash = _parse(source)
        if tree is None:
            return []
        return _Converter(stash, sheet, top_heading_level).blocks(tree, sheet.body, depth=0)
    except RecursionError:
        # Hundreds of nested list levels or emphasis markers exhaust python-markdown's (and this
        # module's) recursion: print such text as typed rather than fail the document.
        chunks = _BLANK_LINES.split(source)
        return [plain_paragraph(chunk, sheet.body) for chunk in chunks if chunk.strip()]


class _CaptureTree(Treeprocessor):
    """Keeps the finished element tree (it runs after every other tree processor)."""

    root: ET.Element | None = None

    def run(self, root: ET.Element) -> None:
        self.root = root


class _TreeExtension(Extension):
    def __init__(self) -> None:
        super().__init__()
        self.capture = _CaptureTree()

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # User HTML stays text: with these two processors gone it is never recognised as HTML.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(self.capture, "itepad_capture", -100)


# One parser per thread, reset before each use: setting one up compiles its patterns, which costs
# more than parsing a typical reflection.
_parsers = threading.local()


def _parse(source: str) -> tuple[ET.Element | None, list[str | ET.Element]]:
    parser: tuple[markdown.Markdown, _TreeExtension] | None = getattr(_parsers, "parser", None)
    if parser is None:
        extension = _TreeExtension()
        md = markdown.Markdown(extensions=["tables", "fenced_code", "sane_lists", extension])
        parser = _parsers.parser = (md, extension)
    md, extension = parser
    md.reset()
    extension.capture.root = None  # an empty source skips the tree processors
    md.convert(source)  # the HTML it returns is not used
    return extension.capture.root, list(md.htmlStash.rawHtmlBlocks)


class _Converter:
    def __init__(self, stash: list[str | ET.Element], sheet: Styles, top_heading_level: int):
        self.stash = stash
        self.sheet = sheet
        self.top_heading_level = top_heading_level

    # Block level

    def blocks(self, parent: ET.Element, style: Any, *, depth: int) -> list[Any]:
        """Flowables for mixed content: loose text and inline elements become paragraphs."""
        flowables: list[Any] = []
        pending = [self.text(parent.text)]

        def flush() -> None:
            markup = "".join(pending).strip()
            if markup:
                flowables.append(paragraph(markup, style))
            pending.clear()

        for child in parent:
            if child.tag in _BLOCK_TAGS:
                flush()
                flowables.extend(self.block(child, style, depth=depth))
            else:
                pending.append(self.inline(child))
            pending.append(self.text(child.tail))
        flush()
        return flowables

    def block(self, element: ET.Element, style: Any, *, depth: int) -> list[Any]:
        tag = element.tag
        if tag == "p":
            code = self.stashed_code(element)
            if code is not None:
                return [CodeBlock(code, self.sheet.code)]
            return self.blocks(element, style, depth=depth)
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            level = self.top_heading_level + int(tag[1]) - 1
            return [
                heading(
                    self.inline_content(element),
                    self.sheet.heading(level + 1),
                    level=level,
                    outline_title=self.plain(element),
                )
            ]
        if tag in ("ul", "ol"):
            if depth >= _MAX_LIST_DEPTH:
                return [f for item in element for f in self.blocks(item, style, depth=depth + 1)]
            return [self.list_of_items(element, style, depth=depth)]
        if tag == "blockquote":
            inner = self.blocks(element, self.sheet.quote, depth=depth + 1)
            if depth >= _MAX_INDENT_DEPTH:
                return inner
            return [QuotedFlowable(flowable) for flowable in inner]
        if tag == "pre":
            return [CodeBlock(html.unescape("".join(element.itertext())), self.sheet.code)]
        if tag == "table":
            return self.table(element)
        if tag == "hr":
            return [
                HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=4, spaceAfter=8)
            ]
        return self.blocks(element, style, depth=depth)

    def list_of_items(self, element: ET.Element, style: Any, *, depth: int) -> Any:
        item_style = ParagraphStyle(f"{style.name}-item", parent=style, spaceAfter=2)
        items = [
            ListItem(self.blocks(item, item_style, depth=depth + 1) or [Paragraph("", item_style)])
            for item in element
            if item.tag == "li"
        ]
        indent = _LIST_INDENT if depth < _MAX_INDENT_DEPTH else 0
        common: dict[str, Any] = {
            "leftIndent": indent,
            "bulletFontName": self.sheet.sans,
            "bulletFontSize": style.fontSize,
            "bulletColor": style.textColor,
            "spaceAfter": 4,
        }
        if element.tag == "ol":
            return ListFlowable(
                items, bulletType="1", start=_list_start(element), bulletFormat="%s.", **common
            )
        bullet = _BULLETS[depth % len(_BULLETS)]
        return ListFlowable(items, bulletType="bullet", start=bullet, **common)

    def table(self, element: ET.Element) -> list[Any]:
        header: list[ET.Element] = []
        body: list[list[ET.Element]] = []
        for section in element:
            for row in section:
                if section.tag == "thead":
                    header = list(row)
                else:
                    body.append(list(row))
        columns = max((len(row) for row in [header, *body]), default=0)
        if columns > _MAX_TABLE_COLUMNS:
            return self.rows_as_paragraphs(header, body)
        if not columns:
            return []
        rows = [[self.cell(cell, self.sheet.table_header) for cell in header]] if header else []
        rows += [[self.cell(cell, self.sheet.table_cell) for cell in row] for row in body]
        for cells in rows:
            cells.extend(Paragraph("", self.sheet.table_cell) for _ in range(columns - len(cells)))
        commands: list[tuple[Any, ...]] = [
            # Cells hold Paragraphs, but without this the page lists Helvetica (not embedded).
            ("FONTNAME", (0, 0), (-1, -1), self.sheet.sans),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), TABLE_HEADER_BG))
        table = Table(
            rows,
            colWidths=[f"{100 / columns:.4f}%"] * columns,
            repeatRows=1 if header else 0,
            splitInRow=1,  # a row taller than a page splits instead of failing the build
            hAlign="LEFT",
            spaceBefore=2,
            spaceAfter=8,
        )
        table.setStyle(TableStyle(commands))
        return [table]

    def rows_as_paragraphs(
        self, header: list[ET.Element], body: list[list[ET.Element]]
    ) -> list[Any]:
        """A table too wide for the page: one paragraph per row, each value after its heading."""
        labels = [self.inline_content(cell) for cell in header]
        style = ParagraphStyle("wide-table-row", parent=self.sheet.table_cell, spaceAfter=4)
        paragraphs = []
        for row in body:
            values = [self.inline_content(cell) for cell in row]
            pairs = [
                f"<b>{labels[i]}:</b> {value}" if i < len(labels) and labels[i] else value
                for i, value in enumerate(values)
            ]
            paragraphs.append(Paragraph(" · ".join(pairs), style))
        return paragraphs

    def cell(self, cell: ET.Element, style: Any) -> Any:
        alignment = cell.get("style", "")
        for name, code in (("center", TA_CENTER), ("right", TA_RIGHT)):
            if name in alignment:
                style = ParagraphStyle(f"{style.name}-{name}", parent=style, alignment=code)
        return Paragraph(self.inline_content(cell), style)

    def stashed_code(self, paragraph: ET.Element) -> str | None:
        """The code of a fenced block: python-markdown leaves it as a placeholder paragraph."""
        if len(paragraph) or not paragraph.text:
            return None
        match = HTML_PLACEHOLDER_RE.fullmatch(paragraph.text.strip())
        index = int(match.group(1)) if match else -1
        if 0 <= index < len(self.stash):
            item = self.stash[index]
            if isinstance(item, str) and item.startswith("<pre"):
                return _code_of(item)
        return None

    # Inline level

    def inline(self, element: ET.Element) -> str:
        """Paragraph markup for an inline element (its tail excluded)."""
        tag = element.tag
        if tag == "code":
            code = html.unescape(element.text or "")
            return f'<font face="{self.sheet.mono}">{escape(code)}</font>'
        if tag == "br":
            return "<br/>"
        if tag == "img":
            alt = self.text(element.get("alt"))
            return f"<i>[{alt}]</i>" if alt.strip() else ""
        inner = self.inline_content(element)
        if tag in ("strong", "b"):
            return f"<b>{inner}</b>"
        if tag in ("em", "i"):
            return f"<i>{inner}</i>"
        if tag == "a":
            target = link_target(self.resolve(element.get("href", "")))
            if target:
                return f'<a href="{escape_attribute(target)}" color="{LINK_HEX}">{inner}</a>'
        return inner

    def inline_content(self, element: ET.Element) -> str:
        parts = [self.text(element.text)]
        for child in element:
            parts.append(self.inline(child))
            parts.append(self.text(child.tail))
        return "".join(parts)

    def plain(self, element: ET.Element) -> str:
        """The text of an element as a reader sees it (for the outline)."""
        parts = [self.resolve(element.text)]
        for child in element:
            if child.tag == "code":
                parts.append(html.unescape(child.text or ""))
            else:
                parts.append(self.plain(child))
            parts.append(self.resolve(child.tail))
        return "".join(parts)

    def text(self, text: str | None) -> str:
        return escape(self.resolve(text))

    def resolve(self, text: str | None) -> str:
        """Plain text with python-markdown's placeholders put back."""
        if not text:
            return ""
        text = HTML_PLACEHOLDER_RE.sub(lambda match: self.stashed(int(match.group(1))), text)
        return _OBFUSCATED_CHARACTER.sub(lambda match: chr(int(match.group(1))), text)

    def stashed(self, index: int) -> str:
        """What python-markdown put aside: an entity such as "&amp;", or a fenced code block."""
        if not 0 <= index < len(self.stash):
            return ""
        item = self.stash[index]
        if isinstance(item, ET.Element):
            return "".join(item.itertext())
        if item.startswith("<pre"):
            return _code_of(item)
        return html.unescape(item)


def _code_of(fragment: str) -> str:
    """The code inside the <pre><code> fragment python-markdown's fenced_code extension built.

    The fragment is the library's own output (escaped, control characters already removed), so it
    is well-formed XML; parsing it also undoes the escaping.
    """
    return "".join(ET.fromstring(fragment).itertext())


def _list_start(element: ET.Element) -> int:
    try:
        return int(element.get("start", "1"))
    except ValueError:
        return 1


def link_target(href: str) -> str | None:
    """A URL safe to make clickable, or None: other schemes and in-document anchors stay text."""
    try:
        scheme = urlsplit(href).scheme.lower()
    except ValueError:
        return None
    if scheme not in _LINK_SCHEMES:
        return None
    # A PDF link must be ASCII: percent-encode anything else, keep URL punctuation.
    return quote(href, safe="!#$%&'()*+,-./:;=?@[]~_")


class QuotedFlowable(DDIndenter):
    """One flowable of a block quote: indented, with a rule down its left side."""

    # reportlab sets keepWithNext on this wrapper and later deletes it: both must stay on the
    # wrapper (DDIndenter would pass the delete on to the wrapped heading, which fails).
    _IndenterAttrs = (*DDIndenter._IndenterAttrs, "keepWithNext")

    def __init__(self, flowable: Any) -> None:
        super().__init__(flowable, leftIndent=_QUOTE_INDENT)

    def split(self, available_width: float, available_height: float) -> list[Any]:
        parts = self._flowable.split(available_width - _QUOTE_INDENT, available_height)
        return [QuotedFlowable(part) for part in parts]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(2)
        canvas.line(x + 3, y, x + 3, y + self.height)
        canvas.restoreState()
        super().drawOn(canvas, x, y, _sW)


class CodeBlock(Flowable):
    """A code block on a tinted background; lines longer than the frame are wrapped."""

    _PADDING = 4

    def __init__(self, code: str, style: Any) -> None:
        super().__init__()
        self.code = code.expandtabs(4).rstrip("\n")
        self.style = style
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._lines: Any = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # The font is monospaced: the width of one letter gives the letters per line.
        letter = stringWidth("M", self.style.fontName, self.style.fontSize)
        per_line = max(1, int((available_width - 2 * self._PADDING) // letter))
        self._lines = Preformatted(self.code, self.style, maxLineLength=per_line, newLineChars="")
        _, lines_height = self._lines.wrap(available_width - 2 * self._PADDING, available_height)
        self.width = available_width
        self.height = lines_height + 2 * self._PADDING
        return (self.width, self.height)

    def split(self, available_width: float, available_height: float) -> list[Any]:
        self.wrap(available_width, available_height)
        fitting = int((available_height - 2 * self._PADDING) // self.style.leading)
        lines = self._lines.lines
        if fitting < 1 or fitting >= len(lines):
            return []
        first = CodeBlock("\n".join(lines[:fitting]), self.style)
        rest = CodeBlock("\n".join(lines[fitting:]), self.style)
        first.spaceAfter = 0
        rest.spaceBefore = 0
        return [first, rest]

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setFillColor(CODE_BG)
        self.canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        self.canv.restoreState()
        self._lines.drawOn(self.canv, self._PADDING, self._PADDING)
