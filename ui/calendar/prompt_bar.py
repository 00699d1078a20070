"""The prompt in the main window when a client meeting has ended: reflect now, later
(15 minutes, an hour, this evening) or "not a client meeting". Also the snooze menu the
"to reflect" list shares."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.calendar.calendar_text import client_or_unknown, ended_when
from ui.common.labels import sized

if TYPE_CHECKING:  # the calendar flow, built after the first paint, loads them
    from journal.calendar.events_store import StoredEvent

STYLE = """
QFrame#promptBar { background: rgba(40, 120, 220, 38); border: 1px solid rgba(40, 120, 220, 150);
                   border-radius: 8px; }
QLabel#promptTitle { font-weight: 600; font-size: 1.15em; }
"""


def snooze_menu(parent: QWidget, choose: Callable[[str], None]) -> QMenu:
    """In 15 minutes, in an hour, this evening; ``choose`` gets "15m", "1h" or "evening"."""
    menu = QMenu(parent)
    for choice, label in (
        ("15m", QCoreApplication.translate("PromptBar", "In 15 minutes")),
        ("1h", QCoreApplication.translate("PromptBar", "In an hour")),
        ("evening", QCoreApplication.translate("PromptBar", "This evening")),
    ):
        action = menu.addAction(label)
        action.triggered.connect(lambda _checked=False, c=choice: choose(c))
    return menu


class PromptBar(QFrame):
    reflect = Signal(object)  # StoredEvent
    snooze = Signal(object, str)  # StoredEvent, "15m" / "1h" / "evening"
    dismiss = Signal(object)  # StoredEvent: not a client meeting
    show_all = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("promptBar")
        self.setStyleSheet(sized(STYLE))
        self.event: StoredEvent | None = None

        self.title = QLabel()
        self.title.setObjectName("promptTitle")
        self.title.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.more = QLabel()
        self.more.setTextFormat(Qt.TextFormat.RichText)
        self.more.linkActivated.connect(lambda _link: self.show_all.emit())
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        text.addWidget(self.more)

        self.reflect_button = QPushButton(self.tr("&Reflect now"))
        self.reflect_button.setDefault(True)
        self.reflect_button.clicked.connect(lambda: self._send(self.reflect))
        self.later_button = QToolButton()
        self.later_button.setText(self.tr("&Later"))
        self.later_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.later_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.later_button.setMenu(snooze_menu(self, self._snooze))
        self.dismiss_button = QPushButton(self.tr("Not a &client meeting"))
        self.dismiss_button.clicked.connect(lambda: self._send(self.dismiss))
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide; the meeting stays in “To Reflect”"))
        self.close_button.setAccessibleName(self.tr("Hide"))
        self.close_button.clicked.connect(self.hide)

        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 8, 10)
        row.addLayout(text, 1)
        for button in (self.reflect_button, self.later_button, self.dismiss_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def ask(self, event: StoredEvent, waiting: int, now: datetime) -> None:
        """Show ``event``; ``waiting`` other ended meetings wait in the list."""
        self.event = event
        self.title.setText(
            self.tr("“{title}” with {client} has ended").format(
                title=event.title or self.tr("(no title)"),
                client=client_or_unknown(event.client_name),
            )
        )
        self.detail.setText(
            self.tr(
                "Ended {when}. Two minutes now, while it is fresh: how did you do as a "
                "trusted advisor?"
            ).format(when=ended_when(event.end, now))
        )
        more = (
            self.tr("1 more meeting waiting")
            if waiting == 1
            else self.tr("{count} more meetings waiting").format(count=waiting)
        )
        self.more.setText(f"<a href='#'>{more}</a>")
        self.more.setVisible(waiting > 0)
        self.show()

    def _snooze(self, choice: str) -> None:
        if self.event is not None:
            event, self.event = self.event, None
            self.hide()
            self.snooze.emit(event, choice)

    def _send(self, signal) -> None:
        if self.event is not None:
            event, self.event = self.event, None
            self.hide()
            signal.emit(event)
