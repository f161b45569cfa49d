"""User text made safe for reportlab's paragraph markup.

reportlab parses Paragraph text as a small XML-like language: an unescaped "<" or "&" from a user
breaks the build or changes the output. Every piece of user text goes through `escape` (or
`plain_markup`) before it reaches a Paragraph. Long words and URLs wrap thanks to the styles'
splitLongWords (see theme.py), so the text itself is never altered and copies out
of the PDF exactly as typed.
"""

from __future__ import annotations

import re
import weakref
from typing import Any

from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags

# C0/C1 control characters (tab and newline excepted), lone surrogates and the non-characters
# U+FFFE/U+FFFF print as nothing or as boxes; STX and ETX would also collide with python-markdown's
# own markers, and none of them is allowed in XML.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Markup without these characters has no tags and no entities: it is plain text.
_MARKUP = re.compile("[<>&]")
# The fragment reportlab's markup parser starts a paragraph of a style with (see `paragraph`).
_first_fragments: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


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
    return paragraph(plain_markup(text), style)


def paragraph(markup: str, style: Any) -> Any:
    """The same as Paragraph(markup, style), made faster when `markup` is plain text.

    reportlab runs every paragraph through its markup parser (an HTMLParser), which costs several
    times more than the paragraph's layout when the text has no tags. Plain text gets the one
    fragment that parser would produce, copied from a fragment parsed once per style.
    """
    text = cleanBlockQuotedText(markup) if _MARKUP.search(markup) is None else ""
    if not text:  # markup, or nothing to print: the parser knows what to do
        return Paragraph(markup, style)
    first = _first_fragments.get(style)
    if first is None:
        first = _first_fragments[style] = Paragraph("x", style).frags[0]
    fragments = [first.clone(text=text, link=[], us_lines=[])]
    textTransformFrags(fragments, style)
    return Paragraph(text, style, frags=fragments)
