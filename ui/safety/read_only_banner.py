"""The banner above the tabs of a journal that can only be read: why, and what still
works. Part of the window's first paint: an empty widget, filled the first time the
journal is read-only (its icon needs ``QStyle``, whose enum classes cost ~10 ms)."""

from __future__ import annotations

from PySide6 import QtWidgets  # QtWidgets.QStyle: built by PySide when first used
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from journal.on_first_use import on_first_use
from journal.service import Journal

html = on_first_use("html")  # html.escape, for a read-only journal: not the first paint

STYLE = """
QFrame#readOnlyBanner { background: rgba(230, 160, 20, 45); border: 1px solid rgba(200, 130, 0, 150);
                        border-radius: 6px; }
QFrame#readOnlyBanner QLabel { background: transparent; border: none; }
"""


class ReadOnlyBanner(QWidget):
    """Hidden unless the journal is read-only (``show_for``); ``banner`` is the framed
    box, ``text`` what it says."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.banner: QFrame | None = None  # built when first shown
        self.text = QLabel()
        self.hide()

    def _build(self) -> None:
        self.banner = QFrame()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setStyleSheet(STYLE)
        icon = QLabel()
        size = self.banner.fontMetrics().height() * 2
        icon.setPixmap(
            self.banner.style()
            .standardIcon(QtWidgets.QStyle.StandardPixmap.SP_MessageBoxWarning)
            .pixmap(size, size)
        )
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(12)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        margins = QVBoxLayout(self)
        margins.setContentsMargins(10, 8, 10, 4)
        margins.addWidget(self.banner)

    def show_for(self, journal: Journal) -> None:
        """Shown, saying why, when ``journal`` can only be read; else hidden."""
        if not journal.read_only:
            self.hide()
            return
        if self.banner is None:
            self._build()
        self.text.setText(
            self.tr(
                "<b>This journal can only be read:</b> {folder} cannot be written to. New "
                "reflections and changes cannot be saved until it can (check the folder's "
                "permissions, or whether its disk or share is read-only). Reading, "
                "searching, growth and exports still work, and File → Back Up Now… makes "
                "a copy in a folder you choose."
            ).format(folder=html.escape(str(journal.path.parent)))
        )
        self.show()
