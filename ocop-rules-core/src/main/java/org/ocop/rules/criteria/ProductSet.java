package org.ocop.rules.criteria;

import java.util.Objects;
import java.util.Optional;

/**
 * A product set (<i>bộ sản phẩm</i>) of a criteria version's classification, the leaf that has its own scoring
 * sheet, with the class and group above it.
 *
 * <p>Built by the criteria loader from the data; there is no public constructor, so that the data can give a set
 * more facts in a later release without breaking callers, who only read it. Immutable and thread-safe; equal when
 * every accessor's value is equal.
 */
public final class ProductSet {

    private final String code;
    private final String name;
    private final String classCode;
    private final String className;
    private final String groupCode;
    private final String groupName;
    private final String ministry;
    private final Optional<ScoringSheet> sheet;

    /** Validates; the loader's only way to make a set (without its sheet, added by {@link #withSheet}). */
    ProductSet(String code, String name, String classCode, String className, String groupCode, String groupName,
            String ministry, Optional<ScoringSheet> sheet) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.classCode = Objects.requireNonNull(classCode, "classCode");
        this.className = Objects.requireNonNull(className, "className");
        this.groupCode = Objects.requireNonNull(groupCode, "groupCode");
        this.groupName = Objects.requireNonNull(groupName, "groupName");
        this.ministry = Objects.requireNonNull(ministry, "ministry");
        this.sheet = Objects.requireNonNull(sheet, "sheet");
    }

    /**
     * This set with its compiled scoring sheet: the classification is read before the sheets of each data edition,
     * so the loader adds them to a copy; every other part is kept, so a part added later is copied too.
     */
    ProductSet withSheet(ScoringSheet compiled) {
        return new ProductSet(code, name, classCode, className, groupCode, groupName, ministry,
                Optional.of(compiled));
    }

    /** The set's code, for example {@code I.1.a} (26/2026) — built from the annex's row labels. */
    public String code() {
        return code;
    }

    /** The set's name in the classification annex. */
    public String name() {
        return name;
    }

    /** The top-level class, for example {@code I}. */
    public String classCode() {
        return classCode;
    }

    /** The class name, for example {@code SẢN PHẨM THỰC PHẨM}. */
    public String className() {
        return className;
    }

    /** The group (<i>nhóm</i>), for example {@code I.1}. */
    public String groupCode() {
        return groupCode;
    }

    /** The group name. */
    public String groupName() {
        return groupName;
    }

    /** The lead ministry as printed. */
    public String ministry() {
        return ministry;
    }

    /** The set's scoring sheet, when the data has it; empty otherwise. */
    public Optional<ScoringSheet> sheet() {
        return sheet;
    }

    /** Whether the data has this set's scoring sheet. */
    public boolean hasSheet() {
        return sheet.isPresent();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ProductSet other && code.equals(other.code) && name.equals(other.name)
                && classCode.equals(other.classCode) && className.equals(other.className)
                && groupCode.equals(other.groupCode) && groupName.equals(other.groupName)
                && ministry.equals(other.ministry) && sheet.equals(other.sheet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, classCode, className, groupCode, groupName, ministry, sheet);
    }

    /** Its name and every part, in the form a record prints them: {@code ProductSet[code=I.1.a, …]}. */
    @Override
    public String toString() {
        return "ProductSet[code=" + code + ", name=" + name + ", classCode=" + classCode + ", className=" + className
                + ", groupCode=" + groupCode + ", groupName=" + groupName + ", ministry=" + ministry + ", sheet="
                + sheet + "]";
    }
}
