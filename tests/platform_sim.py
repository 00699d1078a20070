"""Windows' file semantics, simulated on Linux where they differ (documented behaviour):

- ``os.fsync`` is ``FlushFileBuffers``, which needs a handle opened for writing: a
  read-only descriptor fails with EBADF ("Bad file descriptor");
- a folder cannot be opened with ``os.open`` (it needs FILE_FLAG_BACKUP_SEMANTICS);
- a file open anywhere in this process cannot be renamed, replaced or deleted (Python,
  Qt and SQLite open files without FILE_SHARE_DELETE: WinError 32), and ``os.rename``
  never replaces an existing file;
- ``os.access`` asks only the read-only attribute: a folder always passes, the ACLs are
  never asked;
- ``os.chmod`` only sets or clears that attribute (0o600 makes nothing private);
- there is no ``time.tzset``;
- names differ only in case name the same file.

Only calls made from our own code (``journal.*``, ``ui.*``) are changed, so pytest and
the standard library's helpers (tmp_path cleanup) behave as on Linux. What stays
unproven: the real Win32 calls, antivirus and indexer handles that come and go, and
SQLite's own Windows VFS (its locking is not simulated)."""

from __future__ import annotations

import errno
import fcntl
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from journal.store import files


def _from_our_code() -> bool:
    """The caller of the patched function is a module of ours (two frames up)."""
    name = sys._getframe(2).f_globals.get("__name__", "")
    return name.startswith(("journal.", "ui."))


def _writable(fd: int) -> bool:
    return fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE in (os.O_WRONLY, os.O_RDWR)


def _held() -> set[str]:
    """Every path a process holds open (/proc/*/fd: this one, and another program as
    far as this user may look), as real paths."""
    found = set()
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            names = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for name in names:
            try:
                target = os.readlink(f"/proc/{pid}/fd/{name}")
            except OSError:
                continue
            found.add(target.removesuffix(" (deleted)"))
    return found


def _refuse_if_held(*paths: Any) -> None:
    held = _held()
    for path in paths:
        if os.path.realpath(path) in held:
            error = PermissionError(
                errno.EACCES,
                "The process cannot access the file because it is being used by another process",
                str(path),
            )
            error.winerror = 32  # type: ignore[attr-defined]  # ERROR_SHARING_VIOLATION
            raise error


def _casefold_twin(path: Any) -> str | None:
    """Another entry in the folder whose name differs from ``path``'s only in case."""
    folder, name = os.path.split(os.path.abspath(path))
    try:
        for entry in os.listdir(folder):
            if entry != name and entry.casefold() == name.casefold():
                return os.path.join(folder, entry)
    except OSError:
        return None
    return None


@contextmanager
def windows_semantics(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    real: dict[str, Callable[..., Any]] = {
        n: getattr(os, n) for n in ("fsync", "open", "replace", "rename", "unlink", "access")
    }
    real_chmod = os.chmod

    def fsync(fd: int) -> None:
        if _from_our_code() and not _writable(fd):
            raise OSError(errno.EBADF, "Bad file descriptor")
        real["fsync"](fd)

    def open_(path: Any, flags: int, mode: int = 0o777, *, dir_fd: int | None = None) -> int:
        if _from_our_code():
            if os.path.isdir(path):
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            twin = _casefold_twin(path)
            if twin is not None and not os.path.exists(path):
                path = twin  # NTFS: the same file
        return real["open"](path, flags, mode, dir_fd=dir_fd)

    def replace(src: Any, dst: Any, **kw: Any) -> None:
        if _from_our_code():
            _refuse_if_held(src, dst)
        real["replace"](src, dst, **kw)

    def rename(src: Any, dst: Any, **kw: Any) -> None:
        if _from_our_code():
            if os.path.exists(dst):
                raise FileExistsError(
                    errno.EEXIST, "Cannot create a file when that file already exists", str(dst)
                )
            _refuse_if_held(src, dst)
        real["rename"](src, dst, **kw)

    def unlink(path: Any, **kw: Any) -> None:
        if _from_our_code():
            _refuse_if_held(path)
        real["unlink"](path, **kw)

    def access(path: Any, mode: int, **kw: Any) -> bool:
        if not _from_our_code():
            return real["access"](path, mode, **kw)
        if not os.path.exists(path):
            return False
        if mode & os.W_OK and not os.path.isdir(path):
            return bool(os.stat(path).st_mode & 0o200)  # the read-only attribute only
        return True

    def chmod(path: Any, mode: int, **kw: Any) -> None:
        if not _from_our_code():
            return real_chmod(path, mode, **kw)
        current = os.stat(path).st_mode & 0o777
        attribute = current | 0o222 if mode & 0o200 else current & ~0o222
        return real_chmod(path, attribute, **kw)

    monkeypatch.setattr(files, "ON_WINDOWS", True)
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "rename", rename)
    monkeypatch.setattr(os, "unlink", unlink)
    monkeypatch.setattr(os, "remove", unlink)
    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(os, "chmod", chmod)
    monkeypatch.delattr(time, "tzset", raising=False)
    yield
