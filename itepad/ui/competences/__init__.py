"""A student teacher's DigCompEdu competences (matrix, history, before/after)."""

from itepad.ui.competences.panel import CompetencesPanel

__all__ = ["CompetencesPanel"]
