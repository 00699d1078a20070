"""A folder only the person can read: the data folder and the folders made in it.

POSIX: the folder is made with mode 0o700. Windows ignores that mode (and ``chmod``
only sets the read-only attribute), so there the folder gets a protected DACL: full
access for SYSTEM, Administrators and the current user, inherited by every file and
subfolder, nothing inherited from the folder above (SDDL ``D:P(A;OICI;FA;;;SY)
(A;OICI;FA;;;BA)(A;OICI;FA;;;<the user's SID>)``), set with ``SetNamedSecurityInfoW``,
which also brings the files already there under it. The data folder is looked at
once per start (``GetNamedSecurityInfoW``) and set only when its DACL is not that one.

Making a folder private never stops the app: a failure (a file system without ACLs, a
network share that refuses) is logged and the app carries on with the folder as it is.
The Win32 calls are made through ``ctypes``; the tests hand in a fake ``Win32`` (real
Win32 was not run on the machine this was written on)."""

from __future__ import annotations

import ctypes
import logging
from ctypes import wintypes
from pathlib import Path
from typing import Any

from journal.store import files

log = logging.getLogger("advisor_journal.private_folder")

TOKEN_QUERY = 0x0008
TOKEN_USER = 1  # TOKEN_INFORMATION_CLASS.TokenUser
ERROR_INSUFFICIENT_BUFFER = 122
SDDL_REVISION_1 = 1
SE_FILE_OBJECT = 1  # SE_OBJECT_TYPE
DACL_SECURITY_INFORMATION = 0x00000004
PROTECTED_DACL_SECURITY_INFORMATION = 0x80000000
FLAGS = DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION

_protected: set[str] = set()  # data folders given their DACL in this process


def sddl(user_sid: str) -> str:
    """The folder's security descriptor: SYSTEM, Administrators and the user, full access,
    inherited by files (OI) and folders (CI); P: nothing inherited from above."""
    return f"D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;FA;;;{user_sid})"


def make(folder: Path) -> None:
    """``folder`` (with its parents) made for the person's notes: mode 0o700, and on
    Windows the protected DACL when it is made here (a folder that was there keeps its
    own: it may be one the person chose). ``OSError`` as ``Path.mkdir``."""
    existed = folder.is_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not existed:
        protect(folder)


