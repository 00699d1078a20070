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
- names differ only in case name the same file;
- a folder is made private by its DACL, not its mode: the calls of
  ``journal/store/private_folder.py`` go to ``FakeWin32``, which records them.

Only calls made from our own code (``journal.*``, ``ui.*``) are changed, so pytest and
the standard library's helpers (tmp_path cleanup) behave as on Linux. What stays
unproven: the real Win32 calls, antivirus and indexer handles that come and go, and
SQLite's own Windows VFS (its locking is not simulated)."""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from journal.store import files, private_folder, win32_dacl


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


class FakeWin32:
    """advapi32 and kernel32 as far as ``journal/store/private_folder.py`` calls them,
    as Microsoft documents them: out-parameters written through the pointers passed,
    memory handed out to be given back with ``LocalFree``, a BOOL result with the last
    error, ``SetNamedSecurityInfoW`` returning its error. Every call is recorded in
    order; ``fail`` names a call that fails (ERROR_ACCESS_DENIED). ``applied``: each
    folder's (object type, flags, SDDL) as set; ``GetNamedSecurityInfoW`` reads it back
    as Windows stores it (``D:PAI…``), else what a folder inherits from a drive's root
    (``INHERITED``)."""

    SID = "S-1-5-21-1004336348-1177238915-682003330-1001"
    INHERITED = "D:AI(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)(A;OICIID;0x1301bf;;;AU)"
    ACCESS_DENIED = 5

    def __init__(self, fail: str | None = None) -> None:
        self.fail = fail
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.applied: dict[str, tuple[int, int, str]] = {}
        self.freed: list[int] = []
        self._error = 0
        self._sid = ctypes.create_string_buffer(28)  # a SID's bytes: only its address counts
        self._memory: dict[int, Any] = {}  # LocalAlloc'd blocks not yet freed
        self._descriptors: dict[int, str] = {}  # a DACL's address -> the SDDL it came from
        self.advapi32 = _Dll(
            self,
            "OpenProcessToken GetTokenInformation ConvertSidToStringSidW "
            "ConvertStringSecurityDescriptorToSecurityDescriptorW GetSecurityDescriptorDacl "
            "SetNamedSecurityInfoW GetNamedSecurityInfoW "
            "ConvertSecurityDescriptorToStringSecurityDescriptorW",
        )
        self.kernel32 = _Dll(self, "GetCurrentProcess CloseHandle LocalFree")

    def last_error(self) -> int:
        return self._error

    def names(self) -> list[str]:
        return [name for name, _args in self.calls]

    def not_freed(self) -> list[int]:
        return sorted(self._memory)

    def _failing(self, name: str) -> bool:
        if self.fail == name:
            self._error = self.ACCESS_DENIED
            return True
        return False

    def _allocate(self, block: Any) -> int:
        address = ctypes.addressof(block)
        self._memory[address] = block
        return address

    # kernel32
    def GetCurrentProcess(self) -> int:  # noqa: N802 - Win32's names
        return -1  # the pseudo handle

    def CloseHandle(self, handle: Any) -> int:  # noqa: N802
        return 1

    def LocalFree(self, pointer: Any) -> None:  # noqa: N802
        address = pointer.value if hasattr(pointer, "value") else pointer
        if address not in self._memory:
            raise AssertionError(f"LocalFree of memory not handed out: {address!r}")
        del self._memory[address]
        self.freed.append(address)

    # advapi32
    def OpenProcessToken(self, process: Any, access: int, token: Any) -> int:  # noqa: N802
        if self._failing("OpenProcessToken"):
            return 0
        token._obj.value = 0x7A0
        return 1

    def GetTokenInformation(self, token, kind, buffer, size, needed) -> int:  # noqa: N802
        if buffer is None or size < 16:
            needed._obj.value = 16 + 28  # TOKEN_USER, then the SID
            self._error = 122  # ERROR_INSUFFICIENT_BUFFER
            return 0
        if self._failing("GetTokenInformation"):
            return 0
        ctypes.c_void_p.from_buffer(buffer).value = ctypes.addressof(self._sid)
        return 1

    def ConvertSidToStringSidW(self, sid: Any, text: Any) -> int:  # noqa: N802
        if self._failing("ConvertSidToStringSidW"):
            return 0
        assert sid.value == ctypes.addressof(self._sid), "not the token's SID"
        text._obj.value = self._allocate(ctypes.create_unicode_buffer(self.SID))
        return 1

    def ConvertStringSecurityDescriptorToSecurityDescriptorW(  # noqa: N802
        self, sddl: str, revision: int, descriptor: Any, size: Any
    ) -> int:
        if self._failing("ConvertStringSecurityDescriptorToSecurityDescriptorW"):
            return 0
        block = ctypes.create_string_buffer(64)
        descriptor._obj.value = self._allocate(block)
        self._descriptors[ctypes.addressof(block) + 20] = sddl  # the DACL inside it
        return 1

    def GetSecurityDescriptorDacl(self, descriptor, present, dacl, defaulted) -> int:  # noqa: N802
        if self._failing("GetSecurityDescriptorDacl"):
            return 0
        assert descriptor.value in self._memory, "a descriptor not handed out (or freed)"
        present._obj.value = 1
        dacl._obj.value = descriptor.value + 20
        defaulted._obj.value = 0
        return 1

    def SetNamedSecurityInfoW(  # noqa: N802
        self, name, kind, flags, owner, group, dacl, sacl
    ) -> int:
        if self._failing("SetNamedSecurityInfoW"):
            return self.ACCESS_DENIED
        assert owner is None and group is None and sacl is None
        self.applied[name] = (kind, flags, self._descriptors[dacl.value])
        return 0

    def GetNamedSecurityInfoW(  # noqa: N802
        self, name, kind, flags, owner, group, dacl, sacl, descriptor
    ) -> int:
        if self._failing("GetNamedSecurityInfoW"):
            return self.ACCESS_DENIED
        assert kind == 1 and flags == 4 and owner is None and group is None and sacl is None
        stored = self.applied.get(name)
        text = stored[2].replace("D:P(", "D:PAI(", 1) if stored else self.INHERITED
        block = ctypes.create_string_buffer(64)
        descriptor._obj.value = self._allocate(block)
        dacl._obj.value = ctypes.addressof(block) + 20
        self._descriptors[ctypes.addressof(block)] = text
        return 0

    def ConvertSecurityDescriptorToStringSecurityDescriptorW(  # noqa: N802
        self, descriptor, revision, flags, text, size
    ) -> int:
        if self._failing("ConvertSecurityDescriptorToStringSecurityDescriptorW"):
            return 0
        assert descriptor.value in self._memory and revision == 1 and flags == 4
        found = self._descriptors[descriptor.value]
        text._obj.value = self._allocate(ctypes.create_unicode_buffer(found))
        return 1


class _Dll:
    """One DLL's functions of a ``FakeWin32``, each call recorded."""

    def __init__(self, owner: FakeWin32, names: str) -> None:
        for name in names.split():
            setattr(self, name, self._recorded(owner, name))

    @staticmethod
    def _recorded(owner: FakeWin32, name: str) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            owner.calls.append((name, args))
            return getattr(owner, name)(*args)

        return call


@contextmanager
def windows_semantics(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeWin32]:
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
    win32 = FakeWin32()
    monkeypatch.setattr(win32_dacl, "load_win32", lambda: win32)
    monkeypatch.setattr(private_folder, "_protected", set())
    yield win32
