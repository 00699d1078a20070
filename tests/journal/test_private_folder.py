"""The data folder made private on Windows (journal/store/private_folder.py): a protected
DACL for SYSTEM, Administrators and the current user, inherited by what is inside.

This machine is Linux: the Win32 calls go to ``FakeWin32`` (tests/platform_sim.py),
which plays advapi32 and kernel32 as documented and records each call. What stays
unproven here is real Win32 (that Windows accepts these exact calls and that the folder
is then closed to other accounts)."""

import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from journal.safety import backups
from journal.service import Journal
from journal.store import files, private_folder, win32_dacl
from journal.store.paths import journal_file
from tests.platform_sim import FakeWin32

SDDL = f"D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;FA;;;{FakeWin32.SID})"
PROTECTED_DACL = 0x80000000 | 0x00000004  # PROTECTED_DACL_ | DACL_SECURITY_INFORMATION
SE_FILE_OBJECT = 1

ORDER = [
    "GetCurrentProcess",
    "OpenProcessToken",
    "GetTokenInformation",  # the size it needs
    "GetTokenInformation",  # TokenUser
    "ConvertSidToStringSidW",
    "LocalFree",  # the SID's text
    "CloseHandle",  # the token
    "ConvertStringSecurityDescriptorToSecurityDescriptorW",
    "GetSecurityDescriptorDacl",
    "SetNamedSecurityInfoW",
    "LocalFree",  # the security descriptor
]


def test_the_folder_gets_a_protected_dacl_for_the_user_system_and_administrators(tmp_path):
    win32 = FakeWin32()
    assert private_folder.protect(tmp_path, win32) is True
    assert win32.applied == {str(tmp_path): (SE_FILE_OBJECT, PROTECTED_DACL, SDDL)}
    assert win32.names() == ORDER
    token_class = win32.calls[3][1][1]
    assert token_class == 1  # TokenUser
    sddl_call = win32.calls[7][1]
    assert sddl_call[0] == SDDL and sddl_call[1] == 1  # SDDL_REVISION_1
    assert win32.not_freed() == [] and len(win32.freed) == 2


def test_the_sddl_reads_as_microsoft_documents_it():
    text = private_folder.sddl("S-1-5-21-1-2-3-1001")
    assert text.startswith("D:P")  # the DACL, protected: nothing inherited from above
    aces = text[3:].strip("()").split(")(")
    assert aces == [
        "A;OICI;FA;;;SY",  # allow, objects and containers inherit, full access: SYSTEM
        "A;OICI;FA;;;BA",  # built-in Administrators
        "A;OICI;FA;;;S-1-5-21-1-2-3-1001",  # the person
    ]


@pytest.mark.parametrize(
    ("failing", "calls"),
    [
        ("OpenProcessToken", ORDER[:2]),
        ("GetTokenInformation", [*ORDER[:4], "CloseHandle"]),
        ("ConvertSidToStringSidW", [*ORDER[:5], "CloseHandle"]),
        ("ConvertStringSecurityDescriptorToSecurityDescriptorW", ORDER[:8]),
        ("GetSecurityDescriptorDacl", [*ORDER[:9], "LocalFree"]),
        ("SetNamedSecurityInfoW", ORDER),
    ],
)
def test_a_failing_call_is_logged_and_the_app_carries_on(tmp_path, caplog, failing, calls):
    """Each call that can fail stops the rest; the token is closed and what was handed
    out is freed; a warning says which call and Windows' error; nothing is raised."""
    win32 = FakeWin32(fail=failing)
    with caplog.at_level(logging.WARNING, logger="advisor_journal.private_folder"):
        assert private_folder.protect(tmp_path, win32) is False
    assert win32.names() == calls
    assert win32.applied == {}
    assert win32.not_freed() == []
    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert failing in record.getMessage() and "Windows error 5" in record.getMessage()


def test_without_advapi32_it_is_logged_and_the_app_carries_on(tmp_path, caplog, monkeypatch):
    """What this machine really does when told it is Windows: no ``ctypes.WinDLL``."""
    monkeypatch.setattr(files, "ON_WINDOWS", True)
    with caplog.at_level(logging.WARNING, logger="advisor_journal.private_folder"):
        assert private_folder.protect(tmp_path) is False
    assert "cannot make the data folder private" in caplog.text


def test_elsewhere_the_mode_says_it_and_no_win32_is_asked(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "ON_WINDOWS", False)
    monkeypatch.setattr(win32_dacl, "load_win32", _never)
    folder = tmp_path / "new" / "data"
    private_folder.make(folder)
    assert private_folder.protect(folder) is False
    if sys.platform != "win32":  # POSIX permissions
        assert stat.S_IMODE(os.stat(folder).st_mode) & 0o077 == 0


