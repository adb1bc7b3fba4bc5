#!/usr/bin/env bash
# Where one engine's time goes: JFR execution samples of a single-thread streamed batch (start-up included, so use a
# count large enough for the steady state to dominate).
# Prints the hottest top frames (self time), who owns each sample (our code, the engine, libraries) and the share of
# samples under the main steps of a rating. Usage (from the repository root): benchmarks/profile.sh drools|dmn [count]
set -euo pipefail
cd "$(dirname "$0")/.."
engine=$1
count=${2:-20000}
out=$(mktemp -d)
java -XX:StartFlightRecording=settings=profile,filename="$out/$engine.jfr" \
  -cp benchmarks/target/benchmarks.jar org.ocop.rules.benchmarks.StreamedBatch "$engine" "$count" 1
jfr print --events jdk.ExecutionSample --stack-depth 1 "$out/$engine.jfr" \
  | awk '/stackTrace = \[/ {getline; sub(/^ +/, ""); sub(/line:.*/, ""); print}' | sort | uniq -c | sort -rn \
  | awk 'NR <= 12'
# Owner of each sample: the first frame that is not the JDK's, so a HashMap.get counts for whoever called it.
jfr print --events jdk.ExecutionSample --stack-depth 64 "$out/$engine.jfr" | awk '
  /stackTrace = \[/ { in_stack = 1; owner = ""; stack = ""; next }
  in_stack && /^ *\]/ {
    in_stack = 0; total++; n[owner == "" ? "JDK only" : owner]++
    for (i = 1; i <= k; i++) if (index(stack, key[i])) hits[i]++
    next }
  in_stack { sub(/^ +/, ""); stack = stack "|" $0
    if (owner == "" && !/^(java|jdk|sun)\./)
      owner = /^org\.ocop/ ? "ours (org.ocop)" : /^org\.(drools|kie)/ ? "engine (org.drools, org.kie)" : "libraries" }
  BEGIN { k = split("DossierGenerator|Rater.check|Rater.task(|DroolsRatingEngine.decide|KieDecisions.evaluate|optionRow|Rater.assemble", key, "|") }
  END {
    printf "%d samples; first non-JDK frame:\n", total
    for (o in n) printf "  %5.1f%%  %s\n", 100 * n[o] / total, o
    print "inclusive (the frame anywhere on the stack):"
    for (i = 1; i <= k; i++) printf "  %5.1f%%  %s\n", 100 * hits[i] / total, key[i] }'
echo "recording: $out/$engine.jfr"
