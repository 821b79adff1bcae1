#!/usr/bin/env python3
"""The desktop app's benchmark: start-up, opening the History screen on 100,000 contacts,
and how long the window stops answering while someone types.

1. Start-up: the wall time from starting a process to the main window being on screen
   (shown, exposed and painted), for the real app (`python -m scamscreen` with no
   arguments: `ui.app.run()`, settings, appearance, the main window with its Check
   screen; the screening data, the icons, History and Settings come after the first
   paint or when first shown, see `ui/app.py`) against a bare PySide6
   hello world (`QApplication`, a `QMainWindow` holding a `QLabel`, `show()`). Both are
   this script run again as a child (`--startup-child app|hello`): same interpreter,
   same flags, same environment (a fresh temporary data folder, cache, settings and log
   folder), and the same exit: `QApplication.exec` is wrapped so that the first turn of
   the event loop that finds the main window exposed (Qt paints a widget window while it
   handles the expose event, before that turn) calls `os._exit(0)`, leaving teardown
   out. The app's data folder holds an empty case log made beforehand (a returning
   user's); one discarded run of each warms the caches, then they alternate. Budget:
   median(app) / median(hello) <= 1.5.
2. Opening History with 100,000 contacts (the log `benchmarks/store.py` builds, same
   generator and seed), in this process: the time from choosing History in the window's
   list of screens until the first page of rows has come back from the page's thread,
   is in the model and is painted. Budget: < 300 ms, absolute, for
   - "warm": the window has been open a while (its log is open), the user comes back to
     History from the Check screen: every visit reads the first page again;
   - "cold": the window has just been shown, and History is chosen at once (the page
     is built then; its thread opens the log with the quick check, and the thorough
     integrity check and the day's backup follow once the first page is out).
   Alongside: a bare `sqlite3` connect plus `SELECT * ... ORDER BY contacted_at DESC
   LIMIT 200` on the same file, and the ratio of warm over it.
3. GUI-thread stalls while typing, on the same window and log: a 5 ms timer records when
   the GUI thread gets round to it; a gap between two ticks is a time the window did not
   answer. Typed with `QTest.keyClicks` one character at a time, the event loop running
   between keys (a brisk typist's pace, and pauses longer than the debounce so searches
   and screenings run mid-phrase): a word search and a phone number into History's
   search box; the Check screen's organisation, phone number and "what you saw or
   heard" box, then a pasted long message (Ctrl+V). The run ends when every search or
   screening asked for has been answered. Budget: no gap > 100 ms; p99 is reported too.

Run alone with `python benchmarks/ui.py` (`--quick`: a smaller log, fewer rounds and
shorter typing). Qt runs offscreen unless QT_QPA_PLATFORM says otherwise (both start-up
children get the same platform). Exit status 1 when a budget is exceeded.
"""

from __future__ import annotations

# Only the standard library at module level, and little of it: the start-up children
# run this file too, and both pay for whatever it imports.
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "core" / "corpus" / "contacts.jsonl"

STARTUP_BUDGET = 1.5  # app over hello world, medians
HISTORY_BUDGET_MS = 300.0  # absolute
STALL_BUDGET_MS = 100.0  # the longest gap between two ticks
TICK_MS = 5
CHILD_TIMEOUT_S = 60

KEY_MS = 70  # between keystrokes: about 14 characters a second
PAUSE_MS = 450  # a pause in the typing, longer than both pages' debounce

Typing = list[tuple[str, int | None]]  # (text typed, pause after it in ms: None = PAUSE)
HISTORY_TYPING: list[Typing] = [
    [("an", None), ("ydesk", None), (" gi", None), ("ft card", None)],  # words
    [("844", None), (" 555 0199", None)],  # a number, typed as it is read out
]
CHECK_ORG: Typing = [("Micro", None), ("soft", None)]
CHECK_PHONE: Typing = [("+1 844 ", None), ("555 0199", None)]
CHECK_TEXT: Typing = [
    ("He said my computer has a virus and that he is from Microsoft support. ", None),
    ("He wanted me to install AnyDesk and pay 400 dollars in gift cards.", None),
]


