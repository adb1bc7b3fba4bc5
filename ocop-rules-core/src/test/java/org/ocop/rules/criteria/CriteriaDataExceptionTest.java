package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A data error names the resource, the path and, once known, the line and column, before its facts. */
class CriteriaDataExceptionTest {

    @Test
    void message_withoutALocation_isResourceAtPathThenTheFacts() {
        CriteriaDataException e = new CriteriaDataException("QD-26-2026.json", "$.sheets[3].number",
                "duplicate sheet number", "4", "each number once");

        assertThat(e.getMessage()).isEqualTo("QD-26-2026.json at $.sheets[3].number: duplicate sheet number: 4; "
                + "allowed: each number once");
        assertThat(e.where()).isEqualTo("QD-26-2026.json at $.sheets[3].number");
        assertThat(e.line()).isEmpty();
        assertThat(e.column()).isEmpty();
    }

    @Test
    void at_aLineAndColumn_addsThemToWhereAndKeepsTheFacts() {
        RuntimeException cause = new RuntimeException("parser");
        CriteriaDataException e = new CriteriaDataException("QD-26-2026.json", "$.edition", "missing key", null,
                "a data edition", cause).at(3, 5);

        assertThat(e.getMessage()).isEqualTo("QD-26-2026.json at $.edition (line 3, column 5): missing key: null; "
                + "allowed: a data edition");
        assertThat(e.where()).isEqualTo("QD-26-2026.json at $.edition (line 3, column 5)");
        assertThat(e.resource()).isEqualTo("QD-26-2026.json");
        assertThat(e.path()).isEqualTo("$.edition");
        assertThat(e.line()).hasValue(3);
        assertThat(e.column()).hasValue(5);
        assertThat(e.value()).isEqualTo("null");
        assertThat(e.getCause()).isSameAs(cause);
        assertThat(e.toProblem().message()).isEqualTo(e.getMessage());
    }
}
