#!/usr/bin/env python3
"""Screenshots of the client's pulse form in a real browser (headless Chromium), at a
desktop and a phone width, in English and Dutch, side by side in one picture each:
docs/pulse-form-en.png and docs/pulse-form-nl.png.

    .venv/bin/python scripts/pulse_screenshots.py   # needs `chromium` on the PATH

Two answers are ticked in the pictures (a copy of the form with ``checked`` set), so
they show how a chosen score looks; the form itself is made by ``journal.pulse.form``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from journal.model import MeetingInput, Profile, ReflectionInput  # noqa: E402
from journal.pulse.form import form_html  # noqa: E402
from journal.service import Journal  # noqa: E402

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
SIZES = {"desktop": (1280, 1220), "phone": (390, 1560)}
TICK = """<script>document.querySelectorAll("input[checked]").forEach(function (i) {
  i.dispatchEvent(new Event("change", {bubbles: true})); });</script></body>"""


def shoot(html: Path, png: Path, size: tuple[int, int]) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                shutil.which("chromium") or "chromium", "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}",
                "--hide-scrollbars", "--force-device-scale-factor=1",
                f"--window-size={size[0]},{size[1]}", f"--screenshot={png}", html.as_uri(),
            ],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip


def side_by_side(desktop: Path, phone: Path, target: Path) -> None:
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

    _app = QGuiApplication.instance() or QGuiApplication([])
    left, right = QImage(str(desktop)), QImage(str(phone))
    gap = 24
    canvas = QImage(
        left.width() + gap + right.width(), max(left.height(), right.height()),
        QImage.Format.Format_RGB32,
    )  # fmt: skip
    canvas.fill(QColor("#f4f2ee"))  # the form's page colour below the shorter shot
    painter = QPainter(canvas)
    painter.drawImage(0, 0, left)
    painter.fillRect(left.width(), 0, gap, canvas.height(), QColor("#c9c5be"))
    painter.drawImage(left.width() + gap, 0, right)
    painter.end()
    canvas.save(str(target))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        journal = Journal.open(work / "journal", clock=lambda: NOW)
        journal.save_profile(Profile("Sanne de Vries", ("listening", "candour")))
        journal.save(
            MeetingInput("Gemeente Utrecht", "Evaluatie", NOW - timedelta(days=3), 60),
            ReflectionInput({"entree.1": 2, "listening.2": 4}),
        )
        for language in ("en", "nl"):
            pulse = journal.make_pulse("Gemeente Utrecht", language)
            html = form_html(pulse, journal.bank, "Sanne de Vries", "sanne@devries-advies.nl")
            html = re.sub(r'(name="listening\.c1" value="4")', r"\1 checked", html)
            html = re.sub(r'(name="candour\.c1" value="3")', r"\1 checked", html)
            page = work / f"form-{language}.html"
            page.write_text(html.replace("</body>", TICK), encoding="utf-8")
            shots = {}
            for name, size in SIZES.items():
                shots[name] = work / f"{language}-{name}.png"
                shoot(page, shots[name], size)
            side_by_side(
                shots["desktop"], shots["phone"], ROOT / "docs" / f"pulse-form-{language}.png"
            )
        journal.close()


if __name__ == "__main__":
    main()
