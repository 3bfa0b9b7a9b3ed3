"""What every benchmark shares: the context it runs in, a row of the table, interleaving.

A row holds every run's figure for the thing measured and, measured in the same runs and
interleaved with it, its baseline's. The ratio is the median of the per-run ratios (each run's
figure over the baseline's figure measured next to it), so a machine that slows down for a
while slows both sides of a ratio alike.
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Context:
    runs: int
    quick: bool
    scratch: Path  # a temporary folder, removed after the suite
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def sizes(self) -> tuple[int, ...]:
        """Session sizes for save, load and export; the smoke test leaves out 10,000."""
        return (10, 100, 1_000) if self.quick else (10, 100, 1_000, 10_000)

    def log(self, text: str) -> None:
        print(f"  {text}", file=sys.stderr, flush=True)


@dataclass
class Row:
    bench: str
    case: str
    unit: str  # "ms", "MB" or "×" (a ratio of two figures of the app itself)
    samples: list[float]
    baseline: str = ""
    base_samples: list[float] = field(default_factory=list)
    target: str = ""
    max_ratio: float | None = None  # the median ratio must not be above this
    max_value: float | None = None  # the median figure must not be above this (in `unit`)
    passed: bool | None = None  # a check that is not about time (cli: no Textual imported)
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def low(self) -> float:
        return min(self.samples)

    @property
    def high(self) -> float:
        return max(self.samples)

    @property
    def base_median(self) -> float | None:
        return statistics.median(self.base_samples) if self.base_samples else None

    @property
    def ratio(self) -> float | None:
        if not self.base_samples:
            return None
        pairs = [s / b for s, b in zip(self.samples, self.base_samples, strict=False) if b > 0]
        return statistics.median(pairs) if pairs else None

    @property
    def ok(self) -> bool | None:
        checks: list[bool] = [] if self.passed is None else [self.passed]
        if self.max_ratio is not None:
            ratio = self.ratio if self.base_samples else self.median
            checks.append(ratio is not None and ratio <= self.max_ratio)
        if self.max_value is not None:
            checks.append(self.median <= self.max_value)
        return all(checks) if checks else None

    def as_json(self) -> dict[str, Any]:
        return {
            "bench": self.bench,
            "case": self.case,
            "unit": self.unit,
            "median": self.median,
            "min": self.low,
            "max": self.high,
            "samples": self.samples,
            "baseline": self.baseline,
            "baseline_median": self.base_median,
            "baseline_samples": self.base_samples,
            "ratio": self.ratio,
            "target": self.target,
            "ok": self.ok,
            "note": self.note,
        }


def interleaved(
    runs: int,
    subject: Callable[[], float],
    baseline: Callable[[], float],
    *,
    warmup: int = 1,
) -> tuple[list[float], list[float]]:
    """Run subject and baseline `runs` times each, side by side, alternating which goes first
    (so neither always runs on a warmer or colder machine). Warm-up runs are not counted; a
    single run (the smoke test) has none."""
    for _ in range(warmup if runs > 1 else 0):
        baseline()
        subject()
    ours: list[float] = []
    theirs: list[float] = []
    for index in range(runs):
        if index % 2:
            ours.append(subject())
            theirs.append(baseline())
        else:
            theirs.append(baseline())
            ours.append(subject())
    return ours, theirs


def timed(function: Callable[[], object], *, budget: float = 0.2, most: int = 5) -> float:
    """Milliseconds one call takes: the fastest of back-to-back calls, as many as fit in
    `budget` seconds (at least one, at most `most`), after a garbage collection so earlier
    garbage is not billed to them. On a shared machine a call now and then waits for the
    CPU; the fastest of a few is what the code costs, and subject and baseline are timed
    alike."""
    gc.collect()
    best = float("inf")
    spent = 0.0
    for _ in range(most):
        start = time.perf_counter()
        function()
        took = time.perf_counter() - start
        best = min(best, took)
        spent += took
        if spent >= budget:
            break
    return best * 1000


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "–"
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "MB":
        return f"{value:.1f} MB"
    if value >= 100:
        return f"{value:,.0f} {unit}".strip()
    if value >= 10:
        return f"{value:.1f} {unit}".strip()
    return f"{value:.2f} {unit}".strip()


def growth_row(bench: str, by_size: dict[int, list[float]], what: str = "") -> Row:
    """The largest size's figures over the next largest's, run by run: linear growth gives
    the ratio of the sizes; the target allows half as much again."""
    big, small = sorted(by_size)[-1], sorted(by_size)[-2]
    ratios = [b / s for b, s in zip(by_size[big], by_size[small], strict=True)]
    limit = 1.5 * big / small
    return Row(
        bench,
        f"{big:,} ÷ {small:,} items{what}",
        "×",
        ratios,
        target=f"≤ {limit:.0f}× (linear)",
        max_ratio=limit,
    )
