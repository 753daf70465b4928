"""The built bundle (dist/tjdesk/, from `make package`): its size, and how fast it starts.

- Bundle size on disk: target under 200 MB, built from only the Qt modules the app uses.
  There is no baseline (a size stands alone).
- Start time of the bundled `tjdesk` beside the same command from the virtual environment,
  measured in the same run, interleaved (bundle, venv, bundle, venv...) so a busy moment on
  this shared machine hits both alike. Target: the bundle at most 1.3x the venv.
  Two starts: `tjdesk --version` (interpreter, bootloader and the command-line modules; no
  Qt) and `tjdesk --self-test` (Qt offscreen, a throwaway vault, a PDF, the sim alarm).
  "Cold" here means a new process each time; the OS file cache is warm for both (dropping it
  would disturb everyone else on the machine), so first-boot-after-install is slower for both.

No bundle built: the rows are skipped with a note on stderr; `make package` first.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row, median

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "tjdesk"
SIZE_TARGET_MB = 200.0
START_TARGET_RATIO = 1.3
RUNS = {"--version": 7, "--self-test": 3}


def bundle_program(bundle: Path = BUNDLE) -> Path:
    return bundle / ("tjdesk.exe" if sys.platform == "win32" else "tjdesk")


def venv_program() -> list[str]:
    # The console script pip installed beside this interpreter: what `tjdesk` runs from a venv.
    script = Path(sys.executable).parent / ("tjdesk.exe" if sys.platform == "win32" else "tjdesk")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "ui.cli"]


def folder_size_bytes(folder: Path) -> int:
    # PyInstaller links some libraries (libpython, Qt) to their real file: count each once.
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def _time_once(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, timeout=300, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{command} exited {result.returncode}: {result.stderr[-500:]!r}")
    return elapsed


def start_times(
    bundled: list[str], venv: list[str], argument: str, runs: int
) -> tuple[float, float]:
    """Median seconds for the bundle and for the venv, runs interleaved."""
    with tempfile.TemporaryDirectory(prefix="tjdesk-bench-start-") as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=tmp)
        # One unmeasured run each: loads both into the file cache equally.
        _time_once([*bundled, argument], env)
        _time_once([*venv, argument], env)
        bundle_s, venv_s = [], []
        for _ in range(runs):
            bundle_s.append(_time_once([*bundled, argument], env))
            venv_s.append(_time_once([*venv, argument], env))
    return median(bundle_s), median(venv_s)


def run() -> list[Row]:
    program = bundle_program()
    if not program.exists():
        print(
            f"bench_package: skipped: no bundle at {BUNDLE} (run 'make package' first)",
            file=sys.stderr,
        )
        return []
    size_mb = folder_size_bytes(BUNDLE) / 1e6
    rows = [
        Row(
            name="bundle size (dist/tjdesk, one folder)",
            unit="MB",
            value=size_mb,
            baseline=None,
            baseline_value=None,
            target=f"< {SIZE_TARGET_MB:.0f} MB",
            met=size_mb < SIZE_TARGET_MB,
        )
    ]
    for argument, runs in RUNS.items():
        bundle_s, venv_s = start_times([str(program)], venv_program(), argument, runs)
        rows.append(
            Row(
                name=f"start: tjdesk {argument}, bundle vs venv",
                unit="s",
                value=bundle_s,
                baseline=f"tjdesk {argument} from the venv",
                baseline_value=venv_s,
                target=f"<= {START_TARGET_RATIO}x",
                met=bundle_s <= START_TARGET_RATIO * venv_s,
                note=f"median of {runs}, interleaved, file cache warm",
            )
        )
    return rows
