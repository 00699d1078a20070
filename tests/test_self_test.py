"""``advisor-journal self-test``: what a standalone build's smoke test asks the app; here
on the pip-installed app, where it must pass too, and fail when something is missing."""

import ctypes.util
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from resources import FOLDER
from ui.cli import entry, main, self_test

# What Qt's xcb plugin needs besides libxcb itself (Qt 6.5 and later).
XCB_LIBRARIES = ("xcb-cursor", "xcb-icccm", "xcb-keysyms")


def run_self_test(capsys) -> tuple[int, dict[str, str], str]:
    """The exit code, {check: "ok" or "FAIL"}, and the whole output."""
    code = main.main(["self-test"])
    out = capsys.readouterr().out
    results = {}
    for line in out.strip().splitlines()[:-1]:
        status, rest = line.split(" ", 1)
        results[rest.strip().split(":", 1)[0]] = status
    return code, results, out


def test_the_installed_app_passes_every_check(qapp, capsys):
    code, results, out = run_self_test(capsys)
    last = out.strip().splitlines()[-1]
    assert len(results) == 14
    missing = [name for name in XCB_LIBRARIES if not ctypes.util.find_library(name)]
    if sys.platform.startswith("linux") and missing:
        # This machine lacks what the xcb plugin loads: the check must say so.
        assert results.pop("native platform plugin loads") == "FAIL", missing
        assert code == 1 and last == f"self-test: {len(results)} passed, 1 failed"
    else:
        assert code == 0 and last == "self-test: 14 passed, 0 failed"
    assert set(results.values()) == {"ok"}, results


def test_it_is_not_in_the_help(capsys):
    with pytest.raises(SystemExit):
        main.main(["--help"])
    assert "self-test" not in capsys.readouterr().out


def test_a_missing_data_file_fails_it_and_the_rest_still_runs(qapp, capsys, monkeypatch):
    monkeypatch.setattr(self_test, "DATA_FILES", (*self_test.DATA_FILES, "questions/gone.json"))
    monkeypatch.setattr(self_test, "_encryption", lambda: "not this time")  # the slow one
    code, results, out = run_self_test(capsys)
    assert code == 1
    assert results["data files"] == "FAIL"
    assert "missing under" in out and "questions/gone.json" in out
    assert len(results) == 14 and results["SQLCipher"] == results["question bank"] == "ok"


def test_a_qt_found_elsewhere_fails_it(qapp, capsys, monkeypatch, tmp_path):
    # As if PySide6's qt.conf named another Qt than the one it carries (a standalone
    # build relies on it: packaging/qt_paths.py).
    import PySide6

    monkeypatch.setattr(PySide6, "__file__", str(tmp_path / "PySide6" / "__init__.py"))
    monkeypatch.setattr(self_test, "_encryption", lambda: "not this time")  # the slow one
    code, results, out = run_self_test(capsys)
    assert code == 1 and results["Qt's own folder (qt.conf)"] == "FAIL"
    assert "Qt's prefix is" in out and str(tmp_path) in out


def test_a_platform_plugin_that_cannot_load_fails_it(qapp, tmp_path, monkeypatch):
    broken = tmp_path / "platforms" / "libqbroken.so"
    broken.parent.mkdir()
    broken.write_bytes(b"not a library")
    monkeypatch.setattr(self_test, "_find_plugin", lambda kind, stem: broken)
    with pytest.raises(self_test.CheckFailed):
        self_test._native_platform_plugin()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig: Linux")
def test_without_fonts_it_fails_unless_the_app_ships_its_own(tmp_path):
    """With no fonts Qt writes PDFs without text and says nothing: the check must catch
    that. Once resources/fonts/ ships fonts (issue 17), the app must not need the
    system's any more, and the check must pass."""
    config = tmp_path / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?><fontconfig><cachedir>{tmp_path}/cache</cachedir></fontconfig>'
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    only_fonts = (
        "from ui.cli import self_test as t\n"
        "t._qt_platform()\n"
        "try:\n    print('ok', t._fonts())\n"
        "except t.CheckFailed as e:\n    print('FAIL', e)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", only_fonts], env=env, capture_output=True, text=True, timeout=120
    )
    ships_fonts = any(
        f.suffix.lower() in self_test.FONT_SUFFIXES for f in (FOLDER / "fonts").glob("*")
    )
    assert result.stdout.startswith("ok" if ships_fonts else "FAIL"), result.stdout + result.stderr


def test_main_windowed_survives_without_stdout_and_stderr(tmp_path, monkeypatch):
    """A program without a console (pythonw, a windowed .exe) has None for both."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(
        sys, "argv", ["advisor-journal-app", "--data-dir", str(tmp_path), "demo", "--meetings", "3"]
    )
    assert entry.main_windowed() == 0
    print("printed", file=sys.stderr)  # would raise AttributeError on None
    assert Path(sys.stderr.name) == Path(os.devnull)
    sys.stdout.close()
    sys.stderr.close()


def test_a_pdf_has_text_when_it_embeds_a_font_or_shows_text(qapp):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter, QTextDocument

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    document = QTextDocument()
    document.setPlainText("Advisor Journal")
    document.print_(QPdfWriter(buffer))
    buffer.close()
    pdf = bytes(data)
    assert self_test._pdf_has_text(pdf)
    assert self_test._pdf_has_text(pdf.replace(b"/FontFile", b"/NotAFont"))  # by its Tj
    boxes_only = zlib.compress(b"q 0 0 m 10 0 l 10 10 l h f Q\n")
    empty = b"%PDF-1.4\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n" + boxes_only
    assert not self_test._pdf_has_text(empty + b"\nendstream\nendobj\n")
