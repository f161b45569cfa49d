"""The portfolio options the preferences choose: paper size and the language of headings."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from itepad.ui.settings import paper_size
from itepad.ui.translation import print_language

if TYPE_CHECKING:
    from itepad.reports.portfolio_options import PortfolioOptions
    from itepad.reports.theme import PageSizeName


def portfolio_options(*, language: str | None = None, review: bool = False) -> PortfolioOptions:
    """Options for a portfolio written from the app; `language` overrides the preference."""
    from itepad.reports.portfolio_options import PortfolioOptions

    return PortfolioOptions(
        pagesize=cast("PageSizeName", paper_size()),
        language=language or print_language(),
        review=review,
    )
