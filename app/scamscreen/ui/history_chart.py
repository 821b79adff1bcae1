"""Contacts per week, painted with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

import functools
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from scamscreen.core.times import utc_moment
from scamscreen.ui.history_model import VERDICT_ORDER, Words

WEEKS = 12


class WeeklyChart(QWidget):
    """Contacts per week for the last twelve weeks, as bars stacked by verdict. Each
    verdict has its own fill pattern as well as its colour, the legend names them, and
    each bar carries its total as a number; the accessible description says it in words."""

    def __init__(self, words: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.weeks: list[tuple[date, dict[str, int]]] = []
        self.setAccessibleName(self.tr("Contacts per week"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.set_weeks([])

    def set_weeks(self, weeks: list[tuple[date, dict[str, int]]]) -> None:
        self.weeks = weeks
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())  # our own words and numbers only, never contact text
        self.update()

    def summary(self) -> str:
        if not self.weeks:
            return self.tr("Contacts per week for the last {n} weeks: nothing to show yet.").format(
                n=WEEKS
            )
        totals = {v: sum(counts.get(v, 0) for _, counts in self.weeks) for v in VERDICT_ORDER}
        total = sum(totals.values())
        first, last = self.weeks[0][0], self.weeks[-1][0]
        text = self.tr(
            "Contacts per week for the last {n} weeks, from the week of {first} to the week "
            "of {last}: {total} in all."
        ).format(
            n=len(self.weeks), first=self.words.week(first), last=self.words.week(last), total=total
        )
        if total:
            parts = [
                self.tr("{count} {verdict}").format(
                    count=totals[v], verdict=self.words.verdict(v).lower()
                )
                for v in VERDICT_ORDER
            ]
            busiest, counts = max(self.weeks, key=lambda w: (sum(w[1].values()), w[0]))
            text += " " + self.tr("By verdict: {parts}.").format(parts=", ".join(parts))
            text += " " + self.tr("Busiest: the week of {week}, with {count}.").format(
                week=self.words.week(busiest), count=sum(counts.values())
            )
        return text

    # -- drawing

    def _styles(self) -> dict[str, tuple[QColor, Qt.BrushStyle]]:
        """A colour and a pattern per verdict. The colours follow the palette: deep on a
        light background, light on a dark (high-contrast) one, so the bars always stand
        out; the patterns keep the verdicts apart without colour."""
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        neutral = palette.color(QPalette.ColorRole.Mid)
        return {
            "likely_scam": (
                QColor.fromHsl(0, 200, 185 if dark else 95),
                Qt.BrushStyle.SolidPattern,
            ),
            "suspicious": (
                QColor.fromHsl(38, 230, 170 if dark else 120),
                Qt.BrushStyle.BDiagPattern,
            ),
            "no_red_flags": (neutral, Qt.BrushStyle.Dense6Pattern),
        }

    def _fill(self, painter: QPainter, rect: QRect, verdict: str) -> None:
        colour, pattern = self._styles()[verdict]
        ink = self.palette().color(QPalette.ColorRole.Text)
        if pattern == Qt.BrushStyle.SolidPattern:
            painter.fillRect(rect, colour)
        else:
            painter.fillRect(rect, colour.lighter(150) if colour.lightness() < 128 else colour)
            painter.fillRect(rect, QBrush(ink, pattern))
        painter.setPen(QPen(ink, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))

    def _legend(self, width: int) -> tuple[list[tuple[str, QRect]], int]:
        """Where each legend entry (swatch and name) goes, in rows across the top that
        wrap when the chart is narrow or the text large; and the height they take."""
        fm = self.fontMetrics()
        line = fm.height()
        pad = line // 2
        x, y = pad, pad
        places = []
        for verdict in VERDICT_ORDER:
            entry = int(line * 1.5) + fm.horizontalAdvance(self.words.verdict(verdict))
            if x > pad and x + entry > width - pad:
                x, y = pad, y + int(line * 1.4)
            places.append((verdict, QRect(x, y, entry, line)))
            x += entry + line
        return places, y + line - pad

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        line = fm.height()
        widest = max(fm.horizontalAdvance(self.words.verdict(v)) for v in VERDICT_ORDER)
        width = max(int(line * 2.5) + widest, WEEKS * fm.horizontalAdvance("00"))
        return QSize(width, line * 8)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(WEEKS * fm.horizontalAdvance("00000"), fm.height() * 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.Text)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        fm = self.fontMetrics()
        line = fm.height()
        pad = line // 2

        legend, legend_height = self._legend(self.width())
        for verdict, place in legend:
            self._fill(painter, QRect(place.x(), place.y(), line, line), verdict)
            painter.setPen(ink)
            painter.drawText(
                place.adjusted(int(line * 1.5), 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.words.verdict(verdict),
            )

        # The bars, below the legend: a line above them for the totals, one below for
        # the weeks' names.
        left, right = pad, self.width() - pad
        top, bottom = legend_height + pad + line, self.height() - pad - 2 * line
        if not self.weeks or not any(counts for _, counts in self.weeks):
            painter.setPen(ink)
            painter.drawText(
                QRect(left, top, right - left, max(bottom - top, line)),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("No contacts in the last {n} weeks.").format(n=WEEKS),
            )
            painter.end()
            return
        slot = max((right - left) // len(self.weeks), 1)
        bar_w = max(int(slot * 0.7), 1)
        peak = max(max(sum(c.values()) for _, c in self.weeks), 1)
        painter.setPen(QPen(ink, 1))
        painter.drawLine(left, bottom, left + slot * len(self.weeks), bottom)
        for i, (_first, counts) in enumerate(self.weeks):
            x = left + i * slot + (slot - bar_w) // 2
            y = bottom
            for verdict in VERDICT_ORDER:
                count = counts.get(verdict, 0)
                if count:
                    h = max(round((bottom - top) * count / peak), 2)
                    self._fill(painter, QRect(x, y - h, bar_w, h), verdict)
                    y -= h
            painter.setPen(ink)
            total = sum(counts.values())
            if total:
                painter.drawText(
                    QRect(left + i * slot, y - line, slot, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    str(total),
                )
        # The weeks' names ("Week of" over the first day), from the current week back,
        # each only where it does not touch the one after it.
        painter.setPen(ink)
        heading = self.tr("Week of")
        edge = self.width()
        for i in range(len(self.weeks) - 1, -1, -1):
            name = self.words.week(self.weeks[i][0])
            width = max(fm.horizontalAdvance(name), fm.horizontalAdvance(heading)) + pad
            centre = left + i * slot + slot // 2
            start = min(max(centre - width // 2, 0), self.width() - width)
            if start + width > edge:
                continue
            painter.drawText(
                QRect(start, bottom + pad // 2, width, 2 * line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                f"{heading}\n{name}",
            )
            edge = start - pad
        painter.end()


def week_start(day: date, first_day: int) -> date:
    """The first day of `day`'s week, weeks starting on `first_day` (1 Monday … 7 Sunday,
    as `QLocale.firstDayOfWeek()` and `date.isoweekday()` count)."""
    return day - timedelta(days=(day.isoweekday() - first_day) % 7)


def last_weeks(
    stats: list[dict[str, Any]],
    today: date | None = None,
    first_day: int | None = None,
    zone: tzinfo | None = None,
) -> list[tuple[date, dict[str, int]]]:
    """`CaseLog.stats_since()` rows (quarter hours in UTC) as the last `WEEKS` weeks of
    the user's calendar, oldest first, empty weeks included: in the user's time zone
    (`zone`, else the computer's), the weeks starting on the first day of the week of
    the user's locale (Sunday in the US, Monday in Spain and the UK)."""
    first = first_day or QLocale().firstDayOfWeek().value
    today = today or datetime.now(zone).astimezone(zone).date()
    this_week = week_start(today, first)
    starts = [this_week - timedelta(weeks=n) for n in range(WEEKS - 1, -1, -1)]
    weeks: dict[date, dict[str, int]] = {start: {} for start in starts}
    for row in stats:
        moment = utc_moment(str(row["slot"]) + ":00Z").astimezone(zone)
        counts = weeks.get(week_start(moment.date(), first))
        if counts is not None:
            counts[row["verdict"]] = counts.get(row["verdict"], 0) + int(row["contacts"])
    return [(start, weeks[start]) for start in starts]


def weeks_since(today: date | None = None) -> datetime:
    """Far enough back for `last_weeks` (a day more, for any time zone)."""
    today = today or datetime.now().astimezone().date()
    start = today - timedelta(weeks=WEEKS, days=1)
    return datetime(start.year, start.month, start.day).astimezone()


@functools.cache
def directory_names(folder: Path) -> dict[str, str]:
    """The directory's names for the organisation ids the statistics give ("bank-of-america"
    is shown as the directory writes it), from the data folder in use (an update's, once
    one is applied). Read once per folder, on the log's thread."""
    from scamscreen.core.data import DataError
    from scamscreen.core.directory import Directory

    try:
        return {vendor.id: vendor.name for vendor in Directory.load(folder / "vendors")}
    except DataError:
        return {}


# -- the page ------------------------------------------------------------------------------
