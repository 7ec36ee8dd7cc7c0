#!/usr/bin/env bash
# Workload 4: how much compile time #[ghost_graph] adds. Builds a crate with 20 annotated node
# structs and the same crate written by hand (its own expansion, from `cargo expand`), rebuilds
# each crate alone RUNS times with dependencies cached, and prints the median wall times and
# their ratio. Usage: bash benches/macro_cost.sh [RUNS]   (needs cargo-expand: installed if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-7}
work=$root/target/macro-cost
export CARGO_TARGET_DIR=$work/target
command -v cargo-expand >/dev/null || cargo install cargo-expand --locked

make_crate() { # name
  mkdir -p "$work/$1/src"
  cat > "$work/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false
[dependencies]
ghost-runtime = { path = "$root/ghost-runtime" }
[workspace]
TOML
}

make_crate annotated
{
  echo '#![allow(dead_code)]'
  echo 'use ghost_runtime::ghost_graph;'
  # 20 structs: four each of a list, a tree, a graph and a generic binary tree, and two
  # person/company pairs linked across types.
  for i in 0 1 2 3; do
    cat <<RS
#[ghost_graph] pub struct List$i { pub val: u64, #[link(inverse = prev)] pub next: Option<List$i>, pub prev: Option<List$i> }
#[ghost_graph] pub struct Tree$i { pub name: String, #[link(inverse = parent)] pub children: Vec<Tree$i>, pub parent: Option<Tree$i> }
#[ghost_graph] pub struct Graph$i { pub id: u32, #[link(inverse = pred)] pub succ: Vec<Graph$i>, pub pred: Vec<Graph$i>, #[link(symmetric)] pub near: Vec<Graph$i> }
#[ghost_graph] pub struct Bst$i<K: Ord + Send + Sync> { pub key: K, #[link(inverse = up)] pub kids: [Option<Bst$i<K>>; 2], pub up: Option<Self> }
RS
  done
  for i in 0 1; do
    cat <<RS
#[ghost_graph] pub struct Person$i { pub name: String, #[link(inverse = staff)] pub job: Option<Company$i>, next: Option<Self> }
#[ghost_graph] pub struct Company$i { pub name: String, #[link(inverse = job)] pub staff: Vec<Person$i> }
RS
  done
} > "$work/annotated/src/lib.rs"

make_crate handwritten
(cd "$work/annotated" && cargo build -q && cargo expand --lib 2>/dev/null) \
  | grep -v -e '^#!\[feature(prelude_import)\]' -e '^#\[prelude_import\]' -e '^use std::prelude' \
      -e '^extern crate std;' -e '^use ghost_runtime::ghost_graph;' \
  > "$work/handwritten/src/lib.rs"
(cd "$work/handwritten" && cargo build -q)

structs=$(grep -c '#\[ghost_graph\]' "$work/annotated/src/lib.rs")
lines=$(wc -l < "$work/handwritten/src/lib.rs")
median_ms() { # crate
  local times=()
  for _ in $(seq "$runs"); do
    touch "$work/$1/src/lib.rs"
    local start end
    start=$(date +%s%N)
    (cd "$work/$1" && cargo build -q)
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
annotated=$(median_ms annotated)
handwritten=$(median_ms handwritten)
echo "crate with $structs #[ghost_graph] structs vs its expansion written out ($lines lines), $runs rebuilds each, medians:"
echo "| crate | build (ms) |"
echo "| --- | --- |"
echo "| annotated | $annotated |"
echo "| hand-written expansion | $handwritten |"
awk -v a="$annotated" -v h="$handwritten" 'BEGIN { printf "ratio annotated / hand-written: %.2f (the macro adds %d ms, %.1f ms per struct)\n", a / h, a - h, (a - h) / 20 }'
