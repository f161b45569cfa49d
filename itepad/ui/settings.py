"""Where the app keeps window layout and preferences (QSettings, per user)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "itepad"
APPLICATION = "itepad"


def settings() -> QSettings:
    # Named explicitly so that the same store is used whatever QApplication was set up with.
    return QSettings(ORGANISATION, APPLICATION)
