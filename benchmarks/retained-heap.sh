#!/usr/bin/env bash
# Retained heap of the catalogue and both engines with every bundled version loaded, each run a new JVM.
# Usage (from the repository root, after the package build): benchmarks/retained-heap.sh [runs=5]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
mib=()
for _ in $(seq "$runs"); do
  line=$(java -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar org.ocop.rules.benchmarks.RetainedHeap)
  echo "$line"
  mib+=("$(echo "$line" | awk '{print $2}')")
done
sorted=$(printf '%s\n' "${mib[@]}" | sort -n)
echo "median $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") MiB; min $(echo "$sorted" | head -1), max $(echo "$sorted" | tail -1)"
