package org.ocop.rules.criteria;

import java.util.Objects;

/**
 * Where a criterion or option comes from: decision, annex, sheet and item, with the status of our reading.
 *
 * <p>Immutable and thread-safe.
 *
 * @param decision the decision number, for example {@code 26/2026/QĐ-TTg}
 * @param annex the annex, for example {@code Phụ lục II}
 * @param sheet the sheet within the annex, for example {@code mục 1}
 * @param item the item on the sheet (criterion code), for example {@code 1.3}
 * @param status how sure the reading is
 */
public record Provenance(String decision, String annex, String sheet, String item, SourceStatus status) {
    /** Validates that no component is null. */
    public Provenance {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(annex, "annex");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
    }

    /**
     * The citation as a person reads it, for example {@code 26/2026/QĐ-TTg, Phụ lục II, mục 1, 1.3}; empty parts
     * (a whole sheet has no item) are left out.
     */
    @Override
    public String toString() {
        StringBuilder citation = new StringBuilder(decision);
        for (String part : new String[] {annex, sheet, item}) {
            if (!part.isEmpty()) {
                citation.append(", ").append(part);
            }
        }
        return citation.toString();
    }
}