class Sizes:
    """How much each measure does: `FULL`, `QUICK` (--quick), or smaller (the tests)."""

    def __init__(
        self,
        *,
        startup_rounds: int = 7,
        contacts: int = 100_000,
        history_rounds: int = 7,
        cold_rounds: int = 3,
        key_ms: float = KEY_MS,
        pause_ms: float = PAUSE_MS,
        history_typing: list[Typing] = HISTORY_TYPING,
        check_typing: tuple[Typing, Typing, Typing] = (CHECK_ORG, CHECK_PHONE, CHECK_TEXT),
        paste_chars: int = 4_000,
    ) -> None:
        self.startup_rounds = startup_rounds
        self.contacts = contacts
        self.history_rounds = history_rounds
        self.cold_rounds = cold_rounds
        self.key_ms = key_ms
        self.pause_ms = pause_ms
        self.history_typing = history_typing
        self.check_typing = check_typing
        self.paste_chars = paste_chars


FULL = Sizes()
QUICK = Sizes(
    startup_rounds=3,
    contacts=20_000,
    history_rounds=3,
    cold_rounds=1,
    history_typing=HISTORY_TYPING[:1],
    check_typing=(CHECK_ORG[:1], CHECK_PHONE, CHECK_TEXT[:1]),
    paste_chars=2_000,
)


def say(text: str) -> None:
    print(text, flush=True)


def median(values: list[float]) -> float:
    import statistics

    return statistics.median(values)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


# -- 1. start-up -------------------------------------------------------------------------


def startup_child(kind: str) -> None:
    """Build and show the main window (the app's or a hello world), and leave the moment
    it is on screen. Exit status 0 only when it was shown."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    # The app reads QSettings(): keep it in the temporary folder on every platform.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["BENCH_SETTINGS"]
    )
    real_exec = QApplication.exec

    def shown_yet() -> None:
        for widget in QApplication.topLevelWidgets():
            handle = widget.windowHandle()
            if isinstance(widget, QMainWindow) and handle is not None and handle.isExposed():
                sys.stdout.flush()
                os._exit(0)  # shown and painted: teardown is not part of the measure
        QTimer.singleShot(0, shown_yet)

    def exec_until_shown(*_args: object) -> int:
        QTimer.singleShot(0, shown_yet)
        return real_exec()

    QApplication.exec = exec_until_shown  # type: ignore[method-assign]
    if kind == "app":
        from scamscreen.__main__ import main

        sys.argv[1:] = []
        main([])
    else:
        from PySide6.QtWidgets import QLabel

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setCentralWidget(QLabel("Hello, world"))
        window.show()
        app.exec()
    os._exit(3)  # the event loop ended and the window was never shown


def startup_env(work: Path) -> dict[str, str]:
    """One environment for both children: every folder the app may write is temporary."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name, folder in (
        ("SCAMSCREEN_HOME", "home"),
        ("SCAMSCREEN_CACHE", "cache"),
        ("BENCH_SETTINGS", "settings"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),  # the crash log
        ("XDG_CACHE_HOME", "xdg-cache"),
        ("XDG_DATA_HOME", "data"),
    ):
        (work / folder).mkdir(parents=True, exist_ok=True)
        env[name] = str(work / folder)
    return env


def time_child(kind: str, env: dict[str, str]) -> float:
    import subprocess

    start = time.perf_counter()
    try:
        child = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--startup-child", kind],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            timeout=CHILD_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        raise SystemExit(
            f"start-up: the {kind} window was not shown in {CHILD_TIMEOUT_S} s"
        ) from None
    elapsed = time.perf_counter() - start
    if child.returncode != 0:
        raise SystemExit(
            f"start-up: the {kind} child ended with status {child.returncode} before its "
            f"window was shown:\n{child.stderr}"
        )
    return elapsed


