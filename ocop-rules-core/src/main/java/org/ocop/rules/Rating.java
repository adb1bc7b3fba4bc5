package org.ocop.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.VersionResolution;

/**
 * The result of rating one dossier: the outcome, the numbers, the star and everything needed to say why.
 *
 * <p>{@link #explain()} renders it for people; {@link org.ocop.rules.json.RatingJson} for programs. Built by a
 * {@link Rater}; there is no public constructor, so that a release can add to what a rating says without breaking
 * callers. Immutable and thread-safe; equal when every accessor's value is equal.
 */
public final class Rating {
    private final String dossierId;
    private final String productName;
    private final Optional<VersionResolution> version;
    private final String productSet;
    private final Outcome outcome;
    private final List<MemberScore> members;
    private final Optional<Average> average;
    private final Map<Part, Average> partAverages;
    private final OptionalInt bandStars;
    private final OptionalInt stars;
    private final List<FailedMinimum> failedMinimums;
    private final List<KnockOutHit> knockOuts;
    private final Optional<Recognition> recognition;
    private final List<CouncilBreach> councilBreaches;
    private final List<Problem> problems;
    private final List<Text> warnings;
    private final List<CriterionScore> criteria;
    private final List<RuleFiring> firings;
    private final RatingSettings settings;
    private final String engine;
    private final java.util.Set<Unchecked> unchecked;

    /** Validates and copies. */
    Rating(String dossierId, String productName, Optional<VersionResolution> version, String productSet,
            Outcome outcome, List<MemberScore> members, Optional<Average> average, Map<Part, Average> partAverages,
            OptionalInt bandStars, OptionalInt stars, List<FailedMinimum> failedMinimums, List<KnockOutHit> knockOuts,
            Optional<Recognition> recognition, List<CouncilBreach> councilBreaches, List<Problem> problems,
            List<Text> warnings, List<CriterionScore> criteria, List<RuleFiring> firings, RatingSettings settings,
            String engine) {
        this(dossierId, productName, version, productSet, outcome, members, average, partAverages, bandStars, stars,
                failedMinimums, knockOuts, recognition, councilBreaches, problems, warnings, criteria, firings,
                settings, engine, java.util.Set.of());
    }