def make_data_folder(folder: Path) -> None:
    """The data folder at start: made as ``make`` does, and on Windows given the protected
    DACL also when it was there already, unless it has it (looked at once per process:
    setting it walks every file inside). ``OSError`` as ``Path.mkdir``."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = str(folder.absolute())
    if key not in _protected:
        _protected.add(key)
        protect(folder, unless_set=True)


def protect(folder: Path, win32: Win32 | None = None, unless_set: bool = False) -> bool:
    """On Windows, give ``folder`` the protected DACL (``unless_set``: unless it has it
    already); True when it has it now. Elsewhere nothing (False): the mode the folder
    was made with says it. Never raises: a failure is logged."""
    if win32 is None:
        if not files.ON_WINDOWS:
            return False
        try:
            win32 = load_win32()
        except Exception as error:  # no ctypes.WinDLL, no advapi32: say so, go on
            log.warning("cannot make the data folder private: %s", _describe(error))
            return False
    try:
        descriptor = sddl(current_user_sid(win32))
        if unless_set and _has_dacl(win32, folder, descriptor):
            return True
        apply_sddl(win32, folder, descriptor)
    except Exception as error:  # never stops the app (a share without ACLs …)
        log.warning("cannot make the data folder private: %s", _describe(error))
        return False
    log.info("data folder made private to this user (protected DACL)")
    return True


class Win32:
    """The two DLLs this module calls, and how to read the thread's last Win32 error
    (anything with these three attributes will do: the tests hand in a fake)."""

    def __init__(self, advapi32: Any, kernel32: Any, last_error: Any) -> None:
        self.advapi32 = advapi32
        self.kernel32 = kernel32
        self.last_error = last_error


def load_win32() -> Win32:
    """advapi32 and kernel32 through ctypes, with their signatures (Windows only)."""
    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    void_p, dword, bool_ = ctypes.c_void_p, wintypes.DWORD, wintypes.BOOL
    p = ctypes.POINTER
    kernel32.GetCurrentProcess.argtypes = []
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    kernel32.CloseHandle.restype = bool_
    kernel32.LocalFree.argtypes = [void_p]
    kernel32.LocalFree.restype = void_p
    advapi32.OpenProcessToken.argtypes = [wintypes.HANDLE, dword, p(wintypes.HANDLE)]
    advapi32.OpenProcessToken.restype = bool_
    advapi32.GetTokenInformation.argtypes = [wintypes.HANDLE, ctypes.c_int, void_p, dword]
    advapi32.GetTokenInformation.argtypes += [p(dword)]
    advapi32.GetTokenInformation.restype = bool_
    advapi32.ConvertSidToStringSidW.argtypes = [void_p, p(void_p)]
    advapi32.ConvertSidToStringSidW.restype = bool_
    convert = advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW
    convert.argtypes = [wintypes.LPCWSTR, dword, p(void_p), p(wintypes.ULONG)]
    convert.restype = bool_
    advapi32.GetSecurityDescriptorDacl.argtypes = [void_p, p(bool_), p(void_p), p(bool_)]
    advapi32.GetSecurityDescriptorDacl.restype = bool_
    advapi32.SetNamedSecurityInfoW.argtypes = [
        wintypes.LPWSTR,
        ctypes.c_int,
        dword,
        void_p,
        void_p,
        void_p,
        void_p,
    ]
    advapi32.SetNamedSecurityInfoW.restype = dword
    advapi32.GetNamedSecurityInfoW.argtypes = [
        wintypes.LPCWSTR,
        ctypes.c_int,
        dword,
        void_p,
        void_p,
        p(void_p),
        void_p,
        p(void_p),
    ]
    advapi32.GetNamedSecurityInfoW.restype = dword
    to_text = advapi32.ConvertSecurityDescriptorToStringSecurityDescriptorW
    to_text.argtypes = [void_p, dword, dword, p(void_p), p(wintypes.ULONG)]
    to_text.restype = bool_
    return Win32(advapi32, kernel32, ctypes.get_last_error)  # type: ignore[attr-defined]


def current_user_sid(win32: Win32) -> str:
    """The current user's SID as text ("S-1-5-21-…"), from this process's token."""
    advapi32, kernel32 = win32.advapi32, win32.kernel32
    token = wintypes.HANDLE()
    if not advapi32.OpenProcessToken(
        kernel32.GetCurrentProcess(), TOKEN_QUERY, ctypes.byref(token)
    ):
        raise _failed(win32, "OpenProcessToken")
    try:
        needed = wintypes.DWORD(0)
        advapi32.GetTokenInformation(token, TOKEN_USER, None, 0, ctypes.byref(needed))
        if needed.value == 0:
            raise _failed(win32, "GetTokenInformation")
        buffer = ctypes.create_string_buffer(needed.value)
        if not advapi32.GetTokenInformation(
            token, TOKEN_USER, buffer, needed.value, ctypes.byref(needed)
        ):
            raise _failed(win32, "GetTokenInformation")
        sid = ctypes.c_void_p.from_buffer(buffer).value  # TOKEN_USER.User.Sid comes first
        text = ctypes.c_void_p()
        if not advapi32.ConvertSidToStringSidW(ctypes.c_void_p(sid), ctypes.byref(text)):
            raise _failed(win32, "ConvertSidToStringSidW")
        try:
            return ctypes.wstring_at(text.value)  # type: ignore[arg-type]
        finally:
            kernel32.LocalFree(text)
    finally:
        kernel32.CloseHandle(token)


def apply_sddl(win32: Win32, folder: Path, descriptor: str) -> None:
    """Set the DACL of ``descriptor`` on ``folder``, protected, and let it reach the files
    and folders inside (``SetNamedSecurityInfoW`` propagates inheritable entries)."""
    advapi32, kernel32 = win32.advapi32, win32.kernel32
    security = ctypes.c_void_p()
    if not advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
        descriptor, SDDL_REVISION_1, ctypes.byref(security), None
    ):
        raise _failed(win32, "ConvertStringSecurityDescriptorToSecurityDescriptorW")
    try:
        present, defaulted = wintypes.BOOL(0), wintypes.BOOL(0)
        dacl = ctypes.c_void_p()
        if not advapi32.GetSecurityDescriptorDacl(
            security, ctypes.byref(present), ctypes.byref(dacl), ctypes.byref(defaulted)
        ):
            raise _failed(win32, "GetSecurityDescriptorDacl")
        if not present.value or not dacl.value:
            raise OSError(0, "the security descriptor has no DACL")
        code = advapi32.SetNamedSecurityInfoW(
            str(folder), SE_FILE_OBJECT, FLAGS, None, None, dacl, None
        )
        if code != 0:  # ERROR_SUCCESS; the error is returned, not left as the last error
            raise OSError(0, f"SetNamedSecurityInfoW failed (Windows error {code})", None, code)
    finally:
        kernel32.LocalFree(security)


def current_sddl(win32: Win32, folder: Path) -> str:
    """The DACL ``folder`` has now, as SDDL ("D:PAI(A;OICI;FA;;;SY)…")."""
    advapi32, kernel32 = win32.advapi32, win32.kernel32
    dacl, security = ctypes.c_void_p(), ctypes.c_void_p()
    code = advapi32.GetNamedSecurityInfoW(
        str(folder),
        SE_FILE_OBJECT,
        DACL_SECURITY_INFORMATION,
        None,
        None,
        ctypes.byref(dacl),
        None,
        ctypes.byref(security),
    )
    if code != 0:
        raise OSError(0, f"GetNamedSecurityInfoW failed (Windows error {code})", None, code)
    try:
        text = ctypes.c_void_p()
        if not advapi32.ConvertSecurityDescriptorToStringSecurityDescriptorW(
            security, SDDL_REVISION_1, DACL_SECURITY_INFORMATION, ctypes.byref(text), None
        ):
            raise _failed(win32, "ConvertSecurityDescriptorToStringSecurityDescriptorW")
        try:
            return ctypes.wstring_at(text.value)  # type: ignore[arg-type]
        finally:
            kernel32.LocalFree(text)
    finally:
        kernel32.LocalFree(security)


def same_dacl(one: str, other: str) -> bool:
    """Two SDDL DACLs alike: both protected or neither, the same entries in any order
    (Windows adds flags such as AI, auto-inherited, when it stores one)."""
    parts = _dacl_parts(one)
    return parts is not None and parts == _dacl_parts(other)


def _dacl_parts(text: str) -> tuple[bool, list[str]] | None:
    if not text.startswith("D:"):
        return None
    flags, _bracket, entries = text[2:].partition("(")
    return "P" in flags, sorted(("(" + entries)[1:-1].split(")(")) if entries else []


def _has_dacl(win32: Win32, folder: Path, descriptor: str) -> bool:
    try:
        return same_dacl(current_sddl(win32, folder), descriptor)
    except Exception as error:  # not known: it is set (again)
        log.info("cannot read the data folder's permissions: %s", _describe(error))
        return False


def _failed(win32: Win32, call: str) -> OSError:
    """The error of a Win32 call that returned FALSE, with the thread's last error."""
    code = int(win32.last_error())
    return OSError(0, f"{call} failed (Windows error {code})", None, code)


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"
