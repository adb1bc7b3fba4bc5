package org.ocop.rules.test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ocop.rules.Average;
import org.ocop.rules.CouncilBreach;
import org.ocop.rules.Outcome;
import org.ocop.rules.Problem;
import org.ocop.rules.Rating;
import org.ocop.rules.Recognition;
import org.ocop.rules.criteria.Level;

/**
 * The rating a golden file expects (its {@code "expected"} object): every part of a rating that a council decision or
 * a portal shows, worked out by hand or by a script of its own, never copied from an engine.
 *
 * <p>The keys, all required ({@code null} or {@code []} where the rating has none) except {@code warnings}:
 * <pre>
 * "expected": {"outcome": "RATED", "bandStars": 5, "stars": 5,
 *              "average": "91.14", "averageExact": "638/7",
 *              "failedMinimums": [{"criterion": "1.3", "stars": 5, "requiredOption": "1.3.c"}],
 *              "knockOuts": ["DQ-2.1"], "granted": 4, "forwardedTo": "MINISTRY",
 *              "councilBreaches": ["QUORUM", "SPREAD"],
 *              "problems": ["dossier …: unknown option: 1.3.e; allowed: …"],
 *              "warnings": ["sheet I.3.3 cannot reach 100 points …"]}
 * </pre>
 * {@code average} is the displayed average (two decimals, half up, by default), {@code averageExact} the exact one as
 * a fraction ({@link Average#toString()}); {@code granted} and {@code forwardedTo} are the recognition's granted stars
 * and the level the dossier goes on to; {@code problems} are compared verbatim and {@code warnings}, when given, each
 * as the start of the rating's warning at the same place. Lists are compared in order. An unknown key is an error, so
 * that a misspelt key cannot silently skip a check.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExpectedRating {

    /**
     * An expected failed star minimum.
     *
     * @param criterion the criterion id, for example {@code "1.3"}
     * @param stars the star whose minimum failed
     * @param requiredOption the lowest option the minimum accepts, for example {@code "1.3.c"}
     */
    public record Minimum(String criterion, int stars, String requiredOption) {

        /** Checks that no part is null. */
        public Minimum {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(requiredOption, "requiredOption");
        }
    }

    static final List<String> KEYS = List.of("outcome", "bandStars", "stars", "average", "averageExact",
            "failedMinimums", "knockOuts", "granted", "forwardedTo", "councilBreaches", "problems", "warnings");

    private final Outcome outcome;
    private final Integer bandStars;
    private final Integer stars;
    private final String average;
    private final String averageExact;
    private final List<Minimum> failedMinimums;
    private final List<String> knockOuts;
    private final Integer granted;
    private final Level forwardedTo;
    private final List<CouncilBreach.Rule> councilBreaches;
    private final List<String> problems;
    private final List<String> warnings;

    private ExpectedRating(Map<String, Object> v) {
        this.outcome = (Outcome) v.get("outcome");
        this.bandStars = (Integer) v.get("bandStars");
        this.stars = (Integer) v.get("stars");
        this.average = (String) v.get("average");
        this.averageExact = (String) v.get("averageExact");
        this.failedMinimums = list(v.get("failedMinimums"));
        this.knockOuts = list(v.get("knockOuts"));
        this.granted = (Integer) v.get("granted");
        this.forwardedTo = (Level) v.get("forwardedTo");
        this.councilBreaches = list(v.get("councilBreaches"));
        this.problems = list(v.get("problems"));
        this.warnings = v.get("warnings") == null ? null : list(v.get("warnings"));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return List.copyOf((List<T>) value);
    }

    /** Reads the {@code "expected"} object of a golden file; every error names the key and what is allowed. */
    static ExpectedRating parse(Json.Value node) {
        Map<String, Json.Value> e = node.object();
        GoldenFormat.requireOnly(node, KEYS);
        Map<String, Object> v = new java.util.HashMap<>();
        v.put("outcome", GoldenFormat.constant(GoldenFormat.required(node, "outcome"), Outcome.class));
        v.put("bandStars", nullableInt(GoldenFormat.required(node, "bandStars")));
        v.put("stars", nullableInt(GoldenFormat.required(node, "stars")));
        v.put("average", nullableString(GoldenFormat.required(node, "average")));
        v.put("averageExact", nullableString(GoldenFormat.required(node, "averageExact")));
        List<Minimum> minimums = new ArrayList<>();
        for (Json.Value m : GoldenFormat.required(node, "failedMinimums").array()) {
            GoldenFormat.requireOnly(m, List.of("criterion", "stars", "requiredOption"));
            minimums.add(new Minimum(GoldenFormat.required(m, "criterion").string(),
                    GoldenFormat.required(m, "stars").integer(),
                    GoldenFormat.required(m, "requiredOption").string()));
        }
        v.put("failedMinimums", minimums);
        v.put("knockOuts", strings(GoldenFormat.required(node, "knockOuts")));
        v.put("granted", nullableInt(GoldenFormat.required(node, "granted")));
        Json.Value forwarded = GoldenFormat.required(node, "forwardedTo");
        v.put("forwardedTo", forwarded.isNull() ? null : GoldenFormat.constant(forwarded, Level.class));
        List<CouncilBreach.Rule> breaches = new ArrayList<>();
        for (Json.Value rule : GoldenFormat.required(node, "councilBreaches").array()) {
            breaches.add(GoldenFormat.constant(rule, CouncilBreach.Rule.class));
        }
        v.put("councilBreaches", breaches);
        v.put("problems", strings(GoldenFormat.required(node, "problems")));
        v.put("warnings", e.containsKey("warnings") ? strings(e.get("warnings")) : null);
        return new ExpectedRating(v);
    }

    private static Integer nullableInt(Json.Value value) {
        return value.isNull() ? null : value.integer();
    }

    private static String nullableString(Json.Value value) {
        return value.isNull() ? null : value.string();
    }

    private static List<String> strings(Json.Value value) {
        return value.array().stream().map(Json.Value::string).toList();
    }

    /** The expected outcome; never null. */
    public Outcome outcome() {
        return outcome;
    }

    /** The expected band's stars, empty where the rating has no band. */
    public OptionalInt bandStars() {
        return optional(bandStars);
    }

    /** The expected stars, empty where the rating gives none. */
    public OptionalInt stars() {
        return optional(stars);
    }

    /** The expected displayed average, for example {@code "91.14"}; empty where the rating has none. */
    public Optional<String> average() {
        return Optional.ofNullable(average);
    }

    /** The expected exact average as a fraction, for example {@code "638/7"}; empty where the rating has none. */
    public Optional<String> averageExact() {
        return Optional.ofNullable(averageExact);
    }

    /** The expected failed star minimums, in the rating's order; empty when none fails. */
    public List<Minimum> failedMinimums() {
        return failedMinimums;
    }

    /** The ids of the knock-out rules expected to hit, for example {@code "DQ-2.1"}, in order. */
    public List<String> knockOuts() {
        return knockOuts;
    }

    /** The stars the recognition is expected to grant, empty where none is granted or there is no recognition. */
    public OptionalInt granted() {
        return optional(granted);
    }

    /** The level the dossier is expected to go on to, empty where it goes nowhere. */
    public Optional<Level> forwardedTo() {
        return Optional.ofNullable(forwardedTo);
    }

    /** The council rules expected to be breached, in the rating's order. */
    public List<CouncilBreach.Rule> councilBreaches() {
        return councilBreaches;
    }

    /** The expected problems' messages, verbatim, in order. */
    public List<String> problems() {
        return problems;
    }

    /**
     * The start of each expected warning, in order, or empty when the file gives no {@code "warnings"} (then the
     * warnings are not compared).
     */
    public Optional<List<String>> warnings() {
        return Optional.ofNullable(warnings);
    }

    /**
     * Each way {@code rating} differs from this expectation, as {@code "key: expected X, rated Y"}, in the order of
     * the keys; empty when it matches.
     */
    List<String> differencesFrom(Rating rating) {
        List<String> out = new ArrayList<>();
        compare(out, "outcome", outcome, rating.outcome());
        compare(out, "bandStars", bandStars, boxed(rating.bandStars()));
        compare(out, "stars", stars, boxed(rating.stars()));
        compare(out, "average", average, rating.displayedAverage().map(BigDecimal::toPlainString).orElse(null));
        compare(out, "averageExact", averageExact, rating.average().map(Average::toString).orElse(null));
        compare(out, "failedMinimums", failedMinimums, rating.failedMinimums().stream()
                .map(f -> new Minimum(f.criterion(), f.stars(), f.requiredOption())).toList());
        compare(out, "knockOuts", knockOuts, rating.knockOuts().stream().map(h -> h.rule().id()).toList());
        compare(out, "granted", granted, rating.recognition().map(r -> boxed(r.grantedStars())).orElse(null));
        compare(out, "forwardedTo", forwardedTo, rating.recognition().flatMap(Recognition::forwardedTo).orElse(null));
        compare(out, "councilBreaches", councilBreaches,
                rating.councilBreaches().stream().map(CouncilBreach::rule).toList());
        compare(out, "problems", problems, rating.problems().stream().map(Problem::message).toList());
        if (warnings != null) {
            List<String> rated = rating.warnings();
            boolean same = rated.size() == warnings.size();
            for (int i = 0; same && i < warnings.size(); i++) {
                same = rated.get(i).startsWith(warnings.get(i));
            }
            if (!same) {
                out.add("warnings: expected " + warnings + " (each the start of one), rated " + rated);
            }
        }
        return out;
    }

    private static void compare(List<String> out, String key, Object expected, Object rated) {
        if (!Objects.equals(expected, rated)) {
            out.add(key + ": expected " + expected + ", rated " + rated);
        }
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpectedRating e && outcome == e.outcome && Objects.equals(bandStars, e.bandStars)
                && Objects.equals(stars, e.stars) && Objects.equals(average, e.average)
                && Objects.equals(averageExact, e.averageExact) && failedMinimums.equals(e.failedMinimums)
                && knockOuts.equals(e.knockOuts) && Objects.equals(granted, e.granted)
                && forwardedTo == e.forwardedTo && councilBreaches.equals(e.councilBreaches)
                && problems.equals(e.problems) && Objects.equals(warnings, e.warnings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, bandStars, stars, average, averageExact, failedMinimums, knockOuts, granted,
                forwardedTo, councilBreaches, problems, warnings);
    }

    /** The expectation in the golden file's key order, for messages. */
    @Override
    public String toString() {
        return "ExpectedRating[outcome=" + outcome + ", bandStars=" + bandStars + ", stars=" + stars + ", average="
                + average + ", averageExact=" + averageExact + ", failedMinimums=" + failedMinimums + ", knockOuts="
                + knockOuts + ", granted=" + granted + ", forwardedTo=" + forwardedTo + ", councilBreaches="
                + councilBreaches + ", problems=" + problems + ", warnings=" + warnings + "]";
    }
}
