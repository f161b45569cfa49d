"""Where the app keeps window layout and preferences (QSettings, per user)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "itepad"
APPLICATION = "itepad"

# Preferences (see preferences_dialog.py); other keys belong to the window that uses them.
LANGUAGE_KEY = "ui/language"  # "" = as the system; else a code of translation.LANGUAGES
USER_NAME_KEY = "user/name"  # who the user is in records (attendance taken by, audit trail)
BACKUPS_KEEP_KEY = "backups/keep"  # daily backups kept
PAPER_KEY = "print/paper"  # "A4" or "Letter"
PRINT_LANGUAGE_KEY = "print/language"  # "" = the interface language

BACKUPS_KEEP_DEFAULT = 7
PAPERS = ("A4", "Letter")


def settings() -> QSettings:
    # Named explicitly so that the same store is used whatever QApplication was set up with.
    return QSettings(ORGANISATION, APPLICATION)


def text_value(key: str, default: str = "") -> str:
    value = settings().value(key, default)
    return value if isinstance(value, str) else default


def int_value(key: str, default: int) -> int:
    try:
        return int(str(settings().value(key, default)))
    except ValueError:
        return default


def user_name() -> str:
    return text_value(USER_NAME_KEY).strip()


def backups_keep() -> int:
    return max(1, int_value(BACKUPS_KEEP_KEY, BACKUPS_KEEP_DEFAULT))


def paper_size() -> str:
    paper = text_value(PAPER_KEY, PAPERS[0])
    return paper if paper in PAPERS else PAPERS[0]
