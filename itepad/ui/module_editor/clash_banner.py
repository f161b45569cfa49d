"""A warning strip listing the module's clashes; a session named in it is a link to it."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from itepad.services.clashes import Clash, ClashingSession

# Fixed warning colours (dark text on amber) read well in light and dark palettes alike.
STYLE = """
QFrame#clashBanner { background: #fff3cd; border: 1px solid #e0b84c; border-radius: 6px; }
QFrame#clashBanner QLabel { color: #5c4400; }
"""
LINK = "session:"


class ClashBanner(QFrame):
    session_chosen = Signal(int)  # a session of this module, clicked in the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clashBanner")
        self.setStyleSheet(STYLE)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.label.linkActivated.connect(self._on_link)
        self.label.setAccessibleName(self.tr("Clashes"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        self._lines: list[str] = []
        self.hide()

    @property
    def lines(self) -> list[str]:
        """The clashes as plain sentences, as shown."""
        return list(self._lines)

    def show_clashes(self, clashes: Sequence[Clash], module_id: int) -> None:
        self._lines = [clash.describe() for clash in clashes]
        if not clashes:
            self.hide()
            return
        heading = (
            self.tr("1 clash:")
            if len(clashes) == 1
            else self.tr("{n} clashes:").format(n=len(clashes))
        )
        items = "".join(
            f"<li>{self._session(c.first, module_id)} {escape(self.tr('overlaps'))} "
            f"{self._session(c.second, module_id)}: {escape('; '.join(c.reasons))}</li>"
            for c in clashes
        )
        self.label.setText(
            f"<b>⚠ {escape(heading)}</b><ul style='margin: 0; -qt-list-indent: 1;'>{items}</ul>"
        )
        self.setToolTip(self.tr("Click a session of this module to go to it"))
        self.show()

    def _session(self, session: ClashingSession, module_id: int) -> str:
        text = escape(session.label())
        if session.module_id != module_id:
            return text
        return f'<a href="{LINK}{session.id}">{text}</a>'

    def _on_link(self, link: str) -> None:
        if link.startswith(LINK):
            self.session_chosen.emit(int(link.removeprefix(LINK)))
