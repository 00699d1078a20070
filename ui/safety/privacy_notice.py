"""The banner that names what is not as private as the journal: after an encryption
change a kill interrupted (finished or undone when the journal was opened), and
whenever files beside an encrypted journal are stored without encryption (backups or
journals moved aside, found after first paint on a worker thread).

It says what happened and which files; it changes nothing itself. "Show the Folder"
opens the folder, "Dismiss" hides it until the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from journal.safety.encryption import DECRYPT, ENCRYPT, Resumed
from journal.service import Journal
from ui.common.background import Background
from ui.common.labels import note_banner, tr

MAX_NAMED = 8  # files named in the banner; the rest counted


class PrivacyNotice(QObject):
    """Made and started once the window is painted (``BackupActions.start``); ``place``
    puts its bar in the window."""

    def __init__(self, journal: Journal, parent: QWidget, place: Callable[[QWidget], None]):
        super().__init__(parent)
        self.journal = journal
        self.text = ""  # what the banner says ("" while there is nothing to say)
        self._scan = Background(self)
        self.holder = QWidget()
        self.label = note_banner(object_name="privacyNotice")
        self.folder_button = QPushButton(tr("Show the &Folder"))
        self.folder_button.clicked.connect(self._reveal)
        self.dismiss_button = QPushButton(tr("&Dismiss"))
        self.dismiss_button.clicked.connect(self.holder.hide)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.dismiss_button)
        column = QVBoxLayout(self.holder)
        column.setContentsMargins(10, 8, 10, 4)
        column.addWidget(self.label)
        column.addLayout(buttons)
        self.holder.hide()
        place(self.holder)  # above the tabs, where the window puts its bars

    def start(self) -> None:
        journal = self.journal
        notes = journal.opening_notes
        if not journal.encrypted and not notes:
            return
        self._scan.run(journal.plain_copies, lambda plain: self.show(notes, plain), _ignore)

    def show(self, notes: tuple[object, ...], plain: list[Path]) -> None:
        parts = [words(note) for note in notes if isinstance(note, Resumed)]
        named = set()
        for note in notes:
            if isinstance(note, Resumed):
                named.update(note.plain)
        rest = [p for p in plain if p not in named]
        if rest:
            parts.append(plain_words(rest))
        self.text = " ".join(p for p in parts if p)
        if not self.text:
            return
        self.label.setText(self.text)
        self.label.show()
        self.holder.show()

    def _reveal(self) -> None:
        from ui.safety.damaged_dialog import reveal

        reveal(self.journal.path)


def words(note: Resumed) -> str:
    """A conversion a kill interrupted, as the person reads it."""
    if not note.finished:
        return {
            ENCRYPT: tr(
                "Encrypting your journal was interrupted before the journal itself was "
                "changed. It is as it was, not encrypted; you can encrypt it again in "
                "Settings → Privacy."
            ),
            DECRYPT: tr(
                "Removing the encryption was interrupted before the journal itself was "
                "changed. Your journal is as it was, encrypted."
            ),
        }.get(
            note.direction,
            tr(
                "Changing the passphrase was interrupted before the journal itself was "
                "changed. Your journal still opens with the passphrase it had."
            ),
        )
    text = {
        ENCRYPT: tr("Encrypting your journal was interrupted; it was finished now."),
        DECRYPT: tr("Removing the encryption was interrupted; it was finished now."),
    }.get(note.direction, tr("Changing the passphrase was interrupted; it was finished now."))
    if note.plain:
        text += " " + plain_words(list(note.plain))
    others = [p for p in note.left if p not in note.plain]
    if others:
        text += " " + tr(
            "These files keep the passphrase they had (or are damaged), so restoring one "
            "asks for it: {files}."
        ).format(files=_names(others))
    return text


def plain_words(files: list[Path]) -> str:
    return tr(
        "<b>These files are stored without encryption:</b> {files}. Anyone who can read "
        "your files can read the notes in them; delete them once you no longer need them."
    ).format(files=_names(files))


def _names(files: list[Path]) -> str:
    shown = [escape(str(p)) for p in files[:MAX_NAMED]]
    if len(files) > MAX_NAMED:
        shown.append(tr("and {count} more").format(count=len(files) - MAX_NAMED))
    return ", ".join(shown)


def _ignore(_error: Exception) -> None:
    """The scan only reads file headers; a folder that cannot be read has nothing to say."""
