"""The bar above the History list: the search (applied as you type, after a pause), the
verdict and outcome filters, how many contacts are shown, and "Share the last 30 days"."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scamscreen.ui.adaptive import FlowGrid
from scamscreen.ui.history_model import Words
from scamscreen.ui.verdict_panel import plain

DEBOUNCE_MS = 250


class HistoryFilters(QWidget):
    """`changed` is emitted when the search (after a pause in the typing, or Enter) or
    a filter changed; `share_days` when "Share the last 30 days" is clicked."""

    changed = Signal()
    share_days = Signal()

    def __init__(self, words: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.changed)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, number, words…"))
        self.search.setAccessibleName(self.tr("Search your history"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QAbstractButton):  # Qt's clear button
            button.setAccessibleName(self.tr("Clear the search"))
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._now)
        self.verdict_filter = self._choice(
            self.tr("Show verdict"),
            {v: words.verdict(v) for v in ("likely_scam", "suspicious", "no_red_flags")},
        )
        self.outcome_filter = self._choice(
            self.tr("Show outcome"),
            {o: words.outcome(o) for o in ("confirmed_scam", "genuine", "unknown")},
        )
        self.count_label = plain()
        self.count_label.setAccessibleName(self.tr("How many contacts are shown"))
        self.count_label.setWordWrap(False)

        bar = QVBoxLayout(self)  # rows that flow onto more rows when the text is large
        bar.setContentsMargins(0, 0, 0, 0)
        first = QHBoxLayout()
        second = FlowGrid(columns=3)
        for row, label_text, widget, stretch in (
            (first, self.tr("&Search:"), self.search, 1),
            (None, self.tr("&Verdict:"), self.verdict_filter, 0),
            (None, self.tr("&Outcome:"), self.outcome_filter, 0),
        ):
            label = QLabel(label_text)
            label.setBuddy(widget)
            if row is None:  # a filter and its name stay together, in a cell of their own
                cell = QWidget()
                row = QHBoxLayout(cell)
                row.setContentsMargins(0, 0, 0, 0)
                second.addWidget(cell)
            row.addWidget(label)
            row.addWidget(widget, stretch)
        first.addWidget(self.count_label)
        self.share_days_button = QPushButton(self.tr("Share the last 30 &days…"))
        self.share_days_button.setAccessibleName(self.tr("Share a summary of the last 30 days"))
        self.share_days_button.clicked.connect(self.share_days)
        second.addWidget(self.share_days_button)
        bar.addLayout(first)
        bar.addLayout(second)

    def _choice(self, name: str, shown: dict[str, str]) -> QComboBox:
        """A filter: "All", then each value in its words."""
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(self.tr("All"), None)
        for value, text in shown.items():
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._now)
        return combo

    def _now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def values(self) -> tuple[str, str | None, str | None]:
        """(the search, the verdict shown or None for all, the outcome shown or None)."""
        return (
            self.search.text(),
            self.verdict_filter.currentData(),
            self.outcome_filter.currentData(),
        )

    def waiting(self) -> bool:
        """A search typed is waiting for the pause to end."""
        return self._timer.isActive()

    def stop(self) -> None:
        """Forget a search waiting to run (it runs now, or not at all)."""
        self._timer.stop()

    def show_count(self, n: int, filtered: bool) -> None:
        if n == 0:
            text = (
                self.tr("No contacts match.")
                if filtered
                else self.tr("No contacts yet. Checks you save appear here.")
            )
        elif n == 1:
            text = self.tr("%n contact", "", n)
        else:
            text = self.tr("%Ln contacts", "", n)
        self.count_label.setText(text)
