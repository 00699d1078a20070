"""Follows one calendar file on disk and says when it has changed, once the writer is
done (a sync tool or Outlook may write it in pieces, or replace it by renaming)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 1500  # quiet time after the last change before the file is read again


class CalendarWatch(QObject):
    changed = Signal(object)  # Path

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.path: Path | None = None
        self._seen: tuple[int, int] | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._poke)
        # The folder too: a file replaced by a rename drops out of the file watch.
        self._watcher.directoryChanged.connect(self._poke)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._check)

    def watch(self, path: Path | None) -> None:
        """Follow ``path`` (None: nothing). Its state now counts as already read."""
        self._settle.stop()
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self.path = path
        self._seen = _stamp(path) if path else None
        if path is not None:
            self._watch_paths()

    def _watch_paths(self) -> None:
        assert self.path is not None
        wanted = [str(self.path.parent)] + ([str(self.path)] if self.path.exists() else [])
        missing = [
            p for p in wanted if p not in self._watcher.files() + self._watcher.directories()
        ]
        if missing:
            self._watcher.addPaths(missing)

    def _poke(self, _path: str) -> None:
        if self.path is not None:
            self._settle.start()

    def _check(self) -> None:
        if self.path is None:
            return
        self._watch_paths()  # a replaced file is watched again
        stamp = _stamp(self.path)
        if stamp is not None and stamp != self._seen:
            self._seen = stamp
            self.changed.emit(self.path)


def _stamp(path: Path) -> tuple[int, int] | None:
    """Modification time and size: what tells a rewritten file from an untouched one."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size
