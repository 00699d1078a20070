"""One reviewed summary: who and which period, the growth view over it, and the coach's
feedback. The summary lives in a journal in memory (``journal.coach.bundle_journal``),
read off the window's thread (``journal.coach.review_reading``): nothing here can
touch a journal file, the coach's own included."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from journal.coach import report
from journal.coach.report import Report
from journal.coach.review_reading import ReadSummary
from journal.reflect.bank import QuestionBank
from ui.coach.feedback_editor import FeedbackEditor
from ui.coach.rating_dialog import observed_meetings
from ui.coach.report_words import ReportWords
from ui.common.labels import point_size, secondary_colour
from ui.common.period_text import short_day
from ui.growth.growth_view import GrowthView


class ReviewPane(QWidget):
    close_requested = Signal(object)  # self
    changed = Signal()

    def __init__(
        self,
        summary: ReadSummary,
        bank: QuestionBank,
        language: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.bundle: dict[str, Any] = summary.bundle
        self.path: Path = summary.path
        self.journal = summary.journal
        self.report: Report = summary.report
        self.advisor = self.report.advisor
        first, last = self.report.first, self.report.last

        self.header = QLabel(self._header_text())
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setObjectName("reviewHeader")
        self.header.setToolTip(str(self.path))
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close this summary"))
        close.clicked.connect(lambda: self.close_requested.emit(self))
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)

        unknown = [t for t in self.report.traits if t not in bank.trait_ids()]
        if unknown:  # a summary from another version of the question bank
            names = ", ".join(self._trait_name(t, language) for t in unknown)
            self.header.setText(
                self.header.text()
                + "<br/><span style='color:#a05a00'>"
                + escape(
                    self.tr(
                        "Not in this version of the app, so left out of the charts: {traits}."
                    ).format(traits=names)
                )
                + "</span>"
            )
        self.growth = GrowthView(self.journal, language)
        self.growth.show_span(first, last, report.chart_granularity(first, last))
        names = {t: self._trait_name(t, language) for t in self.report.traits}
        self.feedback = FeedbackEditor(
            first,
            last,
            names,
            meetings=observed_meetings(self.bundle),
            bank=bank,
            language=language,
        )
        self.feedback.changed.connect(self.changed)

        self.others = QLabel(self._others_text(bank, language))
        self.others.setObjectName("reviewOthers")
        self.others.setTextFormat(Qt.TextFormat.RichText)
        self.others.setWordWrap(True)
        self.others.setVisible(bool(self.others.text()))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.others)
        layout.addWidget(self.growth, 1)
        layout.addWidget(self.feedback)

    def _trait_name(self, trait_id: str, language: str) -> str:
        names = self.report.trait_names.get(trait_id, {})
        return names.get(language) or names.get("en") or trait_id

    def _others_text(self, bank: QuestionBank, language: str) -> str:
        """The advisor's own figure per trait beside their clients' and coach's (1.1
        bundles: averages over at least ``min_raters`` people), as a small table."""
        if not self.report.others:
            return ""
        words = ReportWords(self.report, bank, language)
        head = "".join(f"<th align='left'>{escape(h)}</th>" for h in words.others_header())
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
            for row in words.others_rows()
        )
        heading = escape(
            self.tr(
                "The advisor's view and theirs (0–100; others only as averages over at "
                "least {count} people)"
            ).format(count=self.report.others_min_raters)
        )
        return (
            f"<b>{heading}</b><table cellspacing='0' cellpadding='3'><tr>{head}</tr>{rows}</table>"
        )

    def period_text(self) -> str:
        return self.tr("{first} to {last}").format(
            first=short_day(self.report.first), last=short_day(self.report.last)
        )

    def _header_text(self) -> str:
        r = self.report
        privacy = [
            self.tr("real client names") if r.real_names else self.tr("client names pseudonymised"),
            self.tr("with texts") if r.texts_included else self.tr("without texts"),
        ]
        facts = self.tr("{meetings} meetings, {reflected} reflected on").format(
            meetings=QLocale().toString(r.meetings), reflected=QLocale().toString(r.reflected)
        )
        name = r.advisor or self.tr("Unnamed advisor")
        return (
            f"<b style='font-size:{point_size(1.3)}pt'>{escape(name)}</b>"
            f"<br/>{escape(self.period_text())} · {escape(facts)}"
            f"<br/><span style='color:{secondary_colour()}'>{escape(', '.join(privacy))} · "
            f"{escape(self.path.name)}</span>"
        )

    def close_journal(self) -> None:
        self.journal.close()
