"""Marking texts for translation where they are defined and translated later."""

from __future__ import annotations


def QT_TR_NOOP(text: str) -> str:
    """Typed stand-in for QtCore's (typed as returning object); lupdate finds it by name."""
    return text
