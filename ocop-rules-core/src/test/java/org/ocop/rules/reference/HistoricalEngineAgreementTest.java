package org.ocop.rules.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocop.rules.CouncilRules;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rater;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.ProductSet;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.Council;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;

/**
 * The Drools engine agrees with the reference reading of docs/reference/rating.md on what the QD-26-2026 corpus of
 * {@link EngineAgreementTest} does not reach: 1048's original tourism sheet, whose Part C is a checklist (lines
 * ticked add up to the cap), and totals-only dossiers of every version and every set. Seeded, so a failure repeats.
 */
class HistoricalEngineAgreementTest {

    private static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.bundled();
    private static final String[] NAMES = {"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khánh"};

    @Test
    void the_engine_agrees_with_the_reference_on_generated_1048_tourism_checklist_dossiers() {
        CriteriaVersion version = CATALOGUE.version("QD-1048-2019");
        ScoringSheet tourism = version.sheet("VI.1");
        Random random = new Random(20190821L);
        List<String> disagreements = new ArrayList<>();
        Set<Integer> partC = new TreeSet<>();
        Set<Outcome> outcomes = new TreeSet<>();
        for (int i = 0; i < 400; i++) {
            int members = 1 + random.nextInt(7);
            double care = random.nextDouble();
            List<MemberSheet> sheets = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                Map<String, String> choices = new LinkedHashMap<>();
                Map<String, List<String>> ticks = new LinkedHashMap<>();
                for (Criterion c : tourism.criteria()) {
                    if (c.select() == Criterion.Select.ANY) {
                        List<String> lines = new ArrayList<>();
                        c.options().forEach(o -> {
                            if (random.nextDouble() < care) {
                                lines.add(o.id());
                            }
                        });
                        ticks.put(c.code(), lines);
                    } else if (c.onlyIf().isEmpty() || !c.onlyIf().get().notChosen().contains(
                            choices.get(c.onlyIf().get().criterion()))) {
                        List<Option> options = c.options();
                        choices.put(c.code(), options.get(random.nextDouble() < care ? options.size() - 1
                                : random.nextInt(options.size())).id());
                    }
                }
                // now and then a wrong answer: a single id for a checklist, or a line ticked twice
                if (random.nextInt(25) == 0) {
                    ticks.put("6", List.of("6.a", "6.a"));
                }
                sheets.add(MemberSheet.of(NAMES[m], choices, ticks));
            }
            Dossier dossier = Dossier.of("T-" + i, "VI.1", version.inForceFrom().plusDays(30), sheets);
            RatingSettings settings = settings(random);
            Expected reference = ReferenceScorer.expected(dossier, CATALOGUE, settings);
            Expected engine = Expected.of(Rater.standard().withSettings(settings).rate(dossier));
            outcomes.add(engine.outcome());
            engine.members().forEach(m -> partC.add(m.c()));
            if (!reference.equals(engine) && disagreements.size() < 3) {
                disagreements.add(dossier.id() + "\n  reference: " + reference + "\n  engine:    " + engine);
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(outcomes).contains(Outcome.RATED, Outcome.INVALID);
        // Part C is only checklists (caps 5+6+6+5+5+5+8 = 40): nothing ticked, all ticked and between are reached
        assertThat(partC).contains(0, 40);
        assertThat(partC.size()).isGreaterThan(20);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"QD-1048-2019", "QD-781-2020", "QD-148-2023", "QD-26-2026"})
    void the_engine_agrees_with_the_reference_on_generated_totals_only_dossiers(String versionId) {
        CriteriaVersion version = CATALOGUE.version(versionId);
        List<String> sets = version.productSets().stream().map(ProductSet::code).toList();
        Random random = new Random(versionId.hashCode());
        List<String> disagreements = new ArrayList<>();
        Set<Outcome> outcomes = new TreeSet<>();
        Set<Integer> bands = new TreeSet<>();
        for (int i = 0; i < 600; i++) {
            int members = 1 + random.nextInt(7);
            int centre = random.nextInt(101);
            List<Integer> totals = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                // now and then a total above the version's 100
                totals.add(random.nextInt(60) == 0 ? 101 : Math.max(0, Math.min(100, centre + random.nextInt(17) - 8)));
            }
            String set = sets.isEmpty() ? "I.1.1" : random.nextInt(50) == 0 ? "IX.9" : sets.get(i % sets.size());
            Dossier dossier = Dossier.ofTotals("TOT-" + i, set, version.inForceFrom().plusDays(40), totals);
            switch (random.nextInt(4)) {
                case 0 -> dossier = dossier.withLevel(Level.PROVINCE);
                case 1 -> dossier = dossier.withLevel(Level.MINISTRY);
                case 2 -> dossier = dossier.withLevel(Level.DISTRICT);
                default -> { }
            }
            if (random.nextBoolean()) {
                dossier = dossier.withCouncil(new Council(members + random.nextInt(4), Optional.of("An"),
                        random.nextBoolean() ? Optional.empty() : Optional.of("Thư ký")));
            }
            RatingSettings settings = settings(random);
            Expected reference = ReferenceScorer.expected(dossier, CATALOGUE, settings);
            Expected engine = Expected.of(Rater.standard().withSettings(settings).rate(dossier));
            outcomes.add(engine.outcome());
            engine.bandStars().ifPresent(bands::add);
            if (!reference.equals(engine) && disagreements.size() < 3) {
                disagreements.add(dossier + "\n  settings:  " + settings + "\n  reference: " + reference
                        + "\n  engine:    " + engine);
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(outcomes).contains(Outcome.RATED, Outcome.COUNCIL_RULE_BREACHED, Outcome.INVALID);
        assertThat(bands).containsExactly(1, 2, 3, 4, 5);
    }

    private static RatingSettings settings(Random random) {
        RatingSettings settings = RatingSettings.DEFAULTS
                .withMinimumPolicy(MinimumPolicy.values()[random.nextInt(MinimumPolicy.values().length)])
                .withConsensus(MinimumConsensus.values()[random.nextInt(MinimumConsensus.values().length)]);
        return switch (random.nextInt(4)) {
            case 0 -> settings.withCouncilRules(CouncilRules.tayNinh());
            case 1 -> settings.withCouncilRules(new CouncilRules(false, OptionalInt.of(random.nextInt(15)), false));
            default -> settings;
        };
    }
}
