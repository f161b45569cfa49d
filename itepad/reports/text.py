"""User text made safe for reportlab's paragraph markup.

reportlab parses Paragraph text as a small XML-like language: an unescaped "<" or "&" from a user
breaks the build or changes the output. Every piece of user text goes through `escape` (or
`plain_markup`) before it reaches a Paragraph. Long words and URLs wrap thanks to the styles'
splitLongWords (see theme.py), so the text itself is never altered and copies out
of the PDF exactly as typed.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.platypus import Paragraph

# C0/C1 control characters (tab and newline excepted), lone surrogates and the non-characters
# U+FFFE/U+FFFF print as nothing or as boxes; STX and ETX would also collide with python-markdown's
# own markers, and none of them is allowed in XML.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Normalise line ends and drop unprintable characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNPRINTABLE.sub("", text)


def escape(text: str) -> str:
    """Text for inside paragraph markup: shown literally, whatever it contains."""
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attribute(text: str) -> str:
    """Text for inside a double-quoted markup attribute (a link's href)."""
    return escape(text).replace('"', "&quot;")


def plain_markup(text: str) -> str:
    """Escaped text whose line breaks are kept (a remark typed on several lines)."""
    return "<br/>".join(escape(line) for line in clean(text).split("\n"))


def plain_paragraph(text: str, style: Any) -> Any:
    """A Paragraph showing `text` exactly as typed."""
    return Paragraph(plain_markup(text), style)
