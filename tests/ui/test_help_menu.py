"""Help: Open the Data Folder shows the journal's folder; About names the version."""

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

import journal as journal_package
from ui.common import i18n, messages
from ui.common.messages import about as real_about
from ui.common.messages import data_folder_not_opened as real_data_folder_not_opened
from ui.shell.main_window import MainWindow


def help_actions(window: MainWindow) -> dict[str, object]:
    bar = window.menuBar().actions()  # kept: on PySide6 6.9 menu() dies with its action
    [help_menu] = [a.menu() for a in bar if a.text() == window.tr("&Help")]
    return {action.text(): action for action in help_menu.actions() if action.text()}


def test_open_the_data_folder_opens_the_journals_folder(
    qtbot, journal, data_dir, settings, monkeypatch
):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    help_actions(window)["Open the &Data Folder"].trigger()
    assert [url.toLocalFile() for url in opened] == [str(data_dir)]
    assert journal.path.parent == data_dir


def test_without_a_file_manager_the_folder_is_named(
    qtbot, journal, data_dir, settings, monkeypatch
):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    told = []
    monkeypatch.setattr(
        messages, "data_folder_not_opened", lambda parent, folder: told.append(folder)
    )
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    help_actions(window)["Open the &Data Folder"].trigger()
    assert told == [data_dir]


def test_the_message_names_the_folder_selectably(qtbot, tmp_path, monkeypatch):
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    real_data_folder_not_opened(None, tmp_path / "advisor-journal")
    [box] = shown
    assert str(tmp_path / "advisor-journal") in box.text()
    assert "backups" in box.text()


def test_about_names_the_version(qtbot, journal, settings, shown_messages, monkeypatch):
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    help_actions(window)["&About Advisor Journal"].trigger()
    assert shown_messages == [("about", journal_package.__version__)]
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: texts.append(text))
    real_about(window, journal_package.__version__)
    assert f"Advisor Journal {journal_package.__version__}" in texts[0]


def test_the_help_menu_speaks_dutch(qtbot, journal, settings):
    i18n.install("nl")
    window = MainWindow(journal, settings, "nl")
    qtbot.addWidget(window)
    names = set(help_actions(window))
    assert {"&Gegevensmap openen", "&Over Advisor Journal"} <= names
