package org.ocop.rules.internal.drools;

/** A fact that can say what it is in an explanation, with ids and provenance where it has them. */
public interface Described {
    /** For example {@code marker 1.3.c ***** (26/2026/QĐ-TTg, Phụ lục II, mục 1, 1.3)}. */
    String describe();
}
