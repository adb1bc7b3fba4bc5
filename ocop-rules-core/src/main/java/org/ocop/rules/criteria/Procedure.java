package org.ocop.rules.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Who may recognise which star under a criteria version from a given date, and what is forwarded upwards. 148/2023
 * has two: its own (district recognises 3★) and the one amended by 1489/2025 (province recognises 3★–4★).
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first day it applies
 * @param name the decisions that set it, for example {@code 148/QĐ-TTg, sửa đổi bởi 1489/QĐ-TTg}
 * @param levels the evaluating levels, lowest first
 * @param notes what the procedure says in words
 * @param source where it is stated
 * @param status how sure the reading is
 */
public record Procedure(LocalDate from, String name, List<Authority> levels, List<String> notes, String source,
        SourceStatus status) {

    /**
     * What one level may do.
     *
     * @param level the level
     * @param recognises the star levels it may recognise, ascending (empty for a level that only scores)
     * @param forwardsTo where it sends products that score at least {@code forwardsFrom}
     * @param forwardsFrom the least average total it forwards
     */
    public record Authority(Level level, Set<Integer> recognises, Optional<Level> forwardsTo,
            OptionalInt forwardsFrom) {
        /** Validates and copies the components. */
        public Authority {
            Objects.requireNonNull(level, "level");
            recognises = Set.copyOf(recognises);
            Objects.requireNonNull(forwardsTo, "forwardsTo");
            Objects.requireNonNull(forwardsFrom, "forwardsFrom");
        }
    }

    /** Validates and copies the components. */
    public Procedure {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(name, "name");
        levels = List.copyOf(levels);
        notes = List.copyOf(notes);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
    }

    /** What {@code level} may do under this procedure, if it evaluates at all. */
    public Optional<Authority> authority(Level level) {
        return levels.stream().filter(a -> a.level() == level).findFirst();
    }
}