    /** Validates and copies; {@code unchecked} for a dossier without members' sheets. */
    Rating(String dossierId, String productName, Optional<VersionResolution> version, String productSet,
            Outcome outcome, List<MemberScore> members, Optional<Average> average, Map<Part, Average> partAverages,
            OptionalInt bandStars, OptionalInt stars, List<FailedMinimum> failedMinimums, List<KnockOutHit> knockOuts,
            Optional<Recognition> recognition, List<CouncilBreach> councilBreaches, List<Problem> problems,
            List<Text> warnings, List<CriterionScore> criteria, List<RuleFiring> firings, RatingSettings settings,
            String engine, java.util.Set<Unchecked> unchecked) {
        this.dossierId = Objects.requireNonNull(dossierId, "dossierId");
        this.productName = Objects.requireNonNull(productName, "productName");
        this.version = Objects.requireNonNull(version, "version");
        this.productSet = Objects.requireNonNull(productSet, "productSet");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.members = List.copyOf(members);
        this.average = Objects.requireNonNull(average, "average");
        this.partAverages = Map.copyOf(partAverages);
        this.bandStars = Objects.requireNonNull(bandStars, "bandStars");
        this.stars = Objects.requireNonNull(stars, "stars");
        this.failedMinimums = List.copyOf(failedMinimums);
        this.knockOuts = List.copyOf(knockOuts);
        this.recognition = Objects.requireNonNull(recognition, "recognition");
        this.councilBreaches = List.copyOf(councilBreaches);
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
        this.criteria = List.copyOf(criteria);
        this.firings = List.copyOf(firings);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.unchecked = unchecked.isEmpty() ? java.util.Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(unchecked));
    }

    /** The dossier's id. */
    public String dossierId() {
        return dossierId;
    }

    /**
     * The product's name as the dossier gives it (<i>tên sản phẩm</i>), so that a report can name the product and
     * not only its dossier; empty when the dossier names none or could not be read.
     */
    public String productName() {
        return productName;
    }

    /** How the criteria version was chosen; empty only when the dossier is invalid before that. */
    public Optional<VersionResolution> version() {
        return version;
    }

    /** The product set code as given. */
    public String productSet() {
        return productSet;
    }

    /** How the rating ended. */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Each member's totals, in sheet order (empty when invalid, disqualified or stopped: a knocked-out dossier is not
     * scored).
     */
    public List<MemberScore> members() {
        return members;
    }

    /** The council's exact average total (empty when invalid, disqualified or stopped). */
    public Optional<Average> average() {
        return average;
    }

    /** The exact averages of Parts A, B and C (empty when {@link #average()} is). */
    public Map<Part, Average> partAverages() {
        return partAverages;
    }

    /** The star of the band the average falls in, before star minimums. */
    public OptionalInt bandStars() {
        return bandStars;
    }

    /** The star rated after star minimums; present only when the outcome is {@link Outcome#RATED}. */
    public OptionalInt stars() {
        return stars;
    }

    /** Every star minimum not met at or below the band's star. */
    public List<FailedMinimum> failedMinimums() {
        return failedMinimums;
    }

    /** The disqualification and stop rules that applied. */
    public List<KnockOutHit> knockOuts() {
        return knockOuts;
    }

    /** What the evaluating level may recognise, when rated. */
    public Optional<Recognition> recognition() {
        return recognition;
    }

    /** The switched-on council rules broken (not checked on a knocked-out dossier). */
    public List<CouncilBreach> councilBreaches() {
        return councilBreaches;
    }

    /**
     * Why the dossier is invalid, each naming dossier, member, criterion or field; on a rated totals-only dossier,
     * what could not be checked without the members' sheets.
     */
    public List<Problem> problems() {
        return problems;
    }

    /** What the rating noticed without stopping, for example a version rated after its lapse date, in English. */
    public List<String> warnings() {
        return org.ocop.rules.internal.Messages.english(warnings);
    }

    /** {@link #warnings()} in the language of {@code locale}; see {@link Text}. */
    public List<String> warnings(java.util.Locale locale) {
        return org.ocop.rules.internal.Messages.in(locale, warnings);
    }

    /** {@link #warnings()} as texts, to render later in any language. */
    public List<Text> warningTexts() {
        return warnings;
    }

    /** Every criterion's choices and average, in sheet order (empty when invalid). */
    public List<CriterionScore> criteria() {
        return criteria;
    }

    /** The rules the engine fired, with the criteria data they fired on. */
    public List<RuleFiring> firings() {
        return firings;
    }

    /**
     * What could not be checked on this dossier, in {@link Unchecked} order: on an average-only dossier the star
     * minimums and the switched-on council rules, which need the members; on a totals-only dossier the star
     * minimums and what needs the members' names. Empty for a dossier rated from its sheets, and for an INVALID one.
     * Unmodifiable.
     */
    public java.util.Set<Unchecked> unchecked() {
        return unchecked;
    }

    /** The policies used. */
    public RatingSettings settings() {
        return settings;
    }

    /** Which engine rated it, for example {@code drools}. */
    public String engine() {
        return engine;
    }

    /** Whether the outcome is {@link Outcome#RATED}. */
    public boolean isRated() {
        return outcome == Outcome.RATED;
    }

    /** The average shown to people, rounded by the settings' display rounding. */
    public Optional<BigDecimal> displayedAverage() {
        return average.map(a -> a.rounded(settings.displayScale(), settings.displayRounding()));
    }

    /** The criteria version's id, when resolved. */
    public Optional<String> criteriaVersion() {
        return version.map(v -> v.version().id());
    }

    /** The explanation for people, in English: outcome, star and why, the numbers, the rules used. */
    public String explain() {
        return explain(java.util.Locale.ROOT);
    }

    /**
     * The explanation for people in the language of {@code locale} (Vietnamese for {@code vi}, else English; see
     * {@link Text}): outcome, star and why, the numbers, the rules used.
     */
    public String explain(java.util.Locale locale) {
        return RatingText.render(this, java.util.Objects.requireNonNull(locale, "locale"));
    }

    /** The per-criterion table for people, in English: each member's choice and points, and the council's average. */
    public String explainCriteria() {
        return explainCriteria(java.util.Locale.ROOT);
    }

    /** {@link #explainCriteria()} in the language of {@code locale}; see {@link Text}. */
    public String explainCriteria(java.util.Locale locale) {
        return RatingText.criteriaTable(this, java.util.Objects.requireNonNull(locale, "locale"));
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Rating r && dossierId.equals(r.dossierId) && productName.equals(r.productName)
                && version.equals(r.version)
                && productSet.equals(r.productSet) && outcome == r.outcome && members.equals(r.members)
                && average.equals(r.average) && partAverages.equals(r.partAverages) && bandStars.equals(r.bandStars)
                && stars.equals(r.stars) && failedMinimums.equals(r.failedMinimums) && knockOuts.equals(r.knockOuts)
                && recognition.equals(r.recognition) && councilBreaches.equals(r.councilBreaches)
                && problems.equals(r.problems) && warnings.equals(r.warnings) && criteria.equals(r.criteria)
                && firings.equals(r.firings) && settings.equals(r.settings) && engine.equals(r.engine)
                && unchecked.equals(r.unchecked);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dossierId, productName, version, productSet, outcome, members, average, partAverages,
                bandStars, stars, failedMinimums, knockOuts, recognition, councilBreaches, problems, warnings, criteria,
                firings, settings, engine, unchecked);
    }

    @Override
    public String toString() {
        return "Rating[dossierId=" + dossierId + ", productName=" + productName + ", version=" + version
                + ", productSet=" + productSet + ", outcome=" + outcome + ", members=" + members + ", average="
                + average + ", partAverages=" + partAverages
                + ", bandStars=" + bandStars + ", stars=" + stars + ", failedMinimums=" + failedMinimums
                + ", knockOuts=" + knockOuts + ", recognition=" + recognition + ", councilBreaches=" + councilBreaches
                + ", problems=" + problems + ", warnings=" + warnings + ", criteria=" + criteria + ", firings="
                + firings + ", settings=" + settings + ", engine=" + engine + ", unchecked=" + unchecked + "]";
    }
}
