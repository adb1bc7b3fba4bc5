package org.ocop.rules.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.ocop.rules.Applicability;
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
 * Seeded, varied dossiers over every product set of QD-26-2026, for comparing rating engines with
 * {@link ReferenceScorer}.
 *
 * <p>{@link #dossier(int)} depends only on the seed and the index, so a failing dossier is reproduced from those two
 * numbers alone, and dossiers can be generated in any order or in parallel. The product set cycles with the index,
 * so every 26 consecutive dossiers cover every set.
 *
 * <p>What the mix is built to reach: each member's total is steered to a target (random, or exactly a band's lower
 * bound, or one point under it for one member), so every band and the averages on and just below 30/50/70/90 occur;
 * members deviate from the council's target and sometimes pick just under a star marker, so star minimums fail and
 * members disagree; some members tell no product story (5.1.a, 5.2 left out); some dossiers carry findings, trigger
 * options of choice knock-outs, a level, a rating day, a council make-up with a chair and a secretary (who sometimes
 * scores); about 3% are made invalid in one of the ways docs/reference/rating.md lists. Thread-safe.
 */
public final class DossierGenerator {

    /** The version every dossier is submitted under. */
    public static final String VERSION = "QD-26-2026";

    /** The first submission day of {@link #VERSION}: every dossier is submitted on or after it. */
    public static final LocalDate FIRST_SUBMISSION = LocalDate.of(2026, 5, 22);

