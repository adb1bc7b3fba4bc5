package org.ocop.rules.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ocop.rules.Applicability;
import org.ocop.rules.Average;
import org.ocop.rules.CouncilBreach;
import org.ocop.rules.CouncilRules;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.Outcome;
import org.ocop.rules.Rater;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaLookupException;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.KnockOutRule;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.Procedure;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.criteria.StarBands;
import org.ocop.rules.dossier.Council;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;

/**
 * A second, deliberately plain implementation of "How a dossier is rated" (docs/reference/rating.md), written from the text
 * alone (no Drools, no engine SPI, no {@code Rater}), to check an engine against: every step is a loop over the
 * sheet and the members, in that page's order.
 *
 * <p>It computes only what that page fixes ({@link Expected}); messages and explanations are the engine's own.
 * Where the page leaves a case open the choice made here is said where it is made. Stateless and thread-safe.
 */
public final class ReferenceScorer {

    private ReferenceScorer() {
    }

    /**
     * What rating {@code dossier} under {@code settings} must give, by that page.
     *
     * @param dossier the dossier
     * @param catalogue the catalogue its criteria version is resolved in
     * @param settings the policies of the rating
     */
    public static Expected expected(Dossier dossier, CriteriaCatalogue catalogue, RatingSettings settings) {
        Optional<CriteriaVersion> version = version(dossier, catalogue);
        if (version.isEmpty()) {
            return Expected.invalid();
        }
        if (!dossier.sheets().isEmpty() && !dossier.memberTotals().isEmpty()) {
            return Expected.invalid(); // one or the other
        }
        if (!dossier.memberTotals().isEmpty()) {
            return totalsOnly(dossier, version.get(), settings);
        }
        ScoringSheet sheet;
        try {
            sheet = version.get().sheet(dossier.productSet());
        } catch (CriteriaLookupException unknownSet) {
            return Expected.invalid();
        }
        return new Scoring(dossier, version.get(), sheet, settings).expected();
    }

    /**
     * A totals-only dossier (docs/reference/dossier-format.md, "Totals-only dossiers"): no sheet, so no choices, knock-outs or star minimums;
     * the totals must be whole points from 0 to the version's maximum, the set one of the version's (when its
     * classification is in the data) and no findings given. Members are "member 1", "member 2"… in the order given;
     * the chair's and the secretary's scoring cannot be checked without names, so only the quorum's count and the
     * spread are.
     */
    private static Expected totalsOnly(Dossier dossier, CriteriaVersion version, RatingSettings settings) {
        int max = version.partMaxPoints().values().stream().mapToInt(Integer::intValue).sum();
        boolean setKnown = version.productSets().isEmpty() || version.productSets().stream()
                .anyMatch(s -> s.code().equals(dossier.productSet()));
        boolean quorumFacts = !settings.councilRules().quorum() || dossier.council().isPresent();
        if (!setKnown || !quorumFacts || !dossier.findings().isEmpty()
                || dossier.memberTotals().stream().anyMatch(t -> t < 0 || t > max)) {
            return Expected.invalid();
        }
        LocalDate day = dossier.ratedOn().orElse(dossier.submittedOn());
        Procedure procedure = version.procedureOn(day);
        Level level = dossier.level().orElse(procedure.levels().get(0).level());
        Optional<Procedure.Authority> authority = procedure.authority(level);
        if (authority.isEmpty()) {
            return Expected.invalid();
        }
        List<Expected.MemberTotal> totals = new ArrayList<>();
        for (int i = 0; i < dossier.memberTotals().size(); i++) {
            totals.add(new Expected.MemberTotal("member " + (i + 1), dossier.memberTotals().get(i), 0, 0, 0));
        }
        int count = totals.size();
        Average average = new Average(totals.stream().mapToLong(Expected.MemberTotal::total).sum(), count);
        int band = bandStars(version.starBands(), average);
        List<CouncilBreach.Rule> breaches = new ArrayList<>();
        CouncilRules rules = settings.councilRules();
        if (rules.quorum()) {
            Council council = dossier.council().orElseThrow();
            int present = count + (council.secretary().isPresent() ? 1 : 0);
            if (4L * present < 3L * council.size()) {
                breaches.add(CouncilBreach.Rule.QUORUM);
            }
        }
        if (rules.maxSpread().isPresent()) {
            int highest = totals.stream().mapToInt(Expected.MemberTotal::total).max().orElse(0);
            int lowest = totals.stream().mapToInt(Expected.MemberTotal::total).min().orElse(0);
            if (highest - lowest > rules.maxSpread().getAsInt()) {
                breaches.add(CouncilBreach.Rule.SPREAD);
            }
        }
        if (!breaches.isEmpty()) {
            return new Expected(Outcome.COUNCIL_RULE_BREACHED, totals, Optional.of(average), OptionalInt.of(band),
                    OptionalInt.empty(), List.of(), List.of(), OptionalInt.empty(), Optional.empty(), breaches);
        }
        return new Expected(Outcome.RATED, totals, Optional.of(average), OptionalInt.of(band), OptionalInt.of(band),
                List.of(), List.of(), Scoring.granted(authority, band),
                Scoring.forwarded(version.starBands(), authority, average, band),
                List.of());
    }

