#!/usr/bin/env bash
# Snapshot of every CLI output, to prove that a refactoring keeps them byte-identical.
#
#   usage (from the repository root): tools/cli-snapshot.sh JAR OUTDIR
#
# Runs JAR (examples/target/ocop.jar) over every bundled dossier (examples/dossiers and its replay/ folder) and
# every golden dossier (ocop-rules-core/src/test/resources/golden/*/*.json): rate, replay, plan, robustness and
# compare-versions in text and JSON, validate, rate --criteria, every policy, consensus, council, engine and sheet
# edition option, the plan and robustness options; the texts in Vietnamese (--lang vi, text and JSON); then versions,
# criteria (every version and sheet edition, one set, templates), every --help, and bad arguments (exit code 2, one
# line on stderr). A build from before --lang existed answers the --lang vi runs with a usage error, so a comparison
# with one differs there, in the option lists of --help and in the list of allowed options of an unknown one. Each run leaves three files
# in OUTDIR named after it: NAME.out (stdout), NAME.err (stderr), NAME.rc (exit code). OUTDIR/commands.txt lists
# every run's command line, OUTDIR/inputs.sha256 the dossier files read, so that snapshots of different inputs
# never compare equal. Compare two snapshots with `diff -r`, or with tools/cli-compare.sh.
#
# Golden files wrap their dossier ({"about", "source", "settings", "dossier", "expected"}, see
# ocop-rules-test/src/main/java/org/ocop/rules/test/DossierCase.java); the CLI rates dossiers only. A small Java
# program, run as one source file (nothing but the JDK 17 needed), copies each file's "dossier" value verbatim
# into a work folder (golden/<version>/<file>, and golden.jsonl, one dossier a line), and tells its "settings" as
# CLI options (--policy, --consensus, --council, --edition) and whether it is totals-only. Dossiers are rated in
# batches (the CLI takes folders and several paths): every dossier with the default settings, and again under
# each non-default option, every golden file's own settings among them. The raw golden files are also given to
# `rate` and `validate`, as bad input.
#
# Only relative paths are given to the CLI, which prints file names, never folders: no machine-specific path
# reaches an output. Runs over golden dossiers are made in the work folder, where the bundled dossiers are
# copied under their repository path (examples/dossiers), so one run can take both.
#
# Nondeterminism: none found; two snapshots of the same jar are byte-identical. The CLI prints no timing (its
# progress line is only for a terminal; stdin, stdout and stderr are never one here), and batches keep input
# order. The only date-dependent text is the warning for a dossier submitted "after today (DATE)": no bundled or
# golden dossier is dated after 2026-07-20, so none gets it now; the script warns if one ever does, since such a
# snapshot would change with the day. What could change an output without the jar changing is pinned:
# LC_ALL=C.UTF-8, and JAVA_TOOL_OPTIONS, _JAVA_OPTIONS and JDK_JAVA_OPTIONS unset (the JVM announces them on stderr).
#
# Time: about 200 JVM starts, some 5 minutes of CPU time, run with -XX:TieredStopAtLevel=1 -XX:+UseSerialGC (about
# half the CPU time of a plain `java` for runs this short; no effect on any output), CLI_SNAPSHOT_JOBS at a time
# (default: the number of cores). JAVA (default: java) is the launcher; CLI_SNAPSHOT_JAVA_OPTS replaces the JVM
# options.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: tools/cli-snapshot.sh JAR OUTDIR   (from the repository root)" >&2
    exit 2
fi
JAR=$1
OUT=$2
JAVA=${JAVA:-java}
read -r -a JAVA_OPTS <<<"${CLI_SNAPSHOT_JAVA_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
JOBS=${CLI_SNAPSHOT_JOBS:-$(nproc)}
EXAMPLES=examples/dossiers
GOLDEN=ocop-rules-core/src/test/resources/golden

if [[ ! -d $EXAMPLES/replay || ! -d $GOLDEN ]]; then
    echo "cli-snapshot: run it from the repository root (there is no $EXAMPLES/replay or $GOLDEN here)" >&2
    exit 2
fi
if [[ ! -f $JAR ]]; then
    echo "cli-snapshot: no such jar: $JAR" >&2
    exit 2
