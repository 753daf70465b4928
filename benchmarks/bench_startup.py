"""Start-up time and memory of the GUI, each beside a bare PySide6 window in the same run.

- Time from process start to the sign-in window's first paint (fresh Python processes,
  offscreen), beside a process that only imports PySide6 and paints an empty window, in
  alternating pairs; the median and spread of each. Target: <= 1.5x.
- Resident memory (RSS) of the signed-in main window with every area an administrator sees,
  beside the bare window's (median of a few processes each). Target: <= 2.5x.
- Quick-hide from an open dialog: the third Shift press until the neutral screen is painted
  (no baseline: the target is an absolute 200 ms).

The vault is a throwaway one with fast Argon2 (the unlock time has its own figure). The alarm
link is the real controller with its service unreachable (it shows the fault), so the
benchmark starts no alarm service.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from benchmarks.common import Repeated, Row, load_note

REPO = Path(__file__).resolve().parents[1]
RUNS = 7

# Both measured to the first paint of the window, not to show(): what the user sees. Work the
# app puts off until after that paint (ui/first_paint.py) is not counted, as it should not be.
FIRST_PAINT = textwrap.dedent(
    """
    import time
    from PySide6.QtCore import QEvent, QObject, QTimer
    class FirstPaint(QObject):
        def __init__(self, window, then):
            super().__init__(window)
            self.then = then
            window.installEventFilter(self)
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and self.then is not None:
                then, self.then = self.then, None
                QTimer.singleShot(0, then)  # once this paint is done
            return False
    """
)

BARE_SHOWN = FIRST_PAINT + textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication(sys.argv)
    window = QWidget()
    window.setWindowTitle("bare")
    window.resize(1100, 720)
    def shown():
        print("shown", time.process_time(), flush=True)
        app.quit()
    FirstPaint(window, shown)
    window.show()
    app.exec()
    """
)

APP_SHOWN = FIRST_PAINT + textwrap.dedent(
    """
    import sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[2])
    from PySide6.QtCore import QTimer
    from ui.alarm.controller import AlarmController
    from ui.app import create_application, start_gui
    folder = Path(sys.argv[1])
    create_application()
    def no_service(*args, **kwargs):
        raise ConnectionRefusedError("no alarm service in this benchmark")
    alarm = AlarmController(
        folder / "alarm", client_factory=no_service, ensure_running=lambda d: None
    )
    alarm.start()
    gui = start_gui(folder, alarm=alarm)
    assert gui.window is not None and gui.window.isVisible()
    def shown():
        assert gui.window.current_screen is gui.window.sign_in
        print("shown", time.process_time(), flush=True)
        gui.app.quit()
    FirstPaint(gui.window, shown)
    gui.app.exec()
    """
)

BARE_RSS = BARE_SHOWN.replace(
    'print("shown", time.process_time(), flush=True)', "print(rss(), flush=True)"
)
assert BARE_RSS != BARE_SHOWN
RSS_FN = textwrap.dedent(
    """
    def rss():
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return -1
    """
)

