"""Every visible string has a Dutch translation, and the shipped .qm is the compiled .ts."""

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "advisor_journal_nl.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.fail(f"{name} not found: it ships with pyside6-essentials")
    return found


def _messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield (
                context.findtext("name") or "",
                message.findtext("source"),
                message.find("translation"),
            )


def test_every_message_is_translated_with_the_same_placeholders():
    messages = list(_messages(TS))
    assert len(messages) > 50
    for context, source, translation in messages:
        assert translation is not None and translation.get("type") is None, (context, source)
        assert (translation.text or "").strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(
            PLACEHOLDER.findall(translation.text)
        ), source


def test_no_visible_string_is_missing_from_the_translation(tmp_path):
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources,
            "-ts",
            str(copy),
            "-no-obsolete",
            "-locations",
            "none",
        ],
        check=True,
        capture_output=True,
    )
    unfinished = [s for _c, s, t in _messages(copy) if t is None or t.get("type") == "unfinished"]
    assert unfinished == [], "run scripts/update-translations and translate these"


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == QM.read_bytes(), "run scripts/update-translations"


def _file_dialog_texts(qapp, language: str, mode) -> set[str]:
    """Every word Qt's own (not the platform's) file dialog shows: labels, buttons and
    their tooltips, the actions of its context menus, the column headers."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView, QWidget

    from ui.common import i18n

    i18n.install(language)
    dialog = QFileDialog(None, "", str(ROOT), "PNG (*.png)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    dialog.show()
    qapp.processEvents()
    texts = set()
    for widget in dialog.findChildren(QWidget):
        texts |= {widget.toolTip(), widget.accessibleName(), widget.statusTip()}
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
    texts |= {action.text() for action in dialog.findChildren(QAction)}
    for view in dialog.findChildren(QTreeView):
        model = view.model()
        for column in range(model.columnCount()):
            texts.add(model.headerData(column, Qt.Orientation.Horizontal))
    dialog.close()
    dialog.deleteLater()
    return texts - {"", None, str(ROOT), "PNG (*.png)"}


@pytest.mark.parametrize("mode", ["AcceptOpen", "AcceptSave"])
def test_no_english_is_left_in_the_dutch_file_dialog(qapp, mode):
    from PySide6.QtWidgets import QFileDialog

    accept = getattr(QFileDialog.AcceptMode, mode)
    english = _file_dialog_texts(qapp, "en", accept)
    dutch = _file_dialog_texts(qapp, "nl", accept)
    # "&Look in:" in Qt 6.11 and 6.12, "Look in:" (no mnemonic) in Qt 6.9
    assert {"Look in:", "Files of type:"} <= {text.replace("&", "") for text in english}
    # "Type" is Dutch as well as English (a column header).
    assert sorted(dutch & english - {"Type"}) == []


def test_dates_follow_the_apps_language_not_the_c_locale():
    """With LANGUAGE=nl and LANG=C.UTF-8 the system locale says Dutch but writes dates
    the C way; the app's dates are Dutch all the same."""
    script = (
        "from datetime import date\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ui.common import i18n\n"
        "from ui.common.period_text import date_field_format, long_day, short_day\n"
        "app = QApplication(['x'])\n"
        "i18n.install(i18n.resolve('system'))\n"
        "print(long_day(date(2026, 12, 2)), '|', short_day(date(2026, 12, 2)), '|', "
        "date_field_format())\n"
    )
    env = {**os.environ, "LANGUAGE": "nl", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LC_ALL", None)
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "2 december 2026 | 2 dec 2026 | dd-MM-yyyy"


def test_no_tr_call_hides_inside_an_f_string():
    """pyside6-lupdate does not look inside f-strings: a ``tr()`` there is never offered
    for translation and stays English in the Dutch app (Help's headings did)."""
    inside = re.compile(r"""\bf(["']).*?\{(?:self\.tr|tr|QCoreApplication\.translate)\(""")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if inside.search(line)
    ]
    assert found == []