fi
if [[ -e $OUT && -n "$(ls -A "$OUT")" ]]; then
    echo "cli-snapshot: $OUT is not empty; give a new or empty folder" >&2
    exit 2
fi
mkdir -p "$OUT"
# absolute, for the runs made in the work folder (the CLI never prints either)
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
OUT=$(cd "$OUT" && pwd)
ROOT=$(pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
trap 'echo "cli-snapshot: failed at line $LINENO" >&2' ERR
export LC_ALL=C.UTF-8
unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS

# --- the golden dossiers, out of their wrapping -------------------------------------------------------------------
cat >"$WORK/GoldenExtract.java" <<'EOF'
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * java GoldenExtract.java OUTDIR JSONL GOLDEN_FILE...: writes each golden file's "dossier" value, verbatim, to
 * OUTDIR/<its folder>/<its name>, and all of them to JSONL, one a line; prints one line a file:
 * "<its folder>/<its name> TAB sheets|totals TAB <its settings as CLI options, none for the defaults>".
 */
public class GoldenExtract {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        StringBuilder lines = new StringBuilder();
        for (int i = 2; i < args.length; i++) {
            Path file = Path.of(args[i]);
            Map<String, String> golden = new Json(Files.readString(file, StandardCharsets.UTF_8), file).object();
            String dossier = golden.get("dossier");
            if (dossier == null || !dossier.startsWith("{")) {
                throw new IllegalArgumentException(file + ": no \"dossier\" object");
            }
            Map<String, String> settings = new Json(golden.getOrDefault("settings", "{}"), file).object();
            List<String> options = new ArrayList<>();
            option(file, settings, "minimumPolicy", "--policy", options);
            option(file, settings, "consensus", "--consensus", options);
            option(file, settings, "councilRules", "--council", options);
            option(file, settings, "sheetEdition", "--edition", options);
            if (!settings.isEmpty()) {
                throw new IllegalArgumentException(file + ": settings cli-snapshot.sh cannot give the CLI: "
                        + settings.keySet());
            }
            Path target = out.resolve(file.getParent().getFileName().toString()).resolve(file.getFileName().toString());
            Files.createDirectories(target.getParent());
            Files.writeString(target, dossier + "\n", StandardCharsets.UTF_8);
            // line breaks in JSON text are whitespace (never inside a string, where they must be escaped)
            lines.append(dossier.replace('\r', ' ').replace('\n', ' ')).append('\n');
            // totals-only (memberTotals) or rated from members' sheets
            String totals = new Json(dossier, file).object().getOrDefault("memberTotals", "null");
            System.out.println(file.getParent().getFileName() + "/" + file.getFileName() + "\t"
                    + (totals.equals("null") ? "sheets" : "totals") + "\t" + String.join(" ", options));
        }
        Files.writeString(Path.of(args[1]), lines.toString(), StandardCharsets.UTF_8);
    }

    /** The CLI option for one setting: REFUSE gives "--policy REFUSE"; the council presets are lower case. */
    private static void option(Path file, Map<String, String> settings, String key, String option,
            List<String> options) {
        String raw = settings.remove(key);
        if (raw == null || raw.equals("null")) {
            return;
        }
        if (!raw.matches("\"[A-Za-z_]+\"")) {
            throw new IllegalArgumentException(file + ": settings." + key + ": not a plain name: " + raw);
        }
        String value = raw.substring(1, raw.length() - 1);
        options.add(option + " " + (key.equals("councilRules") ? value.toLowerCase(Locale.ROOT) : value));
    }

    /** Just enough JSON: the members of an object, each value as its raw text. */
    static final class Json {
        private final String s;
        private final Path file;
        private int i;

        Json(String s, Path file) {
            this.s = s;
            this.file = file;
        }

        Map<String, String> object() {
            Map<String, String> members = new LinkedHashMap<>();
            ws();
            expect('{');
            ws();
            if (peek() == '}') {
                i++;
                return members;
            }
            while (true) {
                ws();
                int keyStart = i;
                string();
                String key = s.substring(keyStart + 1, i - 1);
                ws();
                expect(':');
                ws();
                int start = i;
                value();
                if (members.put(key, s.substring(start, i)) != null) {
                    throw error("no second \"" + key + "\"");
                }
                ws();
                char c = next();
                if (c == '}') {
                    return members;
                }
                if (c != ',') {
                    throw error("',' or '}'");
                }
            }
        }

        private void value() {
            char c = peek();
            if (c == '"') {
                string();
            } else if (c == '{' || c == '[') {
                char close = c == '{' ? '}' : ']';
                i++;
                ws();
                if (peek() == close) {
                    i++;
                    return;
                }
                while (true) {
                    ws();
                    if (c == '{') {
                        string();
                        ws();
                        expect(':');
                        ws();
                    }
                    value();
                    ws();
                    char d = next();
                    if (d == close) {
                        return;
                    }
                    if (d != ',') {
                        throw error("',' or '" + close + "'");
                    }
                }
            } else {
                int start = i;
                while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                if (i == start) {
                    throw error("a value");
                }
            }
        }

        private void string() {
            expect('"');
            while (true) {
                char c = next();
                if (c == '\\') {
                    next();
                } else if (c == '"') {
                    return;
                }
            }
        }

        private void ws() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
        }

        private char peek() {
            if (i >= s.length()) {
                throw error("more text");
            }
            return s.charAt(i);
        }

        private char next() {
            char c = peek();
            i++;
            return c;
        }

        private void expect(char c) {
            if (next() != c) {
                i--;
                throw error("'" + c + "'");
            }
        }

        private IllegalArgumentException error(String expected) {
            return new IllegalArgumentException(file + ": expected " + expected + " at character " + i);
        }
    }
}
EOF
mapfile -t GOLDEN_FILES < <(find "$GOLDEN" -mindepth 2 -maxdepth 2 -type f -name '*.json' | sort)
"$JAVA" "$WORK/GoldenExtract.java" "$WORK/golden" "$WORK/golden.jsonl" "${GOLDEN_FILES[@]}" >"$WORK/golden.tsv"
mkdir -p "$WORK/$EXAMPLES" "$WORK/empty"
cp -R "$EXAMPLES/." "$WORK/$EXAMPLES/"
mapfile -t EXAMPLE_FILES < <(find "$EXAMPLES" -type f | sort)
sha256sum "${GOLDEN_FILES[@]}" "${EXAMPLE_FILES[@]}" >"$OUT/inputs.sha256"

