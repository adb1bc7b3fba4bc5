package org.ocop.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.MemberSheet;

/**
 * Builds one member's sheet for tests, in a line: start from every criterion's best (or worst) option, override a
 * few choices, and optionally let the builder lower the remaining choices to reach an exact total.
 *
 * <pre>{@code
 * SheetBuilder.best("I.1.a").choose("1.3.b").by("Nguyễn Văn An");          // 99 points, fails the 5★ minimum of 1.3
 * SheetBuilder.best("I.1.a").totalling(90).by("Trần Thị Bình");            // 90 points, every star minimum met
 * SheetBuilder.best("I.1.a").totalling(50).by("Lê Văn Cường");             // 50 points, the 3★ minimums met
 * SheetBuilder.best("I.1.a").meetingMinimumsUpTo(0).totalling(60).by("D"); // 60 points, minimums ignored
 * }</pre>
 *
 * <p>Criteria 5.2 ("only if a product story exists") is left out automatically when 5.1 is {@code 5.1.a}, unless it
 * was chosen explicitly. {@link #totalling(int)} only lowers choices that were not chosen explicitly, walks the
 * criteria in sheet order, never goes below an option that a kept star minimum needs (by default those of the target's band), and never lowers 5.1 to
 * "no story". The builder is mutable and cheap; every {@code by} returns an immutable {@link MemberSheet}.
 */
public final class SheetBuilder {

    /** The criteria version the builders read by default. */
    public static final String VERSION = "QD-26-2026";

    private final ScoringSheet sheet;
    private final Map<String, String> choices = new LinkedHashMap<>();
    private final Set<String> fixed = new LinkedHashSet<>();
    private final Set<String> omitted = new LinkedHashSet<>();
    private Integer keepMinimumsUpTo;

    private SheetBuilder(ScoringSheet sheet, boolean best) {
        this.sheet = sheet;
        for (Criterion c : sheet.criteria()) {
            Comparator<Option> byPoints = Comparator.comparingInt(Option::points);
            Option pick = best
                    ? c.options().stream().max(byPoints).orElseThrow()
                    : c.options().stream().min(byPoints).orElseThrow();
            choices.put(c.code(), pick.id());
        }
    }

    /** Every criterion of the product set's 26/2026 sheet at its best option: 100 points on a full sheet. */
    public static SheetBuilder best(String productSet) {
        return new SheetBuilder(sheet(productSet), true);
    }

    /** Every criterion at its lowest option (5.1 "no story", so 5.2 is left out). */
    public static SheetBuilder worst(String productSet) {
        return new SheetBuilder(sheet(productSet), false);
    }

    /** The 26/2026 scoring sheet of a product set. */
    public static ScoringSheet sheet(String productSet) {
        return CriteriaCatalogue.bundled().version(VERSION).sheet(productSet);
    }

    /**
     * Chooses these options, each for the criterion that owns it; an id no criterion owns is put under the
     * criterion its prefix names (for example {@code 1.3.x} under 1.3), so invalid sheets can be built too.
     */
    public SheetBuilder choose(String... optionIds) {
        for (String id : optionIds) {
            String criterion = owner(id);
            choices.put(criterion, id);
            fixed.add(criterion);
            omitted.remove(criterion);
        }
        return this;
    }

    /** Puts any value under any criterion code, known or not. */
    public SheetBuilder put(String criterion, String optionId) {
        choices.put(criterion, optionId);
        fixed.add(criterion);
        omitted.remove(criterion);
        return this;
    }

    /** Leaves these criteria without a choice. */
    public SheetBuilder without(String... criteria) {
        for (String c : criteria) {
            omitted.add(c);
            fixed.add(c);
        }
        return this;
    }

    /**
     * Which star minimums {@link #totalling(int)} keeps met: those printed for {@code stars}★ or fewer (0: none, 5:
     * all). By default, those of the band the target total falls in (90: all, 75: 3★ and 4★, 40: none).
     */
    public SheetBuilder meetingMinimumsUpTo(int stars) {
        this.keepMinimumsUpTo = stars;
        return this;
    }

    /** Lowers the choices not fixed by {@link #choose} until the sheet totals exactly {@code target}. */
    public SheetBuilder totalling(int target) {
        int need = total() - target;
        int keep = keepMinimumsUpTo != null ? keepMinimumsUpTo : band(target);
        if (need < 0) {
            throw new IllegalArgumentException(sheet.productSet() + ": cannot raise the sheet from " + total()
                    + " to " + target + "; start from best()");
        }
        for (Criterion c : sheet.criteria()) {
            if (need == 0) {
                break;
            }
            if (fixed.contains(c.code()) || !applies(c)) {
                continue;
            }
            int floor = floor(c, keep);
            int current = c.option(choices.get(c.code())).orElseThrow().points();
            Option lowest = null;
            for (Option o : c.options()) {
                boolean keepsStory = !c.code().equals("5.1") || !o.id().equals("5.1.a");
                int saved = current - o.points();
                if (o.points() >= floor && saved >= 0 && saved <= need && keepsStory
                        && (lowest == null || o.points() < lowest.points())) {
                    lowest = o;
                }
            }
            if (lowest != null) {
                need -= current - lowest.points();
                choices.put(c.code(), lowest.id());
            }
        }
        if (need != 0) {
            throw new IllegalArgumentException(sheet.productSet() + ": cannot lower the sheet to " + target
                    + " keeping the minimums up to " + keep + "★; reached " + total());
        }
        return this;
    }

    /** The sheet's total as it stands. */
    public int total() {
        int total = 0;
        for (Criterion c : sheet.criteria()) {
            if (applies(c) && !omitted.contains(c.code())) {
                total += c.option(choices.get(c.code())).map(Option::points).orElse(0);
            }
        }
        return total;
    }

    /** The choices as they stand, in sheet order (criteria that do not apply or were left out are absent). */
    public Map<String, String> choices() {
        Map<String, String> out = new LinkedHashMap<>();
        choices.forEach((criterion, option) -> {
            Criterion c = sheet.criterion(criterion).orElse(null);
            boolean auto = !fixed.contains(criterion);
            if (!omitted.contains(criterion) && (c == null || !auto || applies(c))) {
                out.put(criterion, option);
            }
        });
        return out;
    }

    /** The member's sheet. */
    public MemberSheet by(String member) {
        return MemberSheet.of(member, choices());
    }

    private boolean applies(Criterion c) {
        return DossierValidator.notApplicable(c, MemberSheet.of("-", choices)).isEmpty();
    }

    /** The star of the band a total (or exact average) falls in: {@code <30} 1★ … {@code ≥90} 5★. */
    public static int band(long points) {
        return points >= 90 ? 5 : points >= 70 ? 4 : points >= 50 ? 3 : points >= 30 ? 2 : 1;
    }

    private int floor(Criterion c, int keep) {
        int floor = 0;
        for (Option o : c.options()) {
            if (o.minStars().isPresent() && o.minStars().getAsInt() <= keep) {
                floor = Math.max(floor, o.points());
            }
        }
        return floor;
    }

    private String owner(String optionId) {
        for (Criterion c : sheet.criteria()) {
            if (c.option(optionId).isPresent()) {
                return c.code();
            }
        }
        int dot = optionId.lastIndexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("not an option id: " + optionId);
        }
        return optionId.substring(0, dot);
    }

    /** Several members' sheets at the given totals, every star minimum met, members named by {@link Dossiers}. */
    public static List<MemberSheet> council(String productSet, int... totals) {
        List<MemberSheet> sheets = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            sheets.add(best(productSet).totalling(totals[i]).by(Dossiers.member(i)));
        }
        return sheets;
    }
}
