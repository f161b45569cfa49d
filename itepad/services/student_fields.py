"""How a student teacher's fields are cleaned and checked, wherever they come from.

The add/edit dialog and the roster import share these rules, so that a person typed in and a
person imported are held to the same standard. A check returns a short message ("missing",
"'x@' is not a valid email address") or None; the caller says which row or field it is about.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME = 200
MAX_EMAIL = 254  # RFC 5321's limit for a forward path
MAX_LOCAL_PART = 64
MAX_TEXT = 200  # programme, placement school
MAX_NUMBER = 64  # student number
STUDY_YEARS = range(1, 11)

# Spaces that spreadsheets and copy-paste leave around values, zero-width ones included.
_SPACES = re.compile(r"[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]+")
# Cells starting like a formula run as one in a spreadsheet (CSV injection); a name never does.
FORMULA_STARTS = ("=", "+", "-", "@")
# What a spreadsheet shows in a cell whose formula failed: a value copied out by mistake.
SPREADSHEET_ERRORS = frozenset(
    ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!")
)
_DOMAIN_LABEL = re.compile(r"[^\W_](?:[\w-]{0,61}[^\W_])?")
_LOCAL_PART = re.compile(r"[^\s@\"(),:;<>\[\]\\]+")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # categories Cc and Cs
_LANGUAGE = re.compile(r"[a-z]{2}", re.ASCII)  # ISO 639-1


def tidy(value: str) -> str:
    """Composed Unicode (NFC), runs of spaces made one, no spaces around."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()


def normalise_email(value: str) -> str:
    """Emails are compared and stored lowercase."""
    return tidy(value).lower()


def text_problem(value: str, limit: int) -> str | None:
    """What is wrong with an optional plain-text value, if anything."""
    if len(value) > limit:
        return f"longer than {limit} characters"
    if _CONTROL.search(value):
        return "contains a control character"
    if value.upper() in SPREADSHEET_ERRORS:
        return f"{value} is a spreadsheet error, not a value; correct the formula in the file"
    if value.startswith(FORMULA_STARTS):
        return f"starts with {value[0]!r} like a spreadsheet formula; write it as plain text"
    return None


def name_problem(value: str) -> str | None:
    """A required name: present, plain text, and with a letter in it."""
    if not value:
        return "missing"
    problem = text_problem(value, MAX_NAME)
    if problem is None and not any(c.isalpha() for c in value):
        return f"{value!r} has no letters"
    return problem


def email_problem(value: str) -> str | None:
    """A required address: one @, a plausible local part and a domain with a dot."""
    if not value:
        return "missing"
    if len(value) > MAX_EMAIL:
        return f"longer than {MAX_EMAIL} characters"
    local, at, domain = value.rpartition("@")
    labels = domain.split(".")
    if (
        not at
        or len(local) > MAX_LOCAL_PART
        or not _LOCAL_PART.fullmatch(local)
        or local.startswith(".")
        or local.endswith(".")
        or ".." in local
        or len(labels) < 2
        or not all(_DOMAIN_LABEL.fullmatch(label) for label in labels)
        or labels[-1].isdigit()
    ):
        return f"{value!r} is not a valid email address"
    return None


def parse_study_year(value: str) -> int | None:
    """ "2", "2.0" (a spreadsheet number) or "" (unknown); ValueError with a message otherwise."""
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not number.is_integer() or int(number) not in STUDY_YEARS:
        raise ValueError(
            f"{value!r} is not a year of study ({STUDY_YEARS.start}-{STUDY_YEARS.stop - 1})"
        )
    return int(number)


def normalise_languages(value: str) -> str:
    """ "PL, en" -> "pl,en"; ValueError naming a code that is not ISO 639-1."""
    codes = [code.strip().lower() for code in value.split(",") if code.strip()]
    for code in codes:
        if not _LANGUAGE.fullmatch(code):
            raise ValueError(f"{code!r} is not a two-letter language code (ISO 639-1)")
    return ",".join(dict.fromkeys(codes))
