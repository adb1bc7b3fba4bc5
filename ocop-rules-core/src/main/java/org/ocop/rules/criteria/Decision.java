package org.ocop.rules.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The legal decision (<i>quyết định</i>) behind a criteria version.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the decision number, for example {@code 26/2026/QĐ-TTg}
 * @param signed the day it was signed
 * @param title its title
 * @param status how sure our knowledge of its text is
 * @param sources where we read it
 */
public record Decision(String number, LocalDate signed, String title, SourceStatus status, List<String> sources) {
    /** Validates and copies the components. */
    public Decision {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        sources = List.copyOf(sources);
    }
}
