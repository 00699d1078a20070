"""Run by tests/ui/test_drafts.py: the real app on a data folder; opens a new reflection,
types into it like a person, waits until the draft is in the journal, says "DRAFT SAVED"
and waits to be killed.

Usage: python draft_kill_child.py DATA_DIR TEXTS.json
"""

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.reflect.reflection_dialog import ReflectionDialog
from ui.shell.app import run
from ui.shell.main_window import MainWindow

folder = Path(sys.argv[1])
texts = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
app = QApplication(sys.argv[:1])


def open_dialog() -> None:
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(50, open_dialog)
        return
    QTimer.singleShot(0, type_in)
    windows[0].new_reflection()  # modal: returns only when killed


def type_in() -> None:
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, ReflectionDialog):
        QTimer.singleShot(50, type_in)
        return
    QTest.keyClicks(dialog.client.lineEdit(), texts["client"])  # ASCII: real key presses
    QTest.keyClicks(dialog.title, texts["title"])
    dialog.notes.insertPlainText(texts["notes"])  # as an input method sends it
    dialog.open_answers["open.happened"].insertPlainText(texts["happened"])
    QTest.keyClicks(dialog.intention, texts["intention"])
    wait_for_draft(dialog)


def wait_for_draft(dialog: ReflectionDialog) -> None:
    drafts = dialog.journal.drafts()
    payload = drafts[0].payload if drafts else {}
    if payload.get("intention") == texts["intention"] and payload.get("notes") == texts["notes"]:
        print("DRAFT SAVED", flush=True)
        return
    QTimer.singleShot(50, lambda: wait_for_draft(dialog))


QTimer.singleShot(0, open_dialog)
QTimer.singleShot(120_000, lambda: os._exit(3))  # never outlive a test that went wrong
sys.exit(run(folder))
