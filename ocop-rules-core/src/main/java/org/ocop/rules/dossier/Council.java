package org.ocop.rules.dossier;

import java.util.Objects;
import java.util.Optional;

/**
 * The make-up of the council (<i>hội đồng</i>) that scored a dossier, as far as the optional council rules need it.
 *
 * <p>Immutable and thread-safe. Build one with {@link #of(int)} and the {@code with…} methods:
 * {@code Council.of(7).withChair("Nguyễn Văn An").withSecretary("Trần Thị Bình")}.
 *
 * @param size how many members the council has, scoring or not
 * @param chair the chair's name, as written in the member sheets
 * @param secretary the secretary's name, who attends without scoring in the provinces that say so
 */
public record Council(int size, Optional<String> chair, Optional<String> secretary) {

    /** Validates the components. */
    public Council {
        if (size < 1) {
            throw new IllegalArgumentException("council size must be at least 1: " + size);
        }
        Objects.requireNonNull(chair, "chair");
        Objects.requireNonNull(secretary, "secretary");
    }

    /**
     * A council of {@code size} members, chair and secretary not named.
     *
     * @throws IllegalArgumentException when {@code size} is below 1
     */
    public static Council of(int size) {
        return new Council(size, Optional.empty(), Optional.empty());
    }

    /** This council with its chair named, as written in the member sheets; not null. */
    public Council withChair(String name) {
        return new Council(size, Optional.of(name), secretary);
    }

    /** This council with its secretary named, as written in the member sheets; not null. */
    public Council withSecretary(String name) {
        return new Council(size, chair, Optional.of(name));
    }
}
