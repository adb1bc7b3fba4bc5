package org.ocop.rules.criteria;

import java.util.List;
import java.util.Objects;

/**
 * One part (A, B or C) of a scoring sheet with its printed heading, cap and entries.
 *
 * <p>Immutable and thread-safe.
 *
 * @param part which part
 * @param label printed heading, for example {@code Phần A: SẢN PHẨM VÀ SỨC MẠNH CỦA CỘNG ĐỒNG (40 Điểm)}
 * @param maxPoints its cap
 * @param items its headings and criteria in sheet order
 */
public record SheetPart(Part part, String label, int maxPoints, List<SheetNode> items) {
    /** Validates and copies the components. */
    public SheetPart {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(label, "label");
        items = List.copyOf(items);
    }
}
