"""Help → Open the Data Folder: the folder that holds the journal and its backups, shown
in the system's file manager (for a backup to a USB stick, or to see where it lives)."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore  # QtCore.QUrl: built by PySide when first used
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from ui.common import messages


def open_data_folder(parent: QWidget | None, folder: Path) -> bool:
    """True when the file manager was asked to open ``folder``; otherwise the folder is
    named in a message, so it can still be found."""
    if QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(folder))):
        return True
    messages.data_folder_not_opened(parent, folder)
    return False