APP_RSS = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[2])
    from PySide6.QtCore import QTimer
    from ui.alarm.controller import AlarmController
    from ui.app import create_application, start_gui
    folder = Path(sys.argv[1])
    ADMIN, DEFAULT_PASSWORD = sys.argv[3], sys.argv[4]  # not imported: no test code measured
    create_application()
    def no_service(*args, **kwargs):
        raise ConnectionRefusedError("no alarm service in this benchmark")
    alarm = AlarmController(
        folder / "alarm", client_factory=no_service, ensure_running=lambda d: None
    )
    alarm.start()
    gui = start_gui(folder, alarm=alarm)
    window = gui.window
    form = window.sign_in.form
    form.name_edit.setText(ADMIN)
    form.password_edit.setText(DEFAULT_PASSWORD)
    def measure():
        for index in range(window.workspace.count()):  # show every area once
            window.workspace.setCurrentIndex(index)
        QTimer.singleShot(1500, report)
    def report():
        memory = rss()
        areas = len(window.areas)  # before the quick-hide below closes them
        # Quick-hide from an open dialog: the third Shift press until the neutral screen is
        # painted (quick_hide repaints synchronously inside the key handler).
        import time
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout
        dialog = QDialog(window)
        QVBoxLayout(dialog).addWidget(QLabel("case notes"))
        dialog.open()
        for _ in range(2):
            QTest.keyPress(dialog, Qt.Key.Key_Shift)
            QTest.keyRelease(dialog, Qt.Key.Key_Shift)
        start = time.perf_counter()
        QTest.keyPress(dialog, Qt.Key.Key_Shift)
        hide_ms = (time.perf_counter() - start) * 1000
        assert window.current_screen is window.neutral and not dialog.isVisible()
        print(memory, areas, hide_ms, flush=True)
        gui.app.quit()
    window.ctx.signed_in.connect(lambda: QTimer.singleShot(500, measure))
    QTimer.singleShot(0, form.submit_button.click)
    QTimer.singleShot(60000, gui.app.quit)
    gui.app.exec()
    """
)


def _env(config_home: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = config_home
    return env


def _time_to_line(script: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds from starting the process to its "shown" line, the CPU seconds the
    process had used by its first paint, by its own count)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=REPO,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(60)
    if not line.startswith("shown"):
        raise RuntimeError("the window was not shown")
    return elapsed, float(line.split()[1])


def _output(script: str, args: list[str], env: dict[str, str]) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    words = done.stdout.split()
    if not words:
        raise RuntimeError(f"no measurement (exit {done.returncode})")
    return words


MEMORY_RUNS = 3

HOW_START = (
    "the sign-in window imports, builds and loads only what it shows before its first paint "
    "(ui/first_paint.py does the rest a moment later). Round 1: the backup module and the "
    "vault no longer come with the window; the window icon and the wheel guard after the "
    "paint (2.7x to 2.1x). Round 2 (profiled with -X importtime, cProfile and a count of the "
    "Python enum types PySide6 builds): no vault, crypto, alarm engine, platformdirs or "
    "importlib.resources before the paint (the password rules and the drill limits have "
    "modules of their own; PyThaiNLP's data folder is chosen when PyThaiNLP is imported; "
    "fonts and translations are read from the folder); quick-hide's app-wide key filter "
    "listens from the first paint (a Python filter that saw the first show, layout and paint "
    "events made PySide6 build the class of every Qt object they went to: 130 enum types, "
    "about 15 ms); Fusion is named when the QApplication is made (no QStyle class loaded) and "
    "the sort-arrow proxy style is on the two sortable headers, not the whole app (it was "
    "called from Python for every primitive painted); the lock and neutral screens, the work "
    "area, the backup reminder, the toolbar's language box and the choose-password panel are "
    "built after the paint or on first use; the alarm banner sets its style sheet only when it "
    "changes. CPU to the first paint went from about 230 to 140 ms (the bare window: 70 ms). "
    "Not reached: what is left is mostly PySide6 itself: the Qt namespace's 93 enums (12 ms, "
    "loaded by the first Qt.* the alarm strip and the sign-in card use), the Python classes "
    "and enums of each widget type shown (the bare window shows one), fontconfig and the Thai "
    "shaping of the first text (the bare window draws none), and the style sheet's polish of "
    "about 40 widgets. Going further means replacing Qt.* in the alarm strip's painting or "
    "patching PySide6's import hook, which reads every module's source (4 ms); not done. "
    "Round 3 profiled again (CPU by stage, enum types counted, perf): nothing more could come "
    "after the paint without the screen changing; the style sheet costs nothing measurable; "
    "the rest is PySide6's enums (Qt namespace 12 ms, other classes 8 ms), the font database "
    "(5 ms), the first polish of the sign-in screen (7.5 ms) and QMainWindow's tool bar "
    "(3.7 ms). Breakdown in docs/VERIFY.md, Speed figures"
)
HOW_MEMORY = (
    "PyThaiNLP's word list is held as one sorted list searched by bisection "
    "(tjdesk/thai/dictionary.py), with PyThaiNLP's own newmm segmenter and the same words, "
    "instead of two tries of Python objects (about 60 MB each, one for search, one for printed "
    "sheets); and it is loaded on the first sheet or search, no longer when the visitors area "
    "opens; the measured process no longer imports the test helpers (pytest). Round 2: the "
    "Network page took one constant from the MQTT link module and so loaded paho (about 8 MB), "
    "and the alarm settings one sentence from the alarm service module (multiprocessing and "
    "the service's own modules): both now come from small modules of their own "
    "(tjdesk/alarm/network/timing.py, tjdesk/alarm/limits.py); 129 MB went to about 121 MB"
)


# Thai word breaking for a sheet and for search, loaded in a fresh process: ours (a sorted word
# list, tjdesk/thai/dictionary.py) beside PyThaiNLP's own tries with the same words.
THAI_MEMORY = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    before = rss()
    sample = "ผู้เยี่ยมชมได้รับยาที่โรงพยาบาล"
    if sys.argv[2] == "ours":
        from tjdesk.cases.search_text import index_text
        from tjdesk.thai.wordbreak import insert_word_breaks
        insert_word_breaks(sample), index_text(sample)
    else:
        from tjdesk.thai.dictionary import keep_together_words, packaged_words
        from tjdesk.thai.pythainlp_home import keep_pythainlp_data_with_ours
        keep_pythainlp_data_with_ours()
        from pythainlp.tokenize import word_tokenize
        from pythainlp.util import dict_trie
        kept = dict_trie(set(packaged_words()) | set(keep_together_words()))
        word_tokenize(sample, custom_dict=kept, engine="newmm"), word_tokenize(sample)
    print(rss() - before, flush=True)
    """
)


