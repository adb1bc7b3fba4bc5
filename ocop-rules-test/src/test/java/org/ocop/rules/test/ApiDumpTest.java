package org.ocop.rules.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ocop.rules.ApiDump;

/**
 * The public API of {@code ocop-rules-test} is the committed {@code api/ocop-rules-test.api}: every change to it is a
 * reviewed diff. Its signatures speak the JDK's, the core API's, and — being a test kit — AssertJ's and JUnit's
 * types, and no other.
 */
class ApiDumpTest {

    private static final ApiDump API = ApiDump.of(OcopAssertions.class);

    @Test
    void api_comparedWithTheCommittedDump_isTheSame() {
        assertThat(API.compareWith(Path.of("api", "ocop-rules-test.api"))).isEmpty();
    }

    @Test
    void apiPackages_countedByPublicTopLevelTypes_haveAtMost25() {
        assertThat(API.crowdedPackages()).isEmpty();
    }

    @Test
    void exportedSignatures_scannedForTypes_useOnlyTheJdkApiPackagesAssertjAndJunit() {
        assertThat(API.foreignTypeUses())
                .filteredOn(use -> !use.matches(".*  uses (org\\.assertj\\.core\\.api|org\\.junit\\.jupiter)\\..*"))
                .isEmpty();
        // the kit's assertions are AssertJ assertions: the check above does see the foreign types it allows
        assertThat(API.foreignTypeUses()).anyMatch(use -> use.endsWith("uses org.assertj.core.api.AbstractAssert"));
    }
}