def _never():
    raise AssertionError("Win32 asked off Windows")


def test_a_new_journal_folder_is_made_private(on_windows, tmp_path):
    folder = tmp_path / "new-data"
    journal = Journal.open(folder)
    journal.close()
    assert on_windows.applied[str(folder)] == (SE_FILE_OBJECT, PROTECTED_DACL, SDDL)
    assert on_windows.not_freed() == []


def test_a_folder_that_was_there_is_left_to_the_data_folder_start(on_windows, data_dir):
    """Opening a journal does not touch a folder it did not make (it may be one the person
    chose); the data folder at start is made private once per process."""
    journal = Journal.open(data_dir)
    journal.close()
    assert str(data_dir) not in on_windows.applied
    private_folder.make_data_folder(data_dir)
    private_folder.make_data_folder(data_dir)
    assert on_windows.applied[str(data_dir)][2] == SDDL
    assert on_windows.names().count("SetNamedSecurityInfoW") == 1
    assert on_windows.names().count("GetNamedSecurityInfoW") == 1  # looked at first
    assert on_windows.not_freed() == []


def test_a_data_folder_that_has_it_is_not_set_again(on_windows, data_dir, monkeypatch):
    """The next start (a new process) reads the folder's DACL as Windows stores it
    (D:PAI…) and leaves it: setting it would walk every file inside again."""
    private_folder.make_data_folder(data_dir)
    monkeypatch.setattr(private_folder, "_protected", set())  # a new process
    on_windows.calls.clear()
    private_folder.make_data_folder(data_dir)
    assert "GetNamedSecurityInfoW" in on_windows.names()
    assert "SetNamedSecurityInfoW" not in on_windows.names()
    assert on_windows.not_freed() == []


@pytest.mark.parametrize(
    "failing", ["GetNamedSecurityInfoW", "ConvertSecurityDescriptorToStringSecurityDescriptorW"]
)
def test_when_its_dacl_cannot_be_read_it_is_set(on_windows, data_dir, failing):
    on_windows.fail = failing
    private_folder.make_data_folder(data_dir)
    assert on_windows.applied[str(data_dir)][2] == SDDL
    assert on_windows.not_freed() == []


@pytest.mark.parametrize(
    ("stored", "alike"),
    [
        (SDDL.replace("D:P(", "D:PAI("), True),  # as Windows keeps it
        (f"D:P(A;OICI;FA;;;{FakeWin32.SID})(A;OICI;FA;;;BA)(A;OICI;FA;;;SY)", True),
        (SDDL.replace("D:P(", "D:AI("), False),  # not protected: inherits from above
        (SDDL.replace(FakeWin32.SID, "S-1-5-21-1-2-3-1002"), False),  # another user
        (SDDL + "(A;OICI;FA;;;AU)", False),  # and every signed-in user
        (FakeWin32.INHERITED, False),
        ("", False),
    ],
)
def test_a_stored_dacl_is_compared_entry_by_entry(stored, alike):
    assert private_folder.same_dacl(stored, SDDL) is alike


def test_the_instance_lock_at_start_makes_the_data_folder_private(on_windows, data_dir, qapp):
    from ui.shell.single_instance import Claim, InstanceGuard

    guard = InstanceGuard(data_dir)
    try:
        assert guard.acquire(listen=False) is Claim.FIRST
        assert on_windows.applied[str(data_dir)][2] == SDDL
    finally:
        guard.release()


def test_a_backup_folder_made_for_it_is_private(on_windows, data_dir, tmp_path):
    journal = Journal.open(data_dir)
    journal.close()
    target = tmp_path / "usb" / "journal-copy.sqlite3"
    backups.make_backup(journal_file(data_dir), "manual", target=target)
    assert on_windows.applied[str(target.parent)][2] == SDDL
    backups.make_backup(journal_file(data_dir), "manual")  # into backups/, made now
    assert on_windows.applied[str(backups.folder_of(journal_file(data_dir)))][2] == SDDL


def test_the_journal_opens_when_the_folder_cannot_be_made_private(on_windows, tmp_path, caplog):
    on_windows.fail = "SetNamedSecurityInfoW"
    folder = tmp_path / "on-a-share"
    with caplog.at_level(logging.WARNING, logger="advisor_journal.private_folder"):
        journal = Journal.open(folder)
    assert journal.count_meetings() == 0
    journal.close()
    assert "cannot make the data folder private" in caplog.text
    assert Path(folder).is_dir()