# Every dossier: the bundled ones, then the golden ones, by folder.
mapfile -t GOLDEN_DIRS < <(cd "$WORK" && find golden -mindepth 1 -maxdepth 1 -type d | sort)
ALL=("$EXAMPLES" "$EXAMPLES/replay" "${GOLDEN_DIRS[@]}")
# `plan` and `robustness` stop a whole batch, exit code 2, at some totals-only dossiers (plan: "--fixed:
# criterion not on the sheet: an average needs at least one member: 0" on one below 5 stars; both: "no scoring
# sheet is in the data for product set" on a 148 one of a set without a sheet). So their batches take the
# dossiers rated from sheets (PLANNABLE), and the totals-only golden dossiers get them one by one (TOTALS).
mapfile -t SHEET_GOLDEN < <(awk -F'\t' '$2 == "sheets" {print "golden/" $1}' "$WORK/golden.tsv")
mapfile -t TOTALS < <(awk -F'\t' '$2 == "totals" {print "golden/" $1 "\t" $3}' "$WORK/golden.tsv")
PLANNABLE=("$EXAMPLES" "$EXAMPLES/replay" "${SHEET_GOLDEN[@]}")
# the golden files' own settings ("--policy REFUSE", ...), each with its files rated from sheets
mapfile -t SETTINGS < <(awk -F'\t' '$3 != "" {print $3}' "$WORK/golden.tsv" | sort -u)

