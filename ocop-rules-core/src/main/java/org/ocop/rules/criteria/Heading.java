package org.ocop.rules.criteria;

import java.util.List;
import java.util.Objects;

/**
 * A numbered heading of a scoring sheet that groups criteria, for example <i>1. TỔ CHỨC SẢN XUẤT (18)</i>.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code printed number
 * @param part the part it belongs to
 * @param label printed label
 * @param maxPoints printed cap; the children's caps add up to it unless the sheet records an anomaly
 * @param children its entries in sheet order
 */
public record Heading(String code, Part part, String label, int maxPoints, List<SheetNode> children)
        implements SheetNode {
    /** Validates and copies the components. */
    public Heading {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(label, "label");
        children = List.copyOf(children);
    }
}
