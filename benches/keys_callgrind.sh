#!/usr/bin/env bash
# Instruction counts of the keys workload (benches/keys.rs): builds the benchmark binary, runs
# each store's churn and lookup once under callgrind (GHOST_BENCH_DRIVER, at the benchmark
# size; GHOST_BENCH_QUICK=1 shrinks it as for the timings), counting only inside the measured
# functions (`--toggle-collect`, so building the store is not counted), and prints instructions
# per remove+insert pair and per lookup. Counts are the same run after run. Needs valgrind
# (`apt-get install valgrind`). Honours CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v valgrind >/dev/null; then
  echo "valgrind not found: apt-get install valgrind" >&2
  exit 1
fi

bin=$(cargo bench --bench keys --no-run 2>&1 | sed -n 's/^ *Executable .*(\(.*\))$/\1/p' | tail -n 1)
if [ -z "$bin" ]; then
  echo "could not find the keys benchmark binary" >&2
  exit 1
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "| workload | store | operations | instructions | per operation |"
echo "| --- | --- | ---: | ---: | ---: |"
for spec in churn:ghost_graph churn:slotmap churn:rc_refcell churn:raw_free_list \
  lookup:ghost_graph lookup:ghost_graph_read lookup:slotmap lookup:rc_refcell \
  lookup:raw_free_list; do
  name=${spec/:/_}
  GHOST_BENCH_DRIVER=$spec valgrind --tool=callgrind --toggle-collect='*callgrind_measured*' \
    --callgrind-out-file="$out/$name.out" "$bin" >"$out/$name.txt" 2>"$out/$name.log"
  ops=$(sed -n 's/.*: \([0-9]*\) operations.*/\1/p' "$out/$name.txt")
  ir=$(sed -n 's/^totals: \([0-9]*\).*/\1/p' "$out/$name.out")
  per=$(awk -v ir="$ir" -v ops="$ops" 'BEGIN { printf "%.2f", ir / ops }')
  echo "| ${spec%%:*} | ${spec#*:} | $ops | $ir | $per |"
done
