"""Run slow, journal-free work (reading a calendar file) on a worker thread, and hand the
result back on the ui thread, so the window keeps painting meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the ui thread; its signals cross back from the worker (queued)."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to the ui thread, which words it
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


class Background(QObject):
    """One job at a time per owner; ``busy`` tells whether one is running. A result that
    arrives after ``stop()``, or after the owner is gone, is dropped."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.busy = False
        self._stopped = False
        # Relays have no Qt parent: held here and by their job, so a worker never
        # emits on an object Qt has already deleted with its window.
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        relay = _Relay()
        relay.done.connect(lambda result: self._finish(relay, on_done, result))
        relay.failed.connect(lambda error: self._finish(relay, on_failed, error))
        self._relays.add(relay)
        self.busy = True
        QThreadPool.globalInstance().start(_Job(work, relay))

    def _finish(self, relay: _Relay, handler: Callable[[Any], None], value: Any) -> None:
        self._relays.discard(relay)
        self.busy = bool(self._relays)
        if self._stopped or not shiboken6.isValid(self):
            return
        handler(value)

    def stop(self, msecs: int = 30_000) -> None:
        """For closing down: wait for a running job and drop its result."""
        self._stopped = True
        self.wait(msecs)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for running jobs (their results arrive with the next events)."""
        return QThreadPool.globalInstance().waitForDone(msecs)
