"""Which language the ui speaks, and loading its compiled translations.

English is the source language; Dutch ships as ``resources/translations/*_nl.qm``
together with Qt's own Dutch strings (standard buttons, date pickers).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []


def resolve(setting: str) -> str:
    """The language to use: the setting, or for "system" the system locale's."""
    if setting in ("en", "nl"):
        return setting
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def translations_dir() -> str:
    from resources import FOLDER

    return str(FOLDER / "translations")


def install(language: str) -> str:
    """Switch the running app to ``language`` ("en" or "nl"); returns it."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(_locale_for(language))
    if language == "nl":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("qtbase_nl", qt_dir), ("advisor_journal_nl", translations_dir())):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
    return language


def _locale_for(language: str) -> QLocale:
    """Dates and numbers in the app's language, with the system's country when it speaks
    that language (Belgian Dutch, American English).

    Always a locale made from a name, never ``QLocale.system()`` itself: with
    ``LANGUAGE=nl`` and ``LANG=C.UTF-8`` the system locale says Dutch but formats dates
    the C way ("2 12 2026", English month names)."""
    system = QLocale.system()
    if language == "nl":
        wanted = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    else:
        wanted = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    if system.language() != wanted.language():
        return wanted
    named = QLocale(system.name())  # the country's own formats, from Qt's locale data
    return named if named.language() == wanted.language() else wanted
