"""The overview under the History list: a chart of contacts per week by verdict, the
organisations scammers pretended to be most often, and (in help-desk mode) the numbers
and websites seen more than once this week."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from scamscreen.ui.history_chart import WeeklyChart
from scamscreen.ui.history_model import Words
from scamscreen.ui.verdict_panel import plain

TOP_ORGS = 5


def _titled_list(title: str, body: QWidget) -> QScrollArea:
    """`body` under its title, scrolled: at large text sizes a list scrolls, never clips."""
    inside = QWidget()
    box = QVBoxLayout(inside)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(plain(title, bold=True))
    box.addWidget(body)
    box.addStretch(1)
    scroll = QScrollArea()
    scroll.setAccessibleName(title)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(inside)
    return scroll


class HistoryOverview(QWidget):
    def __init__(self, words: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.chart = WeeklyChart(words)
        self.orgs = plain()
        self.orgs.setAccessibleName(self.tr("Most often impersonated"))
        overview_layout = QHBoxLayout(self)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        chart_box = QVBoxLayout()
        chart_box.addWidget(plain(self.tr("Contacts per week"), bold=True))
        chart_box.addWidget(self.chart, 1)
        overview_layout.addLayout(chart_box, 3)
        overview_layout.addWidget(_titled_list(self.tr("Most often impersonated"), self.orgs), 2)
        # Help-desk mode: the numbers and websites seen more than once this week.
        self.repeated = plain(selectable=True)
        self.repeated.setAccessibleName(self.tr("Seen more than once this week"))
        self.week_view = _titled_list(self.tr("Seen more than once this week"), self.repeated)
        self.week_view.setVisible(False)
        overview_layout.addWidget(self.week_view, 2)

    def show_orgs(self, orgs: list[dict[str, Any]], names: dict[str, str]) -> None:
        """The organisations most impersonated (`names`: directory ids to names)."""
        self.orgs.setText(self._orgs_text(orgs, names))

    def show_repeated(self, rows: list[dict[str, Any]]) -> None:
        self.repeated.setText(self._repeated_text(rows))

    def _repeated_text(self, rows: list[dict[str, Any]]) -> str:
        if not rows:
            return self.tr("No number or website was seen more than once in the last 7 days.")
        lines = []
        for row in rows:
            value = str(row["value"])
            if row["kind"] == "phone":
                kind = self.tr("Number")
                try:  # +18445550199 as +1 844-555-0199, easier to read out
                    import phonenumbers

                    value = phonenumbers.format_number(
                        phonenumbers.parse(value), phonenumbers.PhoneNumberFormat.INTERNATIONAL
                    )
                except phonenumbers.NumberParseException:
                    pass
            else:
                kind = self.tr("Website")
            lines.append(
                self.tr("{kind} {value}: {count} contacts, last {when}").format(
                    kind=kind,
                    value=value,
                    count=row["contacts"],
                    when=self.words.when(row.get("last_seen")),
                )
            )
        return "\n".join(lines)

    def _orgs_text(self, orgs: list[dict[str, Any]], names: dict[str, str]) -> str:
        if not orgs:
            return self.tr("None yet.")
        lines = []
        for n, row in enumerate(orgs, 1):
            key = str(row["organisation"])
            name = names.get(key) or key[:1].upper() + key[1:]
            contacts, scams = int(row["contacts"]), int(row["likely_scams"] or 0)
            line = self.tr("{n}. {name}: {contacts}").format(
                n=n,
                name=name,
                contacts=self.tr("1 contact")
                if contacts == 1
                else self.tr("{count} contacts").format(count=contacts),
            )
            if scams:
                line += self.tr(", {scams}").format(
                    scams=self.tr("1 likely scam")
                    if scams == 1
                    else self.tr("{count} likely scams").format(count=scams)
                )
            lines.append(line)
        return "\n".join(lines)
