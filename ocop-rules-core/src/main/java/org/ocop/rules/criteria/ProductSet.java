package org.ocop.rules.criteria;

import java.util.Objects;
import java.util.Optional;

/**
 * A product set (<i>bộ sản phẩm</i>) of a criteria version's classification, the leaf that has its own scoring
 * sheet, with the class and group above it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the set's code, for example {@code I.1.a} (26/2026) — built from the annex's row labels
 * @param name the set's name in the classification annex
 * @param classCode the top-level class, for example {@code I}
 * @param className the class name, for example {@code SẢN PHẨM THỰC PHẨM}
 * @param groupCode the group (<i>nhóm</i>), for example {@code I.1}
 * @param groupName the group name
 * @param ministry the lead ministry as printed
 * @param sheet the set's scoring sheet, when the data has it
 */
public record ProductSet(String code, String name, String classCode, String className, String groupCode,
        String groupName, String ministry, Optional<ScoringSheet> sheet) {

    /** Validates the components. */
    public ProductSet {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(classCode, "classCode");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(groupCode, "groupCode");
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(ministry, "ministry");
        Objects.requireNonNull(sheet, "sheet");
    }

    /** Whether the data has this set's scoring sheet. */
    public boolean hasSheet() {
        return sheet.isPresent();
    }
}
