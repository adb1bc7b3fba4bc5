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
 * <p>Immutable and thread-safe. {@link #explain()} renders it for
 * people; {@link org.ocop.rules.json.RatingJson} for programs.
 *
 * @param dossierId the dossier's id
 * @param version how the criteria version was chosen; empty only when the dossier is invalid before that
 * @param productSet the product set code as given
 * @param outcome how the rating ended
 * @param members each member's totals, in sheet order (empty when invalid, disqualified or stopped: a knocked-out
 *     dossier is not scored)
 * @param average the council's exact average total (empty when invalid, disqualified or stopped)
 * @param partAverages the exact averages of Parts A, B and C (empty when {@code average} is)
 * @param bandStars the star of the band the average falls in, before star minimums
 * @param stars the star rated after star minimums; present only when the outcome is {@link Outcome#RATED}
 * @param failedMinimums every star minimum not met at or below the band's star
 * @param knockOuts the disqualification and stop rules that applied
 * @param recognition what the evaluating level may recognise, when rated
 * @param councilBreaches the switched-on council rules broken (not checked on a knocked-out dossier)
 * @param problems why the dossier is invalid, each naming dossier, member, criterion or field
 * @param warnings what the rating noticed without stopping, for example a version rated after its lapse date
 * @param criteria every criterion's choices and average, in sheet order (empty when invalid)
 * @param firings the rules the engine fired, with the criteria data they fired on
 * @param settings the policies used
 * @param engine which engine rated it, for example {@code drools}
 */
public record Rating(String dossierId, Optional<VersionResolution> version, String productSet, Outcome outcome,
        List<MemberScore> members, Optional<Average> average, Map<Part, Average> partAverages,
        OptionalInt bandStars, OptionalInt stars, List<FailedMinimum> failedMinimums, List<KnockOutHit> knockOuts,
        Optional<Recognition> recognition, List<CouncilBreach> councilBreaches, List<Problem> problems,
        List<String> warnings, List<CriterionScore> criteria, List<RuleFiring> firings, RatingSettings settings,
        String engine) {

    /** Validates and copies. */
    public Rating {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(productSet, "productSet");
        Objects.requireNonNull(outcome, "outcome");
        members = List.copyOf(members);
        Objects.requireNonNull(average, "average");
        partAverages = Map.copyOf(partAverages);
        Objects.requireNonNull(bandStars, "bandStars");
        Objects.requireNonNull(stars, "stars");
        failedMinimums = List.copyOf(failedMinimums);
        knockOuts = List.copyOf(knockOuts);
        Objects.requireNonNull(recognition, "recognition");
        councilBreaches = List.copyOf(councilBreaches);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        criteria = List.copyOf(criteria);
        firings = List.copyOf(firings);
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(engine, "engine");
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

    /** {@link #warnings()} in the language of {@code locale}; see {@link Text}. */
    public List<String> warnings(java.util.Locale locale) {
        return warnings;
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
}
