"""The interface language: chosen from the preferences or the system, installed at start-up.

itepad's own words come from resources/translations/itepad_<lang>.qm; Qt's standard dialogs and
buttons from the qtbase_<lang>.qm that PySide6 ships. Dates and numbers follow the user's locale.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from itepad.reports.headings import LANGUAGE_NAMES
from itepad.resources import find_data_dir
from itepad.ui.settings import LANGUAGE_KEY, PRINT_LANGUAGE_KEY, text_value

SOURCE_LANGUAGE = "en"
# Shipped interface languages, in the order the preferences list them, with their own names.
LANGUAGES: dict[str, str] = dict(LANGUAGE_NAMES)


class _Translator(QTranslator):
    """Falls back to the context-free messages.

    Texts marked with QT_TR_NOOP outside a class (column titles, label tables) land in the
    empty context, but are translated later by whichever class shows them.
    """

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        found = super().translate(context, source_text, disambiguation, n)
        if not found and context:
            found = super().translate("", source_text, disambiguation, n)
        # Qt reads None as "not here, ask the next translator"; "" would blank the text.
        return found or cast(str, None)


_installed: list[QTranslator] = []


def translations_dir() -> Path | None:
    """The folder of itepad's .qm files: source checkout, installed copy or frozen bundle."""
    return find_data_dir("resources/translations", installed="translations")


def system_language() -> str:
    """The first of the system's preferred languages that itepad speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def preferred_language() -> str:
    """The language chosen in the preferences ("" there means: as the system)."""
    chosen = text_value(LANGUAGE_KEY)
    return chosen if chosen in LANGUAGES else system_language()


def print_language() -> str:
    """The language of printed headings: as chosen in the preferences, else the interface's."""
    chosen = text_value(PRINT_LANGUAGE_KEY)
    return chosen if chosen in LANGUAGES else preferred_language()


def install_translations(language: str | None = None) -> str:
    """Install the translators for `language` (default: the preferred one); returns its code.

    Replaces whatever an earlier call installed, so tests can switch languages. Widgets built
    before the call keep their texts.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translations needs a QApplication")
    code = language if language in LANGUAGES else preferred_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(_locale_for(code))
    if code == SOURCE_LANGUAGE:
        return code
    own = _Translator(app)
    folder = translations_dir()
    if folder is not None and own.load(str(folder / f"itepad_{code}.qm")):
        _installed.append(own)
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{code}", qt_folder):
        _installed.append(qt)
    # The translator installed last is asked first: Qt's own texts keep Qt's wording.
    for translator in _installed:
        app.installTranslator(translator)
    return code


def _locale_for(code: str) -> QLocale:
    """The system locale when it speaks `code` (keeps de_AT's or en_GB's formats), else `code`'s."""
    system = QLocale.system()
    if QLocale(code).language() == system.language():
        return system
    return QLocale(code)


def translated(label: str) -> str:
    """An English label of a Qt-free service (see LABEL_TABLES of the update script), translated.

    Such labels are context-free texts in the .ts files; thread-safe, so workers may call it.
    """
    return QCoreApplication.translate("", label)


def short_date(day: date, *, year: bool = True) -> str:
    """E.g. "24 Nov 2026" (or "24 Nov"), with the month's short name in the user's locale."""
    return QLocale().toString(
        QDate(day.year, day.month, day.day), "d MMM yyyy" if year else "d MMM"
    )


def day_and_time(when: datetime, *, year: bool = False) -> str:
    """E.g. "Tue 24 Nov, 10:00": short day and month names and the time as the locale has them."""
    day = QLocale().toString(
        QDate(when.year, when.month, when.day), "ddd d MMM yyyy" if year else "ddd d MMM"
    )
    return f"{day}, {short_time(when)}"


def short_time(when: datetime) -> str:
    return QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
