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
The Win32 calls are ``journal/store/win32_dacl.py``'s, through ``ctypes``, imported only
where they are made (Windows, or a test's fake ``Win32``): ctypes costs every start
elsewhere some 3 ms for nothing. Real Win32 was not run on the machine this was written
on."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from journal.store import files

if TYPE_CHECKING:
    from journal.store.win32_dacl import Win32

log = logging.getLogger("advisor_journal.private_folder")

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
    if win32 is None and not files.ON_WINDOWS:
        return False
    from journal.store import win32_dacl  # the Win32 calls: only where they are made

    if win32 is None:
        try:
            win32 = win32_dacl.load_win32()
        except Exception as error:  # no ctypes.WinDLL, no advapi32: say so, go on
            log.warning("cannot make the data folder private: %s", _describe(error))
            return False
    try:
        descriptor = sddl(win32_dacl.current_user_sid(win32))
        if unless_set and _has_dacl(win32, folder, descriptor):
            return True
        win32_dacl.apply_sddl(win32, folder, descriptor)
    except Exception as error:  # never stops the app (a share without ACLs …)
        log.warning("cannot make the data folder private: %s", _describe(error))
        return False
    log.info("data folder made private to this user (protected DACL)")
    return True


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
    from journal.store.win32_dacl import current_sddl

    try:
        return same_dacl(current_sddl(win32, folder), descriptor)
    except Exception as error:  # not known: it is set (again)
        log.info("cannot read the data folder's permissions: %s", _describe(error))
        return False


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"
