"""File → Export…: choose a period, clients, traits and a format, see exactly what will
leave the laptop, then save. Private by default: pseudonyms for client names, no texts.

The preview is the export itself (the same bundle the file is written from), rebuilt
shortly after each change, so what it says cannot drift from what is written.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal.coach.export_bundle import ExportChoice, build, pseudonyms
from journal.errors import ExportNotWritten, JournalError
from journal.pulse.aggregate import MIN_RATERS_FOR_EXPORT
from journal.service import Journal
from journal.store.files import is_journal_file
from ui.coach import exports
from ui.coach.leaving_titles import LeavingTitlesDialog, leaving, preview_html
from ui.common import messages
from ui.common.labels import name_for_screen_readers
from ui.common.period_text import date_field_format, long_day

PREVIEW_DELAY_MS = 250


class ExportDialog(QDialog):
    def __init__(self, journal: Journal, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.language = language
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export for Your Coach"))
        self.resize(1000, 640)

        self.kind = QComboBox()
        for kind, label in (
            ("pdf", self.tr("PDF report")),
            ("html", self.tr("HTML report (one file)")),
            ("md", self.tr("Markdown report (text)")),
            ("csv", self.tr("CSV: one row per answer (spreadsheet)")),
            ("json", self.tr("JSON bundle (for your coach's review)")),
        ):
            self.kind.addItem(label, kind)
        today = journal.clock().astimezone().date()
        self.first = _date_edit(today - timedelta(days=91))
        self.last = _date_edit(today)
        name_for_screen_readers(self.first, self.tr("First day of the period"))
        name_for_screen_readers(self.last, self.tr("Last day of the period"))
        period = QHBoxLayout()
        period.addWidget(self.first)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.last)
        period.addStretch(1)

        self.clients = _checklist([(c.name, c.name) for c in journal.clients()])
        self.traits = _checklist(
            [(t.name.in_language(language), t.id) for t in journal.bank.traits]
        )
        self.real_names = QCheckBox(self.tr("Use the clients' &real names"))
        self.texts = QCheckBox(self.tr("Include what I &wrote: open answers, intentions, notes"))
        self.single_ratings = QCheckBox(
            self.tr("Let my clients' and coach's ratings through even from &fewer than 3 people")
        )
        self.single_ratings.setToolTip(
            self.tr(
                "Normally other people's ratings leave only as averages over at least 3 "
                "people, so no one's answer can be picked out"
            )
        )

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.kind)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.first)
        form.addRow(period_label, period)
        lists = QHBoxLayout()
        for title, widget in ((self.tr("Clients"), self.clients), (self.tr("Traits"), self.traits)):
            box = QGroupBox(title)
            widget.setAccessibleName(title)  # Qt 6.11 takes the box's title; 6.9 does not
            QVBoxLayout(box).addWidget(widget)
            lists.addWidget(box)
        privacy = QGroupBox(self.tr("Privacy"))
        privacy_layout = QVBoxLayout(privacy)
        privacy_layout.addWidget(self.real_names)
        privacy_layout.addWidget(self.texts)
        privacy_layout.addWidget(self.single_ratings)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(lists, 1)
        left.addWidget(privacy)

        self.preview = QTextBrowser()
        self.preview.setObjectName("exportPreview")
        preview_box = QGroupBox(self.tr("What will leave this laptop"))
        self.all_titles = QPushButton(self.tr("Show Every &Title…"))
        self.all_titles.clicked.connect(self.show_every_title)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview)
        preview_layout.addWidget(self.all_titles, 0, Qt.AlignmentFlag.AlignRight)
        self._leaving = leaving([])

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(preview_box, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        self.timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.update_preview)
        for signal in (
            self.kind.currentIndexChanged,
            self.first.dateChanged,
            self.last.dateChanged,
            self.clients.itemChanged,
            self.traits.itemChanged,
            self.real_names.toggled,
            self.texts.toggled,
            self.single_ratings.toggled,
        ):
            signal.connect(self.timer.start)
        self.update_preview()

    # -- the choice -------------------------------------------------------------------

    def choice(self) -> ExportChoice:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        return ExportChoice(
            first,
            last,
            _checked(self.clients),
            _checked(self.traits),
            real_names=self.real_names.isChecked(),
            include_texts=self.texts.isChecked(),
            pseudonym_label=exports.pseudonym_label(),
            others_min_raters=1 if self.single_ratings.isChecked() else MIN_RATERS_FOR_EXPORT,
        )

    def update_preview(self) -> None:
        self.timer.stop()
        self._leaving = leaving([])
        self.all_titles.setEnabled(False)
        choice = self.choice()
        problem = self._problem(choice)
        if problem:
            self.preview.setHtml(f"<p><b>{escape(problem)}</b></p>")
            self.export_button.setEnabled(False)
            return
        names = pseudonyms(self.journal, choice)
        try:
            bundle = build(self.journal, choice, names)
        except JournalError as error:
            self.preview.setHtml(f"<p><b>{escape(messages.describe(error))}</b></p>")
            self.export_button.setEnabled(False)
            return
        if not bundle["meetings"]:
            self.preview.setHtml(
                "<p><b>" + escape(self.tr("There are no meetings in this period.")) + "</b></p>"
            )
            self.export_button.setEnabled(False)
            return
        self.export_button.setEnabled(True)
        self._leaving = leaving(bundle["meetings"])
        self.all_titles.setEnabled(True)
        self.preview.setHtml(self._describe(bundle, names.given(), choice))

    def show_every_title(self) -> None:
        LeavingTitlesDialog(*self._leaving, parent=self).exec()

    def _problem(self, choice: ExportChoice) -> str:
        if choice.last < choice.first:
            return self.tr("The period ends before it starts.")
        if self.clients.count() and not _any_checked(self.clients):
            return self.tr("Choose at least one client.")
        if not _any_checked(self.traits):
            return self.tr("Choose at least one trait.")
        return ""

    def _describe(self, bundle: dict, given: dict[str, str], choice: ExportChoice) -> str:
        locale = QLocale()
        meetings = bundle["meetings"]
        reflected = sum(1 for m in meetings if m["reflection"] is not None)
        parts = [
            "<p>"
            + (
                self.tr("1 meeting from {first} to {last}, {reflected} with a reflection.")
                if len(meetings) == 1
                else self.tr(
                    "{meetings} meetings from {first} to {last}, {reflected} with a reflection."
                )
            ).format(
                meetings=locale.toString(len(meetings)),
                first=long_day(choice.first),
                last=long_day(choice.last),
                reflected=locale.toString(reflected),
            )
            + "</p>"
        ]
        if self.kind.currentData() in ("csv", "json"):
            parts.append(
                "<p>" + escape(self.tr("Scores per answer, per trait and for trust.")) + "</p>"
            )
        else:
            parts.append(
                "<p>"
                + escape(
                    self.tr(
                        "A summary: coverage, the trait and trust charts, the summary in "
                        "words and a table of scores per period."
                    )
                )
                + "</p>"
            )
        if choice.real_names:
            parts.append("<p><b>" + escape(self.tr("Client names: real names.")) + "</b></p>")
        else:
            parts.append(
                "<p>"
                + escape(
                    self.tr(
                        "Client names are replaced, also inside titles and texts. Only you "
                        "see this list; it is not written into the file:"
                    )
                )
                + "</p><ul>"
                + "".join(
                    f"<li>{escape(real)} → <b>{escape(alias)}</b></li>"
                    for real, alias in sorted(given.items(), key=lambda i: (len(i[1]), i[1]))
                )
                + "</ul>"
            )
        parts.append(
            "<p>"
            + escape(
                self.tr(
                    "Included: open answers, intentions and notes (e-mail addresses and "
                    "phone numbers taken out)."
                )
                if choice.include_texts
                else self.tr("Left out: open answers, intentions and notes.")
            )
            + "</p>"
        )
        others = bundle.get("others")
        if others is not None and self.kind.currentData() != "csv":  # CSV: the answers only
            groups = others["groups"]
            shown = sum(1 for g in groups if g["mean"] is not None)
            parts.append(
                "<p>"
                + escape(
                    self.tr(
                        "Your clients' and coach's ratings: averages per trait over at least "
                        "{count} people ({shown} of {groups} groups; the others only as counts)."
                    ).format(count=others["min_raters"], shown=shown, groups=len(groups))
                    if others["min_raters"] > 1
                    else self.tr(
                        "Your clients' and coach's ratings: averages per trait, also from "
                        "a single person."
                    )
                )
                + "</p>"
            )
        parts.append(
            "<p>"
            + escape(
                self.tr("Never included: attendees, e-mail addresses, phone numbers, locations.")
            )
            + "</p>"
        )
        titles, tags = self._leaving
        more = self.tr("… and {count} more: Show Every Title…")
        parts.append(
            preview_html(
                self.tr("Every meeting title as it will leave ({count}):").format(
                    count=locale.toString(len(titles))
                ),
                titles,
                more,
            )
        )
        if tags:
            parts.append(
                preview_html(
                    self.tr("Every tag as it will leave ({count}):").format(
                        count=locale.toString(len(tags))
                    ),
                    tags,
                    more,
                )
            )
        return "".join(parts)

    # -- writing ----------------------------------------------------------------------

    def export(self) -> None:
        kind = self.kind.currentData()
        choice = self.choice()
        suggested = f"reflection-summary-{choice.first}-{choice.last}.{kind}"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path.home() / suggested), _filter_for(self, kind)
        )
        if not path:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if is_journal_file(Path(path), self.journal.path):  # it would replace the journal
                raise ExportNotWritten(path, self.tr("that file is your journal itself"))
            exports.write(self.journal, choice, kind, self.language, Path(path))
        except JournalError as error:
            QGuiApplication.restoreOverrideCursor()
            messages.show_error(self, error)
            return  # the dialog stays open with every choice as it was
        QGuiApplication.restoreOverrideCursor()
        self.written = Path(path)
        self.accept()


def _filter_for(dialog: QDialog, kind: str) -> str:
    return {
        "pdf": dialog.tr("PDF document (*.pdf)"),
        "html": dialog.tr("Web page (*.html)"),
        "md": dialog.tr("Markdown text (*.md)"),
        "csv": dialog.tr("CSV spreadsheet (*.csv)"),
        "json": dialog.tr("Advisor Journal bundle (*.json)"),
    }[kind]


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_field_format())
    return edit


def _checklist(items: list[tuple[str, str]]) -> QListWidget:
    """Names that do not fit wrap onto a second line (never cut off or scrolled away)."""
    widget = QListWidget()
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    for label, value in items:
        item = QListWidgetItem(label)
        item.setToolTip(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        widget.addItem(item)
    return widget


def _any_checked(widget: QListWidget) -> bool:
    return any(widget.item(i).checkState() == Qt.CheckState.Checked for i in range(widget.count()))


def _checked(widget: QListWidget) -> tuple[str, ...]:
    """The values ticked; none when all are (everything, also what is added later)."""
    values = [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]
    return () if len(values) == widget.count() else tuple(values)
