"""Opening one connection to a journal file: plain SQLite, or SQLCipher with a passphrase.

Every connection gets the same settings, so the app, a backup and a check all behave
alike: WAL, ``synchronous = FULL`` (a commit that returned survives a power cut), foreign
keys, and autocommit (``isolation_level=None``): a transaction exists only between an
explicit ``BEGIN`` and its end, so none is ever left open by an implicit one.

SQLCipher (the ``sqlcipher3`` wheel) is imported only for an encrypted journal. Its
exceptions are not ``sqlite3`` exceptions, and sqlite-utils catches
``sqlite3.OperationalError`` internally, so an encrypted connection re-raises its errors
as the matching ``sqlite3`` class with the same result code.

Every connection is written in a registry of this process, by the file's device and
inode (from ``os.stat``, which opens nothing), with the SQLite library that opened it.
POSIX drops *all* of a process's fcntl locks on a file when *any* descriptor of that
file is closed in that process; SQLite in another process then believes nobody uses the
file and deletes its WAL. So while a file is in the registry nothing in this process may
open it outside its SQLite library: ``journal.store.files`` (the one module that reads
journal files as bytes) refuses, and a second library (``sqlite3`` and ``sqlcipher3`` are
two SQLite copies, each with its own lock table) is refused here (``FileInUse``).
"""

from __future__ import annotations

import os
import sqlite3
import sys
import weakref
from _thread import RLock  # what threading.RLock gives, without threading (~0.7 ms)

from journal.errors import JournalUnavailable, WrongPassphrase

TYPE_CHECKING = False  # as ``typing.TYPE_CHECKING``, without importing typing (~2 ms)
if TYPE_CHECKING:  # (``advisor-journal search`` reads through this module: no pathlib)
    from pathlib import Path
    from typing import Any

BUSY_TIMEOUT_SECONDS = 5.0
PLAIN, CIPHER = "sqlite3", "sqlcipher3"  # the two SQLite libraries a journal is opened with


class FileInUse(RuntimeError):
    """This process has the file open in SQLite, so it may not be opened otherwise (as
    bytes, or through the other SQLite library): closing that descriptor would drop the
    SQLite locks of the file. A bug in the caller, never the person's doing."""


class _Live:
    __slots__ = ("library", "encrypted", "count")

    def __init__(self, library: str, encrypted: bool):
        self.library, self.encrypted, self.count = library, encrypted, 0


# (st_dev, st_ino) -> what has it open. A re-entrant lock: ``files`` holds it while it
# reads a file, so that no connection is made to that file meanwhile.
_LIVE: dict[tuple[int, int], _Live] = {}
_LIVE_LOCK = RLock()


def file_key(path: Path | str) -> tuple[int, int] | None:
    """The file's (device, inode), or None when there is no such file."""
    try:
        st = os.stat(path)  # stat opens no descriptor
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def in_use(path: Path | str) -> bool:
    """Whether this process has an SQLite connection to the file at ``path``."""
    return library_of(path) is not None


def library_of(path: Path | str) -> str | None:
    """``PLAIN`` or ``CIPHER`` when this process has the file open in SQLite, else None."""
    key = file_key(path)
    with _LIVE_LOCK:
        live = _LIVE.get(key) if key else None
        return live.library if live else None


def open_encrypted(path: Path | str) -> bool | None:
    """Whether this process has the file open with a key (None: not open here)."""
    key = file_key(path)
    with _LIVE_LOCK:
        live = _LIVE.get(key) if key else None
        return live.encrypted if live else None


def no_new_connections() -> RLock:
    """``with`` it, no connection of this process is registered (``files`` reads a
    file's bytes there, after making sure it is not open in SQLite): the registry's lock."""
    return _LIVE_LOCK


class _Ticket:
    """One connection's place in the registry; released once, on close or collection."""

    def __init__(self, path: Path | str, library: str, encrypted: bool):
        self.library, self.encrypted = library, encrypted
        self.key: tuple[int, int] | None = None
        self.take(file_key(path))

    def take(self, key: tuple[int, int] | None) -> None:
        if key is None or key == self.key:
            return
        with _LIVE_LOCK:
            live = _LIVE.get(key)
            if live is not None and live.library != self.library:
                raise FileInUse(
                    f"this process has the file open through {live.library}; opening it "
                    f"through {self.library} too would drop its locks"
                )
            self.release()
            if live is None:
                live = _LIVE[key] = _Live(self.library, self.encrypted)
            live.count += 1
            self.key = key

    def release(self) -> None:
        with _LIVE_LOCK:
            key, self.key = self.key, None
            live = _LIVE.get(key) if key else None
            if live is not None:
                live.count -= 1
                if live.count <= 0:
                    del _LIVE[key]


