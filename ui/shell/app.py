"""Starting the desktop app: the QApplication, its language, the journal and the window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

import journal
from journal.errors import JournalBusy, JournalError, NotAJournal
from journal.on_first_use import on_first_use
from journal.service import Journal
from journal.store.paths import journal_file
from ui.common import app_log, diagnostics, i18n, messages
from ui.common.fonts import register_bundled_fonts
from ui.common.icons import app_icon
from ui.common.labels import keep_placeholder_readable
from ui.common.settings import Settings
from ui.safety.journal_opening import JournalOpening
from ui.shell.features import review_window
from ui.shell.main_window import MainWindow
from ui.shell.single_instance import Claim, InstanceGuard
from ui.shell.tray import Tray

ORGANIZATION = "AdvisorJournal"
APPLICATION = "advisor-journal"
LISTEN_AFTER_MS = 1000  # the instance server and the log file, if not painted by then
DISPLAY_NAME = "Advisor Journal"  # docks, task bars, notification centres
DESKTOP_FILE = "advisor-journal"  # advisor-journal.desktop: Wayland and GNOME match it

log = logging.getLogger("advisor_journal.app")
question_bank = on_first_use("journal.reflect.bank")  # the coach's review (run_review)


def configure_application(app: QCoreApplication, fonts_now: bool = True) -> None:
    """Names, settings' format, and the bundled fonts (the window registers those after
    its first paint: ``ui.shell.after_paint``)."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(journal.__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    if isinstance(app, QGuiApplication):  # fonts need a GUI application
        QGuiApplication.setApplicationDisplayName(DISPLAY_NAME)
        QGuiApplication.setDesktopFileName(DESKTOP_FILE)
        keep_placeholder_readable(app)
        if fonts_now:
            register_bundled_fonts()


def start_diagnostics(kind: str, file_later: bool = False) -> None:
    """The log file, faulthandler, Qt's messages and unhandled exceptions into the log
    (and the person told of the latter). ``file_later``: the file is opened after the
    first paint (``ui.shell.after_paint``); what is logged before waits in memory."""
    if file_later:
        app_log.hold(kind)
    else:
        app_log.start(kind)
    app_log.install_qt_handler()
    app_log.install_excepthook(_show_unexpected)


class AppController:
    """Owns the journal, the tray icon and the main window; rebuilds the window when the
    language changes. The app ends when the window closes for good (not when it hides in
    the tray)."""

    def __init__(
        self,
        journal_: Journal,
        settings: Settings,
        language: str | None = None,
        tray_available: bool | None = None,
        guard: InstanceGuard | None = None,
    ):
        self.journal = journal_
        self.guard = guard  # answers later starts once a window has painted
        self.settings = settings
        self.language = language or i18n.install(i18n.resolve(settings.language))
        self.tray = Tray(tray_available)
        try:
            self.window = self._make_window()
        except BaseException:  # the journal could not be read: no icon left behind
            self.tray.hide()
            raise
        self.tray.show_window.connect(lambda: self.window.bring_to_front())
        self.tray.new_reflection.connect(self._new_reflection_from_tray)
        self.tray.show_to_reflect.connect(lambda: self.window.show_to_reflect())
        self.tray.message_clicked.connect(lambda: self.window.bring_to_front())
        self.tray.quit.connect(lambda: self.window.quit())

    def _make_window(self) -> MainWindow:
        window = MainWindow(self.journal, self.settings, self.language)
        window.tray = self.tray
        window.instance_guard = self.guard
        window.language_changed.connect(self._switch_language)
        window.closed.connect(self._closed)
        return window

    def _new_reflection_from_tray(self) -> None:
        self.window.bring_to_front()
        self.window.new_reflection()

    def _switch_language(self, setting: str) -> None:
        language = i18n.resolve(setting)
        if language == self.language:
            return
        self.language = i18n.install(language)
        self.tray.retranslate()
        old = self.window
        old.retire()  # saves its geometry, which the new window restores
        self.window = self._make_window()
        self.window.show()
        old.deleteLater()

    def _closed(self) -> None:
        self.tray.hide()
        QCoreApplication.quit()


