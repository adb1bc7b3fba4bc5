package org.ocop.rules.dossier;

import java.util.Objects;
import java.util.Optional;

/**
 * The make-up of the council that scored a dossier, as far as the optional council rules need it.
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
}
