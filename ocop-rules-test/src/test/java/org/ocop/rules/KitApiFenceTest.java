package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocop.rules.test.OcopAssertions;

/**
 * The module fence of {@code ocop-rules-test}, checked as {@code ApiFenceTest} checks the core's (this class sits in
 * the core's test package to reuse that test's package-private scan from the core's test-jar): no exported signature
 * of the kit mentions a type of an {@code …internal…} package.
 */
class KitApiFenceTest {

    /** The kit's API packages, exactly those a {@code module-info} would export. */
    static final List<String> KIT_API_PACKAGES = List.of("org.ocop.rules.test");

    @Test
    void kitApiPackages_publicSignatures_mentionNoInternalType() {
        List<Class<?>> types = ApiFenceTest.exportedTypes(OcopAssertions.class, KIT_API_PACKAGES);

        assertThat(types).as("exported types found").hasSizeGreaterThanOrEqualTo(9);
        assertThat(ApiFenceTest.internalMentions(types)).isEmpty();
    }
}
