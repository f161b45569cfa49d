"""The fillable parts of a portfolio review copy (PDF AcroForm fields, drawn by reportlab).

A review copy is the portfolio with, after each part, a choice "I agree / I ask for a change"
and a comment box, and at the end a final reflection box and a checkbox "I have read my
portfolio". Hidden read-only fields carry the student teacher, a hash of the portfolio content
and the review's random token, so that a returned form can be matched to what was sent
(services/review_import.py reads them back by the names below).

The fields are drawn by flowables, where the layout puts them: the document is still laid out
in one pass, and a field never splits across pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from itepad.reports.headings import Words
from itepad.reports.theme import ACCENT, INK, MUTED, RULE, Styles

TOKEN_FIELD = "itepad_review_token"
STUDENT_FIELD = "itepad_review_student"
HASH_FIELD = "itepad_review_hash"
REFLECTION_FIELD = "final_reflection"
READ_FIELD = "read_confirmed"
AGREE, CHANGE = "agree", "change"  # the export values of a section's choice
# AcroForm fields only know the PDF standard fonts; readers substitute for other scripts.
FIELD_FONT = "Helvetica"
FIELD_FONT_SIZE = 10
_FIELD_FILL = colors.HexColor("#f3f7fb")
_RADIO_SIZE = 13
_COMMENT_HEIGHT = 30 * mm
_REFLECTION_HEIGHT = 95 * mm


def choice_field(section: str) -> str:
    return f"choice_{section}"


def comment_field(section: str) -> str:
    return f"comment_{section}"


@dataclass(frozen=True)
class ReviewIdentity:
    """What the hidden fields of a review copy say: whose it is, of what content, which review."""

    token: str
    student: str  # the student teacher's e-mail address
    content_hash: str


class HiddenFields(Flowable):
    """The identity of the review copy, in hidden read-only fields; takes no room."""

    def __init__(self, identity: ReviewIdentity) -> None:
        super().__init__()
        self.identity = identity

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        form = self.canv.acroForm
        values = (
            (TOKEN_FIELD, self.identity.token),
            (STUDENT_FIELD, self.identity.student),
            (HASH_FIELD, self.identity.content_hash),
        )
        for name, value in values:
            form.textfield(
                name=name,
                value=value,
                x=0,
                y=0,
                width=1,
                height=1,
                relative=True,
                annotationFlags="hidden",
                fieldFlags="readOnly",
                maxlen=0,
                borderWidth=0,
                fontName=FIELD_FONT,
                fontSize=1,
            )


class SectionReview(Flowable):
    """A part's review: "I agree" / "I ask for a change" and a multi-line comment box."""

    def __init__(self, section: str, title: str, words: Words, sheet: Styles) -> None:
        super().__init__()
        self.section, self.title, self.words, self.sheet = section, title, words, sheet

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = 12 * mm + 10 * mm + 6 * mm + _COMMENT_HEIGHT
        return self.width, self.height

    def draw(self) -> None:
        canvas, words = self.canv, self.words
        top = self.height
        _box(canvas, self.width, self.height)
        canvas.setFillColor(ACCENT)
        canvas.setFont(f"{self.sheet.sans}-Bold", 10.5)
        canvas.drawString(4 * mm, top - 7 * mm, words("review_section", section=self.title))
        row = top - 16 * mm
        x = 4 * mm
        canvas.setFont(self.sheet.sans, 10)
        for value, key in ((AGREE, "review_agree"), (CHANGE, "review_change")):
            canvas.acroForm.radio(
                name=choice_field(self.section),
                value=value,
                selected=False,
                x=x,
                y=row - 3.5,
                size=_RADIO_SIZE,
                relative=True,
                buttonStyle="circle",
                borderColor=MUTED,
                fillColor=colors.white,
                textColor=INK,
                borderWidth=0.8,
                fieldFlags="noToggleToOff radio",
                tooltip=words(key),
            )
            canvas.setFillColor(INK)
            canvas.drawString(x + _RADIO_SIZE + 2 * mm, row, words(key))
            x += _RADIO_SIZE + 2 * mm + canvas.stringWidth(words(key)) + 12 * mm
        canvas.setFillColor(MUTED)
        canvas.setFont(self.sheet.sans, 8.5)
        canvas.drawString(4 * mm, row - 8 * mm, words("review_comment"))
        _text_box(
            canvas,
            comment_field(self.section),
            words("review_comment"),
            4 * mm,
            3 * mm,
            self.width - 8 * mm,
            _COMMENT_HEIGHT - 1 * mm,
        )


class FinalReview(Flowable):
    """The end of the form: a final reflection box and "I have read my portfolio"."""

    def __init__(self, words: Words, sheet: Styles) -> None:
        super().__init__()
        self.words, self.sheet = words, sheet

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = 8 * mm + _REFLECTION_HEIGHT + 16 * mm
        return self.width, self.height

    def draw(self) -> None:
        canvas, words = self.canv, self.words
        canvas.setFillColor(ACCENT)
        canvas.setFont(f"{self.sheet.sans}-Bold", 10.5)
        canvas.drawString(0, self.height - 5 * mm, words("final_reflection"))
        _text_box(
            canvas,
            REFLECTION_FIELD,
            words("final_reflection"),
            0,
            16 * mm,
            self.width,
            _REFLECTION_HEIGHT,
        )
        canvas.acroForm.checkbox(
            name=READ_FIELD,
            checked=False,
            x=0,
            y=4 * mm,
            size=_RADIO_SIZE + 2,
            relative=True,
            buttonStyle="check",
            borderColor=MUTED,
            fillColor=colors.white,
            textColor=INK,
            borderWidth=0.8,
            fieldFlags="",
            tooltip=words("read_confirmed"),
        )
        canvas.setFillColor(INK)
        canvas.setFont(f"{self.sheet.sans}-Bold", 10.5)
        canvas.drawString(_RADIO_SIZE + 5 * mm, 4 * mm + 3, words("read_confirmed"))


def _box(canvas: Any, width: float, height: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setFillColor(colors.HexColor("#fbfcfd"))
    canvas.setLineWidth(0.8)
    canvas.roundRect(0, 0, width, height, 2 * mm, stroke=1, fill=1)
    canvas.restoreState()


def _text_box(
    canvas: Any, name: str, tooltip: str, x: float, y: float, width: float, height: float
) -> None:
    canvas.acroForm.textfield(
        name=name,
        value="",
        x=x,
        y=y,
        width=width,
        height=height,
        relative=True,
        fieldFlags="multiline",
        maxlen=0,  # reportlab's default limits a field to 100 characters
        borderColor=RULE,
        fillColor=_FIELD_FILL,
        textColor=INK,
        borderWidth=0.8,
        fontName=FIELD_FONT,
        fontSize=FIELD_FONT_SIZE,
        tooltip=tooltip,
    )
