"""Contacts per week, painted with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

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
        return QSize(width, line * 7)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(WEEKS * fm.horizontalAdvance("00000"), fm.height() * 9)

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
        top, bottom = legend_height + pad + line, self.height() - pad - line
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
        label_w = max(fm.horizontalAdvance(self.words.week(m)) for m, _ in self.weeks) + pad
        step = max(1, -(-label_w // slot))  # name every step-th week when they would touch
        painter.setPen(QPen(ink, 1))
        painter.drawLine(left, bottom, left + slot * len(self.weeks), bottom)
        for i, (monday, counts) in enumerate(self.weeks):
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
            if (len(self.weeks) - 1 - i) % step == 0:  # the current week is always named
                centre = left + i * slot + slot // 2
                start = min(max(centre - label_w // 2, 0), self.width() - label_w)
                painter.drawText(
                    QRect(start, bottom, label_w, line + pad),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    self.words.week(monday),
                )
        painter.end()


def last_weeks(
    stats: list[dict[str, Any]], today: date | None = None
) -> list[tuple[date, dict[str, int]]]:
    """`stats_by_week()` rows as the last `WEEKS` weeks, oldest first, empty weeks
    included. Weeks start on Monday, in UTC, as the store counts them."""
    today = today or datetime.now(UTC).date()
    this_monday = today - timedelta(days=today.weekday())
    mondays = [this_monday - timedelta(weeks=n) for n in range(WEEKS - 1, -1, -1)]
    weeks: dict[str, dict[str, int]] = {m.isoformat(): {} for m in mondays}
    for row in stats:
        counts = weeks.get(str(row["week"]))
        if counts is not None:
            counts[row["verdict"]] = counts.get(row["verdict"], 0) + int(row["contacts"])
    return [(m, weeks[m.isoformat()]) for m in mondays]


@functools.cache
def directory_names() -> dict[str, str]:
    """The directory's names for the organisation ids the statistics give ("bank-of-america"
    is shown as the directory writes it). Read once, on the log's thread."""
    from scamscreen.core.data import DataError
    from scamscreen.core.directory import Directory

    try:
        return {vendor.id: vendor.name for vendor in Directory.load()}
    except DataError:
        return {}


# -- the page ------------------------------------------------------------------------------
