"""One benchmark figure beside its baseline, both measured in the same run."""

from __future__ import annotations

import statistics
from dataclasses import dataclass


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