def bench_startup(work: Path, rounds: int = FULL.startup_rounds) -> dict[str, float]:
    import compileall

    # An installed copy ships compiled bytecode (as benchmarks/run.py does).
    compileall.compile_dir(ROOT / "app", quiet=1)
    env = startup_env(work)
    # A returning user's data folder: the log exists. (Created here, in full: the first
    # child would otherwise leave while its History thread is still creating it.)
    from scamscreen.store import CaseLog

    CaseLog.open(env["SCAMSCREEN_HOME"]).close()
    time_child("hello", env)  # warm up: the OS cache, .pyc files, the app's new data folder
    time_child("app", env)
    hello, app = [], []
    for _ in range(rounds):  # alternated, so a busy moment hits both alike
        hello.append(time_child("hello", env))
        app.append(time_child("app", env))
    ratio = median(app) / median(hello)
    say(
        f"start-up to the main window shown, {rounds} runs each: app median "
        f"{median(app) * 1000:.0f} ms (min {min(app) * 1000:.0f}), hello world median "
        f"{median(hello) * 1000:.0f} ms (min {min(hello) * 1000:.0f}): {ratio:.2f}x, "
        f"budget {STARTUP_BUDGET}x"
    )
    return {"app_ms": median(app) * 1000, "hello_ms": median(hello) * 1000, "ratio": ratio}


# -- in-process helpers --------------------------------------------------------------------


# What the offscreen platform says about window-manager calls it cannot make.
OFFSCREEN_NOISE = ("This plugin does not support",)


def application():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0]])
        if app.platformName() == "offscreen":
            _quiet_offscreen()
    return app


def _quiet_offscreen() -> None:
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(kind, context, message: str) -> None:
        if message.startswith(OFFSCREEN_NOISE):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)


def run_for(ms: float) -> None:
    """Let the event loop run for `ms` (events only, when 0): the app at work meanwhile."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    if ms <= 0:
        QCoreApplication.processEvents()
        return
    loop = QEventLoop()
    QTimer.singleShot(int(ms), loop.quit)
    loop.exec()


def wait_until(condition, timeout_s: float = 60.0, what: str = "a condition") -> None:
    """Run the event loop until `condition()` holds, checking it each millisecond."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(lambda: condition() and loop.quit())
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    poll.start()
    give_up.start(int(timeout_s * 1000))
    loop.exec()
    poll.stop()
    give_up.stop()
    if not condition():
        raise SystemExit(f"gave up after {timeout_s:.0f} s waiting for {what}")


