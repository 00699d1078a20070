"""What a calendar import did, shown after File → Import Calendar…: a summary in words,
the full report (the same lines the command line prints) and the choice to follow the
file from now on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal.calendar.api import ImportResult
from ui.calendar.calendar_text import limits_reached, report_lines


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
        summary = QLabel(self._summary(result, waiting))
        summary.setWordWrap(True)

        details = QPlainTextEdit("\n".join(report_lines(result, path.name)))
        details.setReadOnly(True)
        details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

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
        layout.addWidget(self.follow)
        layout.addWidget(buttons)

    def _summary(self, result: ImportResult, waiting: int) -> str:
        report = result.report
        parts = [
            self.tr(
                "From {first} to {last}: {unchanged} unchanged, {other} other events that "
                "are not client meetings, {skipped} left out."
            ).format(
                first=result.first.astimezone().date().isoformat(),
                last=result.end.astimezone().date().isoformat(),
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
