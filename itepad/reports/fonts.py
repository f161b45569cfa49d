"""The embedded report fonts: where they live and their registration with reportlab.

reportlab's 14 standard PDF fonts only know Latin-1, so every report uses DejaVu (see
resources/fonts/README.md), embedded as subsets.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from itepad.resources import data_dir_candidates

SANS = "DejaVuSans"
MONO = "DejaVuSansMono"

# reportlab font name -> file name; the four faces of SANS make one family.
_FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    f"{SANS}-Bold": "DejaVuSans-Bold.ttf",
    f"{SANS}-Oblique": "DejaVuSans-Oblique.ttf",
    f"{SANS}-BoldOblique": "DejaVuSans-BoldOblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}


class FontsNotFoundError(FileNotFoundError):
    """The font folder is missing: a broken installation, not a user error."""


@dataclass(frozen=True)
class FontFamilies:
    """Names to use in ParagraphStyle.fontName and <font face="...">."""

    sans: str
    mono: str


def _candidate_dirs() -> list[Path]:
    return data_dir_candidates("resources/fonts", installed="fonts")


def font_dir() -> Path:
    """The folder that holds the report fonts; FontsNotFoundError names every place looked in."""
    candidates = _candidate_dirs()
    for folder in candidates:
        if all((folder / name).is_file() for name in _FONT_FILES.values()):
            return folder
    looked_in = ", ".join(str(folder) for folder in candidates)
    raise FontsNotFoundError(
        f"itepad's report fonts (DejaVu) were not found; looked in: {looked_in}"
    )


_lock = threading.Lock()
_registered: FontFamilies | None = None


def register_fonts() -> FontFamilies:
    """Register the fonts with reportlab once per process and return the family names."""
    global _registered
    with _lock:
        if _registered is None:
            folder = font_dir()
            for name, file_name in _FONT_FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
            pdfmetrics.registerFontFamily(
                SANS,
                normal=SANS,
                bold=f"{SANS}-Bold",
                italic=f"{SANS}-Oblique",
                boldItalic=f"{SANS}-BoldOblique",
            )
            # Code has one face: bold or italic markup around inline code must still resolve.
            pdfmetrics.registerFontFamily(
                MONO, normal=MONO, bold=MONO, italic=MONO, boldItalic=MONO
            )
            _registered = FontFamilies(sans=SANS, mono=MONO)
        return _registered
