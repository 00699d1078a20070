"""What a calendar import did, shown after File → Import Calendar…: a summary in words,
the full report (the same lines the command line prints) and the choice to follow the
file from now on."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.calendar.api import ImportResult
from ui.calendar.calendar_text import limits_reached, report_lines
from ui.common.labels import name_for_screen_readers, system_font
from ui.common.period_text import date_field_format, long_day


def local_range(first: date, last: date) -> tuple[datetime, datetime]:
    """The days ``first`` to ``last`` (both included) as the instants an import reads,
    local midnight to local midnight (as the command line's --from and --to)."""
    end = last + timedelta(days=1)
    return (
        datetime(first.year, first.month, first.day).astimezone(),
        datetime(end.year, end.month, end.day).astimezone(),
    )


class ImportReportDialog(QDialog):
    def __init__(
        self,
        result: ImportResult,
        path: Path,
        waiting: int,
        following: bool,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Calendar imported"))
        self.resize(760, 480)
        report = result.report

        heading = QLabel(
            self.tr("Client meetings: {added} added, {updated} updated.").format(
                added=len(report.added), updated=len(report.updated)
            )
        )
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.summary = summary = QLabel(self._summary(result, waiting))
        summary.setWordWrap(True)

        details = QPlainTextEdit("\n".join(report_lines(result, path.name)))
        details.setAccessibleName(self.tr("What was read, in detail"))
        details.setReadOnly(True)
        details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)  # no sideways scroll
        details.setFont(system_font(QFontDatabase.SystemFont.FixedFont))

        # Another range, as the command line's --from and --to: read the file again
        self.range_wanted: tuple[datetime, datetime] | None = None
        self.first_day = self._day_field(result.first.astimezone().date())
        self.last_day = self._day_field((result.end - timedelta(seconds=1)).astimezone().date())
        name_for_screen_readers(self.first_day, self.tr("First day read"))
        name_for_screen_readers(self.last_day, self.tr("Last day read"))
        self.read_again = QPushButton(self.tr("&Read These Dates"))
        self.read_again.setToolTip(
            self.tr("Read the file again for these days, for instance to add older meetings")
        )
        self.read_again.clicked.connect(self._read_range)
        range_row = QHBoxLayout()
        range_label = QLabel(self.tr("&Days read:"))
        range_label.setBuddy(self.first_day)
        range_row.addWidget(range_label)
        range_row.addWidget(self.first_day)
        range_row.addWidget(QLabel("–"))
        range_row.addWidget(self.last_day)
        range_row.addWidget(self.read_again)
        range_row.addStretch(1)

        self.follow = QCheckBox(
            self.tr("Follow this file: read it again whenever it changes on disk")
        )
        self.follow.setChecked(following)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addWidget(details, 1)
        layout.addLayout(range_row)
        layout.addWidget(self.follow)
        layout.addWidget(buttons)

    def _day_field(self, day: date) -> QDateEdit:
        field = QDateEdit(QDate(day.year, day.month, day.day))
        field.setDisplayFormat(date_field_format())
        field.setCalendarPopup(True)
        return field

    def _read_range(self) -> None:
        first, last = self.first_day.date().toPython(), self.last_day.date().toPython()
        if last < first:
            first, last = last, first
        self.range_wanted = local_range(first, last)
        self.accept()

    def _summary(self, result: ImportResult, waiting: int) -> str:
        report = result.report
        first = long_day(result.first.astimezone().date())
        last = long_day(result.end.astimezone().date())
        if not result.read.events and not result.read.skipped:
            # nothing fell in the window: say which window, and how to read another
            return self.tr(
                "The file has no events from {first} to {last}. An import reads the last "
                "30 days (to reflect on) and the next 90 (to be asked about); to import "
                "older meetings, choose other days below and Read These Dates."
            ).format(first=first, last=last)
        parts = [
            self.tr(
                "From {first} to {last}: {unchanged} unchanged, {other} other events that "
                "are not client meetings, {skipped} left out."
            ).format(
                first=first,
                last=last,
                unchanged=report.unchanged,
                other=len(report.not_client),
                skipped=len(report.skipped),
            )
        ]
        if limits_reached(result):
            parts.append(
                self.tr("Part of the file was not read; the details below say what and why.")
            )
        if waiting:
            parts.append(
                self.tr("1 ended meeting waits for a reflection in “To Reflect”.")
                if waiting == 1
                else self.tr(
                    "{count} ended meetings wait for a reflection in “To Reflect”."
                ).format(count=waiting)
            )
        parts.append(
            self.tr(
                "You will be asked to reflect when each upcoming client meeting ends. The "
                "details below say why each event was or was not taken."
            )
        )
        return " ".join(parts)