def settle(window) -> None:
    """Wait until the window has nothing left to do: no job on Qt's thread pool (the
    Settings page reads the log's retention there at start), no search pending, and
    every job already given to the History page's thread (page, count, overview)
    answered."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    wait_until(lambda: pool.activeThreadCount() == 0, what="the thread pool's jobs")
    page = window.history
    wait_until(page.is_idle, what="the History page to be idle")
    thread = getattr(page, "_thread", None)  # the page's own log thread (history_worker)
    if thread is None:
        return
    drained: list[bool] = []
    thread.submit(lambda _log: None, lambda _none: drained.append(True), drained.append)
    wait_until(lambda: bool(drained), what="the History page's thread")


def new_window(home: Path, settings_file: Path):
    """The main window as `ui.app.run()` builds it, shown and exposed."""
    from PySide6.QtCore import QSettings

    from scamscreen.core.data import data_dir
    from scamscreen.core.screening import Screener
    from scamscreen.ui.main_window import MainWindow
    from scamscreen.ui.settings_page import apply_appearance

    app = application()
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    base = app.font().pointSizeF()
    apply_appearance(app, settings, base)
    window = MainWindow(Screener.load(data_dir()), home, settings)
    window.base_point_size = base
    window.show()
    wait_until(
        lambda: window.windowHandle() is not None and window.windowHandle().isExposed(),
        what="the window to be exposed",
    )
    return window


def close_window(window) -> None:
    from PySide6.QtCore import QThreadPool

    window.close()  # closeEvent: the History page's thread finishes and closes the log
    window.deleteLater()
    QThreadPool.globalInstance().waitForDone()  # as `ui.app.run()` does at the end
    run_for(0)


# -- 2. opening History -------------------------------------------------------------------


def build_log(home: Path, contacts: int) -> None:
    """The case log of `benchmarks/store.py`: the screened corpus multiplied to
    `contacts` rows with the same generator and seed, then opened once as the app opens
    it, so today's backup already exists (as after the day's first start)."""
    import random

    store = _store_module()
    from scamscreen.store import CaseLog

    seeds, seed_observables = store.seed_log(home.parent / "seed")
    columns, rows, observables = store.generate(
        random.Random(store.SEED), seeds, seed_observables, contacts
    )
    with CaseLog.open(home, daily_backup=False) as log:
        store.insert_bulk(log.db.conn, columns, rows, observables)
    CaseLog.open(home).close()


def _store_module():
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.insert(0, here)
    import store  # benchmarks/store.py, next to this file

    return store


def time_history(window) -> float:
    """Choose History; return the seconds until the first page is in the model and
    painted (the page's thread has answered, and the page has taken the rows in)."""
    from PySide6.QtCore import QEventLoop, QTimer

    page = window.history
    model = page.model
    original = model.on_page
    loop = QEventLoop()
    arrived: list[bool] = []

    def on_page() -> None:
        if original is not None:
            original()  # the page's own handling (fitting the columns, the selection)
        if model.rowCount() > 0 and not arrived:
            arrived.append(True)
            loop.quit()

    model.on_page = on_page
    try:
        start = time.perf_counter()
        window.show_page(page)
        if not arrived:
            give_up = QTimer()
            give_up.setSingleShot(True)
            give_up.timeout.connect(loop.quit)
            give_up.start(CHILD_TIMEOUT_S * 1000)
            loop.exec()
            give_up.stop()
        if not arrived:
            raise SystemExit("history: the first page never came")
        window.repaint()  # the rows on screen (what the next turn of the loop would do)
        return time.perf_counter() - start
    finally:
        model.on_page = original


def bare_first_page(path: Path) -> float:
    import sqlite3

    start = time.perf_counter()
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT * FROM contacts ORDER BY contacted_at DESC, id DESC LIMIT 200"
        ).fetchall()
    finally:
        conn.close()
    assert rows
    return time.perf_counter() - start


def time_cold_history(home: Path, settings_file: Path, rounds: int) -> list[float]:
    """History chosen at once in freshly shown windows (each opens the log anew)."""
    cold = []
    for _ in range(rounds):
        fresh = new_window(home, settings_file)
        cold.append(time_history(fresh))
        settle(fresh)
        close_window(fresh)
    return cold


def bench_history(window, home: Path, rounds: int, cold: list[float]) -> dict[str, float]:
    from scamscreen.store.location import DB_NAME

    settle(window)
    warm = []
    for _ in range(rounds + 1):  # the first visit is a warm-up: discarded
        window.show_page(window.check)
        settle(window)
        warm.append(time_history(window))
        settle(window)
    warm = warm[1:]
    rows = window.history.model.rowCount()
    bare = [bare_first_page(home / DB_NAME) for _ in range(rounds + 1)][1:]
    result = {
        "warm_ms": median(warm) * 1000,
        "warm_max_ms": max(warm) * 1000,
        "cold_ms": median(cold) * 1000 if cold else 0.0,
        "cold_max_ms": max(cold) * 1000 if cold else 0.0,
        "bare_ms": median(bare) * 1000,
    }
    result["ratio"] = result["warm_ms"] / result["bare_ms"]
    say(
        f"history: choosing History until the first {rows} rows are shown: warm median "
        f"{result['warm_ms']:.0f} ms (max {result['warm_max_ms']:.0f}) over {rounds} "
        f"visits; bare sqlite3 first page {result['bare_ms']:.1f} ms: "
        f"{result['ratio']:.0f}x; budget {HISTORY_BUDGET_MS:.0f} ms"
    )
    if cold:
        say(
            f"history, just after start-up (the log still being opened): median "
            f"{result['cold_ms']:.0f} ms (max {result['cold_max_ms']:.0f}) over "
            f"{len(cold)} fresh windows; budget {HISTORY_BUDGET_MS:.0f} ms"
        )
    return result


