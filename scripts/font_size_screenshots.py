"""The main window (meetings, growth), the reflection dialog and the client view at the default font and at
a large one (the person's setting, as QApplication's font), in English and Dutch, to look
at by eye: text that follows the font, nothing cut off or overlapping.
Run: .venv/bin/python scripts/font_size_screenshots.py OUT_FOLDER [POINTS]"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journal.sample import demo  # noqa: E402
from journal.service import Journal  # noqa: E402
from ui.common.labels import scaled  # noqa: E402
from ui.common.settings import Settings  # noqa: E402
from ui.reflect.reflection_dialog import ReflectionDialog  # noqa: E402
from ui.shell.app import AppController, configure_application  # noqa: E402

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


def main() -> None:
    out = Path(sys.argv[1])
    large = float(sys.argv[2]) if len(sys.argv) > 2 else 18.0
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    configure_application(app)
    scratch = Path(tempfile.mkdtemp())
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings")
    )
    journal = Journal.open(scratch / "data", clock=lambda: NOW)
    demo.fill(journal, 120, 1)
    default = app.font()
    for points in (default.pointSizeF(), large):
        font = app.font()
        font.setPointSizeF(points)
        app.setFont(font)
        QSettings.setPath(  # a first start at this size: no widths saved at another
            QSettings.Format.IniFormat,
            QSettings.Scope.UserScope,
            str(scratch / f"settings-{points:g}"),
        )
        for language in ("en", "nl"):
            name = f"{language}-{points:g}pt"
            settings = Settings()
            settings.language = language
            window = AppController(journal, settings).window
            window.resize(scaled(1000), 800)
            window.show()
            app.processEvents()
            window.grab().save(str(out / f"main-{name}.png"))
            window.show_growth()
            app.processEvents()
            window.grab().save(str(out / f"growth-{name}.png"))
            dialog = ReflectionDialog(journal, language, None, window)
            dialog.client.setEditText("Gemeente Utrecht")
            dialog.title.setText("Evaluatie" if language == "nl" else "Quarterly review")
            dialog.resize(scaled(800), 1400)  # its first width, as on a large screen
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(out / f"reflection-{name}.png"))
            dialog.done(0)
            view = window.features.open_client_view(journal.clients()[0].id)
            view.resize(scaled(1280), 1000)
            app.processEvents()
            view.grab().save(str(out / f"client-{name}.png"))
            view.close()
            window.close()
    journal.close()
    print(f"written to {out}")


if __name__ == "__main__":
    main()
