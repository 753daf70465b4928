"""`make bench`: every figure beside its baseline, measured in one run.

Runs each benchmarks/bench_<topic>.py module's ``run() -> list[Row]``, prints a Markdown table,
and writes benchmarks/results.json (a list of {"name", "unit", "value", "baseline",
"baseline_value", "ratio", ...}) and benchmarks/results.md. A target that is missed is marked,
never turned into a failing test. ``python -m benchmarks TOPIC ...`` runs only those topics.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import traceback
from pathlib import Path

import benchmarks
from benchmarks.common import Row, load_note

HERE = Path(__file__).resolve().parent


def _fmt(number: float | None) -> str:
    if number is None:
        return "-"
    if abs(number) >= 100:
        return f"{number:,.0f}"
    if abs(number) >= 1:
        return f"{number:.2f}"
    return f"{number:.4f}"


def table(rows: list[Row]) -> str:
    lines = [
        "| figure | value | spread | unit | baseline | baseline value | ratio | target | met |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        mark = {True: "yes", False: "**MISSED**", None: "-"}[row.met]
        ratio = "-" if row.ratio is None else f"{row.ratio:.2f}x"
        spread = "-" if row.spread is None else f"{_fmt(row.spread[0])}-{_fmt(row.spread[1])}"
        lines.append(
            f"| {row.name} | {_fmt(row.value)} | {spread} | {row.unit} | {row.baseline or '-'} | "
            f"{_fmt(row.baseline_value)} | {ratio} | {row.target or '-'} | {mark} |"
        )
    return "\n".join(lines)


def how_section(rows: list[Row]) -> str:
    """How each target was reached, from the benchmark modules (results.md only)."""
    lines = ["", "## How the targets were reached (and what is left where one is not)", ""]
    for row in rows:
        if row.how:
            state = {True: "", False: " (target NOT reached in this run)", None: ""}[row.met]
            lines.append(f"- **{row.name}**{state}: {row.how}")
    return "\n".join(lines) if len(lines) > 3 else ""


def _mutation_scores() -> list[dict[str, object]]:
    """`make mutate`'s scores (benchmarks/mutation.py) are kept: a bench run does not redo them."""
    try:
        earlier = json.loads((HERE / "results.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [
        row
        for row in earlier
        if isinstance(row, dict) and str(row.get("name", "")).startswith("mutation score: ")
    ]


def main(argv: list[str]) -> int:
    wanted = set(argv)
    rows: list[Row] = []
    failures = 0
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda m: m.name):
        if not info.name.startswith("bench_"):
            continue
        topic = info.name.removeprefix("bench_")
        if wanted and topic not in wanted:
            continue
        print(f"running {topic} ...", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"benchmarks.{info.name}")
            rows.extend(module.run())
        except Exception:  # one broken figure must not hide the others
            failures += 1
            traceback.print_exc()
    (HERE / "results.json").write_text(
        json.dumps([r.as_json() for r in rows] + _mutation_scores(), indent=2, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    text = table(rows)
    method = (
        f"Noisy figures: median of several fresh processes, spread = lowest-highest of them. "
        f"Machine at the end of this run: {load_note()}. How the figures are taken and "
        f"compared: docs/VERIFY.md, 'Speed figures against their baselines'."
    )
    (HERE / "results.md").write_text(f"{text}\n\n{method}\n{how_section(rows)}\n", encoding="utf-8")
    print(text)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
