"""Issue 17, end to end on Linux: the real desktop-notifier against a real notification
server (dunst, on its own D-Bus session and an Xvfb display). The notification arrives
with its two buttons, and pressing Reflect Now (dunst's context menu, answered by a
stand-in for dmenu) reaches the app's ui thread. Skipped where dunst, Xvfb or
dbus-run-session is missing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEEDED = ("dunst", "dunstctl", "Xvfb", "dbus-run-session")
pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in NEEDED) or not sys.platform.startswith("linux"),
    reason="needs " + ", ".join(NEEDED) + " (Linux)",
)

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QTimer
    from ui.calendar.notifications import Notifications

    app = QCoreApplication([])
    notes = Notifications()

    def probed(available):
        print("available", available, "buttons", notes.buttons, flush=True)
        if not available:
            app.exit(3)
            return
        notes.send("Time to reflect", "A client meeting has ended.", 7, "Reflect Now", "Later")

    def pressed(event_id):
        print("reflect now", event_id, flush=True)
        app.exit(0)

    notes.probed.connect(probed)
    notes.reflect_now.connect(pressed)
    notes.later.connect(lambda event_id: (print("later", event_id, flush=True), app.exit(5)))
    QTimer.singleShot(0, notes.probe)
    QTimer.singleShot(20000, lambda: app.exit(4))
    code = app.exec()
    notes.stop()
    sys.exit(code)
    """
)

DRIVER = textwrap.dedent(
    """
    set -u
    Xvfb -displayfd 5 -screen 0 640x480x24 5>"$WORK/display" >/dev/null 2>&1 & XP=$!
    for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
    export DISPLAY=":$(cat "$WORK/display")"
    dunst -config "$WORK/dunstrc" >"$WORK/dunst.log" 2>&1 & DP=$!
    sleep 1
    "$PYTHON" "$WORK/child.py" & CP=$!
    sleep 4
    dunstctl count displayed >"$WORK/displayed"
    dunstctl context
    wait $CP; rc=$?
    kill $DP $XP 2>/dev/null
    exit $rc
    """
)


def test_a_real_server_shows_the_buttons_and_reflect_now_comes_back(tmp_path):
    pick = tmp_path / "pick.sh"  # dunst hands its menu to "dmenu": choose Reflect Now
    pick.write_text(f'#!/bin/sh\ntee "{tmp_path}/offered" | grep -m1 "Reflect Now"\n')
    pick.chmod(0o755)
    (tmp_path / "dunstrc").write_text(f"[global]\n    dmenu = {pick}\n")
    (tmp_path / "child.py").write_text(CHILD)
    (tmp_path / "driver.sh").write_text(DRIVER)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "QT_"))}
    env |= {"WORK": str(tmp_path), "PYTHON": sys.executable, "PYTHONPATH": str(ROOT)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        ["dbus-run-session", "--", "bash", str(tmp_path / "driver.sh")],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, (result.stdout, result.stderr)
    assert "available True buttons True" in result.stdout
    assert (tmp_path / "displayed").read_text().strip() == "1"
    offered = (tmp_path / "offered").read_text()
    assert "Reflect Now" in offered and "Later" in offered
    assert "reflect now 7" in result.stdout
