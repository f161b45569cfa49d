"""Read a roster file, CSV or XLSX, into rows of text as a spreadsheet would show them.

What institutions export: Moodle's participants download (UTF-8 with a BOM, commas), Excel's
"CSV (semicolon)" in the Windows code page of the desktop, Excel's "Unicode text" (UTF-16, tabs),
and .xlsx workbooks. The format is told by the file's first bytes, not its name; the encoding and
the delimiter are detected (both can be given). Row numbers are the spreadsheet's: rows[0] is
row 1, blank lines included. Files too large for a class list, binary files and workbooks in
formats other than XLSX are refused with a message saying what to do.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from itepad.errors import UserError
from itepad.services.roster_headers import header_row, known_headers
from itepad.services.text_encoding import detect_encoding

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
MAX_COLUMNS = 200
MAX_UNZIPPED = 200 * 1024 * 1024  # an XLSX inflating beyond this is no class list
DELIMITERS = (",", ";", "\t", "|")
SNIFF_CHARS = 64 * 1024

# (codec, label) offered when the detected encoding is wrong.
ENCODINGS = (
    ("utf-8-sig", "Unicode (UTF-8)"),
    ("utf-16", "Unicode (UTF-16, Excel's Unicode text)"),
    ("cp1250", "Central European (Windows-1250)"),
    ("cp1252", "Western European (Windows-1252)"),
    ("cp1251", "Cyrillic (Windows-1251)"),
    ("cp1253", "Greek (Windows-1253)"),
    ("cp1257", "Baltic (Windows-1257)"),
    ("cp1254", "Turkish (Windows-1254)"),
    ("iso8859_2", "Central European (ISO 8859-2)"),
)

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls (and .doc) before 2007
_ODS = b"application/vnd.oasis.opendocument.spreadsheet"
_SEP_LINE = re.compile(r"sep=(.)\r?\n")  # Excel's hint line, which Excel itself hides


@dataclass(frozen=True)
class Sheet:
    """A roster's cells as text; rows[i] is spreadsheet row i + 1."""

    source: str  # the file's name, as messages name it
    rows: tuple[tuple[str, ...], ...]
    encoding: str | None = None  # CSV: the codec it was read with
    delimiter: str | None = None  # CSV
    sheet_name: str | None = None  # XLSX: the worksheet read

    @property
    def is_workbook(self) -> bool:
        """Workbook rows have no fields of their own: short rows are normal there."""
        return self.sheet_name is not None