    private static final List<String> NAMES = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường",
            "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang", "Đặng Văn Hùng", "Bùi Thị Lan", "Đỗ Văn Minh");

    /** The ways a dossier is made invalid. */
    private enum Corruption {
        UNKNOWN_OPTION, FOREIGN_OPTION, MISSING_CHOICE, CHOICE_WITHOUT_STORY, UNKNOWN_FINDING, DUPLICATE_MEMBER,
        UNKNOWN_CRITERION
    }

    private final long seed;
    private final List<ScoringSheet> sheets;
    /** The version's band floors, which a third of the councils aim at. */
    private final List<Integer> floors;

    /** A generator over the bundled {@link #VERSION}. */
    public DossierGenerator(long seed) {
        this.seed = seed;
        CriteriaVersion version = CriteriaCatalogue.bundled().version(VERSION);
        this.sheets = version.setsWithSheets().stream().map(version::sheet).toList();
        this.floors = version.starBands().floors();
    }

    /** The product set codes dossiers cycle through, in classification order. */
    public List<String> productSets() {
        return sheets.stream().map(ScoringSheet::productSet).toList();
    }

    /** Dossier number {@code index}: the same for the same seed and index. */
    public Dossier dossier(int index) {
        // Mixing seed and index through one draw gives unrelated streams for neighbouring indexes.
        SplittableRandom random = new SplittableRandom(new SplittableRandom(seed ^ index * 0x9E3779B97F4A7C15L)
                .nextLong());
        return new Draw(random, sheets.get(index % sheets.size()), floors, "GEN-" + seed + "-" + index).dossier();
    }

    /** The draws for one dossier. */
    private static final class Draw {
        private final SplittableRandom random;
        private final ScoringSheet sheet;
        private final List<Integer> floors;
        private final String id;
        private final List<Applicability> conditions;

        Draw(SplittableRandom random, ScoringSheet sheet, List<Integer> floors, String id) {
            this.random = random;
            this.sheet = sheet;
            this.floors = floors;
            this.id = id;
            this.conditions = sheet.criteria().stream().flatMap(c -> c.onlyIf().stream()).toList();
        }

        Dossier dossier() {
            int count = 1 + random.nextInt(9);
            List<Map<String, String>> choices = new ArrayList<>();
            for (int target : targets(count)) {
                choices.add(member(target));
            }
            List<String> findings = findings();
            if (!findings.isEmpty() && random.nextInt(5) < 2) {
                leaveBlanks(choices.get(random.nextInt(count)));
            }
            if (random.nextInt(4) == 0) {
                chooseTrigger(choices);
            }
            LocalDate submitted = FIRST_SUBMISSION.plusDays(random.nextInt(400));
            Dossier dossier = Dossier.builder().id(id).productName("Sản phẩm " + id).producer("Chủ thể " + id)
                    .productSet(sheet.productSet()).submittedOn(submitted)
                    .criteriaVersion(random.nextInt(20) == 0 ? VERSION : null).level(level().orElse(null))
                    .ratedOn(random.nextBoolean() ? submitted.plusDays(random.nextInt(120)) : null)
                    .findings(findings).sheets(sheets(choices)).build();
            dossier = council(dossier);
            return random.nextInt(100) < 3 ? corrupt(dossier) : dossier;
        }

        /**
         * Each member's target total. A third of the councils aim at a band's lower bound with deviations that
         * cancel out, so the exact average is the bound, or one point under it when one member gives a point less.
         */
        private int[] targets(int count) {
            int[] widths = {0, 3, 8, 15};
            int width = widths[random.nextInt(widths.length)];
            int[] targets = new int[count];
            if (random.nextInt(3) == 0) {
                int bound = floors.get(random.nextInt(floors.size()));
                for (int i = 0; i + 1 < count; i += 2) {
                    int deviation = random.nextInt(width + 1);
                    targets[i] = bound + deviation;
                    targets[i + 1] = bound - deviation;
                }
                if (count % 2 == 1) {
                    targets[count - 1] = bound;
                }
                if (random.nextBoolean()) {
                    targets[random.nextInt(count)]--;
                }
            } else {
                int target = 5 + random.nextInt(96);
                for (int i = 0; i < count; i++) {
                    targets[i] = target + random.nextInt(-width, width + 1);
                }
            }
            return targets;
        }

        /**
         * One member's choices: options near the target's share of each criterion, sometimes just under a star
         * marker, then moved one option at a time until the total is the target (when the sheet allows it).
         */
        private Map<String, String> member(int target) {
            boolean story = random.nextInt(8) != 0;
            Map<String, List<Option>> allowed = new LinkedHashMap<>();
            for (Criterion criterion : sheet.criteria()) {
                List<Option> options = allowedOptions(criterion, story);
                if (!options.isEmpty()) {
                    allowed.put(criterion.code(), options);
                }
            }
            int reachable = allowed.values().stream().mapToInt(o -> o.get(o.size() - 1).points()).sum();
            double quality = Math.max(0, Math.min(1, (double) target / reachable));
            Map<String, Integer> picked = new LinkedHashMap<>();
            allowed.forEach((code, options) -> picked.put(code, nearest(options, quality)));
            if (random.nextInt(10) < 3) {
                underMarker(allowed, picked);
            }
            steer(allowed, picked, target);
            Map<String, String> choices = new LinkedHashMap<>();
            picked.forEach((code, index) -> choices.put(code, allowed.get(code).get(index).id()));
            return choices;
        }

        /**
         * The options a member may choose, by points: without a product story the story criterion is fixed to "no
         * story" and the criteria that depend on it are left out.
         */
        private List<Option> allowedOptions(Criterion criterion, boolean story) {
            if (criterion.onlyIf().isPresent() && !story) {
                return List.of();
            }
            List<String> noStory = conditions.stream().filter(a -> a.criterion().equals(criterion.code()))
                    .flatMap(a -> a.notChosen().stream()).toList();
            return criterion.options().stream()
                    .filter(o -> noStory.isEmpty() || noStory.contains(o.id()) != story)
                    .sorted(Comparator.comparingInt(Option::points)).toList();
        }

        /** The index of an option near {@code quality} of the best points, with some noise. */
        private int nearest(List<Option> options, double quality) {
            int best = options.get(options.size() - 1).points();
            double wanted = (quality + random.nextGaussian() * 0.25) * best;
            int nearest = 0;
            for (int i = 1; i < options.size(); i++) {
                double distance = Math.abs(options.get(i).points() - wanted);
                double nearestDistance = Math.abs(options.get(nearest).points() - wanted);
                if (distance < nearestDistance || distance == nearestDistance && random.nextBoolean()) {
                    nearest = i;
                }
            }
            return nearest;
        }

        /** The highest option just under one of a criterion's markers, so that this member misses it. */
        private void underMarker(Map<String, List<Option>> allowed, Map<String, Integer> picked) {
            List<String> marked = allowed.keySet().stream()
                    .filter(code -> allowed.get(code).stream().anyMatch(Option::hasMinStars)).toList();
            if (marked.isEmpty()) {
                return;
            }
            String code = marked.get(random.nextInt(marked.size()));
            List<Option> options = allowed.get(code);
            List<Option> markers = options.stream().filter(Option::hasMinStars).toList();
            int required = markers.get(random.nextInt(markers.size())).points();
            for (int i = options.size() - 1; i >= 0; i--) {
                if (options.get(i).points() < required) {
                    picked.put(code, i);
                    return;
                }
            }
        }

        /** Moves random choices one option up or down until the total is the target, or gives up after a while. */
        private void steer(Map<String, List<Option>> allowed, Map<String, Integer> picked, int target) {
            List<String> codes = List.copyOf(allowed.keySet());
            int total = 0;
            for (String code : codes) {
                total += allowed.get(code).get(picked.get(code)).points();
            }
            for (int step = 0; step < 600 && total != target; step++) {
                String code = codes.get(random.nextInt(codes.size()));
                List<Option> options = allowed.get(code);
                int from = picked.get(code);
                int to = from + (total < target ? 1 : -1);
                if (to < 0 || to >= options.size()) {
                    continue;
                }
                int after = total + options.get(to).points() - options.get(from).points();
                // Overshooting is allowed now and then, or a sheet of 2- and 3-point steps could not land exactly.
                if (Math.abs(target - after) <= Math.abs(target - total) || random.nextInt(4) == 0) {
                    picked.put(code, to);
                    total = after;
                }
            }
        }

        /** Occasionally one or two of the sheet's knock-out rules, as the council's findings. */
        private List<String> findings() {
            List<KnockOutRule> rules = sheet.knockOuts();
            if (rules.isEmpty() || random.nextInt(100) >= 6) {
                return List.of();
            }
            List<String> findings = new ArrayList<>();
            findings.add(rules.get(random.nextInt(rules.size())).id());
            String second = rules.get(random.nextInt(rules.size())).id();
            if (random.nextBoolean() && !findings.contains(second)) {
                findings.add(second);
            }
            return findings;
        }

        /**
         * A member leaves a few criteria blank, as a knock-out allows. Criteria of choice knock-outs stay filled: a
         * blank there would count as 0 points towards the trigger, a case docs/reference/rating.md does not settle.
         */
        private void leaveBlanks(Map<String, String> choices) {
            List<String> candidates = choices.keySet().stream().filter(code -> !triggerCriterion(code)).toList();
            int blanks = 1 + random.nextInt(3);
            for (int i = 0; i < blanks; i++) {
                choices.remove(candidates.get(random.nextInt(candidates.size())));
            }
        }

        private boolean triggerCriterion(String code) {
            return sheet.knockOuts().stream().filter(r -> r.trigger() == KnockOutRule.Trigger.CHOICE)
                    .flatMap(r -> r.options().stream())
                    .anyMatch(option -> sheet.criterion(code).orElseThrow().option(option).isPresent());
        }

        /**
         * Some members (a third of the time all) choose a trigger option of a choice knock-out. Where a rule has
         * several trigger options (sheet 16: 0 on any of 6.1–6.4) half of the time each member picks their own, so
         * that a majority of members can choose the rule's options without a majority on any one option.
         */
        private void chooseTrigger(List<Map<String, String>> choices) {
            List<KnockOutRule> rules = sheet.knockOuts().stream()
                    .filter(r -> r.trigger() == KnockOutRule.Trigger.CHOICE).toList();
            if (rules.isEmpty()) {
                return;
            }
            KnockOutRule rule = rules.get(random.nextInt(rules.size()));
            boolean ownOption = random.nextBoolean();
            String shared = rule.options().get(random.nextInt(rule.options().size()));
            int choosing = random.nextInt(3) == 0 ? choices.size() : 1 + random.nextInt(choices.size());
            for (int i = 0; i < choosing; i++) {
                String option = ownOption ? rule.options().get(random.nextInt(rule.options().size())) : shared;
                String code = sheet.criteria().stream().filter(c -> c.option(option).isPresent()).findFirst()
                        .orElseThrow().code();
                choices.get(i).put(code, option);
            }
        }

        private Optional<Level> level() {
            int draw = random.nextInt(10);
            return draw < 2 ? Optional.of(Level.PROVINCE) : draw < 3 ? Optional.of(Level.MINISTRY) : Optional.empty();
        }

        private List<MemberSheet> sheets(List<Map<String, String>> choices) {
            List<MemberSheet> sheets = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) {
                sheets.add(MemberSheet.of(NAMES.get(i), choices.get(i)));
            }
            return sheets;
        }

        /**
         * Two councils in three give their make-up: the chair usually among the scorers, sometimes not scoring or not
         * named; the secretary half of the time, and scoring in a third of those; the size leaves the quorum met or
         * just missed.
         */
        private Dossier council(Dossier dossier) {
            if (random.nextInt(3) == 0) {
                return dossier;
            }
            List<String> scorers = dossier.sheets().stream().map(MemberSheet::member).toList();
            int chairDraw = random.nextInt(10);
            Optional<String> chair = chairDraw == 0 ? Optional.empty()
                    : Optional.of(chairDraw < 3 ? "Chủ tịch không chấm" : scorers.get(random.nextInt(scorers.size())));
            Optional<String> secretary = Optional.empty();
            if (random.nextBoolean()) {
                secretary = Optional.of(random.nextInt(3) == 0 ? scorers.get(random.nextInt(scorers.size()))
                        : "Thư ký");
            }
            int attending = scorers.size() + (secretary.filter(s -> !scorers.contains(s)).isPresent() ? 1 : 0);
            return dossier.withCouncil(new Council(attending + random.nextInt(4), chair, secretary));
        }

        /** The dossier made invalid in one way. */
        private Dossier corrupt(Dossier dossier) {
            List<MemberSheet> members = new ArrayList<>(dossier.sheets());
            int at = random.nextInt(members.size());
            MemberSheet member = members.get(at);
            Map<String, String> choices = new LinkedHashMap<>(member.choices());
            List<String> codes = List.copyOf(choices.keySet());
            String code = codes.get(random.nextInt(codes.size()));
            Corruption corruption = Corruption.values()[random.nextInt(Corruption.values().length)];
            switch (corruption) {
                case UNKNOWN_OPTION -> choices.put(code, code + ".z");
                case FOREIGN_OPTION -> choices.put(code, foreignOption(code));
                case MISSING_CHOICE -> {
                    // Without findings only a chosen trigger option could still excuse the blank.
                    dossier = dossier.withFindings(List.of());
                    choices.remove(code);
                }
                case CHOICE_WITHOUT_STORY -> {
                    Optional<Criterion> dependent = sheet.criteria().stream().filter(c -> c.onlyIf().isPresent())
                            .findFirst();
                    if (dependent.isEmpty()) {
                        // Sheet 26 (tourism) has no story condition: an unknown criterion stands in.
                        choices.put("99.9", "99.9.a");
                    } else {
                        String story = dependent.get().onlyIf().get().criterion();
                        choices.put(story, dependent.get().onlyIf().get().notChosen().get(0));
                        choices.put(dependent.get().code(), dependent.get().options().get(0).id());
                    }
                }
                case UNKNOWN_FINDING -> dossier = dossier.withFindings(List.of("DQ-UNKNOWN"));
                case DUPLICATE_MEMBER -> members.add(member);
                case UNKNOWN_CRITERION -> choices.put("99.9", "99.9.a");
            }
            members.set(at, MemberSheet.of(member.member(), choices));
            return dossier.withSheets(members);
        }

        /** An option id of another criterion of the sheet. */
        private String foreignOption(String code) {
            List<Criterion> others = sheet.criteria().stream().filter(c -> !c.code().equals(code)).toList();
            List<Option> options = others.get(random.nextInt(others.size())).options();
            return options.get(random.nextInt(options.size())).id();
        }
    }
}
