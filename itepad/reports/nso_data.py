"""What the NSO validation list prints: plain data, built by services/nso_list.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class NsoEntry:
    family_name: str
    given_name: str
    email: str  # the address they registered on eTwinning with
    programme: str  # degree programme


@dataclass(frozen=True)
class NsoList:
    institution: str
    country: str  # ISO 3166 code
    nso: str  # the National Support Organisation it goes to
    cohort: str  # "" for every cohort
    generated_on: date
    entries: tuple[NsoEntry, ...]
