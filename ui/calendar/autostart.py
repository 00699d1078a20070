"""Starting Advisor Journal when the advisor logs in, in the background (the tray, or
the system's notifications), set from Settings.

- Linux (and other freedesktop systems): an autostart entry,
  ``$XDG_CONFIG_HOME/autostart/advisor-journal.desktop``.
- Windows: the value ``AdvisorJournal`` under the current user's Run key
  (``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``), which starts the
  gui-script ``advisor-journal-app.exe``: no console window. (Windows' "Startup apps"
  settings can switch it off again; that is the person's choice.)
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/org.advisorjournal.app.plist``.

The system, the home folder, the program and (on Windows) the registry can be handed
in, so each is tested on any system (``tests/ui/test_autostart.py``).
"""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import platformdirs

ENTRY_NAME = "advisor-journal.desktop"
BACKGROUND_FLAG = "--background"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "AdvisorJournal"
AGENT_LABEL = "org.advisorjournal.app"
GUI_SCRIPT = "advisor-journal-app"  # pyproject's gui-script: no console on Windows
CONSOLE_SCRIPT = "advisor-journal"


def system(platform: str | None = None) -> str:
    """ "linux" (any freedesktop system), "windows", "macos" or "other"."""
    platform = platform or sys.platform
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return "linux"
    if platform == "win32":
        return "windows"
    if platform == "darwin":
        return "macos"
    return "other"


def supported(platform: str | None = None) -> bool:
    return system(platform) != "other"


def entry_path(platform: str | None = None, home: Path | None = None) -> Path:
    """The file that starts the app (Linux, macOS); on Windows the Run key holds it."""
    kind = system(platform)
    if kind == "macos":
        return (home or Path.home()) / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"
    # platformdirs follows $XDG_CONFIG_HOME, as the autostart specification does.
    return Path(platformdirs.user_config_dir()) / "autostart" / ENTRY_NAME


def enabled(platform: str | None = None, home: Path | None = None, registry: Any = None) -> bool:
    kind = system(platform)
    if kind == "windows":
        return _run_value(registry) is not None
    return kind != "other" and entry_path(platform, home).is_file()


def enable(
    data_dir: Path | None = None,
    platform: str | None = None,
    home: Path | None = None,
    registry: Any = None,
    command: list[str] | None = None,
) -> Path | str:
    """Start the app at login from now on; ``data_dir`` when it runs on a journal other
    than the default one. Returns the file written (or, on Windows, the registry value's
    name). Raises OSError when it cannot be written."""
    kind = system(platform)
    command = command or launch_command(data_dir, platform)
    if kind == "windows":
        registry = registry or _winreg()
        key = registry.CreateKey(registry.HKEY_CURRENT_USER, RUN_KEY)
        try:
            registry.SetValueEx(key, RUN_VALUE, 0, registry.REG_SZ, windows_command(command))
        finally:
            registry.CloseKey(key)
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE}"
    path = entry_path(platform, home)
    text = launch_agent(command) if kind == "macos" else desktop_entry(command)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
    return path


def disable(platform: str | None = None, home: Path | None = None, registry: Any = None) -> None:
    if system(platform) == "windows":
        registry = registry or _winreg()
        try:
            key = registry.OpenKey(registry.HKEY_CURRENT_USER, RUN_KEY, 0, registry.KEY_SET_VALUE)
        except FileNotFoundError:
            return
        try:
            registry.DeleteValue(key, RUN_VALUE)
        except FileNotFoundError:
            pass
        finally:
            registry.CloseKey(key)
        return
    entry_path(platform, home).unlink(missing_ok=True)


def launch_command(
    data_dir: Path | None = None,
    platform: str | None = None,
    executable: str | None = None,
    frozen: bool | None = None,
) -> list[str]:
    """How to start this installation again, in the background: the standalone app
    itself, else the gui-script on Windows and macOS (the console script on Linux) beside
    this Python, else Python running the package (``pythonw`` on Windows)."""
    kind = system(platform)
    executable = executable or sys.executable
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    if frozen:
        command = [executable]
    else:
        folder = Path(executable).parent
        name = CONSOLE_SCRIPT if kind == "linux" else GUI_SCRIPT
        script = folder / (name + ".exe" if kind == "windows" else name)
        found = str(script) if script.is_file() else _which(name, kind, executable)
        if found:
            command = [found]
        elif kind == "windows":
            windowed = folder / "pythonw.exe"
            command = [str(windowed) if windowed.is_file() else executable, "-m", "ui.cli"]
        else:
            command = [executable, "-m", "ui.cli"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command + [BACKGROUND_FLAG]


def _which(name: str, kind: str, executable: str) -> str | None:
    if kind != system():  # a simulated system: the PATH here says nothing about it
        return None
    return shutil.which(name)


def desktop_entry(command: list[str]) -> str:
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Name=Advisor Journal",
        "Comment=Reflect on each client meeting as a trusted advisor",
        f"Exec={' '.join(_quoted(part) for part in command)}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
    ]
    if command[1:3] == ["-m", "ui.cli"]:  # run from a source folder: start there
        lines.append(f"Path={Path(__file__).resolve().parents[2]}")
    return "\n".join(lines) + "\n"


def launch_agent(command: list[str]) -> str:
    """A LaunchAgent that starts the app once at login, in the person's session."""
    agent: dict[str, Any] = {
        "Label": AGENT_LABEL,
        "ProgramArguments": command,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }
    if command[1:3] == ["-m", "ui.cli"]:
        agent["WorkingDirectory"] = str(Path(__file__).resolve().parents[2])
    return plistlib.dumps(agent).decode("utf-8")


def windows_command(command: list[str]) -> str:
    """One command line, quoted as Windows programs read their arguments."""
    return subprocess.list2cmdline(command)


def _run_value(registry: Any) -> str | None:
    registry = registry or _winreg()
    try:
        key = registry.OpenKey(registry.HKEY_CURRENT_USER, RUN_KEY)
    except FileNotFoundError:
        return None
    try:
        value, _kind = registry.QueryValueEx(key, RUN_VALUE)
    except FileNotFoundError:
        return None
    finally:
        registry.CloseKey(key)
    return value


def _winreg() -> Any:
    import winreg  # Windows only

    return winreg


def _quoted(argument: str) -> str:
    """Quoting as the Desktop Entry specification asks for Exec arguments."""
    if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`"):
        return argument.replace("%", "%%")
    escaped = argument
    for char in ("\\", '"', "`", "$"):
        escaped = escaped.replace(char, "\\" + char)
    return '"' + escaped.replace("%", "%%") + '"'
