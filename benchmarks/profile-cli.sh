#!/usr/bin/env bash
# Where the CLI's batch time goes outside the engine (issue 20, item 5): JFR execution samples of one
# `java -jar examples/target/ocop.jar …` run, start-up included. Prints the hottest top frames (self time) and the share
# of samples under each step of the batch path: reading the table or the JSON lines, rating (the engine inside it),
# replaying, the report, the JSON. Usage (from the repository root), for example:
#   benchmarks/profile-cli.sh replay --input rows.csv --report out.html
#   benchmarks/profile-cli.sh rate --format json dossiers.jsonl
# JAVA_OPTS adds JVM flags (the heap limit: JAVA_OPTS=-Xmx256m). The recording's path is printed last.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints \
  -XX:StartFlightRecording=settings=profile,filename="$out/cli.jfr" \
  -jar examples/target/ocop.jar "$@" > "$out/stdout" 2> "$out/stderr" || true
tail -n 2 "$out/stdout"
jfr print --events jdk.ExecutionSample --stack-depth 1 "$out/cli.jfr" \
  | awk '/stackTrace = \[/ {getline; sub(/^ +/, ""); sub(/line:.*/, ""); print}' | sort | uniq -c | sort -rn \
  | awk 'NR <= 15'
jfr print --events jdk.ExecutionSample --stack-depth 96 "$out/cli.jfr" | awk '
  /stackTrace = \[/ { in_stack = 1; stack = ""; next }
  in_stack && /^ *\]/ {
    in_stack = 0; total++
    for (i = 1; i <= k; i++) if (index(stack, key[i])) hits[i]++
    next }
  in_stack { sub(/^ +/, ""); stack = stack "|" $0 }
  BEGIN { k = split("ResultsTable$1.next|CsvTable.hasNext|XlsxStreamTable.hasNext|RowReader.read|JsonLines|DossierReader.read|Rater.rate(|DroolsRatingEngine.decide|Replayer.|ProductView.<init>|HtmlReport.add|XlsxReport.add|HtmlReport.finish|XlsxReport.finish|RatingJson|jackson.core.json|Rating.explain|OcopCli", key, "|") }
  END {
    printf "%d samples; inclusive (the frame anywhere on the stack):\n", total
    for (i = 1; i <= k; i++) printf "  %5.1f%%  %s\n", 100 * hits[i] / total, key[i] }'
echo "recording: $out/cli.jfr"
