package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaLookupException;
import org.ocop.rules.dossier.DossierFormatException;
import org.ocop.rules.dossier.DossierReader;

/** The exception family: every member gives its facts the same way, and its message is those facts. */
class OcopExceptionTest {

    @Test
    void criteriaLookupException_ofAnUnknownVersion_givesItsFactsAndTheirMessage() {
        CriteriaLookupException e = catchThrowableOfType(
                () -> CriteriaCatalogue.bundled().version("QD-0-1999"), CriteriaLookupException.class);

        assertThat(e.where()).isEqualTo("criteria catalogue");
        assertThat(e.value()).isEqualTo("QD-0-1999");
        assertThat(e.getMessage()).isEqualTo("criteria catalogue: " + e.problem() + ": QD-0-1999; allowed: "
                + e.allowed());
        assertThat(e.allowed()).contains("QD-26-2026");
    }

    @Test
    void dossierFormatException_ofAnEmptyDocument_saysSourceAndPathAsWhere() {
        DossierFormatException e = catchThrowableOfType(() -> DossierReader.read("null", "d-1.json"),
                DossierFormatException.class);

        assertThat(e.source()).isEqualTo("d-1.json");
        assertThat(e.path()).isEqualTo("$");
        assertThat(e.where()).isEqualTo("d-1.json at $");
        assertThat(e.getMessage()).isEqualTo("d-1.json at $: empty document: null; allowed: a JSON object");
    }

    @Test
    void toProblem_ofAnyOcopException_holdsTheSameFactsAndMessage() {
        OcopException lookup = catchThrowableOfType(() -> CriteriaCatalogue.bundled().version("X"),
                CriteriaLookupException.class);
        OcopException format = catchThrowableOfType(() -> DossierReader.read("{\"id\": 1,", "d-2.json"),
                DossierFormatException.class);

        for (OcopException e : new OcopException[] {lookup, format}) {
            Problem problem = e.toProblem();
            // the same facts in English; the problem also holds them in the library's other languages, which a
            // problem made of English strings cannot, so the two are compared fact by fact
            assertThat(List.of(problem.where(), problem.problem(), problem.value(), problem.allowed()))
                    .containsExactly(e.where(), e.problem(), e.value(), e.allowed());
            assertThat(problem.message()).isEqualTo(e.getMessage());
            assertThat(problem.message(Locale.forLanguageTag("vi"))).isNotEqualTo(e.getMessage());
        }
    }
}
