"""Qt's own words that its Dutch translation (``qtbase_nl``) leaves out, under Qt's own
contexts, so that our ``.ts`` carries them: Qt's file dialog said "Look in:" and "Files
of type:" in an otherwise Dutch window. ``pyside6-lupdate`` finds them here; our
translator is installed after Qt's, so it is asked first (``ui.common.i18n``).
``tests/ui/test_translations.py`` opens the Dutch file dialog and finds no English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def file_dialog_gaps() -> list[str]:
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
    ]