    /**
     * The star of the band {@code average} falls in, compared exactly as {@code sum ≥ floor × count}; the floors are
     * the lower bounds of the 2★ to 5★ bands in the version's data, below the first is 1★.
     */
    public static int bandStars(StarBands bands, Average average) {
        int stars = 1;
        for (int floor : bands.floors()) {
            if (average.isAtLeast(floor)) {
                stars++;
            }
        }
        return stars;
    }

    /** Step 1: the requested version, else the one resolved from the dates; empty when there is none. */
    private static Optional<CriteriaVersion> version(Dossier dossier, CriteriaCatalogue catalogue) {
        try {
            if (dossier.criteriaVersion().isPresent()) {
                return Optional.of(catalogue.requested(dossier.criteriaVersion().get(), dossier.submittedOn())
                        .version());
            }
            return Optional.of(catalogue.resolve(dossier.submittedOn(), dossier.ratedOn().orElse(null)).version());
        } catch (CriteriaLookupException noVersion) {
            return Optional.empty();
        }
    }

    /** One dossier being scored: the steps after the version, sharing the sheet and the members. */
    private static final class Scoring {
        private final Dossier dossier;
        private final CriteriaVersion version;
        private final ScoringSheet sheet;
        private final RatingSettings settings;
        private final List<MemberSheet> members;
        private final int count;

        Scoring(Dossier dossier, CriteriaVersion version, ScoringSheet sheet, RatingSettings settings) {
            this.dossier = dossier;
            this.version = version;
            this.sheet = sheet;
            this.settings = settings;
            this.members = dossier.sheets();
            this.count = members.size();
        }

        Expected expected() {
            Validation validation = validate();
            List<String> knockOuts = knockOuts();
            // A criterion left blank is allowed only because a knock-out ends scoring before totals need it.
            if (validation.wrongChoice() || validation.missingChoice() && knockOuts.isEmpty()) {
                return Expected.invalid();
            }
            if (!knockOuts.isEmpty()) {
                boolean disqualified = knockOuts.stream().map(id -> sheet.knockOut(id).orElseThrow())
                        .anyMatch(rule -> rule.kind() == KnockOutRule.Kind.DISQUALIFY);
                return new Expected(disqualified ? Outcome.DISQUALIFIED : Outcome.STOPPED, List.of(),
                        Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), List.of(), knockOuts,
                        OptionalInt.empty(), Optional.empty(), List.of());
            }
            List<Expected.MemberTotal> totals = members.stream().map(this::total).toList();
            Average average = new Average(totals.stream().mapToLong(Expected.MemberTotal::total).sum(), count);
            int band = bandStars(version.starBands(), average);
            List<Expected.Minimum> failed = failedMinimums(band);
            int rated = failed.stream().mapToInt(m -> m.stars() - 1).reduce(band, Math::min);
            boolean refused = settings.minimumPolicy() == MinimumPolicy.REFUSE && !failed.isEmpty();
            List<CouncilBreach.Rule> breaches = councilBreaches(totals);
            if (!breaches.isEmpty() || refused) {
                return new Expected(breaches.isEmpty() ? Outcome.REFUSED : Outcome.COUNCIL_RULE_BREACHED, totals,
                        Optional.of(average), OptionalInt.of(band), OptionalInt.empty(), failed, List.of(),
                        OptionalInt.empty(), Optional.empty(), breaches);
            }
            Optional<Procedure.Authority> authority = authority();
            return new Expected(Outcome.RATED, totals, Optional.of(average), OptionalInt.of(band),
                    OptionalInt.of(rated), failed, List.of(), granted(authority, rated),
                    forwarded(version.starBands(), authority, average, rated), List.of());
        }

        /** What step 2 found: a wrong choice or field always invalidates, a missing choice only without knock-out. */
        private record Validation(boolean wrongChoice, boolean missingChoice) {
        }

