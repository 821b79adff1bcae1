"""The checklist wizard: one step a page, a tick for "done", progress kept in the case
log so it can be resumed days later."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

if TYPE_CHECKING:
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
        contact_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.contact_id = contact_id  # the saved contact whose progress this is
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
            # The step's words scroll if the window is small for the text size: at 200%
            # text a long step never has its lines cut off.
            body = QWidget()
            layout = QVBoxLayout(body)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setAccessibleName(step.title)
            scroll.setWidget(body)
            QVBoxLayout(page).addWidget(scroll)
            if number == 1 and intro:
                layout.addWidget(plain(intro))
            text = plain(step.text, size=1.2)
            text.setAccessibleName(step.title)
            layout.addWidget(text)
            tick = QCheckBox(self.tr("I have &done this step"))
            font = tick.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            tick.setFont(font)
            tick.setAccessibleName(self.tr("Done: {title}").format(title=step.title))
            tick.setChecked(done.get(step.id, False))
            tick.toggled.connect(lambda checked, sid=step.id: on_tick(sid, checked))
            layout.addWidget(tick)
            layout.addStretch(1)
            layout.addWidget(
                plain(
                    self.tr(
                        "Your ticks are saved. You can stop and come back to these steps "
                        "later from History."
                    )
                )
            )
            self.ticks[step.id] = tick
            self.addPage(page)
        buttons = QWizard.WizardButton
        for which, words in (
            (buttons.BackButton, self.tr("< &Back")),
            (buttons.NextButton, self.tr("&Next step >")),
            (buttons.FinishButton, self.tr("&Finish")),
            (buttons.CancelButton, self.tr("&Close for now")),
        ):
            self.setButtonText(which, words)
            self.button(which).setAccessibleName(words.strip("<> ").replace("&", ""))
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 80, self.fontMetrics().height() * 22)  # room for a step's words
        self.button(buttons.CancelButton).setToolTip(
            self.tr("Your ticks are saved: you can come back to these steps from History.")
        )
