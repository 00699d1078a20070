"""Reading a file someone else gave us, within a limit: only a regular file (a FIFO
without a writer would block for ever, /dev/zero never ends, /dev/urandom neither), and
never more bytes than the limit, also when the file grows while it is read. Opened
without blocking, so that even opening a FIFO returns at once."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from journal.store.files import refuse_open_journal


class Refused(Exception):
    """Why the file was not read: ``problem`` "unreadable" (``detail`` the system's
    words), "not_a_file" (``detail`` "folder", "pipe", "device", "socket" or "special
    file") or "too_large" (``detail`` the size, or the limit passed)."""

    def __init__(self, problem: str, detail: str):
        super().__init__(f"{problem}: {detail}")
        self.problem = problem
        self.detail = detail


def read_regular_file(path: Path, limit: int) -> bytes:
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        refuse_open_journal(path)  # closing a descriptor of it would drop SQLite's locks
        descriptor = os.open(path, flags)
    except OSError as error:
        raise Refused("unreadable", error.strerror or str(error)) from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise Refused("not_a_file", _kind(info.st_mode))
        if info.st_size > limit:
            raise Refused("too_large", f"{info.st_size / 2**20:.0f} MB")
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(descriptor, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as error:
        if error.errno in (errno.EAGAIN, errno.EISDIR):
            raise Refused("not_a_file", "special file") from None
        raise Refused("unreadable", error.strerror or str(error)) from None
    finally:
        os.close(descriptor)
    if total > limit:
        raise Refused("too_large", f"more than {limit / 2**20:.0f} MB")
    return b"".join(chunks)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"
