"""The system's own notifications, with buttons where it has them (Reflect Now, Later):
the first way the after-meeting prompt reaches the person, also on a desktop without a
tray (stock GNOME) and while the window is closed.

desktop-notifier speaks to each system (freedesktop notifications over D-Bus on Linux,
WinRT toasts on Windows, the Notification Center from a macOS app bundle). Its API is
asyncio: it runs here on a worker thread with an event loop of its own; a button pressed
comes back on that thread and reaches the ui thread through a queued signal. ``send()``
never raises (the library logs a failure and returns), so whether there is a
notification server at all is asked once at start (``probe``: its capabilities, within
3 seconds). Outside macOS's app bundle the library has only a dummy that drops every
notification: that counts as none.

``backend`` is injectable: the tests hand in a fake. Nothing the advisor wrote is
logged; the text shown is chosen by the caller (no client name while the journal is
encrypted or locked, ``ui.calendar.calendar_text.notification_text``).
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("advisor_journal.notifications")
PROBE_SECONDS = 3.0
APP_NAME = "Advisor Journal"


def desktop_backend() -> Any:
    """desktop-notifier for this system, or None where it is missing or a dummy."""
    try:
        from desktop_notifier import DesktopNotifier, Icon
        from desktop_notifier.backends.dummy import DummyNotificationCenter
    except ImportError:
        return None
    logging.getLogger("desktop_notifier").setLevel(logging.WARNING)  # never the texts
    from resources import FOLDER

    # The SVG where the server takes one (freedesktop). Elsewhere none: the library's
    # default is Python's logo, and toasts want a PNG.
    icon = (
        Icon(path=FOLDER / "icons" / "advisor-journal.svg")
        if sys.platform.startswith("linux")
        else None
    )
    notifier = DesktopNotifier(app_name=APP_NAME, app_icon=icon)
    if isinstance(notifier._backend, DummyNotificationCenter):  # macOS outside a bundle
        return None
    return notifier


class Notifications(QObject):
    """``available`` is None until the probe has answered, then True or False."""

    reflect_now = Signal(int)  # the calendar event's id: its button was pressed
    later = Signal(int)  # put it off (the prompt's shortest snooze)
    opened = Signal()  # the notification itself was clicked
    probed = Signal(bool)  # the probe's answer: can notifications be shown?

    def __init__(self, backend: Callable[[], Any] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._make_backend = backend or (lambda: desktop_backend())  # looked up late: tests
        self._backend: Any = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self.available: bool | None = None
        self._probing = False
        self._no_backend = False  # no library, or macOS's dummy: asking again is no use
        self.buttons = False  # the server shows buttons (else a click opens the window)
        self._shown: list[str] = []  # identifiers of what is on screen, to take back

    # -- the worker thread -------------------------------------------------------------

    def _run(self, coroutine) -> None:
        if self._loop is None:
            self._loop = asyncio.new_event_loop()
            self._thread = threading.Thread(
                target=self._loop.run_forever, name="notifications", daemon=True
            )
            self._thread.start()
        asyncio.run_coroutine_threadsafe(coroutine, self._loop)

    def stop(self) -> None:
        """The window closes: the loop ends (what is on screen stays, as a reminder)."""
        loop, thread = self._loop, self._thread
        self._loop = self._thread = None
        if loop is not None and thread is not None:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(5)
            if not thread.is_alive():
                loop.close()

    # -- asking ------------------------------------------------------------------------

    def probe(self) -> None:
        """Ask whether there is a notification server and what it can show; the answer
        comes in ``probed`` (on the ui thread) and ``available``. Asked at start, and
        again after a "no" when a prompt is due (a server may start after the app, as
        at login)."""
        if self._probing or self.available or self._no_backend:
            return
        self._probing = True
        if self._backend is None:
            try:
                self._backend = self._make_backend()
            except Exception as error:  # a library that cannot start on this system
                log.warning("notifications unavailable: %s", type(error).__name__)
            if self._backend is None:
                self._no_backend = True
                self._answer(False, False)
                return
        self._run(self._probe())

    async def _probe(self) -> None:
        try:
            capabilities = await asyncio.wait_for(self._backend.get_capabilities(), PROBE_SECONDS)
        except Exception as error:  # no bus, no server, no answer in time
            log.warning("notifications unavailable: %s", type(error).__name__)
            self._answer(False, False)
            return
        names = {getattr(c, "name", str(c)) for c in capabilities}
        self._answer(True, "BUTTONS" in names)

    def _answer(self, available: bool, buttons: bool) -> None:
        self.available, self.buttons = available, buttons
        self._probing = False
        log.info("notifications: %s", ("with buttons" if buttons else "yes") if available else "no")
        self.probed.emit(available)

    def send(self, title: str, message: str, event_id: int, reflect: str, later: str) -> bool:
        """Show a notification for the calendar event ``event_id`` (``reflect`` and
        ``later`` label its buttons); False when there is no notification server (or
        its answer has not come yet), so the caller tries the next way."""
        if not self.available:
            return False
        self._run(self._send(title, message, event_id, reflect, later))
        return True

    async def _send(self, title: str, message: str, event_id: int, reflect: str, later: str):
        from desktop_notifier import Button

        buttons = (
            [
                Button(title=reflect, on_pressed=lambda: self.reflect_now.emit(event_id)),
                Button(title=later, on_pressed=lambda: self.later.emit(event_id)),
            ]
            if self.buttons
            else []
        )
        try:
            identifier = await self._backend.send(
                title=title, message=message, buttons=buttons, on_clicked=self.opened.emit
            )
        except Exception as error:  # the library logs its own failures and returns
            log.warning("notification not sent: %s", type(error).__name__)
            return
        self._shown.append(identifier)

    def withdraw(self) -> None:
        """Take back what is on screen (reflected on, or the journal locked)."""
        if self._loop is None or not self._shown:
            return
        shown, self._shown = self._shown, []
        self._run(self._withdraw(shown))

    async def _withdraw(self, shown: list[str]) -> None:
        for identifier in shown:
            try:
                await self._backend.clear(identifier)
            except Exception as error:
                log.warning("notification not withdrawn: %s", type(error).__name__)
