"""Work off the GUI thread, with a result and an error callback (after Anki's QueryOp).

The window never blocks: the function runs on Qt's thread pool, and its result or error
comes back to the GUI thread as a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the error callback on the GUI thread
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_running: set[_Relay] = set()  # relays of jobs still running: kept alive until they report


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    parent: QObject,
) -> None:
    """Run `fn` on the thread pool; `on_done(result)` or `on_error(exc)` then runs on the
    GUI thread — unless `parent` was deleted meanwhile (the window closed), in which
    case the answer is dropped instead of reaching a dead widget."""
    relay = _Relay()  # not owned by `parent`: it must outlive it if the job does
    _running.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(relay)
        relay.deleteLater()
        if shiboken6.isValid(parent):
            callback(value)

    relay.done.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda error: finish(on_error, error))
    QThreadPool.globalInstance().start(_Job(fn, relay))
