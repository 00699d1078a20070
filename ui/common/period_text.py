"""Dates and periods in words, one way for each kind, used by every view:

- in a sentence: ``long_day`` "2 December 2026" (``long_day_and_time`` adds ", 16:15");
- in a table, a list or a short mention: ``short_day`` "2 Dec 2026", a meeting
  ``day_and_time`` "Wed 2 Dec 2026  16:15";
- in a field the person types into: ``date_field_format``, the locale's numeric date
  ("02-12-2026" in Dutch, "02/12/2026" in English) with a four-digit year;
- periods of the growth figures ("week of 2 Nov 2026", "Q3 2026"), shared by the charts
  and the reports (which must not load QtCharts).

The locale is the one ``ui.common.i18n`` chose for the app's language."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from journal.on_first_use import on_first_use

if TYPE_CHECKING:
    from journal.growth.aggregation import Granularity

# The growth sums: not needed by the dates of the first page (journal/on_first_use.py).
aggregation = on_first_use("journal.growth.aggregation")


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


def long_day_and_time(moment: datetime) -> str:
    """20 November 2026, 16:15, in local time: a meeting in a sentence."""
    local = moment.astimezone()
    return long_day(local.date()) + ", " + local.strftime("%H:%M")


def date_field_format(with_time: bool = False) -> str:
    """The display format of a date (and time) field: the locale's numeric short date
    with a four-digit year, so that every part is typed as digits."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in short:
        short = short.replace("yy", "yyyy")
    return short + (" HH:mm" if with_time else "")


def period_label(period: date, granularity: Granularity) -> str:
    locale = QLocale()
    qdate = QDate(period.year, period.month, period.day)
    if granularity is aggregation.Granularity.WEEK:
        return tr("week of {date}").format(date=locale.toString(qdate, "d MMM yyyy"))
    if granularity is aggregation.Granularity.MONTH:
        return locale.toString(qdate, "MMMM yyyy")
    return tick_label(period, granularity)


def so_far_label(period: date, granularity: Granularity) -> str:
    """A period that has not ended: "December 2026 so far", "week of 30 Nov 2026 so far"."""
    return tr("{period} so far").format(period=period_label(period, granularity))


def tick_label(period: date, granularity: Granularity, with_year: bool = True) -> str:
    """A period under a chart: "Dec 2026" (never "Dec 26", which reads as a day), "30 Nov
    2026" for a week (just "30 Nov" when ``with_year`` is False), "Q4 2026"."""
    locale = QLocale()
    qdate = QDate(period.year, period.month, period.day)
    if granularity is aggregation.Granularity.WEEK:
        return locale.toString(qdate, "d MMM yyyy" if with_year else "d MMM")
    if granularity is aggregation.Granularity.MONTH:
        return locale.toString(qdate, "MMM yyyy")
    return tr("Q{quarter} {year}").format(quarter=(period.month - 1) // 3 + 1, year=period.year)


def tick_labels(periods: list[date], granularity: Granularity) -> list[str]:
    """Labels for periods in a row: a week's year only where it is new (the first label,
    or the first week of a year)."""
    labels, year = [], None
    for period in periods:
        labels.append(tick_label(period, granularity, with_year=period.year != year))
        year = period.year
    return labels