        private Validation validate() {
            boolean wrong = false;
            boolean missing = false;
            Set<String> names = new HashSet<>();
            for (MemberSheet member : members) {
                wrong |= !names.add(member.member());
                for (var choice : member.choices().entrySet()) {
                    Optional<Criterion> criterion = sheet.criterion(choice.getKey());
                    wrong |= criterion.isEmpty() || criterion.get().select() != Criterion.Select.ONE
                            || criterion.get().option(choice.getValue()).isEmpty()
                            || !applies(criterion.get(), member);
                }
                // a checklist gives a list of distinct lines of its own criterion (empty: nothing ticked)
                for (var ticked : member.ticks().entrySet()) {
                    Optional<Criterion> criterion = sheet.criterion(ticked.getKey());
                    wrong |= criterion.isEmpty() || criterion.get().select() != Criterion.Select.ANY
                            || new HashSet<>(ticked.getValue()).size() != ticked.getValue().size()
                            || ticked.getValue().stream().anyMatch(id -> criterion.get().option(id).isEmpty())
                            || !applies(criterion.get(), member);
                }
                for (Criterion criterion : sheet.criteria()) {
                    missing |= applies(criterion, member) && !member.choices().containsKey(criterion.code())
                            && !member.ticks().containsKey(criterion.code());
                }
            }
            for (String finding : dossier.findings()) {
                wrong |= sheet.knockOut(finding).isEmpty();
            }
            // CouncilRules: with the quorum rule on, "the dossier must then give the council's size and chair".
            if (settings.councilRules().quorum()) {
                wrong |= dossier.council().flatMap(Council::chair).isEmpty();
            }
            return new Validation(wrong, missing);
        }

        /** Whether the criterion is scored for this member: 5.2 is not when the member chose 5.1.a. */
        private boolean applies(Criterion criterion, MemberSheet member) {
            Optional<Applicability> onlyIf = criterion.onlyIf();
            if (onlyIf.isEmpty()) {
                return true;
            }
            String chosen = member.choices().get(onlyIf.get().criterion());
            return chosen == null || onlyIf.get().appliesWhen(chosen);
        }

        /** Step 3: the rules found by the council or triggered by a chosen option, in the sheet's order. */
        private List<String> knockOuts() {
            List<String> applied = new ArrayList<>();
            for (KnockOutRule rule : sheet.knockOuts()) {
                boolean found = dossier.findings().contains(rule.id());
                boolean triggered = rule.trigger() == KnockOutRule.Trigger.CHOICE && triggers(rule);
                if (found || triggered) {
                    applied.add(rule.id());
                }
            }
            return applied;
        }

        /**
         * Whether a choice-triggered rule applies under the consensus: any member chose one of its options / a strict
         * majority of members each chose one of them / on some trigger criterion, the average points of the members
         * who chose on it are at most the trigger option's points.
         */
        private boolean triggers(KnockOutRule rule) {
            return switch (settings.consensus()) {
                case ALL_MEMBERS -> members.stream().anyMatch(m -> choseATrigger(m, rule));
                case MAJORITY -> 2 * members.stream().filter(m -> choseATrigger(m, rule)).count() > count;
                case AVERAGE_POINTS -> rule.options().stream().anyMatch(optionId -> {
                    Criterion criterion = criterionOf(optionId);
                    long chose = members.stream().filter(m -> m.choices().containsKey(criterion.code())).count();
                    long points = criterion.option(optionId).orElseThrow().points();
                    return chose > 0 && pointsSum(criterion) <= points * chose;
                });
            };
        }

        private boolean choseATrigger(MemberSheet member, KnockOutRule rule) {
            return rule.options().stream().anyMatch(optionId -> optionId.equals(
                    member.choices().get(criterionOf(optionId).code())));
        }

        private Criterion criterionOf(String optionId) {
            return sheet.criteria().stream().filter(c -> c.option(optionId).isPresent()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("trigger option " + optionId + " is on no criterion"));
        }

        /** The members' points on a criterion; a member without a (valid) choice gives 0, as on paper. */
        private long pointsSum(Criterion criterion) {
            return members.stream().mapToLong(m -> points(criterion, m)).sum();
        }

        private int points(Criterion criterion, MemberSheet member) {
            if (criterion.select() == Criterion.Select.ANY) {
                // "Được cộng tổng điểm các nội dung ghi Có": the ticked lines add up, never beyond the cap
                int sum = member.ticks().getOrDefault(criterion.code(), List.of()).stream()
                        .mapToInt(id -> criterion.option(id).map(Option::points).orElse(0)).sum();
                return Math.min(criterion.maxPoints(), sum);
            }
            String chosen = member.choices().get(criterion.code());
            return chosen == null ? 0 : criterion.option(chosen).map(Option::points).orElse(0);
        }

