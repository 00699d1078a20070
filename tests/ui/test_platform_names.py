"""Issue 17: the app as each system names and shows it: "Advisor Journal" in docks and
notification centres (not "Python"), the desktop file it belongs to, macOS's menu roles,
and shortcuts in tooltips spelled as the system spells them (⌘N on a Mac)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QGuiApplication

from ui.shell import window_actions
from ui.shell.main_window import MainWindow


def test_the_application_is_named_for_docks_and_desktop_files(qapp):
    assert QGuiApplication.applicationDisplayName() == "Advisor Journal"
    assert QGuiApplication.desktopFileName() == "advisor-journal"
    assert qapp.applicationName() == "advisor-journal"  # the folders' name


def test_settings_about_and_quit_have_their_menu_roles(qtbot, journal, settings):
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    a = window.window_actions
    assert a.settings_action.menuRole() == QAction.MenuRole.PreferencesRole
    assert a.about_action.menuRole() == QAction.MenuRole.AboutRole
    assert a.quit_action.menuRole() == QAction.MenuRole.QuitRole
    others = [
        action
        for action in window.findChildren(QAction)
        if action not in (a.settings_action, a.about_action, a.quit_action)
        and action.parent() is window
        and action.text()
    ]
    assert others and all(action.menuRole() == QAction.MenuRole.NoRole for action in others), [
        action.text() for action in others if action.menuRole() != QAction.MenuRole.NoRole
    ]


def test_tooltips_spell_shortcuts_as_the_system_does(qtbot, journal, settings, monkeypatch):
    monkeypatch.setattr(window_actions, "keys", lambda sequence: f"<{sequence.toString()}>")
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    a = window.window_actions
    assert a.new_action.toolTip() == "Log a meeting and reflect on it (<Ctrl+N>)"
    assert a.import_action.toolTip().endswith("(.ics) (<Ctrl+I>)")
    assert a.export_action.toolTip().endswith("(<Ctrl+E>)")
    assert a.client_action.toolTip().endswith("(<Ctrl+L>)")