# --- running --------------------------------------------------------------------------------------------------------
# run NAME DIR ARGS...: `java -jar JAR ARGS...` in DIR ("." the repository root, "@work" the work folder); its
# stdout, stderr and exit code go to OUT/NAME.out, .err and .rc. Up to JOBS runs at a time.
declare -A NAMES
RUNS=0
run() {
    local name=$1 dir=$2 cwd=$ROOT
    shift 2
    if [[ -n ${NAMES[$name]:-} ]]; then
        echo "cli-snapshot: two runs named $name" >&2
        exit 1
    fi
    NAMES[$name]=1
    RUNS=$((RUNS + 1))
    [[ $dir == @work ]] && cwd=$WORK
    printf '%s: (%s) ocop %s\n' "$name" "$dir" "$*" >>"$OUT/commands.txt"
    (
        cd "$cwd"
        rc=0
        "$JAVA" "${JAVA_OPTS[@]}" -jar "$JAR" "$@" </dev/null >"$OUT/$name.out" 2>"$OUT/$name.err" || rc=$?
        echo "$rc" >"$OUT/$name.rc"
    ) &
    while [[ $(jobs -rp | wc -l) -ge $JOBS ]]; do
        wait -n || true
    done
}
# all NAME ARGS...: ARGS over every dossier
all() {
    local name=$1
    shift
    run "$name" @work "$@" "${ALL[@]}"
}
# plannable NAME ARGS...: ARGS over every dossier rated from sheets
plannable() {
    local name=$1
    shift
    run "$name" @work "$@" "${PLANNABLE[@]}"
}
: >"$OUT/commands.txt"

# --- every dossier, default settings --------------------------------------------------------------------------------
all rate.text rate
all rate.criteria rate --criteria
all rate.json rate --format json
all replay.text replay
all replay.json replay --format json
plannable plan.text plan
plannable plan.json plan --format json
plannable robustness.text robustness
plannable robustness.json robustness --format json
all compare-versions.text compare-versions
all compare-versions.json compare-versions --format json
all validate.text validate
all validate.json validate --format json
for line in "${TOTALS[@]}"; do
    file=${line%%$'\t'*}
    read -r -a options <<<"${line#*$'\t'}"
    tag=totals.$(basename "$(dirname "$file")").$(basename "$file" .json)
    run "$tag.plan.json" @work plan --format json "${options[@]}" "$file"
    run "$tag.robustness.text" @work robustness "${options[@]}" "$file"
    run "$tag.robustness.json" @work robustness --format json "${options[@]}" "$file"
