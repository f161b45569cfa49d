"""A strip saying whether a record is signed, and whether it changed since; the signed version.

A signature covers what was agreed, so "Changed since signed" names the parts that differ and
offers the version that was signed, read-only, next to what the record says now.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from html import escape
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from itepad.services.signoff import Signature, SignatureState
from itepad.ui.i18n import QT_TR_NOOP

# The signed content's keys as a reader names them.
FIELD_NAMES = {
    "held_at": QT_TR_NOOP("date"),
    "observed_at": QT_TR_NOOP("date"),
    "mentor": QT_TR_NOOP("mentor"),
    "mentees": QT_TR_NOOP("mentees"),
    "student": QT_TR_NOOP("student teacher"),
    "observer": QT_TR_NOOP("observer"),
    "focus": QT_TR_NOOP("focus"),
    "pre_reflection": QT_TR_NOOP("pre-meeting reflection"),
    "notes": QT_TR_NOOP("notes"),
    "targets": QT_TR_NOOP("targets"),
    "actions": QT_TR_NOOP("actions"),
    "class_name": QT_TR_NOOP("class"),
    "pupils_age": QT_TR_NOOP("pupils' age"),
    "subject": QT_TR_NOOP("subject"),
    "topic": QT_TR_NOOP("topic"),
    "strengths": QT_TR_NOOP("strengths"),
    "areas_to_develop": QT_TR_NOOP("areas to develop"),
}

# Fixed colours (dark text on a light tint) read well in light and dark palettes alike.
STYLES = {
    SignatureState.SIGNED: "background: #dff3e3; border: 1px solid #5aa86a; color: #1d4d27;",
    SignatureState.CHANGED: "background: #fde2d8; border: 1px solid #d9603b; color: #6b1d05;",
    SignatureState.UNSIGNED: "background: palette(base); border: 1px solid palette(mid);",
}


def when(at: datetime | None) -> str:
    """A sign-off time (stored in UTC; SQLite gives it back naive) in local time."""
    if at is None:
        return ""
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone().strftime("%Y-%m-%d %H:%M")


class SignatureBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureBanner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Sign-off"))
        self.show_signed = QPushButton(self.tr("Show signed version…"))
        self.show_signed.setToolTip(self.tr("The record as it was when it was signed"))
        self.show_signed.clicked.connect(self._show_signed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_signed)
        self._signature = Signature(SignatureState.UNSIGNED)
        self.show_signature(self._signature)

    @property
    def text(self) -> str:
        return self.label.text()

    def show_signature(self, signature: Signature) -> None:
        self._signature = signature
        self.setStyleSheet(f"QFrame#signatureBanner {{ {STYLES[signature.state]} }}")
        self.show_signed.setVisible(signature.state == SignatureState.CHANGED)
        if signature.state == SignatureState.UNSIGNED:
            self.label.setText(self.tr("Not signed"))
        elif signature.state == SignatureState.SIGNED:
            self.label.setText(
                self.tr("✓ Signed by {who} on {date}").format(
                    who=signature.signed_by, date=when(signature.signed_at)
                )
            )
        else:
            fields = ", ".join(self.tr(FIELD_NAMES.get(k, k)) for k in signature.changed_fields)
            self.label.setText(
                self.tr("⚠ Changed since signed on {date} by {who}: {fields}").format(
                    date=when(signature.signed_at), who=signature.signed_by, fields=fields
                )
            )

    def _show_signed(self) -> None:
        if self._signature.signed_content is not None:
            SignedVersionDialog(self._signature, self).open()


def readable(content: Mapping[str, Any], tr: Any) -> str:
    """The signed JSON as HTML a person reads: one labelled part per key, lists as lists."""
    parts = []
    for key in sorted(
        content, key=lambda k: list(FIELD_NAMES).index(k) if k in FIELD_NAMES else 99
    ):
        value = content[key]
        if isinstance(value, list):
            items = "".join(f"<li>{escape(_line(item))}</li>" for item in value)
            body = f"<ul>{items}</ul>" if items else "<p>—</p>"
        else:
            text = escape(str(value) if value not in (None, "") else "—")
            body = f"<p>{text.replace(chr(10), '<br>')}</p>"
        name = escape(tr(FIELD_NAMES.get(key, key))).capitalize()
        parts.append(f"<h4>{name}</h4>{body}")
    return "".join(parts)


def _line(item: Any) -> str:
    if isinstance(item, dict):
        return " · ".join(str(v) for v in item.values() if v not in (None, ""))
    return str(item)


class SignedVersionDialog(QDialog):
    def __init__(self, signature: Signature, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signed version"))
        self.resize(560, 600)
        heading = QLabel(
            self.tr("Signed by {who} on {date}").format(
                who=signature.signed_by, date=when(signature.signed_at)
            )
        )
        heading.setStyleSheet("font-weight: 600;")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Signed version"))
        self.browser.setHtml(readable(signature.signed_content or {}, self.tr))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
