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
 * <p>Built by the criteria loader from the data; there is no public constructor, so that the data can give a
 * procedure more facts in a later release without breaking callers, who only read it. Immutable and thread-safe;
 * equal when every accessor's value is equal.
 */
public final class Procedure {

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

    private final LocalDate from;
    private final String name;
    private final List<Authority> levels;
    private final List<String> notes;
    private final String source;
    private final SourceStatus status;

    /** Validates and copies; the loader's only way to make a procedure. */
    Procedure(LocalDate from, String name, List<Authority> levels, List<String> notes, String source,
            SourceStatus status) {
        this.from = Objects.requireNonNull(from, "from");
        this.name = Objects.requireNonNull(name, "name");
        this.levels = List.copyOf(levels);
        this.notes = List.copyOf(notes);
        this.source = Objects.requireNonNull(source, "source");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** The first day it applies. */
    public LocalDate from() {
        return from;
    }

    /** The decisions that set it, for example {@code 148/QĐ-TTg, sửa đổi bởi 1489/QĐ-TTg}. */
    public String name() {
        return name;
    }

    /** The evaluating levels, lowest first; unmodifiable. */
    public List<Authority> levels() {
        return levels;
    }

    /** What the procedure says in words; unmodifiable. */
    public List<String> notes() {
        return notes;
    }

    /** Where it is stated. */
    public String source() {
        return source;
    }

    /** How sure the reading is. */
    public SourceStatus status() {
        return status;
    }

    /** What {@code level} may do under this procedure, if it evaluates at all. */
    public Optional<Authority> authority(Level level) {
        return levels.stream().filter(a -> a.level() == level).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Procedure other && from.equals(other.from) && name.equals(other.name)
                && levels.equals(other.levels) && notes.equals(other.notes) && source.equals(other.source)
                && status == other.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, name, levels, notes, source, status);
    }

    /** Its name and every part, in the form a record prints them: {@code Procedure[from=2023-02-24, …]}. */
    @Override
    public String toString() {
        return "Procedure[from=" + from + ", name=" + name + ", levels=" + levels + ", notes=" + notes + ", source="
                + source + ", status=" + status + "]";
    }
}
