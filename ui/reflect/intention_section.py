"""The intentions loop in the reflection dialog: above the questions, what the advisor
intended last time with this client and whether it happened ("Did you?"); below them,
what they will do differently next time, and the trait that is about."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from journal.model import VERDICTS, Intention
from journal.reflect.bank import QuestionBank
from ui.reflect.draft_keeper import draft_text
from ui.reflect.meeting_fields import text_box


class LastIntentionBox(QFrame):
    """Last time's intention with this client (hidden when there is none), and "Did
    you?": yes, partly or no, at most one of them."""

    def __init__(self):
        super().__init__()
        self.setObjectName("lastIntention")
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Did you?")))
        self.kept_buttons = QButtonGroup(self)
        self.kept_buttons.setExclusive(False)  # clicking the chosen one again clears it
        texts = {"yes": self.tr("&Yes"), "partly": self.tr("&Partly"), "no": self.tr("N&o")}
        for verdict in VERDICTS:
            button = QRadioButton(texts[verdict])
            button.setProperty("verdict", verdict)
            self.kept_buttons.addButton(button)
            row.addWidget(button)
        self.kept_buttons.buttonToggled.connect(self._one_verdict)
        row.addStretch(1)
        column.addLayout(row)
        self.hide()

    def show_intention(self, intention: Intention | None) -> None:
        if intention is None:
            self.hide()
            return
        when = QLocale().toString(
            intention.meeting_start.astimezone().date(), QLocale.FormatType.LongFormat
        )
        self.text.setText(
            self.tr(
                "<b>Last time with this client</b> ({date}, {title}) you intended:<br><i>{text}</i>"
            ).format(date=when, title=_html(intention.meeting_title), text=_html(intention.text))
        )
        self.show()

    def verdict(self) -> str | None:
        chosen = [b for b in self.kept_buttons.buttons() if b.isChecked()]
        return chosen[0].property("verdict") if chosen else None

    def set_verdict(self, verdict: str | None) -> None:
        for button in self.kept_buttons.buttons():
            button.blockSignals(True)
            button.setChecked(button.property("verdict") == verdict)
            button.blockSignals(False)

    def _one_verdict(self, button: QAbstractButton, checked: bool) -> None:
        if not checked:
            return
        for other in self.kept_buttons.buttons():
            if other is not button and other.isChecked():
                other.blockSignals(True)
                other.setChecked(False)
                other.blockSignals(False)


class NextTimeBox(QGroupBox):
    """What the advisor will do differently next time, and the trait it is about."""

    trait_chosen = Signal()  # by hand: from then on it no longer follows the answers

    def __init__(self, bank: QuestionBank, language: str):
        super().__init__()
        self.setTitle(self.tr("Next time"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.intention = text_box(bank.intention.placeholder.in_language(language), 2)
        form.addRow(bank.intention.text.in_language(language), self.intention)
        self.intention_trait = QComboBox()
        self.intention_trait.addItem(self.tr("No particular trait"), None)
        for trait in bank.traits:
            self.intention_trait.addItem(trait.name.in_language(language), trait.id)
        self.intention_trait.setToolTip(
            self.tr(
                "Your next reflection with this client asks whether you kept it; the growth "
                "view shows per trait how often you do"
            )
        )
        self.intention_trait.activated.connect(lambda _index: self.trait_chosen.emit())
        trait_label = QLabel(self.tr("It is about:"))
        trait_label.setBuddy(self.intention_trait)
        form.addRow(trait_label, self.intention_trait)

    def draft_part(self) -> dict[str, Any]:
        return {
            "intention": self.intention.toPlainText(),
            "intention_trait": self.intention_trait.currentData(),
        }

    def restore_part(self, payload: dict[str, Any]) -> None:
        self.intention.setPlainText(draft_text(payload, "intention"))
        trait = payload.get("intention_trait")
        index = self.intention_trait.findData(trait) if isinstance(trait, str) else 0
        self.intention_trait.setCurrentIndex(max(0, index))

    def set_trait(self, trait_id: str | None) -> None:
        """Choose ``trait_id`` (an unknown one: no particular trait)."""
        self.intention_trait.setCurrentIndex(max(0, self.intention_trait.findData(trait_id)))


def _html(text: str) -> str:
    return escape(text, quote=False).replace("\n", "<br>")
