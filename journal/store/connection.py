"""Opening one connection to a journal file: plain SQLite, or SQLCipher with a passphrase.

Every connection gets the same settings, so the app, a backup and a check all behave
alike: WAL, ``synchronous = FULL`` (a commit that returned survives a power cut), foreign
keys, and autocommit (``isolation_level=None``): a transaction exists only between an
explicit ``BEGIN`` and its end, so none is ever left open by an implicit one.

SQLCipher (the ``sqlcipher3`` wheel) is imported only for an encrypted journal. Its
exceptions are not ``sqlite3`` exceptions, and sqlite-utils catches
``sqlite3.OperationalError`` internally, so an encrypted connection re-raises its errors
as the matching ``sqlite3`` class with the same result code.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

from journal.errors import JournalUnavailable, WrongPassphrase

BUSY_TIMEOUT_SECONDS = 5.0


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
    path: Path,
    passphrase: str | None = None,
    *,
    read_only: bool = False,
    durable: bool = True,
    timeout: float = BUSY_TIMEOUT_SECONDS,
) -> sqlite3.Connection:
    """A connection to ``path`` with the journal's settings (the file is created when
    missing, unless ``read_only``). ``WrongPassphrase`` when the key does not open it.
    ``durable=False`` leaves out WAL and full syncing (a copy that is checked and synced
    as a whole before it counts)."""
    conn = None
    try:
        conn = _connect(path, passphrase, read_only, timeout, immutable=False)
        if read_only:  # (an encrypted connection has read the schema already)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        if conn is not None:
            conn.close()
        # CANTOPEN, or READONLY (SQLite 3.22+: READONLY_DIRECTORY, no -shm possible)
        if not read_only or getattr(exc, "sqlite_errorcode", 0) & 0xFF not in (8, 14):
            raise
        # A WAL journal in a folder nobody may write to: no -shm can be made, so
        # read it as a file that does not change.
        conn = _connect(path, passphrase, read_only, timeout, immutable=True)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        if durable and not read_only:
            make_durable(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _connect(
    path: Path, passphrase: str | None, read_only: bool, timeout: float, immutable: bool
) -> sqlite3.Connection:
    target: str | Path = path
    if read_only:
        target = f"file:{_uri_path(path)}?mode=ro" + ("&immutable=1" if immutable else "")
    if passphrase is None:
        return sqlite3.connect(target, timeout=timeout, isolation_level=None, uri=read_only)
    return _connect_encrypted(path, target, passphrase, timeout, read_only)


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
    return "'" + passphrase.replace("'", "''") + "'"


def make_durable(conn: sqlite3.Connection) -> None:
    # A read-only folder cannot have WAL's -shm file; such a journal is opened read-only.
    row = conn.execute("PRAGMA journal_mode = WAL").fetchone()
    if row and str(row[0]).lower() != "wal" and not _is_memory(conn):
        raise JournalUnavailable(Path(_main_file(conn)), f"journal mode stays {row[0]}")
    conn.execute("PRAGMA synchronous = FULL")


def _is_memory(conn: sqlite3.Connection) -> bool:
    return _main_file(conn) == ""


def _main_file(conn: sqlite3.Connection) -> str:
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return str(file or "")
    return ""


def _uri_path(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(path.absolute()))


def _connect_encrypted(
    path: Path, target: str | Path, passphrase: str, timeout: float, read_only: bool
) -> sqlite3.Connection:
    if not passphrase:  # SQLCipher takes no empty key: nothing was encrypted with one
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
        conn.execute(f"PRAGMA key = {quote_key(passphrase)}")
        conn.execute("PRAGMA temp_store = MEMORY")  # sorting never spills plain pages
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        if getattr(exc, "sqlite_errorcode", None) == 26:  # NOTADB: the key does not fit
            raise WrongPassphrase(path) from None
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
