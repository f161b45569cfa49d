"""A Markdown field: the plain text on the left, a live preview on the right.

The preview never reaches the network: SafePreview loads only local resources (an image linked
from a web address stays a placeholder) and follows no link; QTextBrowser runs no scripts. So a
description pasted from a web page cannot make the app fetch anything, or tell anyone it was read.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

PREVIEW_DELAY_MS = 250  # typing pauses this long before the preview is drawn again
LOCAL_SCHEMES = frozenset({"", "file", "data"})


class SafePreview(QTextBrowser):
    """Shows rendered Markdown; loads nothing that is not on this computer."""

    resource_blocked = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        url = QUrl(name)
        if url.scheme().lower() not in LOCAL_SCHEMES:
            self.resource_blocked.emit(url)
            return None
        return super().loadResource(type, url)


class TextArea(QPlainTextEdit):
    """A plain text field that says when the user leaves it; Tab moves on, as in other fields."""

    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class MarkdownEditor(QWidget):
    """Edit Markdown with a preview beside it; `editing_finished` when the user leaves a change."""

    editing_finished = Signal()

    def __init__(self, name: str, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = TextArea()
        self.source.setAccessibleName(name)
        self.source.setPlaceholderText(
            placeholder
            or self.tr("Markdown: # heading, **bold**, *italic*, - list item, [link](https://…)")
        )
        self.source.textChanged.connect(self._schedule_preview)
        self.source.focus_lost.connect(self._on_focus_lost)
        self.preview = SafePreview()
        self.preview.setAccessibleName(self.tr("{name}: preview").format(name=name))
        self.preview.setToolTip(self.tr("Preview of the text as it will be printed"))
        self.preview.setStyleSheet("QTextBrowser { background: palette(window); }")
        self.preview.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes on to the next field
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render_preview)
        self._saved = ""

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.source)
        splitter.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setFocusProxy(self.source)

    def text(self) -> str:
        return self.source.toPlainText()

    def set_text(self, text: str) -> None:
        """Show `text` as the saved text; the preview follows at once."""
        self._saved = text
        if text != self.text():
            self.source.setPlainText(text)
        self.render_preview()

    def is_modified(self) -> bool:
        return self.text() != self._saved

    def render_preview(self) -> None:
        self._timer.stop()
        bar = self.preview.verticalScrollBar()
        position = bar.value()  # keep the reader's place while the text grows
        self.preview.setMarkdown(self.text())
        bar.setValue(position)

    def _schedule_preview(self) -> None:
        self._timer.start()

    def _on_focus_lost(self) -> None:
        if self.is_modified():
            self._saved = self.text()
            self.editing_finished.emit()
