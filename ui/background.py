"""Run slow, journal-free work (reading a calendar file) on a worker thread, and hand the
result back on the ui thread, so the window keeps painting meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
    """One job at a time per owner; ``busy`` tells whether one is running."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.busy = False

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        relay = _Relay(self)
        relay.done.connect(lambda result: self._finish(relay, on_done, result))
        relay.failed.connect(lambda error: self._finish(relay, on_failed, error))
        self.busy = True
        QThreadPool.globalInstance().start(_Job(work, relay))

    def _finish(self, relay: _Relay, handler: Callable[[Any], None], value: Any) -> None:
        self.busy = False
        relay.deleteLater()
        handler(value)

    def wait(self, msecs: int = 30_000) -> bool:
        """For closing down and tests: wait for running jobs."""
        return QThreadPool.globalInstance().waitForDone(msecs)
