#!/usr/bin/env bash
# Cold start: JVM start to the first explained rating, each run a new JVM, per engine; prints the runs and the median.
# Usage (from the repository root, after the package build): benchmarks/cold-start.sh [runs=7] [dossier]
# JAVA_OPTS adds JVM flags, for example JAVA_OPTS=-XX:TieredStopAtLevel=1 (see BENCHMARKS.md).
# CDS=1 first makes one class-data sharing archive per engine (a training run with -XX:ArchiveClassesAtExit, under
# benchmarks/target) and then measures every run with it (-XX:SharedArchiveFile).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
dossier=${2:-examples/dossiers/02-nuoc-mam-cat-hai.json}
jar=benchmarks/target/benchmarks.jar
for engine in reference drools dmn; do
  opts=${JAVA_OPTS:-}
  if [ "${CDS:-0}" = 1 ]; then
    archive=benchmarks/target/cold-start-$engine.jsa
    rm -f "$archive"
    # the archive's warnings (classes CDS cannot store) are not the measurement's business
    java $opts -XX:ArchiveClassesAtExit="$archive" -cp "$jar" org.ocop.rules.benchmarks.ColdStart "$engine" \
      "$dossier" > /dev/null 2>&1
    opts="$opts -XX:SharedArchiveFile=$archive"
  fi
  times=()
  cpus=()
  for _ in $(seq "$runs"); do
    # only the probe's line: a JVM warning (a stale archive, say) goes to standard output too
    line=$(java $opts -cp "$jar" org.ocop.rules.benchmarks.ColdStart "$engine" "$dossier" | grep "^$engine ")
    echo "  $line"
    times+=("$(echo "$line" | awk '{print $2}')")
    cpus+=("$(echo "$line" | sed 's/.*process CPU \([0-9]*\) ms.*/\1/')")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  echo "$engine: runs ${times[*]} ms; median $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms;" \
    "min $(echo "$sorted" | head -1), max $(echo "$sorted" | tail -1);" \
    "process CPU median $(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p") ms"
done
