"""The coach's review with summaries written to hurt (issue 16): each refused with a
message that says why ("not an Advisor Journal summary", "cannot be trusted"), never
"Something went wrong inside"; a broken feedback file beside a summary never stops it
opening; and a summary is read off the window's thread, with progress."""

import shutil
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.coach import review_window
from ui.coach.review_window import ReviewWindow

BUNDLES = Path(__file__).parents[1] / "data" / "bundles"
HOSTILE = BUNDLES / "hostile"
VALID = BUNDLES / "valid" / "summary.json"


@pytest.fixture
def review(qtbot, journal, settings):
    window = ReviewWindow(
        journal.bank, "en", settings, clock=lambda: datetime(2026, 12, 3, tzinfo=UTC)
    )
    qtbot.addWidget(window)
    window.show()
    return window


def opened(window: ReviewWindow, paths) -> int:
    counts: list[int] = []
    window.files_read.connect(counts.append)
    window.open_files(list(paths))
    deadline = time.monotonic() + 120
    while not counts and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)
    assert counts, "not read within two minutes"
    return counts[0]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("deeply_nested_arrays_100k.json", "is not an Advisor Journal summary: it is nested deeper"),
        ("number_4400_digits_id.json", "is not an Advisor Journal summary: it holds a number"),
        ("nan_trait_score.json", "NaN is not a number"),
        ("lone_surrogate_title.json", "cannot be trusted: at meetings[0].title"),
        ("duplicate_key_privacy_real_names.json", "“client_names” is given twice in one place"),
        ("wrong_type_score_float_integral.json", "a whole number from 1 to 5 was expected"),
    ],
)  # fmt: skip
def test_a_hostile_summary_is_refused_with_its_reason(review, shown_messages, name, words):
    assert opened(review, [HOSTILE / name]) == 0
    assert [kind for kind, _ in shown_messages] == ["error"]
    assert words in shown_messages[0][1]


def test_a_special_file_is_refused_at_once(review, shown_messages, tmp_path):
    folder = tmp_path / "summary.json"
    folder.mkdir()
    assert opened(review, [folder]) == 0
    assert "is not a file but a folder; choose a summary (.json)." in shown_messages[0][1]


@pytest.mark.parametrize("own", [True, False], ids=["own", "another"])
def test_a_broken_feedback_file_beside_a_summary_never_stops_it_opening(
    review, shown_messages, tmp_path, own
):
    summary = tmp_path / "summary.json"
    shutil.copy(VALID, summary)
    beside = tmp_path / ("summary-feedback.json" if own else "other-feedback.json")
    shutil.copy(HOSTILE / "feedback" / "feedback_deep_nesting-feedback.json", beside)
    assert opened(review, [summary]) == 1
    assert len(review.panes) == 1
    assert [kind for kind, _ in shown_messages] == (["error"] if own else [])
    if own:
        assert "summary-feedback.json is not Advisor Journal feedback" in shown_messages[0][1]


def test_a_summary_is_read_off_the_window_thread_with_progress(review, monkeypatch):
    """While the summary is read, the window's thread keeps running (a timer fires and
    sees the progress); only then does the reading go on."""
    reader_threads, seen = [], []
    window_ran = threading.Event()
    real = review_window.read_summary

    def slow_read(path, bank, step):
        reader_threads.append(threading.current_thread())
        step("reading")
        assert window_ran.wait(30), "the window's thread did not run while reading"
        return real(path, bank, step)

    def look():
        seen.append((review.progress.isVisible(), review.statusBar().currentMessage()))
        window_ran.set()

    monkeypatch.setattr(review_window, "read_summary", slow_read)
    QTimer.singleShot(50, look)
    assert opened(review, [VALID]) == 1
    assert reader_threads and reader_threads[0] is not threading.main_thread()
    assert seen and seen[0] == (True, "Reading summary.json…")
    assert not review.progress.isVisible() and review.statusBar().currentMessage() == ""


def test_summaries_opened_while_one_is_read_are_read_after_it(review, tmp_path):
    paths = []
    for name in ("a.json", "b.json", "c.json"):
        paths.append(tmp_path / name)
        shutil.copy(VALID, paths[-1])
    counts: list[int] = []
    review.files_read.connect(counts.append)
    review.open_files(paths[:1])
    review.open_files(paths[1:] + paths[:1])  # one of them already being read
    deadline = time.monotonic() + 120
    while not counts and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)
    assert counts == [3]
    assert [p.path.name for p in review.panes] == ["a.json", "b.json", "c.json"]
