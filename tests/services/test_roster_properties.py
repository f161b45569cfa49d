"""Property tests of the roster reader: nothing crashes it, and valid rosters come back whole."""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import unicodedata
from dataclasses import dataclass
from typing import Literal

from hypothesis import given, settings
from hypothesis import strategies as st

from itepad.errors import UserError
from itepad.services.roster_formats import DELIMITERS, sheet_from_bytes
from itepad.services.roster_headers import HEADER_ALIASES, RosterField
from itepad.services.roster_import import RosterPerson, check_roster

# Letters of the scripts student teachers' names come in (first and last code point).
SCRIPTS = {
    "latin-1": (0x00C0, 0x00FF),
    "latin-extended": (0x0100, 0x017F),
    "greek": (0x0386, 0x03CE),
    "cyrillic": (0x0400, 0x045F),
    "armenian": (0x0531, 0x0586),
    "georgian": (0x10D0, 0x10FA),
}
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1250", "cp1252", "cp1251", "cp1253")
CODE_PAGES = ENCODINGS[3:]
NO_SURROGATES: tuple[Literal["Cs"]] = ("Cs",)  # lone surrogates cannot be encoded at all
FIELDS = (RosterField.GIVEN_NAME, RosterField.FAMILY_NAME, RosterField.EMAIL)


def _readable(data: bytes) -> None:
    """Reading and checking either works or raises UserError, never anything else."""
    with contextlib.suppress(UserError):
        check_roster(sheet_from_bytes(data, "fuzz.csv"))


@settings(max_examples=300)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash_the_reader(data: bytes) -> None:
    _readable(data)


@settings(max_examples=300)
@given(
    st.text(alphabet=st.characters(exclude_categories=NO_SURROGATES), max_size=500),
    st.sampled_from(ENCODINGS),
)
def test_arbitrary_text_never_crashes_the_reader(text: str, encoding: str) -> None:
    _readable(text.encode(encoding, errors="replace"))


@settings(max_examples=300)
@given(
    st.lists(
        st.lists(st.text(alphabet=st.characters(exclude_categories=NO_SURROGATES), max_size=30)),
        max_size=20,
    ),
    st.sampled_from(DELIMITERS),
)
def test_arbitrary_rows_under_real_headers_give_problems_not_crashes(
    rows: list[list[str]], delimiter: str
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["First name", "Last name", "Email", "Student number", "Year"])
    writer.writerows(rows)
    _readable(buffer.getvalue().encode("utf-8"))


@st.composite
def names(draw: st.DrawFn, script: str) -> str:
    first, last = SCRIPTS[script]
    letters = st.characters(
        min_codepoint=first, max_codepoint=last, categories=("Lu", "Ll", "Lo")
    ).filter(lambda c: unicodedata.normalize("NFC", c) == c)
    words = draw(st.lists(st.text(letters, min_size=1, max_size=12), min_size=1, max_size=3))
    return draw(st.sampled_from((" ", "-"))).join(words)


@st.composite
def people(draw: st.DrawFn) -> list[RosterPerson]:
    count = draw(st.integers(min_value=1, max_value=8))
    local = st.from_regex(r"[a-z][a-z0-9]{0,10}(\.[a-z0-9]{1,8})?", fullmatch=True)
    # One script for everyone (a national roster a code page can hold) or a mix (UTF only).
    shared = draw(st.one_of(st.none(), st.sampled_from(sorted(SCRIPTS))))
    result = []
    for index in range(count):
        script = shared or draw(st.sampled_from(sorted(SCRIPTS)))
        email = f"{draw(local)}.{index}@{draw(st.sampled_from(('uni.example', 'ite.example.pl')))}"
        result.append(RosterPerson(index + 2, draw(names(script)), draw(names(script)), email))
    return result


@dataclass(frozen=True)
class Written:
    data: bytes
    encoding: str


@st.composite
def roster_files(draw: st.DrawFn, persons: list[RosterPerson]) -> Written:
    """A roster as some institution's system would write it: headers in any order and wording."""
    order = draw(st.permutations(FIELDS))
    # Headers in any of the languages, or in English (which every code page can hold).
    english = draw(st.booleans())
    headers = [
        draw(st.sampled_from([a for a in HEADER_ALIASES[field] if a.isascii() or not english]))
        for field in order
    ]
    headers = [draw(st.sampled_from((h, h.upper(), h.title()))) for h in headers]
    values = {
        RosterField.GIVEN_NAME: lambda p: p.given_name,
        RosterField.FAMILY_NAME: lambda p: p.family_name,
        RosterField.EMAIL: lambda p: draw(st.sampled_from((p.email, p.email.upper()))),
    }
    buffer = io.StringIO()
    writer = csv.writer(
        buffer,
        delimiter=draw(st.sampled_from(DELIMITERS)),
        quoting=draw(st.sampled_from((csv.QUOTE_MINIMAL, csv.QUOTE_ALL))),
        lineterminator=draw(st.sampled_from(("\n", "\r\n"))),
    )
    writer.writerow(headers)
    for person in persons:
        writer.writerow([values[field](person) for field in order])
    text = buffer.getvalue()
    usable = []
    for encoding in ENCODINGS:
        try:
            codecs.encode(text, encoding)
        except UnicodeEncodeError:
            continue
        usable.append(encoding)
    code_pages = [encoding for encoding in usable if encoding in CODE_PAGES]
    prefer_code_page = draw(st.booleans())
    encoding = draw(st.sampled_from(code_pages if code_pages and prefer_code_page else usable))
    return Written(text.encode(encoding), encoding)


@settings(max_examples=120, deadline=None)
@given(st.data())
def test_valid_rosters_come_back_whole(data: st.DataObject) -> None:
    persons = data.draw(people())
    written = data.draw(roster_files(persons))
    # UTF-8 and UTF-16 are told from the bytes; which code page a file is in, the bytes alone
    # cannot always say, so there it is the one the user picks in the dialog (--encoding).
    chosen = written.encoding if written.encoding in CODE_PAGES else None
    roster = check_roster(sheet_from_bytes(written.data, "roster.csv", encoding=chosen))
    assert roster.problems == ()
    assert roster.people == tuple(persons)
