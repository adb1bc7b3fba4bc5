#!/usr/bin/env bash
# Proves that two builds of the CLI give byte-identical outputs: every rating, plan, replay and JSON output of
# tools/cli-snapshot.sh (see there for what is run).
#
#   usage (from the repository root): tools/cli-compare.sh BEFORE AFTER
#
# BEFORE and AFTER are each an ocop.jar, or a folder holding a snapshot already taken by tools/cli-snapshot.sh
# (keep the reference outputs once, compare every new build against them). Both snapshots are taken from the
# current folder, with its dossiers. Prints the differences (diff -r -u) and exits 1 if there are any; otherwise
# prints "N outputs compared, all identical" (N: the stdout, stderr and exit-code files, plus the command list
# and the inputs' checksums) and exits 0.
#
# The jar is rebuilt in place (examples/target/ocop.jar), so the jars are copied away before anything runs. To
# check a refactoring, build the commit before it in a worktree and compare its jar with the new one:
#
#   git worktree add ../ocop-before <commit-before>
#   (cd ../ocop-before && mvn -B -q -ntp -DskipTests package)
#   cp ../ocop-before/examples/target/ocop.jar /tmp/ocop-before.jar && git worktree remove --force ../ocop-before
#   mvn -B -q -ntp -DskipTests package
#   tools/cli-compare.sh /tmp/ocop-before.jar examples/target/ocop.jar
#
# or take the reference once (tools/cli-snapshot.sh /tmp/ocop-before.jar /tmp/cli-before) and then, after each
# rebuild: tools/cli-compare.sh /tmp/cli-before examples/target/ocop.jar
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: tools/cli-compare.sh BEFORE AFTER   (each an ocop.jar or a cli-snapshot.sh folder;" \
        "from the repository root)" >&2
    exit 2
fi
SNAPSHOT=$(dirname "$0")/cli-snapshot.sh
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# copy the jars first (a build running meanwhile must not change what is compared), then take their snapshots
SIDES=(before after)
ARGS=("$1" "$2")
DIRS=()
for i in 0 1; do
    side=${SIDES[$i]} path=${ARGS[$i]}
    if [[ -d $path ]]; then
        if [[ ! -f $path/commands.txt ]]; then
            echo "cli-compare: $path is a folder but no cli-snapshot.sh snapshot (it has no commands.txt)" >&2
            exit 2
        fi
        DIRS[$i]=$path
    elif [[ -f $path ]]; then
        cp "$path" "$WORK/$side.jar"
        DIRS[$i]=$WORK/$side
    else
        echo "cli-compare: no such jar or snapshot folder: $path" >&2
        exit 2
    fi
done
for i in 0 1; do
    side=${SIDES[$i]}
    if [[ -f $WORK/$side.jar ]]; then
        echo "cli-compare: taking the snapshot of the $side jar (${ARGS[$i]})" >&2
        "$SNAPSHOT" "$WORK/$side.jar" "$WORK/$side" >&2
    fi
done
BEFORE=${DIRS[0]}
AFTER=${DIRS[1]}

count=$(find "$BEFORE" -type f | wc -l)
if diff -r -u "$BEFORE" "$AFTER"; then
    echo "$count outputs compared, all identical"
else
    echo
    echo "cli-compare: the outputs differ:"
    diff -r -q "$BEFORE" "$AFTER" | sed 's/^/  /' || true
    exit 1
fi
