"""The system tray icon, where the desktop has a tray: the notification when a client
meeting has ended, and a menu to open the journal, reflect, or quit while the window is
closed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ui.calendar.calendar_text import notification_text
from ui.common.icons import app_icon

if TYPE_CHECKING:  # types only: this module is loaded at start-up, the calendar is not
    from journal.calendar.events_store import StoredEvent

MESSAGE_MS = 15_000


class Tray(QObject):
    show_window = Signal()
    new_reflection = Signal()
    show_to_reflect = Signal()
    message_clicked = Signal()
    quit = Signal()

    def __init__(self, available: bool | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable() if available is None else available
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.menu = QMenu()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.message_clicked)
        self.retranslate()
        if self.available:
            self.icon.show()

    def retranslate(self) -> None:
        self.menu.clear()
        self.icon.setToolTip(self.tr("Advisor Journal"))
        for text, signal in (
            (self.tr("Open Advisor Journal"), self.show_window),
            (self.tr("New Reflection…"), self.new_reflection),
            (self.tr("To Reflect"), self.show_to_reflect),
        ):
            action = QAction(text, self.menu)
            action.triggered.connect(signal)
            self.menu.addAction(action)
        self.menu.addSeparator()
        quit_action = QAction(self.tr("Quit"), self.menu)
        quit_action.triggered.connect(self.quit)
        self.menu.addAction(quit_action)

    def notify(self, due: list[StoredEvent], private: bool = False) -> bool:
        """Say that meetings have ended (``private``: without naming them); False where
        there is no tray to say it in."""
        if not self.available or not due:
            return False
        title, text = notification_text(due, private)
        self.icon.showMessage(
            title, text + " " + self.tr("Click to reflect."), app_icon(), MESSAGE_MS
        )
        return True

    def say(self, title: str, text: str) -> None:
        if self.available:
            self.icon.showMessage(title, text, app_icon(), MESSAGE_MS)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window.emit()

    def hide(self) -> None:
        self.icon.hide()
