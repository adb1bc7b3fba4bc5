#!/usr/bin/env bash
# Cold start: JVM start to the first explained rating, each run a new JVM, per engine; prints the runs and the median.
# Usage (from the repository root, after the package build): benchmarks/cold-start.sh [runs=7] [dossier]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
dossier=${2:-examples/dossiers/02-nuoc-mam-cat-hai.json}
for engine in reference drools dmn; do
  times=()
  for _ in $(seq "$runs"); do
    line=$(java -cp benchmarks/target/benchmarks.jar org.ocop.rules.benchmarks.ColdStart "$engine" "$dossier")
    echo "  $line"
    times+=("$(echo "$line" | awk '{print $2}')")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  echo "$engine: runs ${times[*]} ms; median $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms;" \
    "min $(echo "$sorted" | head -1), max $(echo "$sorted" | tail -1)"
done
