"""What a portfolio prints: its sections, paper size and the language of its headings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from itepad.reports.theme import PAGE_SIZES, PageSizeName


class Section(StrEnum):
    """The parts of a portfolio after its cover, in the order they print."""

    CONTENTS = "contents"
    SUMMARY = "summary"
    MODULES = "modules"
    PROJECTS = "projects"
    EVIDENCE = "evidence"
    REFLECTIONS = "reflections"
    MENTORING = "mentoring"
    OBSERVATIONS = "observations"
    FINAL_COMMENT = "final_comment"


ALL_SECTIONS: frozenset[Section] = frozenset(Section)


@dataclass(frozen=True)
class PortfolioOptions:
    """`sections` accepts Section members or their keys; the cover always prints.

    `language` is a BCP 47 tag ("de", "pl", "uk", ...); headings in a language the portfolio has
    no words for print in English (see reports/headings.py).
    """

    sections: frozenset[str] = ALL_SECTIONS  # Section members once made
    pagesize: PageSizeName = "A4"
    language: str = "en"
    # A review copy (services/portfolio_review.py): fillable fields, and the copy is recorded.
    review: bool = False

    def __post_init__(self) -> None:
        # The dataclass is frozen: normalising keys to members needs object.__setattr__.
        object.__setattr__(self, "sections", parse_sections(self.sections))
        if self.pagesize not in PAGE_SIZES:
            raise ValueError(
                f"unknown page size {self.pagesize!r}; expected one of {sorted(PAGE_SIZES)}"
            )

    def has(self, section: Section) -> bool:
        return section in self.sections


def parse_sections(keys: str | Iterable[str]) -> frozenset[Section]:
    """Sections from keys, or from one comma-separated string ("summary,evidence")."""
    wanted = [key.strip() for key in keys.split(",")] if isinstance(keys, str) else list(keys)
    wanted = [key for key in wanted if key]
    known = {section.value: section for section in Section}
    unknown = sorted(key for key in wanted if key not in known)
    if unknown:
        raise ValueError(
            f"unknown portfolio section {', '.join(map(repr, unknown))}; "
            f"choose from {', '.join(known)}"
        )
    return frozenset(known[key] for key in wanted)
