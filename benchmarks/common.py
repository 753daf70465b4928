"""One benchmark figure beside its baseline, both measured in the same run."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Row:
    name: str
    unit: str
    value: float
    baseline: str | None  # what the value is compared with; None where there is none (a size)
    baseline_value: float | None
    target: str = ""  # the target in words, e.g. "<= 2x" or "< 200 MB"
    met: bool | None = None  # whether the target holds; None if it cannot be judged
    note: str = ""
    spread: tuple[float, float] | None = None  # lowest and highest of the repeated runs
    how: str = ""  # how the target was reached (results.md)

    @property
    def ratio(self) -> float | None:
        if self.baseline_value in (None, 0):
            return None
        return self.value / self.baseline_value  # type: ignore[operator]

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "unit": self.unit,
            "value": self.value,
            "baseline": self.baseline,
            "baseline_value": self.baseline_value,
            "ratio": self.ratio,
            "target": self.target,
            "met": self.met,
            "note": self.note,
            "spread": list(self.spread) if self.spread is not None else None,
        }


def percentile(samples: list[float], pct: float) -> float:
    """Nearest-rank percentile (p50, p99) of a list of samples."""
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


# -- repeated figures -------------------------------------------------------------------------
# A p99 from one process moves with whatever else the machine did in those seconds. Noisy
# figures are measured in several fresh processes, one after another; the figure is the
# median of the per-process values and the spread (lowest to highest) is printed beside it,
# so a figure moves only when the code does, and a reader sees how far to trust it.

REPO = Path(__file__).resolve().parents[1]


@dataclass
class Repeated:
    """One figure measured once per process."""

    values: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def spread(self) -> tuple[float, float]:
        return min(self.values), max(self.values)

    def describe(self, unit: str = "") -> str:
        low, high = self.spread
        unit = f" {unit}" if unit else ""
        return f"median of {len(self.values)} processes, spread {low:.3g}-{high:.3g}{unit}"


def in_processes(module: str, function: str, runs: int, *args: object) -> list[Any]:
    """``benchmarks.<module>.<function>(*args)`` in ``runs`` fresh processes, one at a time;
    each returns something JSON can carry. A process that fails stops the figure (raises)."""
    script = (
        "import json, sys\n"
        f"from benchmarks.{module} import {function} as measure\n"
        "result = measure(*json.loads(sys.argv[1]))\n"
        "print('RESULT ' + json.dumps(result), flush=True)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    results = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", script, json.dumps(list(args))],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
        if done.returncode != 0 or not lines:
            raise RuntimeError(
                f"{module}.{function} failed (exit {done.returncode}): {done.stderr[-2000:]}"
            )
        results.append(json.loads(lines[-1].removeprefix("RESULT ")))
    return results


def repeated(results: list[dict[str, Any]], key: str) -> Repeated:
    return Repeated([float(result[key]) for result in results])


def load_note() -> str:
    """The machine's load while the figures were taken (the same run), for the reader."""
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return ""
    return f"load {one:.1f}/{five:.1f} on {os.cpu_count()} cores"
