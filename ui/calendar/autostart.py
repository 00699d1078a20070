"""Starting Advisor Journal when the advisor logs in.

On Linux (and other freedesktop systems) this is an autostart entry,
``$XDG_CONFIG_HOME/autostart/advisor-journal.desktop``. Windows and macOS have their own
places (the Startup folder, Login Items); the README says how to add the app there.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import platformdirs

ENTRY_NAME = "advisor-journal.desktop"
BACKGROUND_FLAG = "--background"


def supported() -> bool:
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def entry_path() -> Path:
    # platformdirs follows $XDG_CONFIG_HOME, as the autostart specification does.
    return Path(platformdirs.user_config_dir()) / "autostart" / ENTRY_NAME


def enabled() -> bool:
    return supported() and entry_path().is_file()


def enable(data_dir: Path | None = None) -> Path:
    """Write the autostart entry; ``data_dir`` when the app runs on a journal other than
    the default one. Raises OSError when the folder cannot be written."""
    path = entry_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(desktop_entry(launch_command(data_dir)), encoding="utf-8")
    os.replace(temporary, path)
    return path


def disable() -> None:
    entry_path().unlink(missing_ok=True)


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How to start this installation again, in the tray."""
    script = Path(sys.executable).parent / "advisor-journal"
    found = str(script) if script.is_file() else shutil.which("advisor-journal")
    command = [found] if found else [sys.executable, "-m", "ui.cli"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command + [BACKGROUND_FLAG]


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


def _quoted(argument: str) -> str:
    """Quoting as the Desktop Entry specification asks for Exec arguments."""
    if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`"):
        return argument.replace("%", "%%")
    escaped = argument
    for char in ("\\", '"', "`", "$"):
        escaped = escaped.replace(char, "\\" + char)
    return '"' + escaped.replace("%", "%%") + '"'
