#!/usr/bin/env python3
"""Prints BENCHMARKS.md's time tables from the medians criterion saved in target/criterion.

Run `cargo bench` first, then `python3 benches/report.py` (with the same CARGO_TARGET_DIR, if
one was set). Times per element: per list node, per graph edge, per remove+insert pair (keys
churn), per lookup (keys lookup), per cache operation, per collections list element; ratios
are to ghost-graph's (or ghost-collections' plain API's) median in the same run.
"""
import json
import os
import pathlib

TARGET = os.environ.get("CARGO_TARGET_DIR") or pathlib.Path(__file__).resolve().parent.parent / "target"
CRITERION = pathlib.Path(TARGET) / "criterion"
# workload: (operations, elements per run (one figure, or one per operation), unit)
WORKLOADS = {
    "list": (["build", "traverse_forward", "traverse_backward", "remove_every_third", "splice"],
             1_000_000, "ns/node"),
    "graph": (["build", "bfs", "dfs"], 400_000, "ns/edge"),
    "keys": (["churn", "key_lookup"], {"churn": 1_000_000, "key_lookup": 100_000},
             "ns/pair (churn), ns/lookup (key_lookup)"),
    "lru": (["get_hit", "put_evict", "mixed"],
            {"get_hit": 100_000, "put_evict": 1_000_000, "mixed": 1_000_000}, "ns/operation"),
    "collections_list": (["push_back", "iterate", "pop_front"], 1_000_000, "ns/element"),
}
# The implementation every ratio is to, per workload (default: ghost_graph).
BASE = {"lru": "ghost_collections", "collections_list": "ghost_collections"}


def median_ns(group, function):
    path = CRITERION / group / function / "new" / "estimates.json"
    if not path.exists():
        return None
    return json.loads(path.read_text())["median"]["point_estimate"]


for workload, (operations, per_run, unit) in WORKLOADS.items():
    functions = sorted(
        {p.name for op in operations for p in (CRITERION / f"{workload}_{op}").glob("*")
         if (p / "new" / "estimates.json").exists()},
        key=lambda f: (not f.startswith("ghost_"), f),
    )
    if not functions:
        continue
    base_name = BASE.get(workload, "ghost_graph")
    print(f"### {workload}: median {unit}, (ratio to {base_name})\n")
    print("| implementation | " + " | ".join(operations) + " |")
    print("| --- |" + " ---: |" * len(operations))
    for function in functions:
        cells = []
        for op in operations:
            per = per_run[op] if isinstance(per_run, dict) else per_run
            value = median_ns(f"{workload}_{op}", function)
            base = median_ns(f"{workload}_{op}", base_name)
            cells.append("-" if value is None else
                         f"{value / per:.2f} ({value / base:.2f})" if base else f"{value / per:.2f}")
        print(f"| {function} | " + " | ".join(cells) + " |")
    print()