# -- 3. GUI-thread stalls --------------------------------------------------------------------


class StallMeter:
    """A `TICK_MS` timer on the GUI thread; the gaps between its ticks are how long the
    thread was busy elsewhere (a gap of about `TICK_MS` is no stall at all)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.ticks: list[float] = []
        self.keys: list[float] = []  # how long each keystroke's own handling took

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def __enter__(self) -> StallMeter:
        self.ticks = [time.perf_counter()]
        self.timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.timer.stop()
        self.ticks.append(time.perf_counter())  # the stretch up to now counts too

    def gaps_ms(self) -> list[float]:
        return [(b - a) * 1000 for a, b in zip(self.ticks, self.ticks[1:], strict=False)]

    def type(
        self, widget, chunks: list[tuple[str, int | None]], key_ms: float, pause_ms: float
    ) -> None:
        from PySide6.QtTest import QTest

        for text, pause in chunks:
            for char in text:
                start = time.perf_counter()
                QTest.keyClicks(widget, char)
                self.keys.append(time.perf_counter() - start)
                run_for(key_ms)
            run_for(pause_ms if pause is None else pause)

    def report(self, label: str) -> dict[str, float]:
        gaps = self.gaps_ms()
        result = {
            "max_ms": max(gaps),
            "p99_ms": percentile(gaps, 0.99),
            "key_max_ms": max(self.keys) * 1000 if self.keys else 0.0,
            "seconds": self.ticks[-1] - self.ticks[0],
        }
        keys = f"{len(self.keys)} keys" if len(self.keys) != 1 else "the key"
        say(
            f"  {label:30} longest gap {result['max_ms']:5.1f} ms, p99 {result['p99_ms']:5.1f} "
            f"ms over {result['seconds']:4.1f} s; slowest of {keys} (its own handling) "
            f"{result['key_max_ms']:.1f} ms"
        )
        return result


def paste_text(chars: int) -> str:
    """A long message to paste: the corpus's texts, one after another."""
    import json

    texts = [
        json.loads(line)["contact"].get("text", "")
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    out = ""
    while len(out) < chars:
        out += "\n\n".join(texts) + "\n\n"
    return out[:chars]


def check_idle(window) -> bool:
    from scamscreen.ui import tasks

    return window.check.wait_idle() and not tasks._running  # no screening on its way


def bench_stalls(window, sizes: Sizes = FULL) -> dict[str, dict[str, float]]:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    results = {}
    say(
        f"GUI-thread stalls while typing (gaps between a {TICK_MS} ms timer's ticks), "
        f"budget {STALL_BUDGET_MS:.0f} ms:"
    )

    # History's search box, on the big log.
    page = window.history
    window.find_in_history()  # Ctrl+F: History, the search box focused
    settle(window)
    with StallMeter() as meter:
        for phrase in sizes.history_typing:
            page.search.clear()
            meter.type(page.search, phrase, sizes.key_ms, sizes.pause_ms)
        wait_until(page.is_idle, what="the last search")
        settle(window)
    results["history search"] = meter.report("typing a search in History")

    # The Check screen: who, their number, what they said, then a long paste.
    org, phone, text = sizes.check_typing
    window.new_check()
    run_for(0)
    check = window.check
    check.channel_buttons["phone_inbound"].click()
    with StallMeter() as meter:
        for widget, chunks in ((check.org, org), (check.phone, phone), (check.text, text)):
            widget.setFocus()
            meter.type(widget, chunks, sizes.key_ms, sizes.pause_ms)
        wait_until(lambda: check_idle(window), what="the last screening")
    results["check typing"] = meter.report("typing on the Check screen")

    long_text = paste_text(sizes.paste_chars)
    check.text.setFocus()
    QApplication.clipboard().setText(long_text)
    with StallMeter() as meter:
        start = time.perf_counter()
        if QApplication.clipboard().text() == long_text:
            QTest.keySequence(check.text, QKeySequence(QKeySequence.StandardKey.Paste))
        else:  # a platform without a clipboard: what pasting does
            check.text.insertPlainText(long_text)
        meter.keys.append(time.perf_counter() - start)
        run_for(sizes.pause_ms)
        wait_until(lambda: check_idle(window), what="the screening of the pasted text")
    if long_text not in check.text.toPlainText():
        raise SystemExit("stalls: the paste did not reach the text box")
    results["check paste"] = meter.report(f"pasting {len(long_text):,} chars (Ctrl+V)")
    return results


# -- the whole benchmark ---------------------------------------------------------------------


def bench_ui(sizes: Sizes | bool = FULL) -> list[str]:
    """Run the desktop app's measures; returns the names of the budgets exceeded.
    `sizes` may be True for `QUICK` (as `bench_ui(quick)` from benchmarks/run.py)."""
    import tempfile

    if isinstance(sizes, bool):
        sizes = QUICK if sizes else FULL
    started = time.perf_counter()
    contacts = sizes.contacts
    with tempfile.TemporaryDirectory(prefix="scamscreen-bench-ui-") as tmp:
        work = Path(tmp)
        cache = os.environ.get("SCAMSCREEN_CACHE")
        os.environ["SCAMSCREEN_CACHE"] = str(work / "cache")  # never the user's own
        try:
            startup = bench_startup(work / "startup", rounds=sizes.startup_rounds)

            home = work / "big"
            start = time.perf_counter()
            build_log(home, contacts)
            say(
                f"  built a case log of {contacts:,} contacts in "
                f"{time.perf_counter() - start:.0f} s"
            )
            settings_file = work / "settings.ini"
            cold = time_cold_history(home, settings_file, sizes.cold_rounds)
            window = new_window(home, settings_file)
            try:
                history = bench_history(window, home, sizes.history_rounds, cold)
                stalls = bench_stalls(window, sizes)
            finally:
                close_window(window)
        finally:
            if cache is None:
                os.environ.pop("SCAMSCREEN_CACHE", None)
            else:
                os.environ["SCAMSCREEN_CACHE"] = cache
    say(f"  desktop-app benchmark took {time.perf_counter() - started:.0f} s")

    rows = [
        (
            "start-up, app / hello world",
            f"{startup['ratio']:.2f}x",
            f"<= {STARTUP_BUDGET}x",
            startup["ratio"] <= STARTUP_BUDGET,
            "start-up",
        ),
        (
            f"History, {contacts:,} contacts (warm)",
            f"{history['warm_ms']:.0f} ms",
            f"< {HISTORY_BUDGET_MS:.0f} ms",
            history["warm_ms"] < HISTORY_BUDGET_MS,
            "history (warm)",
        ),
        (
            f"History, {contacts:,} contacts (cold)",
            f"{history['cold_ms']:.0f} ms",
            f"< {HISTORY_BUDGET_MS:.0f} ms",
            history["cold_ms"] < HISTORY_BUDGET_MS,
            "history (cold)",
        ),
    ]
    rows += [
        (
            f"longest stall, {name}",
            f"{r['max_ms']:.0f} ms (p99 {r['p99_ms']:.0f})",
            f"<= {STALL_BUDGET_MS:.0f} ms",
            r["max_ms"] <= STALL_BUDGET_MS,
            f"stall ({name})",
        )
        for name, r in stalls.items()
    ]
    say("")
    say(f"{'measure':44} {'value':>20}  {'budget':>10}")
    for label, value, budget, ok, _name in rows:
        say(f"{label:44} {value:>20}  {budget:>10}  {'ok' if ok else 'OVER'}")
    return [name for *_rest, ok, name in rows if not ok]


def main() -> int:
    if sys.argv[1:2] == ["--startup-child"]:
        startup_child(sys.argv[2])
        return 0  # not reached: the child leaves through os._exit

    import argparse

    parser = argparse.ArgumentParser(description="The desktop app's benchmark.")
    parser.add_argument("--quick", action="store_true", help="a smaller log, fewer rounds")
    args = parser.parse_args()
    failed = bench_ui(QUICK if args.quick else FULL)
    print("within budget" if not failed else f"OVER BUDGET: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
