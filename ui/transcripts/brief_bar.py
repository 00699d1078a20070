"""The brief before the next meeting with a client: a few minutes before a client
meeting on the calendar, a bar above the tabs shows the last intention for that client
(as an if–then plan, or offered in that form), the client's last trust parts, and the
questions the client asked last time when a transcript's text was kept.

``BriefWatch`` keeps one single-shot timer set to ``Journal.briefs.next_moment()`` (as
the calendar's reminder does: never a poll); the decisions, the injected clock and
"never for a private meeting" are the core's (``journal.brief``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from journal.errors import JournalError
from journal.service import Journal
from ui.common.labels import sized
from ui.transcripts import words

if TYPE_CHECKING:
    from journal.brief.brief import Brief
    from journal.brief.timing import BriefEvent

LONGEST_WAIT_MS = 10 * 60 * 1000  # a suspended laptop or a changed clock: look again
MAX_QUESTIONS = 3

STYLE = """
QFrame#briefBar { background: rgba(60, 160, 90, 34); border: 1px solid rgba(60, 160, 90, 150);
                  border-radius: 8px; }
QLabel#briefTitle { font-weight: 600; font-size: 1.15em; }
"""


class BriefWatch(QObject):
    due = Signal(list)  # [(BriefEvent, Brief)] whose brief is due now
    failed = Signal(object)  # a JournalError while looking

    def __init__(self, journal: Journal, parent: QObject | None = None):
        super().__init__(parent)
        self.journal = journal
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.timeout.connect(self.check)

    def check(self) -> None:
        briefs = self.journal.briefs
        try:
            due = briefs.due()
            for event, _brief in due:
                briefs.mark_shown(event)
        except JournalError as error:
            self.failed.emit(error)
            due = []
        if due:
            self.due.emit(due)
        self.reschedule()

    def reschedule(self) -> None:
        try:
            moment = self.journal.briefs.next_moment()
        except JournalError as error:
            self.failed.emit(error)
            moment = None
        if moment is None:
            self.timer.start(LONGEST_WAIT_MS)  # a calendar imported meanwhile
            return
        wait = (moment - self.journal.clock()).total_seconds() * 1000
        self.timer.start(int(min(max(wait, 0) + 1000, LONGEST_WAIT_MS)))

    def stop(self) -> None:
        self.timer.stop()


class BriefBar(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("briefBar")
        self.setStyleSheet(sized(STYLE))
        self.event: BriefEvent | None = None
        self.title = QLabel()
        self.title.setObjectName("briefTitle")
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.body)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide the brief"))
        self.close_button.setAccessibleName(self.tr("Hide"))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 8, 10)
        row.addLayout(text, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_brief(self, event: BriefEvent, brief: Brief) -> None:
        self.event = event
        start = event.start.astimezone()
        self.title.setText(
            self.tr("Before “{title}” with {client} at {time}").format(
                title=event.title or self.tr("(no title)"),
                client=brief.client_name,
                time=QLocale().toString(start.time(), QLocale.FormatType.ShortFormat),
            )
        )
        self.body.setText("\n".join(brief_lines(brief)))
        self.show()


def brief_lines(brief: Brief) -> list[str]:
    """What the bar says, line by line."""
    tr = words.tr
    lines = []
    if brief.plan is not None:
        lines.append(
            tr("Your plan: if {situation}, you will {action}.").format(
                situation=brief.plan.situation, action=brief.plan.action
            )
        )
    elif brief.intention is not None:
        lines.append(tr("Your intention: “{text}”").format(text=brief.intention.text))
        if brief.suggestion is not None:
            lines.append(tr("As an if–then plan: “{plan}”").format(plan=brief.suggestion.text()))
    if brief.trust is not None:
        t = brief.trust.trust
        lines.append(
            tr(
                "Last trust parts ({title}): credibility {c:.1f}, reliability {r:.1f}, "
                "intimacy {i:.1f}, self-orientation {s:.1f} (low is good)."
            ).format(
                title=brief.trust.meeting_title,
                c=t.credibility,
                r=t.reliability,
                i=t.intimacy,
                s=t.self_orientation,
            )
        )
    if brief.client_questions:
        asked = "; ".join(f"“{q}”" for q in brief.client_questions[:MAX_QUESTIONS])
        lines.append(tr("Last time the client asked: {questions}").format(questions=asked))
    elif brief.last_figures is not None:
        f = brief.last_figures
        lines.append(
            tr("Last time you spoke {share} and asked {count} questions.").format(
                share=words.percent(f.advisor_share), count=f.questions
            )
        )
    return lines
