"""The checklist wizard: one step a page, a tick for "done", progress kept in the case
log so it can be resumed days later."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget, QWizard, QWizardPage

from scamscreen.core.checklists import Step
from scamscreen.ui.verdict_panel import plain


class ChecklistWizard(QWizard):
    def __init__(
        self,
        title: str,
        intro: str,
        steps: list[Step],
        done: dict[str, bool],
        on_tick: Callable[[str, bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.ticks: dict[str, QCheckBox] = {}
        count = len(steps)
        for number, step in enumerate(steps, start=1):
            page = QWizardPage()
            page.setTitle(
                self.tr("Step {n} of {count}: {title}").format(
                    n=number, count=count, title=step.title
                )
            )
            layout = QVBoxLayout(page)
            if number == 1 and intro:
                layout.addWidget(plain(intro))
            text = plain(step.text, size=1.2)
            text.setAccessibleName(step.title)
            layout.addWidget(text)
            tick = QCheckBox(self.tr("&Done"))
            tick.setAccessibleName(self.tr("Done: {title}").format(title=step.title))
            tick.setChecked(done.get(step.id, False))
            tick.toggled.connect(lambda checked, sid=step.id: on_tick(sid, checked))
            layout.addWidget(tick)
            layout.addStretch(1)
            self.ticks[step.id] = tick
            self.addPage(page)
