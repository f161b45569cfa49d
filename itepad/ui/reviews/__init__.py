"""The Reviews panel: portfolio review copies sent, returned and their change requests."""

from itepad.ui.reviews.panel import ReviewsPanel

__all__ = ["ReviewsPanel"]
