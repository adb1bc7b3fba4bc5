package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "API in ten lines", line for line: if this test changes, the README changes with it. */
class ReadmeExampleTest {

    @Test
    void the_readme_api_example_runs_as_printed() {
        List<String> printed = new ArrayList<>();

        // --- README: API in ten lines (begin) ---
        CriteriaCatalogue catalogue = CriteriaCatalogue.bundled();           // immutable, thread-safe, shared
        VersionResolution resolution = catalogue.resolve(LocalDate.of(2026, 6, 1)); // by submission date
        CriteriaVersion version = resolution.version();                      // QD-26-2026, 26/2026/QĐ-TTg
        ScoringSheet sheet = version.sheet("I.1.a");                         // Rau, củ, quả, hạt tươi
        for (Criterion criterion : sheet.criteria()) {                       // sheet order, parts A, B, C
            for (Option option : criterion.options()) {                      // id, points, minStars, text
                printed.add(option.id() + " " + option.points() + " " + option.provenance());
            }
        }
        // --- README: API in ten lines (end) ---

        assertThat(resolution.rule()).isEqualTo(VersionResolution.Rule.SUBMISSION_DATE);
        assertThat(version.id()).isEqualTo("QD-26-2026");
        assertThat(printed).hasSize(105)
                .startsWith("1.1.a 1 26/2026/QĐ-TTg, Phụ lục II, mục 1, 1.1");
    }
}
