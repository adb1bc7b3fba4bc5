package org.ocop.rules.dossier;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Part;

/**
 * One council member's filled scoring sheet: for each criterion the option chosen, and for each checklist
 * criterion ({@link Criterion.Select#ANY}, such as 1048's original tourism Part C) the lines ticked.
 *
 * <p>A criterion that does not apply (5.2 when the member found no product story) is left out. A checklist with no
 * line ticked is an empty list (0 points), which is not the same as leaving it out (no answer). Immutable and
 * thread-safe; the choices and ticks keep the order they were given in. Build one with {@link #of}. Whether a
 * criterion takes one option or a list is checked against the sheet when the dossier is rated, as are duplicate
 * ticks.
 *
 * @param member the member's name or seat, unique within the dossier
 * @param choices criterion code → option id, for example {@code "1.3" → "1.3.c"}, for criteria that take one option
 * @param ticks criterion code → the option ids ticked, for example {@code "6" → ["6.a", "6.c"]}, for checklist
 *     criteria; a criterion is in {@code choices} or in {@code ticks}, never both
 */
public record MemberSheet(String member, Map<String, String> choices, Map<String, List<String>> ticks) {

    /** Validates and copies the choices and ticks, keeping their order. */
    public MemberSheet {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(ticks, "ticks");
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        choices.forEach((criterion, option) -> copy.put(Objects.requireNonNull(criterion, "criterion code"),
                Objects.requireNonNull(option, () -> "option for criterion " + criterion)));
        choices = Collections.unmodifiableMap(copy);
        LinkedHashMap<String, List<String>> tickCopy = new LinkedHashMap<>();
        ticks.forEach((criterion, options) -> {
            Objects.requireNonNull(criterion, "criterion code");
            if (copy.containsKey(criterion)) {
                throw new IllegalArgumentException("member " + member + ", criterion " + criterion
                        + ": both an option chosen and lines ticked; a criterion is answered one way");
            }
            tickCopy.put(criterion, List.copyOf(Objects.requireNonNull(options, () -> "ticks of criterion "
                    + criterion)));
        });
        ticks = Collections.unmodifiableMap(tickCopy);
    }

    /**
     * A sheet of criteria that each take one option (every sheet but 1048's original tourism sheet).
     *
     * @param member the member's name or seat, not null
     * @param choices criterion code → option id, in the order given; not null, no null key or value
     * @throws NullPointerException naming what is null
     */
    public static MemberSheet of(String member, Map<String, String> choices) {
        return new MemberSheet(member, choices, Map.of());
    }

    /**
     * A sheet with checklist criteria as well: the lines ticked of each checklist criterion.
     *
     * @param member the member's name or seat, not null
     * @param choices criterion code → option id for criteria that take one option; not null
     * @param ticks criterion code → option ids ticked, for checklist criteria; not null
     * @throws IllegalArgumentException when a criterion is both chosen and ticked
     * @throws NullPointerException naming what is null
     */
    public static MemberSheet of(String member, Map<String, String> choices, Map<String, List<String>> ticks) {
        return new MemberSheet(member, choices, ticks);
    }

    /** Whether the member answered the criterion: chose an option or gave its checklist (even an empty one). */
    public boolean answered(String criterion) {
        return choices.containsKey(criterion) || ticks.containsKey(criterion);
    }

    /**
     * The option ids the member gave on the criterion: the one chosen, or the lines ticked; empty when not answered
     * or when nothing was ticked.
     */
    public List<String> options(String criterion) {
        String chosen = choices.get(criterion);
        if (chosen != null) {
            return List.of(chosen);
        }
        return ticks.getOrDefault(criterion, List.of());
    }

    /** The option chosen on a criterion that takes one option, if any. */
    public Optional<String> choice(String criterion) {
        return Optional.ofNullable(choices.get(criterion));
    }
}
