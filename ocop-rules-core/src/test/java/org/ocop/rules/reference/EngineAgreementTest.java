package org.ocop.rules.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ocop.rules.CouncilRules;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rater;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.Dossier;

/**
 * The Drools engine rates every generated dossier exactly as the reference reading of docs/reference/rating.md does: same outcome,
 * member totals, exact average, band, star, failed minimums, knock-outs, recognition and council breaches.
 *
 * <p>Each dossier is rated under one of the eighteen combinations of minimum policy × consensus × council rules
 * (none, Tây Ninh's, spread only), the combination cycling every 26 dossiers so that every product set meets every
 * combination. The corpus is then checked to reach what the comparison is meant to cover, so that a generator that
 * drifts cannot make the agreement vacuous.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineAgreementTest {

    private static final long SEED = 20_260_522L;
    /** 22 dossiers for every pair of product set (26) and settings combination (18): over 10,000 in all. */
    private static final int DOSSIERS = 26 * 18 * 22;

    private static final List<CouncilRules> COUNCIL_RULES = List.of(CouncilRules.NONE, CouncilRules.tayNinh(),
            new CouncilRules(false, OptionalInt.of(10), false));

    private final DossierGenerator generator = new DossierGenerator(SEED);
    private final CriteriaCatalogue catalogue = CriteriaCatalogue.bundled();
    private final List<RatingSettings> settings = allSettings();
    private final List<Rater> raters = settings.stream().map(s -> Rater.standard().withSettings(s)).toList();
    private List<Case> cases;

    /** One generated dossier, the settings it was rated under and both readings of it. */
    private record Case(int index, Dossier dossier, RatingSettings settings, Expected reference, Expected engine,
            RuntimeException engineError) {

        boolean agrees() {
            return engineError == null && reference.equals(engine);
        }

        /** Which fields differ, and how the outcomes pair up, for a summary of many mismatches. */
        String difference() {
            if (engineError != null) {
                return "engine threw " + engineError.getClass().getSimpleName();
            }
            List<String> fields = new ArrayList<>();
            for (RecordComponent field : Expected.class.getRecordComponents()) {
                if (!Objects.equals(value(field, reference), value(field, engine))) {
                    fields.add(field.getName());
                }
            }
            return reference.outcome() + "→" + engine.outcome() + " " + fields;
        }

        private static Object value(RecordComponent field, Expected expected) {
            try {
                return field.getAccessor().invoke(expected);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        String describe(long seed) {
            return "dossier " + index + " of seed " + seed + " (DossierGenerator(" + seed + ").dossier(" + index
                    + "))\n  dossier:   " + dossier + "\n  settings:  " + settings + "\n  reference: " + reference
                    + "\n  engine:    " + (engineError != null ? "threw " + engineError : engine);
        }
    }

    private static List<RatingSettings> allSettings() {
        List<RatingSettings> all = new ArrayList<>();
        for (MinimumPolicy policy : MinimumPolicy.values()) {
            for (MinimumConsensus consensus : MinimumConsensus.values()) {
                for (CouncilRules rules : COUNCIL_RULES) {
                    all.add(RatingSettings.DEFAULTS.withMinimumPolicy(policy).withConsensus(consensus)
                            .withCouncilRules(rules));
                }
            }
        }
        return List.copyOf(all);
    }

    @BeforeAll
    void rateTheCorpus() {
        // Rater.standard() is shared and thread-safe, and each dossier depends only on the seed and its index.
        cases = IntStream.range(0, DOSSIERS).parallel().mapToObj(this::rate).toList();
    }

    private Case rate(int index) {
        Dossier dossier = generator.dossier(index);
        int combination = index / generator.productSets().size() % settings.size();
        RatingSettings used = settings.get(combination);
        Expected reference = ReferenceScorer.expected(dossier, catalogue, used);
        try {
            return new Case(index, dossier, used, reference, Expected.of(raters.get(combination).rate(dossier)),
                    null);
        } catch (RuntimeException engineError) {
            return new Case(index, dossier, used, reference, null, engineError);
        }
    }

    @Test
    void the_engine_agrees_with_the_reference_on_every_generated_dossier() {
        List<Case> mismatches = cases.stream().filter(c -> !c.agrees()).toList();
        Map<String, Long> kinds = mismatches.stream()
                .collect(Collectors.groupingBy(Case::difference, TreeMap::new, Collectors.counting()));
        assertThat(mismatches.size())
                .as(() -> mismatches.size() + " of " + DOSSIERS + " dossiers disagree (reference→engine outcome "
                        + "[fields that differ]: count)\n" + kinds.entrySet().stream()
                                .map(e -> "  " + e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"))
                        + "\nthe first of each kind:\n" + kinds.keySet().stream()
                                .map(kind -> mismatches.stream().filter(c -> c.difference().equals(kind)).findFirst()
                                        .orElseThrow().describe(SEED))
                                .collect(Collectors.joining("\n\n")))
                .isZero();
    }

    @Test
    void the_corpus_covers_every_product_set_under_every_settings_combination() {
        Set<String> pairs = cases.stream().map(c -> c.dossier().productSet() + " " + c.settings())
                .collect(Collectors.toSet());
        assertThat(pairs).hasSize(generator.productSets().size() * settings.size());
        assertThat(cases.stream().map(c -> c.dossier().productSet()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(generator.productSets());
    }

    @Test
    void the_corpus_reaches_every_band() {
        Set<Integer> bands = cases.stream().map(Case::reference).filter(e -> e.bandStars().isPresent())
                .map(e -> e.bandStars().getAsInt()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(bands).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void the_corpus_reaches_every_outcome() {
        Set<Outcome> outcomes = cases.stream().map(c -> c.reference().outcome())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Outcome.class)));
        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.values());
    }

    @Test
    void the_corpus_stops_on_trigger_options_without_findings() {
        assertThat(cases).anyMatch(c -> c.reference().outcome() == Outcome.STOPPED
                && c.dossier().findings().isEmpty());
    }

    @Test
    void the_corpus_demotes_products_below_their_band() {
        assertThat(cases).anyMatch(c -> c.reference().outcome() == Outcome.RATED
                && c.reference().stars().getAsInt() < c.reference().bandStars().getAsInt());
    }

    @Test
    void the_corpus_forwards_products_and_withholds_forwarding_from_demoted_ones() {
        assertThat(cases).anyMatch(c -> c.reference().forwardedTo().isPresent());
        assertThat(cases).anyMatch(c -> c.reference().outcome() == Outcome.RATED && averageMinus(c, 90) >= 0
                && c.reference().stars().getAsInt() < 5 && c.reference().forwardedTo().isEmpty());
    }

    @Test
    void the_corpus_splits_a_majority_of_members_over_several_trigger_options() {
        // Under MAJORITY "a strict majority chose it" is read per trigger option: these dossiers tell that reading
        // from "a strict majority chose one of the rule's options".
        assertThat(cases).anyMatch(c -> c.settings().consensus() == MinimumConsensus.MAJORITY
                && c.dossier().findings().isEmpty() && splitMajority(c.dossier()));
    }

    /** A strict majority chose some trigger option of one rule, but no single option has a strict majority. */
    private boolean splitMajority(Dossier dossier) {
        int members = dossier.sheets().size();
        ScoringSheet sheet = catalogue.version(DossierGenerator.VERSION).sheet(dossier.productSet());
        return sheet.knockOuts().stream().filter(rule -> rule.options().size() > 1).anyMatch(rule -> {
            long choosingAny = dossier.sheets().stream()
                    .filter(m -> m.choices().values().stream().anyMatch(rule.options()::contains)).count();
            boolean optionMajority = rule.options().stream().anyMatch(option -> 2 * dossier.sheets().stream()
                    .filter(m -> m.choices().containsValue(option)).count() > members);
            return 2 * choosingAny > members && !optionMajority;
        });
    }

    @Test
    void the_corpus_has_averages_exactly_on_and_just_below_each_band_bound() {
        for (int bound : new int[] {30, 50, 70, 90}) {
            assertThat(cases).as("an average of exactly %d", bound)
                    .anyMatch(c -> averageMinus(c, bound) == 0);
            // With n members the closest an average gets below the bound without reaching it is 1/n below.
            assertThat(cases).as("an average one point in total under %d", bound)
                    .anyMatch(c -> averageMinus(c, bound) == -1);
        }
    }

    /** The sum of member totals minus {@code bound × members}; a large number when there is no average. */
    private static long averageMinus(Case c, int bound) {
        return c.reference().average().map(a -> a.sum() - (long) bound * a.count()).orElse(Long.MAX_VALUE);
    }
}
