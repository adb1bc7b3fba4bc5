package org.ocop.rules;

import java.util.Map;
import java.util.Objects;
import org.ocop.rules.criteria.Part;

/**
 * One member's sheet added up.
 *
 * @param member the member
 * @param total the sheet's total points
 * @param parts the points of Parts A, B and C
 */
public record MemberScore(String member, int total, Map<Part, Integer> parts) {

    /** Validates and copies. */
    public MemberScore {
        Objects.requireNonNull(member, "member");
        parts = Map.copyOf(parts);
    }
}