        /** Step 4: one member's total and parts. */
        private Expected.MemberTotal total(MemberSheet member) {
            int[] parts = new int[Part.values().length];
            for (Criterion criterion : sheet.criteria()) {
                parts[criterion.part().ordinal()] += points(criterion, member);
            }
            int a = parts[Part.A.ordinal()];
            int b = parts[Part.B.ordinal()];
            int c = parts[Part.C.ordinal()];
            return new Expected.MemberTotal(member.member(), a + b + c, a, b, c);
        }

        /** Step 6: every marker at or below the band's star that the council's sheets do not meet. */
        private List<Expected.Minimum> failedMinimums(int band) {
            List<Expected.Minimum> failed = new ArrayList<>();
            for (Criterion criterion : sheet.criteria()) {
                for (Option marked : criterion.options()) {
                    if (marked.hasMinStars() && marked.minStars().getAsInt() <= band && !met(criterion, marked)) {
                        failed.add(new Expected.Minimum(criterion.code(), marked.minStars().getAsInt(), marked.id()));
                    }
                }
            }
            return failed;
        }

        private boolean met(Criterion criterion, Option marked) {
            MinimumConsensus consensus = settings.consensus();
            if (consensus == MinimumConsensus.AVERAGE_POINTS) {
                return pointsSum(criterion) >= (long) marked.points() * count;
            }
            // A member without a choice has no choice that meets the marker.
            long meeting = members.stream().filter(m -> m.choices().containsKey(criterion.code())
                    && points(criterion, m) >= marked.points()).count();
            return consensus == MinimumConsensus.ALL_MEMBERS ? meeting == count : 2 * meeting > count;
        }

        /** Step 7: the switched-on council rules the dossier breaks, sorted by rule. */
        private List<CouncilBreach.Rule> councilBreaches(List<Expected.MemberTotal> totals) {
            CouncilRules rules = settings.councilRules();
            Set<String> scoring = new HashSet<>();
            members.forEach(m -> scoring.add(m.member()));
            Optional<Council> council = dossier.council();
            List<CouncilBreach.Rule> breaches = new ArrayList<>();
            if (rules.quorum() && !quorate(council.orElseThrow(), scoring)) {
                breaches.add(CouncilBreach.Rule.QUORUM);
            }
            if (rules.maxSpread().isPresent()) {
                int highest = totals.stream().mapToInt(Expected.MemberTotal::total).max().orElse(0);
                int lowest = totals.stream().mapToInt(Expected.MemberTotal::total).min().orElse(0);
                if (highest - lowest > rules.maxSpread().getAsInt()) {
                    breaches.add(CouncilBreach.Rule.SPREAD);
                }
            }
            if (rules.secretaryMustNotScore()
                    && council.flatMap(Council::secretary).filter(scoring::contains).isPresent()) {
                breaches.add(CouncilBreach.Rule.SECRETARY_SCORED);
            }
            breaches.sort(Comparator.naturalOrder());
            return breaches;
        }

        /**
         * At least ¾ of the council took part (scoring members and the named secretary, each once) and the chair
         * scored. Validation has made sure the council and its chair are given.
         */
        private static boolean quorate(Council council, Set<String> scoring) {
            Set<String> present = new HashSet<>(scoring);
            council.secretary().ifPresent(present::add);
            boolean chairScored = council.chair().filter(scoring::contains).isPresent();
            return 4L * present.size() >= 3L * council.size() && chairScored;
        }

        /** Step 8: the evaluating level's authority under the procedure of the rating (else submission) day. */
        private Optional<Procedure.Authority> authority() {
            LocalDate day = dossier.ratedOn().orElse(dossier.submittedOn());
            Procedure procedure = version.procedureOn(day);
            Level level = dossier.level().orElse(procedure.levels().get(0).level());
            return procedure.authority(level);
        }

        /** The highest recognisable star not above the rated one; none for a level that does not evaluate. */
        static OptionalInt granted(Optional<Procedure.Authority> authority, int rated) {
            return authority.map(a -> a.recognises().stream().mapToInt(Integer::intValue).filter(s -> s <= rated)
                    .max()).orElse(OptionalInt.empty());
        }

        /** Forwarded when the average reaches the threshold and the rated star reaches the threshold's band. */
        static Optional<Level> forwarded(StarBands bands, Optional<Procedure.Authority> authority, Average average,
                int rated) {
            return authority.filter(a -> a.forwardsTo().isPresent() && a.forwardsFrom().isPresent())
                    .filter(a -> average.isAtLeast(a.forwardsFrom().getAsInt())
                            && rated >= bandStars(bands, new Average(a.forwardsFrom().getAsInt(), 1)))
                    .flatMap(Procedure.Authority::forwardsTo);
        }
    }
}
