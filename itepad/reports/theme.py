"""Page sizes, colours and paragraph styles shared by every report, all on the embedded fonts."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from itepad.reports.fonts import register_fonts

PageSizeName = Literal["A4", "Letter"]
PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}

MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm  # room for the running header
MARGIN_BOTTOM = 20 * mm  # room for the page footer

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#5b6570")
ACCENT = colors.HexColor("#1f4e79")
LINK_HEX = "#1a5fb4"  # also written into <a color="..."> markup
LINK = colors.HexColor(LINK_HEX)
RULE = colors.HexColor("#c5ccd3")
TABLE_HEADER_BG = colors.HexColor("#e4ebf2")
TABLE_STRIPE_BG = colors.HexColor("#f6f8fa")
CODE_BG = colors.HexColor("#f2f4f6")

BODY_SIZE = 10


def page_size(name: PageSizeName) -> tuple[float, float]:
    try:
        return PAGE_SIZES[name]
    except KeyError:
        raise ValueError(
            f"unknown page size {name!r}; expected one of {sorted(PAGE_SIZES)}"
        ) from None


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a report (ParagraphStyle is untyped, hence Any)."""

    title: Any
    subtitle: Any
    h1: Any
    h2: Any
    h3: Any
    h4: Any
    body: Any
    quote: Any
    small: Any
    code: Any
    table_cell: Any
    table_header: Any
    cover_label: Any
    cover_value: Any
    sans: str
    mono: str

    def heading(self, level: int) -> Any:
        """Style for a heading of level 1 and deeper; levels past 4 share h4."""
        return (self.h1, self.h2, self.h3, self.h4)[min(max(level, 1), 4) - 1]


@functools.cache
def styles() -> Styles:
    """The report styles; registers the fonts on first use."""
    fonts = register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=fonts.sans,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.4,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=6,
        # Break words wider than a line (a pasted URL, a long token) instead of overflowing.
        # (uriWasteReduce is left off: in reportlab 5.1 it splits a long URL once and lets the
        # rest overflow the line.)
        splitLongWords=1,
    )

    def derive(name: str, **overrides: Any) -> Any:
        return ParagraphStyle(name, parent=body, **overrides)

    def heading(name: str, size: float, space_before: float, **overrides: Any) -> Any:
        settings: dict[str, Any] = {
            "fontName": f"{fonts.sans}-Bold",
            "fontSize": size,
            "leading": size * 1.25,
            "textColor": ACCENT,
            "spaceBefore": space_before,
            "spaceAfter": 4,
            "keepWithNext": 1,
        }
        return derive(name, **(settings | overrides))

    return Styles(
        title=heading("title", 26, 0, spaceAfter=10),
        subtitle=derive("subtitle", fontSize=14, leading=18, textColor=MUTED, spaceAfter=18),
        h1=heading("h1", 17, 14, spaceAfter=6),
        h2=heading("h2", 13.5, 12),
        h3=heading("h3", 11.5, 10, textColor=INK),
        h4=heading("h4", BODY_SIZE, 8, textColor=INK, fontName=f"{fonts.sans}-BoldOblique"),
        body=body,
        quote=derive("quote", textColor=MUTED, fontName=f"{fonts.sans}-Oblique"),
        small=derive("small", fontSize=8, leading=10.5, textColor=MUTED),
        code=derive(
            "code", fontName=fonts.mono, fontSize=8.5, leading=11, spaceBefore=2, spaceAfter=8
        ),
        table_cell=derive("table_cell", fontSize=8.5, leading=11, spaceAfter=0),
        table_header=derive(
            "table_header", fontName=f"{fonts.sans}-Bold", fontSize=8.5, leading=11, spaceAfter=0
        ),
        cover_label=derive("cover_label", fontSize=9, leading=12, textColor=MUTED, spaceAfter=0),
        cover_value=derive("cover_value", fontSize=11, leading=14, spaceAfter=0),
        sans=fonts.sans,
        mono=fonts.mono,
    )