def _attach(conn: Any, ticket: _Ticket) -> None:
    conn._ticket = ticket
    weakref.finalize(conn, ticket.release)


class _PlainConnection(sqlite3.Connection):
    """A ``sqlite3`` connection that leaves the registry when it closes."""

    def close(self) -> None:
        try:
            super().close()
        finally:
            ticket = getattr(self, "_ticket", None)
            if ticket is not None:
                ticket.release()


def encryption_available() -> bool:
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


def database_errors() -> tuple[type[Exception], ...]:
    """What a driver in use may raise: ``sqlite3.Error``, and SQLCipher's once loaded."""
    cipher = sys.modules.get("sqlcipher3")
    return (sqlite3.Error, cipher.Error) if cipher else (sqlite3.Error,)


def connect(
    path: Path | str,
    passphrase: str | None = None,
    *,
    read_only: bool = False,
    durable: bool = True,
    timeout: float = BUSY_TIMEOUT_SECONDS,
    cipher: bool = False,
    exclusive: bool = False,
    unchanging: bool = False,
) -> sqlite3.Connection:
    """A connection to ``path`` with the journal's settings (the file is created when
    missing, unless ``read_only``). ``WrongPassphrase`` when the key does not open it.
    ``durable=False`` leaves out WAL and full syncing (a copy that is checked and synced
    as a whole before it counts). ``cipher``: through SQLCipher also without a key (a
    plain file that ``sqlcipher_export`` converts). ``exclusive``: SQLite's
    ``locking_mode = EXCLUSIVE`` before the first read (``journal.safety.exclusive``).
    ``unchanging`` (with ``read_only``): a file without a WAL read as one nobody changes,
    so nothing (no -shm, no -wal) is made beside it: a look at a file that may be damaged.
    ``FileInUse`` when this process has the file open through the other SQLite library."""
    library = CIPHER if (cipher or passphrase is not None) else PLAIN
    # Written down before SQLite opens the file: ``files`` then never opens it meanwhile.
    ticket = _Ticket(path, library, passphrase is not None)
    conn = None
    try:
        try:
            fixed = unchanging and read_only
            conn = _connect(path, passphrase, read_only, timeout, fixed, cipher, exclusive)
            if read_only:  # (an encrypted connection has read the schema already)
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as exc:
            # CANTOPEN, or READONLY (SQLite 3.22+: READONLY_DIRECTORY, no -shm possible)
            if not read_only or getattr(exc, "sqlite_errorcode", 0) & 0xFF not in (8, 14):
                raise
            if conn is not None:
                conn.close()
            # A WAL journal in a folder nobody may write to: no -shm can be made, so
            # read it as a file that does not change.
            conn = None
            conn = _connect(path, passphrase, read_only, timeout, True, cipher, exclusive)
        ticket.take(file_key(path))  # a file SQLite has just made
        _attach(conn, ticket)
        conn.execute("PRAGMA foreign_keys = ON")
        if durable and not read_only:
            make_durable(conn)
    except BaseException:  # CORRUPT or NOTADB from the first read too: never left open
        if conn is not None:
            conn.close()
        ticket.release()
        raise
    return conn


def _connect(
    path: Path | str,
    passphrase: str | None,
    read_only: bool,
    timeout: float,
    immutable: bool,
    cipher: bool = False,
    exclusive: bool = False,
) -> sqlite3.Connection:
    target: str | Path = path
    if read_only:
        target = f"file:{_uri_path(path)}?mode=ro" + ("&immutable=1" if immutable else "")
    if passphrase is None and not cipher:
        conn = sqlite3.connect(
            target, timeout=timeout, isolation_level=None, uri=read_only, factory=_PlainConnection
        )
        if exclusive:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        return conn
    return _connect_encrypted(path, target, passphrase, timeout, read_only, exclusive)


def create_private(path: Path) -> None:
    """Create ``path`` empty and owner-only before SQLite opens it: SQLite gives its
    -wal and -shm files the main file's mode, and notes are private."""
    import os

    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)


