"""A dashboard figure: a big number with its label and an optional line of detail."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

NO_VALUE = "\N{EN DASH}"

STYLE = """
QFrame#figureCard {
    background: palette(base);
    border: 1px solid palette(midlight);
    border-radius: 8px;
}
QLabel#figureValue { font-size: 24pt; font-weight: 600; }
QLabel#figureValue[alert="true"] { color: #c62828; }
QLabel#figureDetail { color: palette(placeholder-text); }
"""


class FigureCard(QFrame):
    def __init__(self, caption: str, tip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setStyleSheet(STYLE)
        self.setToolTip(tip)
        self.value = QLabel(NO_VALUE)
        self.value.setObjectName("figureValue")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("figureDetail")
        self.detail.setWordWrap(True)  # cards may shrink on small screens
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch()
        self.setAccessibleName(caption)

    def set_value(self, value: str, detail: str = "", *, alert: bool = False) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        if self.value.property("alert") != alert:
            self.value.setProperty("alert", alert)
            self.value.style().unpolish(self.value)  # re-apply the [alert] rule
            self.value.style().polish(self.value)
        self.setAccessibleDescription(f"{value} {detail}".strip())
