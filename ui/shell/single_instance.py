"""One running app per data folder: a second start brings the first one's window to the
front and never opens the journal a second time.

Mutual exclusion is a ``QLockFile`` in the data folder (``.instance.lock``). Its stale
time is 0, so only an owner that is gone makes it stale: Qt sees that the process in the
file no longer runs (a killed app) and takes the lock over. Qt also holds an advisory
lock (``flock``) on the file while it is locked; ``removeStaleLockFile()`` only removes a
file nobody holds, which covers a dead owner's process id being reused by another Python.

The first instance listens on a ``QLocalServer`` whose name comes from the folder's
identity (device and inode, hashed: short, for the socket path limit), so two different
data folders run side by side. A later start connects, sends ``show`` (or ``ping``) and
waits for ``ok``: only an answer proves that the first instance is alive and heard it.

The app takes the lock before it opens the journal, but listens only once its window
has painted (``acquire(listen=False)``, then ``listen()``): QtNetwork costs ~7 MiB and
some start-up time, and a later start already waits ``CONNECT_SECONDS`` for a first
instance that holds the lock but does not listen yet. QtNetwork is imported where a
server or a socket is made, and nowhere else.
"""

from __future__ import annotations

import enum
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from journal.store import private_folder

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILE = ".instance.lock"
CONNECT_SECONDS = 3.0  # lock held but no server yet: the first instance may be starting
ANSWER_SECONDS = 10.0  # connected: the first answers once its window is up
RETRY_SECONDS = 0.05
SHOW = b"show"  # bring the window to the front
PING = b"ping"  # only ask whether it runs (a start at login leaves the window alone)
ANSWER = b"ok"
LONGEST_MESSAGE = 64


class Claim(enum.Enum):
    """What ``InstanceGuard.acquire()`` found. True (in ``if``) when this start may open
    the journal."""

    FIRST = "first"  # we hold the lock and listen for later starts
    UNGUARDED = "unguarded"  # no lock can be made (the folder cannot be written or
    # created): opening the journal says what is wrong, or opens it read-only
    ALREADY_RUNNING = "already running"  # another instance holds it and answered
    NOT_ANSWERING = "not answering"  # another instance holds it but did not answer

    def __bool__(self) -> bool:
        return self in (Claim.FIRST, Claim.UNGUARDED)


def server_name(folder: Path) -> str:
    """The server's name for an existing ``folder``: the same for every way of writing
    its path (symbolic links, letter case where the file system ignores it)."""
    return _name_of(_identity(folder))


def _identity(folder: Path) -> str:
    info = folder.stat()
    identity = f"{info.st_dev}:{info.st_ino}" if info.st_ino else str(folder.resolve())
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return f"{user}|{identity}"


def _name_of(identity: str) -> str:
    # hashlib (OpenSSL, ~3 ms) is loaded when the name is first needed: by a later
    # start, or by the server after the window's first paint.
    import hashlib

    return f"advisor-journal-{hashlib.sha256(identity.encode()).hexdigest()[:16]}"


class InstanceGuard(QObject):
    """Claims one data folder for this process. Works with a plain ``QCoreApplication``;
    ``acquire()`` blocks (it runs before the window exists), the answering runs in the
    event loop."""

    activation_requested = Signal()  # a later start asks for the window

    def __init__(self, folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.folder = Path(folder)
        self.lock_path = self.folder / LOCK_FILE
        self._identity = ""  # the folder's, known once it exists (``name``)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    @property
    def name(self) -> str:
        """The server's name ("" before the folder exists)."""
        return _name_of(self._identity) if self._identity else ""

    @property
    def held(self) -> bool:
        return self._lock is not None

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def acquire(
        self,
        activate: bool = True,
        connect_seconds: float = CONNECT_SECONDS,
        answer_seconds: float = ANSWER_SECONDS,
        listen: bool = True,
    ) -> Claim:
        """Take the folder, or tell the instance that has it (``activate``: to show its
        window). ``connect_seconds``: how long a held lock may go without a server to
        talk to; ``answer_seconds``: how long a connected instance may take to answer.
        ``listen``: answer later starts from now on (else from ``listen()``)."""
        if self._lock is not None:
            return Claim.FIRST
        try:
            private_folder.make_data_folder(self.folder)  # notes are private
            self._identity = _identity(self.folder)
        except OSError:
            return Claim.UNGUARDED
        lock = QLockFile(str(self.lock_path))
        lock.setStaleLockTime(0)  # stale only when its process is gone
        give_up = time.monotonic() + connect_seconds
        while True:
            if lock.tryLock(0):
                self._lock = lock
                if listen:
                    self.listen()
                return Claim.FIRST
            if lock.error() != QLockFile.LockError.LockFailedError:
                return Claim.UNGUARDED  # cannot write the lock file
            answered = self._tell_running(SHOW if activate else PING, answer_seconds)
            if answered is not None:
                return Claim.ALREADY_RUNNING if answered else Claim.NOT_ANSWERING
            # No server (yet: it is starting; or any more: it is quitting), so try again.
            if time.monotonic() >= give_up:
                # The process id in the file may belong to another program by now: the
                # file is removed only when no process holds it (Qt's flock).
                if lock.removeStaleLockFile() and lock.tryLock(0):
                    self._lock = lock
                    if listen:
                        self.listen()
                    return Claim.FIRST
                return Claim.NOT_ANSWERING
            time.sleep(RETRY_SECONDS)

    def release(self) -> None:
        """Stop answering and give up the folder (after the journal was closed)."""
        if self._server is not None:
            self._server.close()  # removes the socket file
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # The later start ----------------------------------------------------------------

    def _tell_running(self, message: bytes, answer_seconds: float) -> bool | None:
        """True: it answered. False: connected, but no answer in time (a hung app).
        None: no server to talk to, or it closed without answering."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(500):
            socket.abort()
            return None
        socket.write(message + b"\n")
        socket.flush()
        received = b""
        deadline = time.monotonic() + answer_seconds
        while b"\n" not in received:
            left_ms = int((deadline - time.monotonic()) * 1000)
            if left_ms <= 0:
                socket.abort()
                return False
            if not socket.waitForReadyRead(min(left_ms, 250)):
                if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                    return None
                continue
            received += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        return received.split(b"\n", 1)[0].strip() == ANSWER

    # The first instance -------------------------------------------------------------

    def listen(self) -> None:
        """Answer later starts (once; only while the folder is held)."""
        if self._lock is None or self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket file left by a killed instance
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        if server.listen(self.name):
            self._server = server
            return
        # We still hold the folder; later starts will report that we do not answer.
        print(
            f"advisor-journal: cannot listen for later starts: {server.errorString()}",
            file=sys.stderr,
        )
        server.deleteLater()

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.disconnected.connect(socket.deleteLater)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            self._read(socket)  # it may have written before we got here

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            message = bytes(socket.readLine().data()).strip()
            if message not in (SHOW, PING):
                socket.abort()
                return
            socket.write(ANSWER + b"\n")
            socket.flush()
            if message == SHOW:
                self.activation_requested.emit()
        if socket.bytesAvailable() > LONGEST_MESSAGE:
            socket.abort()