done
run jsonl.rate.text @work rate golden.jsonl
run jsonl.rate.json @work rate --format json golden.jsonl
run jsonl.replay.json @work replay --format json golden.jsonl
run jsonl.compare-versions.text @work compare-versions golden.jsonl
run jsonl.validate @work validate golden.jsonl
# the golden files as they are: no dossiers
run golden-raw.rate.json . rate --format json "$GOLDEN"/*/
run golden-raw.rate.text . rate "$GOLDEN/QD-26-2026"
run golden-raw.validate . validate "$GOLDEN/QD-1048-2019" "$GOLDEN/QD-26-2026"

# --- the commands of the README, from the repository root ---------------------------------------------------------
run readme.rate . rate "$EXAMPLES"
run readme.rate.json . rate --format json "$EXAMPLES"
run readme.rate.criteria . rate --criteria "$EXAMPLES"
run readme.replay . replay "$EXAMPLES/replay"
run readme.replay.portal . replay --edition portal "$EXAMPLES/replay/r7-scored-on-the-portal.json"
run readme.plan . plan "$EXAMPLES/06-ruou-lang-van-demoted.json"
run readme.robustness . robustness "$EXAMPLES/06-ruou-lang-van-demoted.json"
run readme.compare-versions . compare-versions "$EXAMPLES/06-ruou-lang-van-demoted.json"
run readme.validate . validate "$EXAMPLES" "$EXAMPLES/replay"

# --- every dossier under each non-default option: the golden files' own settings, and every choice of the CLI -----
mapfile -t VARIANTS < <({
    printf '%s\n' "${SETTINGS[@]}"
    printf '%s\n' "--policy REFUSE" "--consensus MAJORITY" "--consensus AVERAGE_POINTS" "--council tay_ninh" \
        "--edition portal" "--policy REFUSE --consensus MAJORITY --council tay_ninh"
} | sort -u)
tag() { printf '%s' "$1" | sed 's/^--//; s/ --/,/g; s/ /=/g'; }
for variant in "${VARIANTS[@]}"; do
    read -r -a options <<<"$variant"
    tag=$(tag "$variant")
    all "options.$tag.rate.json" rate --format json "${options[@]}"
    all "options.$tag.replay.json" replay --format json "${options[@]}"
    plannable "options.$tag.plan.json" plan --format json "${options[@]}"
    plannable "options.$tag.robustness.json" robustness --format json "${options[@]}"
    all "options.$tag.compare-versions.json" compare-versions --format json "${options[@]}"
done
all options.edition=decision.rate.json rate --format json --edition decision
run options.combined.rate.criteria @work rate --criteria --policy REFUSE --consensus AVERAGE_POINTS \
    --council tay_ninh "${ALL[@]}"
run options.combined.replay.text @work replay --policy REFUSE --consensus MAJORITY --edition portal "${ALL[@]}"
# each golden file's own settings over just the golden files (rated from sheets) that have them, in text
for settings in "${SETTINGS[@]}"; do
    read -r -a options <<<"$settings"
    mapfile -t files < <(awk -F'\t' -v s="$settings" '$2 == "sheets" && $3 == s {print "golden/" $1}' \
        "$WORK/golden.tsv")
    [[ ${#files[@]} -gt 0 ]] || continue
    tag=$(tag "$settings")
    run "settings.$tag.rate.criteria" @work rate --criteria "${options[@]}" "${files[@]}"
    run "settings.$tag.plan.text" @work plan "${options[@]}" "${files[@]}"
    run "settings.$tag.robustness.json" @work robustness --format json "${options[@]}" "${files[@]}"
done
# the DMN engine: the same ratings, its own rule names in the explanations
all engine-dmn.rate.criteria rate --criteria --engine dmn
all engine-dmn.rate.json rate --format json --engine dmn
all engine-dmn.replay.json replay --format json --engine dmn
plannable engine-dmn.plan.json plan --format json --engine dmn
plannable engine-dmn.robustness.json robustness --format json --engine dmn
all engine-dmn.compare-versions.json compare-versions --format json --engine dmn
all engine-dmn.portal.rate.json rate --format json --engine dmn --edition portal
all engine-dmn.combined.rate.json rate --format json --engine dmn --policy REFUSE --consensus MAJORITY \
    --council tay_ninh
# plan and robustness options
plannable plan.target-5.json plan --format json --target-star 5
plannable plan.target-5.text plan --target-star 5
plannable plan.max-plans-1.text plan --max-plans 1
plannable plan.max-plans-10.json plan --format json --max-plans 10
run plan.fixed.text . plan --fixed 1.1,3.1 --max-plans 5 "$EXAMPLES"
run plan.fixed.json . plan --format json --fixed 1.1,3.1 --max-plans 5 "$EXAMPLES"
run plan.fixed-not-on-sheet.json @work plan --format json --fixed 1.1 "$EXAMPLES" golden/QD-148-2023
plannable robustness.max-spread-3.json robustness --format json --max-spread 3
plannable robustness.max-spread-0.text robustness --max-spread 0

# --- criteria -------------------------------------------------------------------------------------------------------
run versions.text . versions
run versions.json . versions --format json
for v in QD-1048-2019 QD-781-2020 QD-148-2023 QD-26-2026; do
    run "criteria.$v.text" . criteria --version "$v"
    run "criteria.$v.json" . criteria --version "$v" --format json
done
for v in QD-1048-2019 QD-781-2020; do
    run "criteria.$v.portal.text" . criteria --version "$v" --edition portal
    run "criteria.$v.portal.json" . criteria --version "$v" --edition portal --format json
done
run criteria.QD-26-2026.decision.text . criteria --version QD-26-2026 --edition decision
run criteria.QD-26-2026.II.1.a.text . criteria --version QD-26-2026 --set II.1.a
run criteria.QD-26-2026.II.1.a.json . criteria --version QD-26-2026 --set II.1.a --format json
run criteria.QD-1048-2019.VI.1.json . criteria --version QD-1048-2019 --set VI.1 --format json
run criteria.QD-781-2020.portal.I.1.1.text . criteria --version QD-781-2020 --edition portal --set I.1.1
for vs in QD-26-2026/I.1.a QD-26-2026/VI.1 QD-1048-2019/I.2.1 QD-1048-2019/VI.1 QD-781-2020/II.1.1 \
    QD-781-2020/VI.1 QD-148-2023/I.1.a; do
    run "template.${vs%/*}.${vs#*/}" . criteria --version "${vs%/*}" --set "${vs#*/}" --template
