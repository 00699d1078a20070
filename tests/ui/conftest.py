"""UI tests: each gets its own QSettings file and starts in English."""

import pytest
from PySide6.QtCore import QSettings

from ui.common import i18n, messages
from ui.common.settings import Settings
from ui.shell.app import configure_application


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path):
    configure_application(qapp)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture(autouse=True)
def no_desktop_notifications(monkeypatch):
    """No test shows a real notification on the desktop it runs on (a developer's):
    there is no notification server, unless a test hands in a fake backend."""
    from ui.calendar import notifications

    monkeypatch.setattr(notifications, "desktop_backend", lambda: None)


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture(autouse=True)
def shown_messages(monkeypatch):
    """No modal message box may block a test: every message the app shows goes through
    ui.common.messages, and lands here instead. Discarding typed text is confirmed."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        messages,
        "show_error",
        lambda parent, error, title=None: shown.append(("error", messages.describe(error))),
    )
    monkeypatch.setattr(
        messages, "show_unexpected", lambda parent, error: shown.append(("unexpected", repr(error)))
    )
    monkeypatch.setattr(messages, "about", lambda parent, version: shown.append(("about", version)))
    monkeypatch.setattr(messages, "confirm_discard", lambda parent: True)
    monkeypatch.setattr(messages, "confirm_discard_feedback", lambda parent: True)
    return shown
