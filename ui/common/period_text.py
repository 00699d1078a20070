"""Periods of the growth figures in words ("week of 2 Nov 2026", "Q3 2026"), shared by
the charts and the reports (which must not load QtCharts)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from journal.growth.aggregation import Granularity


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def long_day(day: date) -> str:
    """23 November 2026 (23 november 2026 in Dutch)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def short_day(day: date) -> str:
    """23 Nov 2026."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def day_and_time(moment: datetime) -> str:
    """Fri 20 Nov 2026  16:15, in local time: a meeting in a list."""
    local = moment.astimezone()
    return QLocale().toString(local.date(), "ddd d MMM yyyy") + "  " + local.strftime("%H:%M")


def period_label(period: date, granularity: Granularity) -> str:
    locale = QLocale()
    qdate = QDate(period.year, period.month, period.day)
    if granularity is Granularity.WEEK:
        return tr("week of {date}").format(date=locale.toString(qdate, "d MMM yyyy"))
    if granularity is Granularity.MONTH:
        return locale.toString(qdate, "MMMM yyyy")
    return tick_label(period, granularity)


def tick_label(period: date, granularity: Granularity) -> str:
    locale = QLocale()
    qdate = QDate(period.year, period.month, period.day)
    if granularity is Granularity.WEEK:
        return locale.toString(qdate, "d MMM yy")
    if granularity is Granularity.MONTH:
        return locale.toString(qdate, "MMM yy")
    return tr("Q{quarter} {year}").format(quarter=(period.month - 1) // 3 + 1, year=period.year)