def _byte_compile() -> None:
    """As an installed app (or the packaged one) has them: no compiling in the timed starts,
    even where PYTHONDONTWRITEBYTECODE keeps Python from writing .pyc files itself."""
    import compileall

    for package in ("ui", "tjdesk", "hardware"):
        compileall.compile_dir(str(REPO / package), quiet=1)


def run() -> list[Row]:
    sys.path.insert(0, str(REPO))
    from tests.helpers.vaults import ADMIN, DEFAULT_PASSWORD, make_vault

    _byte_compile()
    with tempfile.TemporaryDirectory(prefix="tjdesk-bench-startup-") as tmp:
        folder = Path(tmp) / "vault"
        made = make_vault(folder)
        made.close()
        env = _env(str(Path(tmp) / "config"))
        args = [str(folder), str(REPO)]
        # Warm the file cache once for both, then alternate so drift hits both alike.
        _time_to_line(BARE_SHOWN, [], env)
        _time_to_line(APP_SHOWN, args, env)
        bare, app, bare_cpu, app_cpu = [], [], [], []
        for _ in range(RUNS):
            wall, cpu = _time_to_line(BARE_SHOWN, [], env)
            bare.append(wall)
            bare_cpu.append(cpu * 1000)
            wall, cpu = _time_to_line(APP_SHOWN, args, env)
            app.append(wall)
            app_cpu.append(cpu * 1000)
        app_s, bare_s = Repeated(app), Repeated(bare)
        app_ms, bare_ms = Repeated(app_cpu), Repeated(bare_cpu)
        ratios = Repeated([a / b for a, b in zip(app, bare, strict=True)])

        bare_rss, app_rss, hides = [], [], []
        areas = 0
        for _ in range(MEMORY_RUNS):
            bare_rss.append(float(_output(RSS_FN + BARE_RSS, [], env)[0]))
            app_words = _output(RSS_FN + APP_RSS, [*args, ADMIN, DEFAULT_PASSWORD], env)
            app_rss.append(float(app_words[0]))
            areas = int(app_words[1])
            hides.append(float(app_words[2]))
        bare_mb, app_mb, hide_ms = Repeated(bare_rss), Repeated(app_rss), Repeated(hides)
        thai_ours = float(_output(RSS_FN + THAI_MEMORY, [str(REPO), "ours"], env)[0])
        thai_tries = float(_output(RSS_FN + THAI_MEMORY, [str(REPO), "tries"], env)[0])

    return [
        Row(
            name="GUI start-up: process start to sign-in window painted",
            unit="s",
            value=app_s.median,
            baseline="bare PySide6 window painted",
            baseline_value=bare_s.median,
            target="<= 1.5x",
            met=app_s.median / bare_s.median <= 1.5,
            note=f"{RUNS} fresh processes each, alternating, offscreen; app "
            f"{app_s.describe('s')}; bare {bare_s.describe('s')}; per-pair ratio "
            f"{ratios.describe()}; {load_note()}",
            spread=app_s.spread,
            how=HOW_START,
        ),
        Row(
            name="GUI start-up: CPU time of the process to its first paint (same processes)",
            unit="ms",
            value=app_ms.median,
            baseline="bare PySide6 window, CPU time to its first paint",
            baseline_value=bare_ms.median,
            note="what the start-up costs in work, less moved by the machine's load than the "
            f"wall time above (no target of its own); app {app_ms.describe('ms')}; bare "
            f"{bare_ms.describe('ms')}",
            spread=app_ms.spread,
        ),
        Row(
            name="memory of the signed-in main window (RSS)",
            unit="MB",
            value=app_mb.median,
            baseline="bare PySide6 window (RSS)",
            baseline_value=bare_mb.median,
            target="<= 2.5x",
            met=app_mb.median <= 2.5 * bare_mb.median,
            note=f"administrator, {areas} areas built and shown once; {app_mb.describe('MB')}",
            spread=app_mb.spread,
            how=HOW_MEMORY,
        ),
        Row(
            name="Thai word breaking loaded (a sheet and a search): memory added",
            unit="MB",
            value=thai_ours,
            baseline="PyThaiNLP's own tries, same words",
            baseline_value=thai_tries,
            note="fresh process each; same breaks (tests/tjdesk/visits/test_thai_dictionary.py)",
            how=HOW_MEMORY.split("; and")[0],
        ),
        Row(
            name="quick-hide from an open dialog: third Shift to neutral screen painted",
            unit="ms",
            value=hide_ms.median,
            baseline=None,
            baseline_value=None,
            target="<= 200 ms",
            met=hide_ms.median <= 200,
            note="signed-in administrator, every area built; dialog closed, vault closed; "
            + hide_ms.describe("ms"),
            spread=hide_ms.spread,
        ),
    ]
