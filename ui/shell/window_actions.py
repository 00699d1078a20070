"""Every action of the main window, with its shortcut and tooltip, and the menus and
toolbar that show them. What an action does is connected by the window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QTableView, QToolBar

from ui.common.labels import keys


class WindowActions(QObject):
    def __init__(self, window: QMainWindow, undo_stack: QUndoStack, table: QTableView):
        super().__init__(window)
        self.new_action = self._action(
            window, self.tr("&New Reflection…"), QKeySequence.StandardKey.New
        )
        _tip(self.new_action, self.tr("Log a meeting and reflect on it ({keys})"))
        self.open_action = self._action(
            window, self.tr("&Open Meeting"), QKeySequence.StandardKey.Open
        )
        self.open_action.setToolTip(self.tr("Open the selected meeting (Enter)"))
        self.import_action = self._action(window, self.tr("&Import Calendar…"), "Ctrl+I")
        _tip(
            self.import_action,
            self.tr("Bring in client meetings from a calendar file (.ics) ({keys})"),
        )
        self.transcript_action = self._action(window, self.tr("Add &Transcript…"))
        self.transcript_action.setToolTip(
            self.tr(
                "Figures from a Teams or Zoom transcript of the selected meeting, computed on "
                "this computer (or drop the file on the meeting)"
            )
        )
        self.ask_client_action = self._action(window, self.tr("&Ask the Client…"))
        self.ask_client_action.setToolTip(
            self.tr("A short pulse for the selected meeting's client: their view beside yours")
        )
        self.pulse_import_action = self._action(window, self.tr("Import Client &Answers…"))
        self.pulse_import_action.setToolTip(
            self.tr("A client's answers from a mail or a survey export, or your coach's ratings")
        )
        self.export_action = self._action(window, self.tr("&Export for Your Coach…"), "Ctrl+E")
        _tip(
            self.export_action,
            self.tr("A summary or the data of a period, private by default ({keys})"),
        )
        self.feedback_action = self._action(window, self.tr("Open Coach &Feedback…"))
        self.review_action = self._action(
            window, self.tr("&Review Summaries (for Coaches)…"), "Ctrl+Shift+O"
        )
        self.back_up_action = self._action(window, self.tr("&Back Up Now…"))
        self.back_up_action.setToolTip(self.tr("Make a checked copy of your journal now"))
        self.restore_action = self._action(window, self.tr("Restore from Bac&kup…"))
        self.restore_action.setToolTip(self.tr("Go back to one of your backups"))
        self.settings_action = self._action(window, self.tr("&Settings…"), "Ctrl+,")
        self.lock_action = self._action(window, self.tr("&Lock Now"), "Ctrl+Shift+L")
        self.lock_action.setToolTip(self.tr("Close the journal until you type its passphrase"))
        self.quit_action = self._action(window, self.tr("&Quit"), QKeySequence.StandardKey.Quit)

        self.undo_action = undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = undo_stack.createRedoAction(window, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setMenuRole(QAction.MenuRole.NoRole)
        self.delete_action = self._action(
            window, self.tr("&Delete Meeting…"), QKeySequence.StandardKey.Delete
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        table.addAction(self.delete_action)  # Delete in the list, not in a text box
        table.insertActions(self.delete_action, [self.open_action, self.transcript_action])
        self.find_action = self._action(window, self.tr("&Find…"), QKeySequence.StandardKey.Find)
        self.tags_action = self._action(window, self.tr("Rename &Tags…"))

        self.meetings_action = self._action(window, self.tr("&Meetings"), "Ctrl+1")
        self.growth_action = self._action(window, self.tr("&Growth"), "Ctrl+2")
        self.to_reflect_action = self._action(window, self.tr("&To Reflect"), "Ctrl+3")
        self.intentions_action = self._action(window, self.tr("Open &Intentions…"), "Ctrl+4")
        self.client_action = self._action(window, self.tr("&Client…"), "Ctrl+L")
        _tip(
            self.client_action,
            self.tr("Everything about the selected meeting's client ({keys})"),
        )
        self.help_action = self._action(
            window, self.tr("Advisor Journal &Help"), QKeySequence.StandardKey.HelpContents
        )
        self.data_folder_action = self._action(window, self.tr("Open the &Data Folder"))
        self.data_folder_action.setStatusTip(
            self.tr("Show the folder that holds your journal and its backups")
        )
        self.log_folder_action = self._action(window, self.tr("Show &Log Folder"))
        self.log_folder_action.setStatusTip(
            self.tr("Show the folder of the app's log files, to send them with a problem")
        )
        self.diagnostics_action = self._action(window, self.tr("&Copy Diagnostics"))
        self.diagnostics_action.setStatusTip(
            self.tr("Versions, paths and the newest errors on the clipboard; nothing you wrote")
        )
        self.about_action = self._action(window, self.tr("&About Advisor Journal"))

        # macOS moves these into the application menu (Settings… as Preferences…, ⌘,);
        # every other action keeps its place (no guessing from its text).
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self._make_menus(window)
        self._make_toolbar(window)

    @staticmethod
    def _action(
        window: QMainWindow, text: str, shortcut: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, window)
        action.setMenuRole(QAction.MenuRole.NoRole)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _make_menus(self, window: QMainWindow) -> None:
        _fill(window.menuBar().addMenu(self.tr("&File")), (
            self.new_action, self.open_action, None,
            self.import_action, self.transcript_action, None,
            self.ask_client_action, self.pulse_import_action, None,
            self.export_action, self.feedback_action, self.review_action, None,
            self.back_up_action, self.restore_action, None,
            self.settings_action, None,
            self.lock_action, self.quit_action,
        ))  # fmt: skip
        _fill(window.menuBar().addMenu(self.tr("&Edit")), (
            self.undo_action, self.redo_action, None,
            self.delete_action, None,
            self.find_action, self.tags_action,
        ))  # fmt: skip
        _fill(window.menuBar().addMenu(self.tr("&View")), (
            self.meetings_action, self.growth_action, self.to_reflect_action,
            self.intentions_action, None,
            self.client_action,
        ))  # fmt: skip
        _fill(window.menuBar().addMenu(self.tr("&Help")), (
            self.help_action, None,
            self.data_folder_action, None,
            self.log_folder_action, self.diagnostics_action, None,
            self.about_action,
        ))  # fmt: skip

    def _make_toolbar(self, window: QMainWindow) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.open_action, self.client_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.import_action, self.export_action, self.settings_action):
            toolbar.addAction(action)
        window.addToolBar(toolbar)


def _tip(action: QAction, text: str) -> None:
    """A tooltip naming the action's shortcut as this system spells it (⌘N on macOS)."""
    action.setToolTip(text.format(keys=keys(action.shortcut())))


def _fill(menu: QMenu, actions: tuple[QAction | None, ...]) -> None:
    """The actions in order, None for a separator."""
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
