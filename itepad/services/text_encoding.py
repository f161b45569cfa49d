"""Which encoding a text file exported by an institution's system is in.

A byte-order mark decides; else text that is valid UTF-8 is UTF-8 (a Windows code page text
with accents is almost never valid UTF-8 by accident). What remains was written in a Windows
code page, and the bytes alone cannot say which: each candidate is decoded and scored by how
plausible the names look. A letter next to a symbol ("Ma³gorzata" is Polish read as
Windows-1252), a word whose accented letters no European alphabet has together ("Dvøák"), a
word mixing Latin with Cyrillic or Greek letters, an accented capital inside a word, or a
word with few vowels count against a candidate; among equals, the
one needing fewer languages to explain its words wins, then the first in CODE_PAGES. The result
is deterministic but a guess: the import dialog shows it and lets the user choose another.
"""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from collections.abc import Iterable

# Western first (the most common), then Central European, Cyrillic, Greek, Baltic, Turkish.
CODE_PAGES = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1257", "cp1254")
UTF_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),  # Excel's "Unicode text": UTF-16 LE, tab-separated
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SAMPLE_BYTES = 64 * 1024  # a sample holds hundreds of names: enough, and fast

# The lowercase non-ASCII letters of the Latin-script languages of eTwinning countries.
LATIN_ALPHABETS = {
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "pl": "ąćęłńóśźż",
    "hu": "áéíóöőúüű",
    "sl": "čšž",
    "hr": "čćđšž",
    "ro": "ăâîșşțţ",
    "sq": "çë",
    "de": "äöüß",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "es": "áéíñóúü",
    "pt": "àáâãçéêíóôõú",
    "it": "àèéìíîòóù",
    "ca": "àçèéíïòóúü",
    "nl": "áéèëïóöü",
    "da": "åæøé",
    "no": "åæøéóòô",
    "sv": "åäöé",
    "fi": "åäöšž",
    "is": "áðéíóúýþæö",
    "et": "äõöüšž",
    "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūž",
    "tr": "çğıöşüâîû",
    "az": "çəğıöşü",
    "mt": "ċġħżàèìòù",
    "ga": "áéíóú",
    "cy": "âêîôûŵŷäëïöü",
}
_VOWELS = frozenset("аеёиоуыэюяіїєўαεηιουωάέήίόύώϊϋΐΰ")
# Letters that hardly occur in names: what Polish "ś" and "ź" become when read as Windows-1252.
_RARE = frozenset("œÿ")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LETTERS = re.compile(r"[^\W\d_]+")


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in UTF_BOMS:
        if data.startswith(bom):
            return encoding
    return None


def detect_encoding(data: bytes) -> str:
    """The encoding `data` is most plausibly in (a Python codec name)."""
    marked = bom_encoding(data)
    if marked is not None:
        return marked
    whole = len(data) <= SAMPLE_BYTES
    sample = data[:SAMPLE_BYTES]
    try:
        # A sample may cut a character in two; only an error before the cut counts.
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=whole)
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    scored = []
    for order, encoding in enumerate(CODE_PAGES):
        try:
            text = sample.decode(encoding)  # one byte a character: a cut sample decodes whole
        except UnicodeDecodeError:
            continue  # a byte this code page leaves undefined
        scored.append((*_score(text), -order, encoding))
    if not scored:
        return "cp1252"  # nothing fits: the decoder will report the first bad byte
    return max(scored)[-1]


def _score(text: str) -> tuple[int, int]:
    """(-oddities, -languages needed): higher is more plausible."""
    oddities = sum(1 for found in _NON_ASCII.finditer(text) if _odd_symbol(text, found.start()))
    alphabets: list[set[str]] = []
    for word in _LETTERS.findall(text):
        fits = _alphabets_for(word)
        if fits is None or _capital_inside(word) or _few_vowels(word) or _RARE & set(word.lower()):
            oddities += 1
        elif fits:
            alphabets.append(fits)
    return -oddities, -_languages_needed(alphabets)


def _odd_symbol(text: str, index: int) -> bool:
    """A non-ASCII character that is no letter, next to a letter, or a control character."""
    category = unicodedata.category(text[index])
    if category == "Cc":
        return True
    if category[0] in "LMZ":
        return False
    neighbours = text[max(index - 1, 0) : index] + text[index + 1 : index + 2]
    return any(unicodedata.category(c)[0] == "L" for c in neighbours)


def _few_vowels(word: str) -> bool:
    """A Cyrillic or Greek word under a quarter vowels ("Рбрбдьрпхлпт" is Greek as Cyrillic).

    Latin words are left alone: Latin code pages differ in accented letters, which the
    alphabets judge, and clusters like "Bjørnstad" are real.
    """
    if len(word) < 3 or any(c.isascii() for c in word):
        return False
    return 4 * sum(c in _VOWELS for c in word.lower()) < len(word)


def _capital_inside(word: str) -> bool:
    """An accented capital after a small letter ("МбсЯб" is Greek read as Cyrillic)."""
    return any(
        not later.isascii() and later.isupper() and earlier.islower()
        for earlier, later in itertools.pairwise(word)
    )


def _alphabets_for(word: str) -> set[str] | None:
    """Languages whose alphabet has all the word's accented letters; None if none can."""
    lower = word.lower()
    special = {c for c in lower if not c.isascii() and unicodedata.category(c)[0] == "L"}
    if not special:
        return set()
    scripts = {unicodedata.name(c, "").split(" ")[0] for c in special}
    if scripts <= {"CYRILLIC"} or scripts <= {"GREEK"}:
        # Cyrillic and Greek words are plausible whole, but never with Latin letters inside.
        return None if any(c.isascii() for c in lower) else {scripts.pop()}
    fits = {code for code, letters in LATIN_ALPHABETS.items() if special <= set(letters)}
    return fits or None


def _languages_needed(alphabets: Iterable[set[str]]) -> int:
    """How many languages (greedily chosen) explain every word."""
    pending = list(alphabets)
    count = 0
    while pending:
        counts: dict[str, int] = {}
        for fits in pending:
            for code in fits:
                counts[code] = counts.get(code, 0) + 1
        best = max(sorted(counts), key=counts.__getitem__)
        pending = [fits for fits in pending if best not in fits]
        count += 1
    return count
