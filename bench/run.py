"""Run the benchmarks and print one table: `python bench/run.py [NAME ...] [--runs N] [--quick]`.

Every figure is a median over `--runs` runs (10 by default), each run measured next to its
baseline; `--quick` runs everything once, to prove the suite still works (CI does that, and
asserts nothing about times). The table goes to stdout as Markdown, progress to stderr, and
every sample to bench/results/latest.json. docs/performance.md says what each figure means.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import Context, Row, fmt  # noqa: E402

# In the order they run; the name is what the command line takes.
BENCHMARKS = {
    "start": "cases.start",
    "start-resume": "cases.start_resume",
    "start-list": "cases.start_list",
    "key": "cases.key",
    "key-during-save": "cases.key_during_save",
    "save": "cases.save",
    "load": "cases.load",
    "export": "cases.export",
    "nav": "cases.nav",
    "mem": "cases.mem",
    "live": "cases.live",
    "cli": "cases.cli",
    "follow-up": "cases.follow_up",
    "trend": "cases.trend",
}


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        import textual

        textual_version = textual.__version__
    except (ImportError, AttributeError):
        textual_version = "?"
    return {
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "textual": textual_version,
    }


def table(rows: list[Row]) -> str:
    head = ["benchmark", "case", "median", "min – max", "baseline (median)", "ratio", "target", ""]
    lines = [head, ["---"] * len(head)]
    for row in rows:
        verdict = {True: "ok", False: "**missed**", None: ""}[row.ok]
        base = f"{row.baseline} ({fmt(row.base_median, row.unit)})" if row.baseline else ""
        lines.append(
            [
                row.bench,
                row.case,
                fmt(row.median, row.unit),
                f"{fmt(row.low, row.unit)} – {fmt(row.high, row.unit)}",
                base,
                fmt(row.ratio, "×") if row.ratio is not None else "",
                row.target,
                verdict,
            ]
        )
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def compile_bytecode() -> None:
    """Compile the program's modules as installing it from a wheel does. An editable install
    (the checkout's `pip install -e`) leaves that to the first import, and with
    PYTHONDONTWRITEBYTECODE set, every start would compile the changed modules again, while
    Textual, the baseline, was compiled by pip: start-up would be measured against a
    baseline that has an advantage the program has too, once installed."""
    import compileall

    import facilitator

    compileall.compile_dir(Path(facilitator.__file__).parent, quiet=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(BENCHMARKS))
    parser.add_argument("--runs", type=int, default=10, help="runs per figure (default 10)")
    parser.add_argument("--quick", action="store_true", help="one run each: a smoke test")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "latest.json")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    names = args.names or list(BENCHMARKS)
    runs = 1 if args.quick else max(1, args.runs)

    rows: list[Row] = []
    took: dict[str, float] = {}
    scratch = Path(tempfile.mkdtemp(prefix="facilitator-bench-"))
    context = Context(runs=runs, quick=args.quick, scratch=scratch)
    started = time.perf_counter()
    compile_bytecode()
    try:
        for name in names:
            print(f"{name} …", file=sys.stderr, flush=True)
            begun = time.perf_counter()
            module = importlib.import_module(BENCHMARKS[name])
            rows.extend(module.run(context))
            took[name] = time.perf_counter() - begun
            print(f"{name}: {took[name]:.1f} s", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    total = time.perf_counter() - started

    print(table(rows))
    info = machine()
    print(
        f"\n{runs} run(s) per figure; {total:.0f} s in all; {info['cpu']}, {info['cores']} cores, "
        f"{info['system']}, Python {info['python']}, Textual {info['textual']}."
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "machine": info,
                "runs": runs,
                "quick": args.quick,
                "seconds": total,
                "seconds_per_benchmark": took,
                "rows": [row.as_json() for row in rows],
            },
            indent=2,
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
