"""Text follows the person's font (issue 17): with the application font at 18 pt, as a
person who set a large font on their system has it, the headings of the window and the
reflection are their share of 18 pt, and no text is smaller than 0.85 of it."""

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from journal.model import Profile
from journal.sample import demo
from ui.common.labels import HEADLINE_SCALE, MIN_SCALE, point_size, scaled, sized
from ui.shell.main_window import MainWindow

LARGE = 18.0
# Each heading that a style sheet sizes, by its object name: its share of the app font.
SHARE = {
    "welcomeTitle": 1.15,
    "draftOfferTitle": 1.15,
    "growthSummary": 1.15,
    "traitLabel": MIN_SCALE,
}


@pytest.fixture
def large_font(qapp):
    before = qapp.font()
    font = QFont(before)
    font.setPointSizeF(LARGE)
    qapp.setFont(font)
    yield LARGE
    qapp.setFont(before)


def sizes(top: QWidget) -> list[tuple[str, str, float]]:
    """(class, object name, points) of each widget of ``top`` that shows text, styled."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            continue
        if not widget.text().strip() or not widget.isVisibleTo(top):
            continue
        widget.ensurePolished()  # its style sheet's font
        found.append((type(widget).__name__, widget.objectName(), widget.font().pointSizeF()))
    return found


def too_small(top: QWidget, points: float) -> list[tuple[str, str, float]]:
    return [s for s in sizes(top) if s[2] < points * MIN_SCALE - 0.01]


def headings_off(top: QWidget, points: float) -> dict[str, tuple[float, float]]:
    """Each sized heading whose size is not its share of ``points``: (found, wanted)."""
    off = {}
    for _kind, name, size in sizes(top):
        if name in SHARE and abs(size - points * SHARE[name]) > 0.05:
            off[name] = (size, points * SHARE[name])
    return off


def test_the_window_and_the_reflection_follow_a_large_font(qtbot, journal, settings, large_font):
    demo.fill(journal, 30, 1)
    journal.save_profile(Profile())  # a first start: the welcome bar shows
    journal.save_draft(None, {"format": 1, "client": "Gemeente Utrecht", "title": "Evaluatie"})
    window = MainWindow(journal, settings, "en")
    qtbot.addWidget(window)
    window.show()
    assert window.features.welcome() is not None
    window.features.offer_drafts()
    window.show_growth()
    qtbot.waitUntil(lambda: any(n == "growthSummary" for _k, n, _s in sizes(window)))
    seen = {name for _kind, name, _size in sizes(window)}
    assert {"welcomeTitle", "draftOfferTitle", "growthSummary"} <= seen
    assert headings_off(window, large_font) == {}
    assert too_small(window, large_font) == []
    # The dialog's headline (labels.headline) and the bars' titles are larger still.
    titles = [s for _k, n, s in sizes(window) if n == "welcomeTitle"]
    assert titles and min(titles) > large_font

    dialog = window.features.reflection_dialog(None, None)
    dialog.show()
    assert any(n == "traitLabel" for _k, n, _s in sizes(dialog))
    assert headings_off(dialog, large_font) == {}
    assert too_small(dialog, large_font) == []
    assert dialog.width() >= min(
        scaled(800), int(dialog.screen().availableGeometry().width() * 0.9)
    )
    dialog.reject()


def test_a_style_sheet_s_em_is_a_share_of_the_application_font(large_font):
    assert point_size(1.4) == pytest.approx(LARGE * 1.4)
    assert point_size(0.5) == pytest.approx(LARGE * MIN_SCALE)  # never below the floor
    assert (
        sized("QLabel#x { font-size: 1.15em; }")
        == f"QLabel#x {{ font-size: {point_size(1.15)}pt; }}"
    )
    assert pytest.approx(point_size(HEADLINE_SCALE)) == HEADLINE_SCALE * LARGE