def run(folder: Path, background: bool = False, crash_test: bool = False) -> int:
    """``background``: started at login, so stay in the tray (where there is one).
    ``crash_test`` (hidden ``--crash-test``): an unexpected error once the window is up,
    then quit, to see that it reaches the log."""
    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app, fonts_now=False)
    start_diagnostics("window" + (" (background)" if background else ""), file_later=True)
    diagnostics.attach(folder, None)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)  # the controller quits when the window closes
    settings = Settings()
    language = i18n.install(i18n.resolve(settings.language))  # before any message
    title = QCoreApplication.translate("", "Advisor Journal cannot open the journal")
    guard = InstanceGuard(folder)  # one app per data folder: the journal is opened once
    claim = guard.acquire(activate=not background, listen=False)  # listens once painted
    if claim is Claim.ALREADY_RUNNING:
        print(
            QCoreApplication.translate("", "Advisor Journal is already running.")
            if background
            else QCoreApplication.translate(
                "", "Advisor Journal is already running; its window was brought to the front."
            )
        )
        return 0
    if claim is Claim.NOT_ANSWERING:
        print(
            QCoreApplication.translate(
                "", "Advisor Journal seems to be running already but does not answer."
            ),
            file=sys.stderr,
        )
        busy = JournalBusy(journal_file(folder), "another Advisor Journal does not answer")
        app_log.log_error("start", busy)
        messages.show_error(None, busy, title)
        return 1
    # Asks for the passphrase of an encrypted journal; a damaged one gets its dialog.
    opening = JournalOpening(folder, title=title)
    while True:
        journal_ = opening.run()
        if journal_ is None:  # told why, or the person chose to quit
            guard.release()
            return 1
        try:
            controller = AppController(journal_, settings, language, guard=guard)
        except NotAJournal as error:  # opened, but its first page of meetings is damaged
            app_log.log_error("first page", error)
            journal_.close()
            if opening.damaged(error):
                continue  # replaced by the backup or an empty journal: open that
            guard.release()
            return 1
        except JournalError as error:  # busy, cannot be read for another reason
            app_log.log_error("opening", error)
            messages.show_error(None, error, title)
            journal_.close()
            guard.release()
            return 1
        break
    diagnostics.attach(folder, journal_)
    log.info("journal open (schema %s)", _schema(journal_))
    guard.activation_requested.connect(lambda: controller.window.bring_to_front())
    present(controller, guard, background)
    if crash_test:
        QTimer.singleShot(500, _crash_test)
        QTimer.singleShot(2500, app.quit)  # also ends the dialog that tells of it
    try:
        return app.exec()
    finally:
        log.info("quit")
        diagnostics.attach(folder, None)
        journal_.close()
        guard.release()  # after the journal is closed: a next start may open it


def present(controller: AppController, guard: InstanceGuard, background: bool) -> str:
    """The window's first appearance: "tray" (started at login, hidden in the tray),
    "minimized" (started at login on a desktop without a tray: in the task bar, no
    focus taken) or "shown"."""
    window = controller.window
    if background:
        # Hidden or minimized, the window may never paint, which is what starts the
        # prompts, the lock and the backups: what must run without a window on screen
        # starts now (``ui.shell.after_paint``); the rest waits for the first paint.
        if controller.tray.available:
            window.out_of_sight = True
        else:
            window.show_minimized_at_login()
        window.after_paint.start_hidden()
        return "tray" if controller.tray.available else "minimized"
    # What waits for the first paint: ``ui.shell.after_paint``. Later starts are
    # answered, and the log file opened, after a second if it does not paint.
    QTimer.singleShot(LISTEN_AFTER_MS, guard.listen)
    QTimer.singleShot(LISTEN_AFTER_MS, app_log.start_file)
    window.show()
    return "shown"


def run_review(paths: list[Path]) -> int:
    """``advisor-journal review FILE ...``: the coach's review alone, no journal opened."""
    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)
    start_diagnostics("review")
    app.setWindowIcon(app_icon())
    settings = Settings()
    language = i18n.install(i18n.resolve(settings.language))
    window = review_window(question_bank.default_bank(), language, settings)
    window.show()
    window.open_files(paths)
    return app.exec()


def _show_unexpected(value: BaseException) -> None:
    """A bug (logged already): keep the app (and any typed text) alive, tell the person."""
    messages.show_unexpected(QApplication.activeWindow(), value)


def _schema(journal_: Journal) -> str:
    try:
        return journal_.schema_version()
    except Exception as error:  # only for the log
        return f"unknown ({type(error).__name__})"


class CrashTestError(RuntimeError):
    """Raised on purpose by ``--crash-test``."""


def _crash_test() -> None:
    raise CrashTestError("crash test")