done
run template.QD-1048-2019.portal.I.1.1 . criteria --version QD-1048-2019 --edition portal --set I.1.1 --template
run template.QD-781-2020.portal.VI.1 . criteria --version QD-781-2020 --edition portal --set VI.1 --template \
    --format json
for vs in QD-26-2026/I.1.a QD-1048-2019/VI.1 QD-781-2020/II.1.1 QD-148-2023/II.1.a; do
    run "template-totals.${vs%/*}.${vs#*/}" . criteria --version "${vs%/*}" --set "${vs#*/}" --template --totals
done

# --- the texts in Vietnamese (--lang vi): explanations, problems, reasons; in JSON only the texts ---------------------
run lang.vi.rate.criteria . rate --criteria --lang vi "$EXAMPLES"
run lang.vi.rate.json . rate --format json --lang vi "$EXAMPLES"
run lang.vi.golden.rate.text @work rate --lang vi "${ALL[@]}"
run lang.vi.replay.text . replay --lang vi "$EXAMPLES/replay"
run lang.vi.replay.json . replay --format json --lang vi "$EXAMPLES/replay"
run lang.vi.plan.text . plan --lang vi "$EXAMPLES"
run lang.vi.plan.json . plan --format json --lang vi "$EXAMPLES"
run lang.vi.robustness.text . robustness --max-spread 3 --lang vi "$EXAMPLES"
run lang.vi.compare-versions.text . compare-versions --lang vi "$EXAMPLES"
run lang.vi.compare-versions.json . compare-versions --format json --lang vi "$EXAMPLES"
run lang.vi.validate . validate --lang vi "$EXAMPLES" "$GOLDEN/QD-26-2026"

# --- help, version, bad arguments -----------------------------------------------------------------------------------
run help . --help
run version . --version
for c in versions criteria rate replay validate plan robustness compare-versions; do
    run "help.$c" . "$c" --help
done
run error.no-command .
run error.unknown-command . score "$EXAMPLES"
run error.rate.no-input . rate
run error.rate.missing-file . rate "$EXAMPLES/no-such-dossier.json"
run error.rate.no-dossiers @work rate empty
run error.rate.bad-policy . rate --policy LENIENT "$EXAMPLES"
run error.rate.bad-format . rate --format xml "$EXAMPLES"
run error.rate.unknown-option . rate --langue vi "$EXAMPLES"
run error.rate.bad-lang . rate --lang fr "$EXAMPLES"
run error.rate.bad-edition . rate --edition nope "$EXAMPLES"
run error.replay.bad-council . replay --council hanoi "$EXAMPLES/replay"
run error.plan.target-0 . plan --target-star 0 "$EXAMPLES"
run error.plan.max-plans-0 . plan --max-plans 0 "$EXAMPLES"
run error.robustness.negative-spread . robustness --max-spread -1 "$EXAMPLES"
run error.compare-versions.bad-engine . compare-versions --engine jess "$EXAMPLES"
run error.criteria.no-version . criteria
run error.criteria.unknown-version . criteria --version QD-2026
run error.criteria.unknown-set . criteria --version QD-26-2026 --set X.9
run error.criteria.no-portal . criteria --version QD-26-2026 --edition portal
run error.criteria.portal-no-sheet . criteria --version QD-1048-2019 --edition portal --set I.2.1
run error.criteria.template-no-set . criteria --version QD-26-2026 --template
run error.criteria.totals-alone . criteria --version QD-26-2026 --set I.1.a --totals
run error.criteria.totals-unknown-set . criteria --version QD-781-2020 --set X.9 --template --totals
run error.versions.bad-format . versions --format xml
wait

if grep -rlq 'after today (' "$OUT"; then
    echo "cli-snapshot: warning: an output has a dossier submitted 'after today (DATE)': it changes with the day," \
        "so compare snapshots taken on the same day" >&2
fi
echo "cli-snapshot: $RUNS runs, $(find "$OUT" -type f | wc -l) files in $OUT"
