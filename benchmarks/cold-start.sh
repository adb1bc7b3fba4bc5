#!/usr/bin/env bash
# Cold start: JVM start to the first explained rating, each run a new JVM, per engine; prints the runs and the median.
# Usage (from the repository root, after the package build): benchmarks/cold-start.sh [runs=7] [dossier]
# JAVA_OPTS adds JVM flags, for example JAVA_OPTS=-XX:SharedArchiveFile=ocop.jsa (see BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
dossier=${2:-examples/dossiers/02-nuoc-mam-cat-hai.json}
for engine in reference drools dmn; do
  times=()
  cpus=()
  for _ in $(seq "$runs"); do
    line=$(java ${JAVA_OPTS:-} -cp benchmarks/target/benchmarks.jar org.ocop.rules.benchmarks.ColdStart "$engine" "$dossier")
    echo "  $line"
    times+=("$(echo "$line" | awk '{print $2}')")
    cpus+=("$(echo "$line" | sed 's/.*process CPU \([0-9]*\) ms.*/\1/')")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  echo "$engine: runs ${times[*]} ms; median $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms;" \
    "min $(echo "$sorted" | head -1), max $(echo "$sorted" | tail -1);" \
    "process CPU median $(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p") ms"
done
