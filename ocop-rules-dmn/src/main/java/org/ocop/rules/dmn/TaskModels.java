package org.ocop.rules.dmn;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import org.ocop.rules.Outcome;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.StarBands;
import org.ocop.rules.engine.RatingTask;

/**
 * The generated models as one task sees them: each decision the orchestration ({@link Evaluation}) takes, as a typed
 * call on the models of the task's version in its sheet edition and of its product set, with its result turned from
 * DMN values (numbers, contexts, strings) into Java ones; and the check that the numbers the models share with the
 * task's criteria data are the data's. That check covers the band floors (once per model key and floors), each
 * option chosen (its points and criterion) and each criterion's cumulative minimum at every star level the rating
 * looks at. A model generated from another data edition is an error naming the option, criterion or band, never a
 * silently different rating.
 *
 * <p>Separate from the orchestration so that the rating's steps read without model ids, decision names, input names
 * and result conversions, which are written here once, beside the errors that name them: a failed evaluation is an
 * {@link IllegalStateException} naming the dossier, model and decision. One per {@code decide} call, never shared.
 */
final class TaskModels {

    private final Decisions decisions;
    private final RatingTask task;
    /** The models of the task's version in its sheet edition. */
    private final String key;
    /** The council's members who scored: the {@code members} input of every decision that counts them. */
    private final int n;
    /** The ids of the task's product set's option points and star minimums models. */
    private final String optionPointsModel;
    private final String starMinimumsModel;
    /** Each option chosen so far: its row in the set's option points model. */
    private final Map<String, OptionRow> optionRows = new HashMap<>();

    /** An option's row in its set's option points table. */
    private record OptionRow(int points, String criterion) {
    }

    /** The rated-star decision's result: the star, empty when refused, and whether it was refused. */
    record RatedStar(OptionalInt stars, boolean refused) {
    }

    /** The recognition decisions' results: the stars granted (empty: no certificate) and the level forwarded to. */
    record Recognition(OptionalInt granted, Optional<Level> forwardedTo) {
    }

    /** The council-rules decisions' results: whether each rule was broken (a rule switched off never is). */
    record BrokenCouncilRules(boolean quorumMissed, boolean chairAbsent, boolean spreadExceeded,
            boolean secretaryScored) {
    }

    /**
     * The models of the task's version, sheet edition and product set.
     *
     * @throws IllegalStateException if there are no models for the task's version in its sheet edition, or the
     *     task has choices and the version has no models of scoring sheets
     */
    TaskModels(Decisions decisions, RatingTask task) {
        this.decisions = decisions;
        this.task = task;
        this.key = ModelLayout.modelKey(task.versionId(), task.sheetEdition());
        // every modelled version has its version-wide models, so no models means no such version or edition
        if (decisions.models(key).isEmpty()) {
            throw new IllegalStateException("no DMN models for criteria version " + task.versionId()
                    + (key.equals(task.versionId()) ? "" : " in sheet edition " + task.sheetEdition())
                    + " (dossier " + task.dossierId() + "); models exist for " + decisions.versions());
        }
        this.n = task.members().size();
        this.optionPointsModel = ModelLayout.optionPointsModel(task.productSet());
        this.starMinimumsModel = ModelLayout.starMinimumsModel(task.productSet());
        Set<String> models = decisions.models(key);
        if (!task.choices().isEmpty() && models.stream().noneMatch(m -> m.startsWith(
                ModelLayout.OPTION_POINTS + "/"))) {
            throw new IllegalStateException("no DMN models of scoring sheets for criteria version "
                    + task.versionId() + " (dossier " + task.dossierId() + "): its sheets are not in the data, "
                    + "so only members' totals are rated under it");
        }
    }

    /**
     * Checks that the version's star-band model was generated with the task's band floors, which come from the
     * criteria data: at every floor, an average of that many points is in the floor's band and one of a point
     * less in the band below, which only a table with exactly these floors gives. A corrected data edition with
     * other floors and models generated before it is an error, never a band decided on stale numbers.
     *
     * @param checked model key → the star bands its star-band model was found to have, kept by the engine so that a
     *     key is checked once for the floors its tasks bring, not on every dossier
     */
    void checkBands(ConcurrentMap<String, StarBands> checked) {
        StarBands bands = task.bands();
        if (bands.equals(checked.get(key))) {
            return;
        }
        for (int stars = 2; stars <= StarBands.MAX_STARS; stars++) {
            for (int total = bands.floor(stars) - 1; total <= bands.floor(stars); total++) {
                int modelled = band(total, 1);
                int expected = bands.starsOf(total, 1);
                if (modelled != expected) {
                    throw stale("an average of " + total + " points is in the " + modelled + "★ band in the "
                            + "DMN model, but in the " + expected + "★ band by the criteria data's band floors "
                            + bands.floors());
                }
            }
        }
        checked.put(key, bands);
    }