def read_sheet(path: Path, *, encoding: str | None = None) -> Sheet:
    """The rows of the roster file at `path`; UserError when it cannot be read as one."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise UserError(
            f"{path.name} is {size / 1024 / 1024:.0f} MB; a roster file can be at most "
            f"{MAX_BYTES // 1024 // 1024} MB. Is it the right file?"
        )
    if size == 0:
        raise UserError(f"{path.name} is empty.")
    return sheet_from_bytes(path.read_bytes(), path.name, encoding=encoding)


def sheet_from_bytes(data: bytes, source: str, *, encoding: str | None = None) -> Sheet:
    if data.startswith(_ZIP):
        return _read_workbook(data, source)
    if data.startswith(_OLE2):
        raise UserError(
            f"{source} is an old Excel workbook (.xls); open it in your spreadsheet program and "
            "save it as .xlsx or as CSV, then import that file."
        )
    text, used = _decode(data, source, encoding)
    return _read_csv(text, source, used)


def _decode(data: bytes, source: str, encoding: str | None) -> tuple[str, str]:
    wide = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not wide and _looks_binary(data[:SNIFF_CHARS]):
        raise _not_a_roster(source)
    used = encoding or detect_encoding(data)
    if used == "utf-8" and data.startswith(codecs.BOM_UTF8):
        used = "utf-8-sig"
    try:
        text = data.decode(used)
    except LookupError:
        raise UserError(f"{encoding!r} is not an encoding itepad knows.") from None
    except UnicodeDecodeError as exc:
        row = data[: exc.start].count(b"\n") + 1
        raise UserError(
            f"{source}, row {row}: byte {data[exc.start]:#04x} is not valid in {used}; "
            "choose the file's encoding (in the import dialog, or with --encoding)."
        ) from None
    if "\x00" in text:
        raise _not_a_roster(source)
    return text, used


def _looks_binary(sample: bytes) -> bool:
    """NUL bytes, or more than 1% control characters other than tab and line ends."""
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in b"\t\r\n")
    return b"\x00" in sample or controls > len(sample) / 100


def _not_a_roster(source: str) -> UserError:
    return UserError(
        f"{source} is not a CSV or XLSX roster (it holds binary data); export the class list "
        "from your spreadsheet or learning platform as CSV or XLSX."
    )


def _read_csv(text: str, source: str, encoding: str) -> Sheet:
    delimiter = None
    hint = _SEP_LINE.match(text)
    if hint:
        delimiter, text = hint[1], text[hint.end() :]
    delimiter = delimiter or sniff_delimiter(text)
    rows: list[tuple[str, ...]] = []
    try:
        for row in _reader(text, delimiter):
            if len(rows) == MAX_ROWS:
                raise _too_many_rows(source)
            rows.append(tuple(row))
    except csv.Error as exc:
        raise UserError(f"{source}, row {len(rows) + 1}: cannot be read ({exc}).") from None
    if not any(any(row) for row in rows):
        raise UserError(f"{source} has no rows.")
    return Sheet(source, tuple(rows), encoding=encoding, delimiter=delimiter)


def _reader(text: str, delimiter: str) -> Iterator[list[str]]:
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)


def sniff_delimiter(text: str) -> str:
    """The delimiter giving the most known headers, then the steadiest field count."""
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]  # no half row
    best: tuple[int, int, int] | None = None
    chosen = DELIMITERS[0]
    for order, delimiter in enumerate(DELIMITERS):
        try:
            rows = list(_reader(sample, delimiter))[:50]
        except csv.Error:
            continue
        if not rows:
            continue
        header = rows[header_row(rows)]
        steady = sum(1 for row in rows if len(row) == len(header) > 1)
        score = (known_headers(header), steady, -order)
        if best is None or score > best:
            best, chosen = score, delimiter
    return chosen


def _too_many_rows(source: str) -> UserError:
    return UserError(
        f"{source} has more than {MAX_ROWS:,} rows; a roster is a class list. Is it the right file?"
    )


def _read_workbook(data: bytes, source: str) -> Sheet:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if "mimetype" in names and archive.read("mimetype").strip() == _ODS:
                raise UserError(
                    f"{source} is an OpenDocument spreadsheet (.ods); save it as .xlsx or as "
                    "CSV, then import that file."
                )
            if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED:
                raise UserError(f"{source} unpacks to more than a class list can hold.")
            if "xl/workbook.xml" not in names:
                raise UserError(f"{source} is a zip file, not an Excel workbook (.xlsx).")
    except zipfile.BadZipFile:
        raise UserError(f"{source} is a damaged zip or XLSX file.") from None
    return _workbook_rows(data, source)


def _workbook_rows(data: bytes, source: str) -> Sheet:
    from openpyxl import load_workbook

    rows: list[tuple[str, ...]] = []
    try:
        # openpyxl warns about styles and extensions it skips: nothing a roster needs.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                sheet = workbook.worksheets[0]
                for values in sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS, values_only=True):
                    if len(rows) == MAX_ROWS:
                        raise _too_many_rows(source)
                    rows.append(_trimmed([_cell_text(v) for v in values]))
                title = sheet.title
            finally:
                workbook.close()
    except UserError:
        raise
    except Exception as exc:  # openpyxl raises whatever its XML and zip readers meet
        raise UserError(f"{source} is not a readable XLSX workbook ({exc}).") from None
    if not any(rows):
        raise UserError(f"{source}: the first worksheet ({title}) is empty.")
    return Sheet(source, tuple(rows), sheet_name=title)


def _trimmed(cells: list[str]) -> tuple[str, ...]:
    while cells and not cells[-1]:
        cells.pop()
    return tuple(cells)


def _cell_text(value: object) -> str:
    """A cell as the spreadsheet shows it: 20231234 for a number typed in, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)
