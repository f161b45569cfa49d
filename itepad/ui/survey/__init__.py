"""The impact survey: one student teacher's answers, and a cohort's results."""

from itepad.ui.survey.panel import SurveyPanel
from itepad.ui.survey.results_view import SurveyResultsView

__all__ = ["SurveyPanel", "SurveyResultsView"]
