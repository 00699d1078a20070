"""File → Open Coach Feedback…: what the coach wrote, per period and trait, for the
advisor to read (read-only; nothing of it goes into the journal)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from journal.coach.feedback import Feedback
from journal.reflect.bank import QuestionBank
from ui.common.labels import secondary_colour
from ui.common.period_text import long_day


class FeedbackDialog(QDialog):
    def __init__(
        self, feedback: Feedback, bank: QuestionBank, language: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Feedback from Your Coach"))
        self.resize(640, 560)
        names = {t.id: t.name.in_language(language) for t in bank.traits}
        self.text = QTextBrowser()
        self.text.setObjectName("feedbackText")
        self.text.setAccessibleName(self.tr("Your coach's feedback"))
        self.text.setHtml(self._html(feedback, names))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def _html(self, feedback: Feedback, names: dict[str, str]) -> str:
        who = feedback.coach or self.tr("your coach")
        parts = [
            "<h2>"
            + escape(self.tr("Feedback from {coach}").format(coach=who))
            + f"</h2><p style='color:{secondary_colour()}'>"
            + escape(
                self.tr("For {advisor}, written on {day}.").format(
                    advisor=feedback.advisor, day=long_day(feedback.written_at.date())
                )
            )
            + "</p>"
        ]
        for period in feedback.periods:
            parts.append(
                "<h3>"
                + escape(
                    self.tr("{first} to {last}").format(
                        first=long_day(period.first), last=long_day(period.last)
                    )
                )
                + "</h3>"
            )
            if period.overall.strip():
                parts.append(f"<p>{_paragraphs(period.overall)}</p>")
            for trait_id, text in period.traits.items():
                name = names.get(trait_id, trait_id)
                parts.append(f"<p><b>{escape(name)}</b><br/>{_paragraphs(text)}</p>")
        return "".join(parts)


def _paragraphs(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.strip().splitlines())
