"""In the reflection: the mirror on one's own notes. Telling language ("I explained
that …", "ik heb gezegd dat ze moeten …") and asking language ("I asked whether …",
"ze vertelde dat …") in the open answers and the notes, counted and the phrases shown,
each with the rule that marked it. A nudge, never a score; it can be turned off here
and on again in Settings."""

from __future__ import annotations

from contextlib import suppress
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.errors import JournalError
from journal.service import Journal
from ui.common.labels import quiet
from ui.transcripts import words

DELAY_MS = 500  # after the last key: marking is cheap, but not on every key


class MirrorBox(QFrame):
    turned_off = Signal()

    def __init__(self, journal: Journal, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mirrorBox")
        self.journal = journal
        self.language = language
        self.texts: dict[str, str] = {}
        self.timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.counts = QLabel()
        quiet(self.counts)
        self.phrases = QLabel()
        self.phrases.setWordWrap(True)
        self.phrases.setTextFormat(Qt.TextFormat.RichText)
        self.off_button = QPushButton(self.tr("Turn Off"))
        self.off_button.setFlat(True)
        self.off_button.setToolTip(self.tr("Stop marking your notes; turn it on in Settings"))
        self.off_button.clicked.connect(self.turn_off)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.off_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.phrases)
        try:
            on = journal.mirror.enabled()
        except JournalError:
            on = False
        self.setVisible(on)
        self.enabled = on

    def set_texts(self, texts: dict[str, str]) -> None:
        """The open answers and the notes (field -> text), marked after a pause."""
        self.texts = dict(texts)
        if self.enabled:
            self.timer.start()

    def refresh(self) -> None:
        self.timer.stop()
        if not self.enabled:
            return
        written = any(text.strip() for text in self.texts.values())
        found = self.journal.mirror.of_texts(self.texts, self.language)
        self.counts.setText(
            words.mirror_counts(found.counts)
            if written
            else self.tr("Telling and asking in what you write are counted here.")
        )
        items = []
        for field_mark in found.marks:
            mark = field_mark.mark
            items.append(
                f"<span title='{escape(mark.rule_id)}'><i>{escape(words.kind(mark.kind))}</i>: "
                f"“{escape(mark.phrase)}” <small>[{escape(mark.rule_id)}]</small></span>"
            )
        self.phrases.setText("<br>".join(items))
        self.phrases.setVisible(bool(items))

    def turn_off(self) -> None:
        with suppress(JournalError):  # read-only: off for this dialog only
            self.journal.mirror.set_enabled(False)
        self.enabled = False
        self.timer.stop()
        self.hide()
        self.turned_off.emit()
