"""What a screen reader gets (Qt's accessibility interface, as assistive technology
reads it): every control a person can reach has a name, a 1–5 choice says which
question it answers, and an error banner is announced when it appears."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QRadioButton, QWidget

from ui.common.labels import error_banner
from ui.shell.main_window import MainWindow


def unnamed(top: QWidget) -> list[str]:
    """The controls of ``top`` that take the focus but have no accessible name."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            parent = type(widget.parent()).__name__
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {parent}")
    return found


@pytest.fixture
def window(qtbot, journal, settings):
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_control_of_the_window_and_the_reflection_has_a_name(window):
    assert unnamed(window) == []
    dialog = window.features.reflection_dialog(None, None)
    dialog.show()
    assert unnamed(dialog) == []
    dialog.reject()


def test_each_1_to_5_choice_says_which_question_it_answers(window):
    dialog = window.features.reflection_dialog(None, None)
    rows = dialog.form.scale_questions
    assert rows
    for row in rows:
        text = row.question.text.in_language("en")
        buttons = row.findChildren(QRadioButton)
        assert len(buttons) == 5
        for button in buttons:
            interface = QAccessible.queryAccessibleInterface(button)
            assert interface.text(QAccessible.Text.Description) == text
            assert interface.text(QAccessible.Text.Name).startswith(button.text()[:1])
    dialog.reject()


def test_an_error_banner_is_announced_when_it_appears_and_when_it_changes(qtbot, monkeypatch):
    said = []

    def update(event):
        said.append((event.type(), event.object()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    holder = QWidget()
    qtbot.addWidget(holder)
    banner = error_banner()
    banner.setParent(holder)
    holder.show()
    banner.setText("The journal cannot be written to.")
    assert said == []  # still hidden: nothing to announce
    banner.show()
    assert said == [(QAccessible.Event.Alert, banner)]
    banner.setText("The disk is full.")
    assert said[-1] == (QAccessible.Event.Alert, banner) and len(said) == 2


@pytest.mark.parametrize(
    ("text", "window"), [("#000000", "#ffffff"), ("#1e1e1e", "#efefef"), ("#f0f0f0", "#2b2b2b")]
)
def test_secondary_text_is_softer_but_readable_in_light_and_dark(qtbot, text, window):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QLabel

    from ui.common.labels import MIN_CONTRAST, contrast, quiet

    label = QLabel("Only a note")
    qtbot.addWidget(label)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    label.setPalette(palette)
    quiet(label)
    shown = label.palette().color(QPalette.ColorRole.WindowText)
    assert contrast(shown, QColor(window)) >= MIN_CONTRAST
    assert shown != QColor(text)  # softer than the body text
    assert contrast(QColor("#7f7f7f"), QColor("#ffffff")) < MIN_CONTRAST  # why not grey


def _palette(text: str, window: str, base: str, placeholder: str):
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.PlaceholderText, placeholder),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.parametrize(
    ("text", "window", "base", "placeholder"),
    [
        ("#000000", "#efefef", "#ffffff", "#7f7f7f"),  # Fusion light: grey about 4:1
        ("#ffffff", "#353535", "#2a2a2a", "#6e6e6e"),  # a dark theme's dim grey
        ("#f0f0f0", "#2b2b2b", "#1e1e1e", "#808080"),
    ],
)
def test_the_placeholder_grey_hints_and_notes_use_is_readable_in_light_and_dark(
    text, window, base, placeholder
):
    """``palette(placeholder-text)`` colours hints and notes in many style sheets; the
    styles' own grey is below 4.5:1, so the app's palette carries a readable one."""
    from PySide6.QtGui import QColor, QPalette

    from ui.common.labels import MIN_CONTRAST, contrast, readable_placeholder

    before = _palette(text, window, base, placeholder)
    assert contrast(QColor(placeholder), QColor(window)) < MIN_CONTRAST  # the problem
    after = readable_placeholder(before)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        grey = after.color(group, QPalette.ColorRole.PlaceholderText)
        assert contrast(grey, QColor(window)) >= MIN_CONTRAST
        assert contrast(grey, QColor(base)) >= MIN_CONTRAST
        assert grey != QColor(text)  # still softer than the text


def test_the_application_carries_the_readable_grey(qapp):
    from PySide6.QtGui import QPalette

    from ui.common.labels import MIN_CONTRAST, contrast

    palette = qapp.palette()
    grey = palette.color(QPalette.ColorRole.PlaceholderText)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast(grey, palette.color(role)) >= MIN_CONTRAST
