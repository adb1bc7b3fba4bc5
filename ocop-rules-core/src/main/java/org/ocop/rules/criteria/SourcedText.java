package org.ocop.rules.criteria;

import java.util.Objects;
import java.util.Optional;

/**
 * A rule of a criteria version as its source states it, with the source, our status and any doubt — for example
 * the star bands of 1048, quoted as integer ranges.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the rule as stated
 * @param source where it is stated
 * @param status how sure the reading is
 * @param doubt what remains uncertain, when something does
 */
public record SourcedText(String text, String source, SourceStatus status, Optional<String> doubt) {
    /** Validates the components. */
    public SourcedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(doubt, "doubt");
    }
}
