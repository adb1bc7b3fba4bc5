package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published Javadoc of {@code ocop-rules-test}: every exported type and member has a comment, and none links
 * into an {@code …internal…} package — the core's {@code ApiJavadocTest} analysis (reused from the core's test-jar,
 * hence this package), run on the kit's sources.
 */
class KitApiJavadocTest {

    private static ApiJavadocTest.Findings findings;

    @BeforeAll
    static void analyseKitSources() throws IOException {
        findings = ApiJavadocTest.analyse(Path.of("src/main/java"), KitApiFenceTest.KIT_API_PACKAGES);
    }

    @Test
    void kitApiTypesAndMembers_javadoc_isPresent() {
        assertThat(findings.undocumented()).isEmpty();
    }

    @Test
    void kitApiJavadoc_links_neverPointIntoInternalPackages() {
        assertThat(findings.internalLinks()).isEmpty();
    }
}
