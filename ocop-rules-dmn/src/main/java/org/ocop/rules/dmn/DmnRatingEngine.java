package org.ocop.rules.dmn;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.StarBands;
import org.ocop.rules.engine.RatingEngine;
import org.ocop.rules.engine.RatingTask;
import org.ocop.rules.engine.Verdict;

/**
 * The DMN engine: rates with the DMN 1.5 decision tables generated from the criteria data (one folder per criteria
 * version, {@code org/ocop/rules/dmn/qd-26-2026/*.dmn} in this jar, with each product set's option points and star
 * minimums in models of their own, {@code option-points/I.4.a.dmn} and {@code star-minimums/I.4.a.dmn}; see
 * {@link DmnModelGenerator}), and returns the same verdicts as the Drools engine. Switch engines with one line:
 *
 * <pre>{@code
 * Rater rater = Rater.using(DmnRatingEngine.shared());
 * }</pre>
 *
 * <p>The engine orchestrates (it loops over members, choices, markers and star levels and adds up points; see
 * {@link Evaluation}); every decision is the models': option points, cumulative star minimums, the band, whether a
 * minimum is met and whether a knock-out option applies under the consensus, the rated star under the minimum
 * policy, the outcome's precedence, council rules, recognition and forwarding. It also checks, on every dossier, that
 * the models' points and minimums equal the task's, which come from the criteria data: each option chosen (its
 * points and criterion) and each criterion's cumulative minimum at every star level the rating reaches, against the
 * dossier's own set's models; and, once per version and band floors, that the star-band model has the task's floors
 * (see {@link TaskModels}). A model generated from another data edition is an error naming the option, criterion or
 * band, never a silently different rating.
 *
 * <p>The models are compiled with {@code DMNRuntimeBuilder} on first use (or all at once with {@link #preloaded()}):
 * a version's version-wide models on its first dossier, and a product set's two models on the first dossier of that
 * set under that version, so a start-up compiles what its first dossier needs, not every set's tables (see
 * {@link KieDecisions}). Each decision's result is remembered by its inputs (see {@link DecisionMemo}). Safe to share
 * across threads: each evaluation has its own context, compiling is guarded once per group of models, and the memo
 * is a concurrent map. A version based on another (781 on 1048) evaluates the sets whose option points equal its
 * base's on the base's compiled option points model, so that model is held once. Every {@code DMNResult} is checked:
 * a DMN error is an {@link IllegalStateException} naming the dossier, model and decision.
 */
public final class DmnRatingEngine implements RatingEngine {

    private static volatile DmnRatingEngine shared;

    /** The models' evaluation as given: KIE's over the shipped models, or a test's on another DMN engine. */
    private final Decisions source;
    /** {@link #source} behind the memo: what every task's decisions are asked of. */
    private final Decisions decisions;
    private final String name;
    /**
     * Model key → the star bands its star-band model was found to have (see {@link TaskModels#checkBands}): a key is
     * checked once for the floors its tasks bring, not on every dossier.
     */
    private final ConcurrentMap<String, StarBands> bandsChecked = new ConcurrentHashMap<>();

    private DmnRatingEngine(Decisions decisions, String name) {
        this.source = decisions;
        this.decisions = new DecisionMemo(decisions);
        this.name = name;
    }

    /** An engine on another DMN implementation of the same models, for cross-checks in tests. */
    static DmnRatingEngine on(Decisions decisions, String name) {
        return new DmnRatingEngine(decisions, name);
    }

    /**
     * The engine over the models in this jar for every bundled version and sheet edition, built on first use: a
     * version without scoring sheets has the models that rate members' totals (band, council rules, outcome,
     * recognition), so its totals-only dossiers are decided by DMN too.
     */
    public static DmnRatingEngine shared() {
        DmnRatingEngine engine = shared;
        if (engine == null) {
            synchronized (DmnRatingEngine.class) {
                engine = shared;
                if (engine == null) {
                    engine = overShippedModels();
                    shared = engine;
                }
            }
        }
        return engine;
    }

    /** A new engine over the models in this jar, none of them compiled yet ({@link #shared()} is one). */
    static DmnRatingEngine overShippedModels() {
        return new DmnRatingEngine(new KieDecisions(CriteriaCatalogue.bundled()), "dmn");
    }

    /**
     * Compiles every model of every version and product set now rather than on the first dossier that needs it, for
     * a server that wants no first-dossier delay (and for measuring the memory of every version's models).
     *
     * @return this engine
     */
    public DmnRatingEngine preloaded() {
        if (source instanceof KieDecisions kie) {
            kie.compileAll();
        }
        return this;
    }

    /** The models compiled so far, as {@code version/model}, sorted (none for an engine not on KIE). */
    List<String> compiledModels() {
        return source instanceof KieDecisions kie ? kie.compiled() : List.of();
    }

    /**
     * How many groups of models have been compiled: a model key's version-wide models, a set's option points and
     * star minimums at the option points model's home ({@link ModelLayout#optionPointsHome}), and a set's
     * star minimums alone where its option points model lives at another key (781's sets whose sheet is 1048's). A
     * group shared by several model keys is compiled, and counted, once.
     */
    int compilations() {
        return source instanceof KieDecisions kie ? kie.compilations() : 0;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Verdict decide(RatingTask task) {
        TaskModels models = new TaskModels(decisions, task);
        models.checkBands(bandsChecked);
        return new Evaluation(task, models).verdict();
    }
}
