"""Issue 17: start at login on Windows (the Run key, the gui-script: no console window)
and macOS (a LaunchAgent) as on Linux, each tested here with its system simulated: the
platform, the home folder, the program's folder and a fake ``winreg`` handed in."""

from __future__ import annotations

import plistlib
import shlex
from pathlib import Path

import pytest

from ui.calendar import autostart


class FakeRegistry:
    """The part of ``winreg`` the module uses, over a dict of keys."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 0x0002
    REG_SZ = 1

    def __init__(self):
        self.keys: dict[str, dict[str, tuple[int, str]]] = {}
        self.open = 0

    def CreateKey(self, root, name):  # noqa: N802 (winreg's names)
        self.keys.setdefault(f"{root}\\{name}", {})
        self.open += 1
        return f"{root}\\{name}"

    def OpenKey(self, root, name, reserved=0, access=0):  # noqa: N802
        if f"{root}\\{name}" not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        self.open += 1
        return f"{root}\\{name}"

    def CloseKey(self, key):  # noqa: N802
        self.open -= 1

    def SetValueEx(self, key, name, reserved, kind, value):  # noqa: N802
        self.keys[key][name] = (kind, value)

    def QueryValueEx(self, key, name):  # noqa: N802
        if name not in self.keys[key]:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        kind, value = self.keys[key][name]
        return value, kind

    def DeleteValue(self, key, name):  # noqa: N802
        if name not in self.keys[key]:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del self.keys[key][name]


def scripts_folder(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "venv" / "Scripts"
    folder.mkdir(parents=True)
    for name in names:
        (folder / name).write_text("")
    return folder


def test_windows_writes_the_run_key_with_the_gui_script(tmp_path):
    folder = scripts_folder(tmp_path, "python.exe", "advisor-journal-app.exe")
    registry = FakeRegistry()
    journal = Path(r"C:\Users\Sanne de Vries\My Journal")
    command = autostart.launch_command(
        journal, "win32", executable=str(folder / "python.exe"), frozen=False
    )
    assert command == [
        str(folder / "advisor-journal-app.exe"), "--data-dir", str(journal), "--background",
    ]  # fmt: skip
    assert not autostart.enabled("win32", registry=registry)
    written = autostart.enable(journal, "win32", registry=registry, command=command)
    assert (
        written == r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run\AdvisorJournal"
    )
    kind, value = registry.keys[r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run"][
        "AdvisorJournal"
    ]
    assert kind == FakeRegistry.REG_SZ
    assert value == (
        f"{folder / 'advisor-journal-app.exe'} --data-dir "
        '"C:\\Users\\Sanne de Vries\\My Journal" --background'
    )
    assert autostart.enabled("win32", registry=registry)
    autostart.disable("win32", registry=registry)
    assert not autostart.enabled("win32", registry=registry)
    autostart.disable("win32", registry=registry)  # nothing left: no error
    assert registry.open == 0  # every key closed again


def test_windows_without_the_gui_script_runs_pythonw_and_a_frozen_app_itself(tmp_path):
    folder = scripts_folder(tmp_path, "python.exe", "pythonw.exe")
    assert autostart.launch_command(
        None, "win32", executable=str(folder / "python.exe"), frozen=False
    ) == [str(folder / "pythonw.exe"), "-m", "ui.cli", "--background"]
    app = r"C:\Program Files\Advisor Journal\Advisor Journal.exe"
    assert autostart.launch_command(None, "win32", executable=app, frozen=True) == [
        app, "--background",
    ]  # fmt: skip
    assert (
        autostart.windows_command([app, "--background"])
        == '"C:\\Program Files\\Advisor Journal\\Advisor Journal.exe" --background'
    )


def test_macos_writes_a_launch_agent(tmp_path):
    home = tmp_path / "Users" / "sanne"
    folder = scripts_folder(tmp_path, "python3", "advisor-journal-app")
    command = autostart.launch_command(
        home / "My Journal", "darwin", executable=str(folder / "python3"), frozen=False
    )
    assert command[0] == str(folder / "advisor-journal-app")
    assert not autostart.enabled("darwin", home)
    written = autostart.enable(None, "darwin", home, command=command)
    assert written == home / "Library" / "LaunchAgents" / "org.advisorjournal.app.plist"
    agent = plistlib.loads(written.read_bytes())
    assert agent == {
        "Label": "org.advisorjournal.app",
        "ProgramArguments": command,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }
    assert agent["ProgramArguments"][-3:] == [
        "--data-dir",
        str(home / "My Journal"),
        "--background",
    ]
    assert autostart.enabled("darwin", home)
    assert not list(written.parent.glob("*.tmp"))
    autostart.disable("darwin", home)
    assert not written.exists() and not autostart.enabled("darwin", home)


def test_a_frozen_mac_app_starts_itself(tmp_path):
    app = "/Applications/Advisor Journal.app/Contents/MacOS/Advisor Journal"
    assert autostart.launch_command(None, "darwin", executable=app, frozen=True) == [
        app, "--background",
    ]  # fmt: skip


def test_linux_keeps_its_autostart_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = scripts_folder(tmp_path, "python", "advisor-journal")
    command = autostart.launch_command(
        None, "linux", executable=str(folder / "python"), frozen=False
    )
    assert command == [str(folder / "advisor-journal"), "--background"]
    written = autostart.enable(None, "linux", command=command)
    assert written == tmp_path / "config" / "autostart" / "advisor-journal.desktop"
    exec_line = [line for line in written.read_text().splitlines() if line.startswith("Exec=")][0]
    assert shlex.split(exec_line.removeprefix("Exec=")) == command


@pytest.mark.parametrize(
    "platform, expected",
    [("linux", "linux"), ("freebsd14", "linux"), ("win32", "windows"), ("darwin", "macos"),
     ("emscripten", "other")],
)  # fmt: skip
def test_each_system_has_its_place(platform, expected):
    assert autostart.system(platform) == expected
    assert autostart.supported(platform) == (expected != "other")