    /** {@code star-band} › {@code star band}: the band of the exact average {@code total / members}. */
    int band(long total, int members) {
        return integer(evaluate("star-band", "star band", Map.of("total", total, "members", members)));
    }

    /**
     * {@code option-points/<set>} › {@code option points <set>}: the points of a choice, checked against the
     * choice's points and criterion, which come from the criteria data.
     */
    int optionPoints(RatingTask.Choice choice) {
        OptionRow row = optionRows.computeIfAbsent(choice.option(), this::optionRow);
        if (row.points() != choice.points() || !choice.criterion().equals(row.criterion())) {
            throw stale("option " + choice.option() + " of set " + task.productSet() + " is " + row.points()
                    + " points of criterion " + row.criterion() + " in the DMN model, but "
                    + choice.points() + " points of criterion " + choice.criterion() + " in the criteria data");
        }
        return row.points();
    }

    private OptionRow optionRow(String option) {
        Object row = evaluate(optionPointsModel, ModelLayout.optionPointsName(task.productSet()),
                Map.of("option", option));
        if (row == null) {
            throw stale("option " + option + " of set " + task.productSet() + " is not in the DMN model");
        }
        Map<?, ?> columns = (Map<?, ?>) row;
        return new OptionRow(integer(columns.get("points")), (String) columns.get("criterion"));
    }

    /**
     * {@code star-minimums/<set>} › {@code star minimum <set>}: the points the criterion must reach for the star
     * level, checked against {@code fromTask}, the requirement the task's markers (the criteria data) give.
     */
    int starMinimum(String criterion, int stars, int fromTask) {
        int required = integer(evaluate(starMinimumsModel, ModelLayout.starMinimumName(task.productSet()),
                Map.of("criterion", criterion, "stars", stars)));
        if (required != fromTask) {
            throw stale("criterion " + criterion + " of set " + task.productSet() + " must reach "
                    + required + " points for " + stars + "★ in the DMN model, but " + fromTask
                    + " by the criteria data's markers");
        }
        return required;
    }

    /**
     * {@code minimum-met} › {@code minimum met}: whether the council meets a requirement under the task's consensus.
     *
     * @param meeting the members whose points on the criterion reach the requirement
     * @param pointsSum the criterion's points over all members
     */
    boolean minimumMet(long meeting, long pointsSum, int required) {
        return (Boolean) evaluate("minimum-met", "minimum met", Map.of("consensus",
                task.policy().consensus().name(), "members", n, "meeting", meeting, "pointsSum",
                pointsSum, "requiredPoints", required));
    }

    /**
     * {@code knock-out-trigger} › {@code knock-out triggered}: whether a trigger option applies its knock-out rule
     * under the task's consensus.
     *
     * @param ruleChoosers the members who chose any trigger option of the rule
     * @param criterionChoosers the choices on the trigger's criterion
     * @param pointsSum the points of those choices
     */
    boolean knockOutTriggered(long ruleChoosers, long criterionChoosers, long pointsSum, int triggerPoints) {
        return (Boolean) evaluate("knock-out-trigger", "knock-out triggered", Map.of(
                "consensus", task.policy().consensus().name(), "members", n, "ruleChoosers",
                ruleChoosers, "criterionChoosers", criterionChoosers, "pointsSum",
                pointsSum, "triggerPoints", triggerPoints));
    }

    /** {@code rated-star} › {@code rated star}: the star under the task's minimum policy. */
    RatedStar ratedStar(int band, int highestEligible) {
        Map<?, ?> rated = (Map<?, ?>) evaluate("rated-star", "rated star", Map.of("minimumPolicy",
                task.policy().minimumPolicy().name(), "band", band, "highestEligible", highestEligible));
        boolean refused = (Boolean) rated.get("refused");
        return new RatedStar(rated.get("stars") == null ? OptionalInt.empty()
                : OptionalInt.of(integer(rated.get("stars"))), refused);
    }

