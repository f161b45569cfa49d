"""Plain data the sign-in sheet of a session prints; built by itepad.services.sign_in_sheet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class SignInRow:
    name: str
    student_number: str = ""


@dataclass(frozen=True)
class SignInSheetData:
    module_code: str
    module_title: str
    session_number: int  # in date order, from 1 (as in the handbook)
    session_count: int
    session_title: str
    session_kind: str  # human label, e.g. "Hands-on demonstration"
    starts_at: datetime  # naive wall-clock time in the module's time zone
    ends_at: datetime
    zone_abbreviation: str  # at starts_at, e.g. "CET"
    students: tuple[SignInRow, ...]  # in the order they are listed
    generated_on: date
    place: str = ""
    link: str = ""
    facilitator: str = ""
    institution: str = ""
    author: str = "itepad"
