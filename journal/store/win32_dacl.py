"""The Win32 calls that give a folder its DACL (``journal/store/private_folder.py`` says
which one, and when): advapi32 and kernel32 through ``ctypes``. Imported only where they
are made: on Windows, or in the tests with a fake ``Win32``."""

from __future__ import annotations

import ctypes
from ctypes import wintypes
from pathlib import Path
from typing import Any

TOKEN_QUERY = 0x0008
TOKEN_USER = 1  # TOKEN_INFORMATION_CLASS.TokenUser
ERROR_INSUFFICIENT_BUFFER = 122
SDDL_REVISION_1 = 1
SE_FILE_OBJECT = 1  # SE_OBJECT_TYPE
DACL_SECURITY_INFORMATION = 0x00000004
PROTECTED_DACL_SECURITY_INFORMATION = 0x80000000
FLAGS = DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION


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


def _failed(win32: Win32, call: str) -> OSError:
    """The error of a Win32 call that returned FALSE, with the thread's last error."""
    code = int(win32.last_error())
    return OSError(0, f"{call} failed (Windows error {code})", None, code)