    /** {@code outcome} › {@code outcome}: the outcome by precedence. */
    Outcome outcome(boolean disqualified, boolean stopped, boolean breached, boolean refused) {
        return Outcome.valueOf((String) evaluate("outcome", "outcome", Map.of("disqualified",
                disqualified, "stopped", stopped, "breached", breached, "refused", refused)));
    }

    /**
     * {@code recognition} › {@code granted stars} and {@code forwarded to}: what the task's level recognises of a
     * rated star and where it forwards, under the task's procedure.
     *
     * @param total the members' points added up (an average-only task: the recorded average over {@code members})
     * @param members how many members' totals {@code total} adds up (an average-only task: the power of ten)
     */
    Recognition recognition(int stars, long total, int members) {
        Map<String, Object> in = new HashMap<>();
        in.put("procedure", task.authority().procedure());
        in.put("level", task.authority().level().name());
        in.put("stars", stars);
        in.put("total", total);
        in.put("members", members);
        Object granted = evaluate("recognition", "granted stars", in);
        Object forwarded = evaluate("recognition", "forwarded to", in);
        return new Recognition(granted == null ? OptionalInt.empty() : OptionalInt.of(integer(granted)),
                forwarded == null ? Optional.empty() : Optional.of(Level.valueOf((String) forwarded)));
    }

    /**
     * {@code council-rules} › {@code quorum missed}, {@code chair absent}, {@code spread exceeded} and
     * {@code secretary scored}, under the task's council rules.
     *
     * @param present the scoring members and a named secretary who did not score
     * @param highest the highest member total
     * @param lowest the lowest member total
     */
    BrokenCouncilRules councilRules(int present, boolean chairScored, boolean secretaryScored, int highest,
            int lowest) {
        RatingTask.Policy policy = task.policy();
        RatingTask.Council council = task.council();
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("quorum", policy.quorum());
        in.put("present", present);
        in.put("councilSize", council.size());
        in.put("chairNamed", council.chair().isPresent());
        in.put("chairScored", chairScored);
        in.put("maxSpread", policy.maxSpread());
        in.put("highest", highest);
        in.put("lowest", lowest);
        in.put("secretaryMustNotScore", policy.secretaryMustNotScore());
        in.put("secretaryNamed", council.secretary().isPresent());
        in.put("secretaryScored", secretaryScored);
        return new BrokenCouncilRules((Boolean) evaluate("council-rules", "quorum missed", in),
                (Boolean) evaluate("council-rules", "chair absent", in),
                (Boolean) evaluate("council-rules", "spread exceeded", in),
                (Boolean) evaluate("council-rules", "secretary scored", in));
    }

    /** Evaluates one decision of one model of the task's version; any DMN error is an exception. */
    private Object evaluate(String model, String decision, Map<String, ?> inputs) {
        try {
            return decisions.evaluate(key, model, decision, inputs);
        } catch (Decisions.Failure failure) {
            if (failure.kind == Decisions.Failure.Kind.NO_MODEL) {
                throw new IllegalStateException("no DMN model " + key + "/" + model + " for decision '"
                        + decision + "' (dossier " + task.dossierId() + ", product set " + task.productSet()
                        + "); models exist for the sets " + setsWithModels());
            }
            if (failure.kind == Decisions.Failure.Kind.NO_DECISION) {
                throw new IllegalStateException("DMN model " + key + "/" + model + " has no "
                        + "decision '" + decision + "' (dossier " + task.dossierId() + ")");
            }
            throw new IllegalStateException("DMN engine failed on dossier " + task.dossierId() + ", model "
                    + key + "/" + model + ", decision '" + decision + "', inputs " + inputs + ": "
                    + failure.getMessage());
        }
    }

    /** The file names of the sets whose option points models the task's version has, sorted. */
    private List<String> setsWithModels() {
        String prefix = ModelLayout.OPTION_POINTS + "/";
        return decisions.models(key).stream().filter(m -> m.startsWith(prefix))
                .map(m -> m.substring(prefix.length())).sorted().toList();
    }

    private IllegalStateException stale(String detail) {
        return new IllegalStateException("DMN models of " + key + " do not match the criteria data "
                + "edition " + task.dataEdition() + " (dossier " + task.dossierId() + "): " + detail
                + "; regenerate the models (mvn package) from this data edition");
    }

    private static int integer(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.intValueExact();
        }
        if (value instanceof Number number) {
            return number.intValue();
        }
        throw new IllegalStateException("expected a number from the DMN model, got " + value);
    }
}