def quote_key(passphrase: str) -> str:
    """The passphrase as an SQL string literal (PRAGMA takes no bound parameters)."""
    if "\x00" in passphrase:
        raise ValueError("a passphrase cannot hold a NUL character")
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: bytes that were not UTF-8 text
        raise ValueError("a passphrase must be text (valid UTF-8)") from None
    return "'" + passphrase.replace("'", "''") + "'"


def make_durable(conn: sqlite3.Connection) -> None:
    # A read-only folder cannot have WAL's -shm file; such a journal is opened read-only.
    row = conn.execute("PRAGMA journal_mode = WAL").fetchone()
    if row and str(row[0]).lower() != "wal" and not _is_memory(conn):
        from pathlib import Path  # an error's path is a Path; pathlib is not imported above

        raise JournalUnavailable(Path(_main_file(conn)), f"journal mode stays {row[0]}")
    conn.execute("PRAGMA synchronous = FULL")


def _is_memory(conn: sqlite3.Connection) -> bool:
    return _main_file(conn) == ""


def _main_file(conn: sqlite3.Connection) -> str:
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return str(file or "")
    return ""


# What ``urllib.parse.quote`` leaves as it is (importing it costs a quarter of a search)
_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def _uri_path(path: Path | str) -> str:
    """The path made absolute (not resolved) for a ``file:`` URI, as ``quote`` does it:
    any other byte of its UTF-8 as ``%XX``, so "?", "#" and "%" stay in the name."""
    absolute = os.fspath(path) if os.path.isabs(path) else os.path.join(os.getcwd(), path)
    return "".join(chr(b) if b in _URI_SAFE else f"%{b:02X}" for b in absolute.encode())


def _connect_encrypted(
    path: Path | str,
    target: str | Path,
    passphrase: str | None,
    timeout: float,
    read_only: bool,
    exclusive: bool = False,
) -> sqlite3.Connection:
    """Through SQLCipher: with ``passphrase`` as its key, or (None) a plain file."""
    if passphrase == "":  # SQLCipher takes no empty key: nothing was encrypted with one
        raise WrongPassphrase(path)
    import sqlcipher3

    conn = sqlcipher3.connect(
        str(target),
        timeout=timeout,
        isolation_level=None,
        uri=read_only,
        factory=_cipher_connection_class(),
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # its own log goes to stderr
        if passphrase is not None:
            conn.execute(f"PRAGMA key = {quote_key(passphrase)}")
        conn.execute("PRAGMA temp_store = MEMORY")  # sorting never spills plain pages
        if exclusive:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        if passphrase is not None and getattr(exc, "sqlite_errorcode", None) == 26:
            raise WrongPassphrase(path) from None  # NOTADB: the key does not fit
        raise
    except BaseException:
        conn.close()
        raise
    return conn


_CIPHER_CONNECTION: type | None = None


def _cipher_connection_class() -> type:
    """A ``sqlcipher3.Connection`` whose statements raise ``sqlite3`` exceptions."""
    global _CIPHER_CONNECTION
    if _CIPHER_CONNECTION is None:
        import sqlcipher3

        class CipherConnection(sqlcipher3.Connection):
            def close(self) -> None:
                try:
                    super().close()
                finally:
                    ticket = getattr(self, "_ticket", None)
                    if ticket is not None:
                        ticket.release()

            def execute(self, *args: Any) -> Any:
                try:
                    return super().execute(*args)
                except sqlcipher3.Error as exc:
                    raise as_sqlite3_error(exc) from exc

            def executemany(self, *args: Any) -> Any:
                try:
                    return super().executemany(*args)
                except sqlcipher3.Error as exc:
                    raise as_sqlite3_error(exc) from exc

            def executescript(self, *args: Any) -> Any:
                try:
                    return super().executescript(*args)
                except sqlcipher3.Error as exc:
                    raise as_sqlite3_error(exc) from exc

        _CIPHER_CONNECTION = CipherConnection
    return _CIPHER_CONNECTION


def as_sqlite3_error(exc: Exception) -> sqlite3.Error:
    """The ``sqlite3`` exception of the same name, message and result code."""
    kind = getattr(sqlite3, type(exc).__name__, None)
    if not (isinstance(kind, type) and issubclass(kind, sqlite3.Error)):
        kind = sqlite3.DatabaseError
    error = kind(*exc.args)
    error.sqlite_errorcode = getattr(exc, "sqlite_errorcode", 0)
    error.sqlite_errorname = getattr(exc, "sqlite_errorname", "")
    return error
