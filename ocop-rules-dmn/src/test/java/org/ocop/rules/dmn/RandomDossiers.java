package org.ocop.rules.dmn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.ocop.rules.Applicability;
import org.ocop.rules.CouncilRules;
import org.ocop.rules.Dossiers;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.KnockOutRule;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.Council;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;

/**
 * Random dossiers for the agreement test, with the settings to rate each under: every set with a sheet, 1 to 7
 * members, choices biased per dossier from dismal to excellent (so every band and many failed minimums occur),
 * sometimes findings, a missing choice, a council and every policy. Seeded, so a failure repeats.
 */
final class RandomDossiers {

    /** One generated case. */
    record Case(Dossier dossier, RatingSettings settings) {
    }

    private static final String[] NAMES = {"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Minh"};

    private final Random random;
    private final CriteriaVersion version;

    RandomDossiers(long seed, String versionId) {
        this(seed, versionId, CriteriaVersion.DECISION_EDITION);
    }

    /** Dossiers of a version's sheets in the named sheet edition, rated with that edition. */
    RandomDossiers(long seed, String versionId, String sheetEdition) {
        this.random = new Random(seed);
        this.version = CriteriaCatalogue.bundled().version(versionId).withSheetEdition(sheetEdition);
    }

    Case next(int index) {
        List<String> sets = version.setsWithSheets();
        ScoringSheet sheet = version.sheet(sets.get(index % sets.size()));
        int members = 1 + random.nextInt(7);
        double care = 2 * random.nextDouble() - 1;
        List<MemberSheet> sheets = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            Map<String, String> choices = new LinkedHashMap<>();
            Map<String, List<String>> ticks = new LinkedHashMap<>();
            for (Criterion c : sheet.criteria()) {
                if (!applies(c, choices) || random.nextInt(500) == 0) {
                    continue;
                }
                if (c.select() == Criterion.Select.ANY) {
                    ticks.put(c.code(), tick(c, care));
                } else {
                    choices.put(c.code(), pick(c, care).id());
                }
            }
            sheets.add(MemberSheet.of(NAMES[m], choices, ticks));
        }
        // submitted in the version's own time, so the version of the date is the one generated for
        Dossier dossier = Dossier.of("GEN-" + index, sheet.productSet(), version.inForceFrom().plusDays(19),
                sheets);
        if (random.nextInt(20) == 0 && !sheet.knockOuts().isEmpty()) {
            KnockOutRule rule = sheet.knockOuts().get(random.nextInt(sheet.knockOuts().size()));
            dossier = dossier.withFindings(List.of(rule.id()));
        }
        switch (random.nextInt(3)) {
            case 0 -> dossier = dossier.withLevel(Level.PROVINCE);
            case 1 -> dossier = dossier.withLevel(Level.MINISTRY);
            default -> { }
        }
        if (random.nextBoolean()) {
            dossier = dossier.withCouncil(new Council(members + random.nextInt(4), Optional.of(
                    NAMES[random.nextInt(members + 1)]), random.nextBoolean() ? Optional.empty()
                            : Optional.of(NAMES[random.nextInt(NAMES.length)])));
        }
        RatingSettings settings = RatingSettings.DEFAULTS
                .withSheetEdition(version.sheetEdition().equals(CriteriaVersion.DECISION_EDITION) ? null
                        : version.sheetEdition())
                .withMinimumPolicy(MinimumPolicy.values()[random.nextInt(MinimumPolicy.values().length)])
                .withConsensus(MinimumConsensus.values()[random.nextInt(MinimumConsensus.values().length)]);
        switch (random.nextInt(4)) {
            case 0 -> settings = settings.withCouncilRules(CouncilRules.tayNinh());
            case 1 -> settings = settings.withCouncilRules(new CouncilRules(false,
                    OptionalInt.of(random.nextInt(20)), false));
            default -> { }
        }
        return new Case(dossier, settings);
    }

    /**
     * An average-only case: the council's average alone, as a published results list prints it, of any set of the
     * version: every band floor exactly and a hundredth below it, two decimals mostly, one, none or six now and
     * then, at every level, under every policy and council rule.
     */
    Case nextAverage(int index) {
        List<String> sets = version.productSets().stream().map(org.ocop.rules.criteria.ProductSet::code).toList();
        String set = sets.isEmpty() ? "I.1.1" : sets.get(index % sets.size());
        java.math.BigDecimal average;
        int floor = version.starBands().floor(2 + random.nextInt(4));
        switch (random.nextInt(6)) {
            case 0 -> average = java.math.BigDecimal.valueOf(floor).setScale(2);
            case 1 -> average = java.math.BigDecimal.valueOf(floor * 100L - 1, 2);
            case 2 -> average = java.math.BigDecimal.valueOf(random.nextInt(1001), 1);
            case 3 -> average = java.math.BigDecimal.valueOf(random.nextInt(101));
            case 4 -> average = java.math.BigDecimal.valueOf(random.nextInt(100_000_001), 6);
            default -> average = java.math.BigDecimal.valueOf(random.nextInt(10_001), 2);
        }
        Dossier dossier = Dossier.ofAverage("AVG-" + index, set, version.inForceFrom().plusDays(19), average);
        switch (random.nextInt(3)) {
            case 0 -> dossier = dossier.withLevel(Level.PROVINCE);
            case 1 -> dossier = dossier.withLevel(Level.MINISTRY);
            default -> { }
        }
        RatingSettings settings = RatingSettings.DEFAULTS
                .withMinimumPolicy(MinimumPolicy.values()[random.nextInt(MinimumPolicy.values().length)])
                .withConsensus(MinimumConsensus.values()[random.nextInt(MinimumConsensus.values().length)]);
        if (random.nextBoolean()) {
            settings = settings.withCouncilRules(CouncilRules.tayNinh());
        }
        return new Case(dossier, settings);
    }

    /**
     * A totals-only case: the members' totals of any set of the version (with a sheet or not), 1 to 7 members,
     * under every policy and council rule; a product set code the version does not have now and then.
     */
    Case nextTotals(int index) {
        List<String> sets = version.productSets().stream().map(org.ocop.rules.criteria.ProductSet::code).toList();
        String set = sets.isEmpty() ? "I.1.1" : sets.get(index % sets.size());
        int members = 1 + random.nextInt(7);
        int centre = random.nextInt(101);
        List<Integer> totals = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            totals.add(Math.max(0, Math.min(100, centre + random.nextInt(21) - 10)));
        }
        Dossier dossier = Dossier.ofTotals("TOT-" + index, set, version.inForceFrom().plusDays(19), totals);
        switch (random.nextInt(3)) {
            case 0 -> dossier = dossier.withLevel(Level.PROVINCE);
            case 1 -> dossier = dossier.withLevel(Level.MINISTRY);
            default -> { }
        }
        if (random.nextBoolean()) {
            dossier = dossier.withCouncil(new Council(members + random.nextInt(4), Optional.of(NAMES[0]),
                    random.nextBoolean() ? Optional.empty() : Optional.of(NAMES[random.nextInt(NAMES.length)])));
        }
        RatingSettings settings = RatingSettings.DEFAULTS
                .withMinimumPolicy(MinimumPolicy.values()[random.nextInt(MinimumPolicy.values().length)])
                .withConsensus(MinimumConsensus.values()[random.nextInt(MinimumConsensus.values().length)]);
        switch (random.nextInt(4)) {
            case 0 -> settings = settings.withCouncilRules(CouncilRules.tayNinh());
            case 1 -> settings = settings.withCouncilRules(new CouncilRules(false,
                    OptionalInt.of(random.nextInt(20)), true));
            default -> { }
        }
        return new Case(dossier, settings);
    }

    /** A checklist's lines: each ticked with a chance that grows with care (none, some or all). */
    private List<String> tick(Criterion c, double care) {
        List<String> lines = new ArrayList<>();
        for (Option o : c.options()) {
            if (random.nextDouble() < (care + 1) / 2) {
                lines.add(o.id());
            }
        }
        return lines;
    }

    /** With probability |care| the best option (care > 0) or the worst (care < 0), else any option. */
    private Option pick(Criterion c, double care) {
        if (random.nextDouble() < Math.abs(care)) {
            Comparator<Option> byPoints = Comparator.comparingInt(Option::points);
            return care > 0 ? Collections.max(c.options(), byPoints) : Collections.min(c.options(), byPoints);
        }
        return c.options().get(random.nextInt(c.options().size()));
    }

    /** Whether the criterion applies given the choices so far (its "only if" condition). */
    static boolean applies(Criterion c, Map<String, String> choices) {
        if (c.onlyIf().isEmpty()) {
            return true;
        }
        Applicability condition = c.onlyIf().get();
        String chosen = choices.get(condition.criterion());
        return chosen == null || !condition.notChosen().contains(chosen);
    }
}
