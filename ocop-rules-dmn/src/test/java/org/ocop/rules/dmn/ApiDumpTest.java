package org.ocop.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ocop.rules.ApiDump;

/**
 * The public API of {@code ocop-rules-dmn} is the committed {@code api/ocop-rules-dmn.api}: every change to it is a
 * reviewed diff. The module's API speaks only the JDK's and the core API's types: no KIE type leaks.
 */
class ApiDumpTest {

    private static final ApiDump API = ApiDump.of(DmnRatingEngine.class);

    @Test
    void api_comparedWithTheCommittedDump_isTheSame() {
        assertThat(API.compareWith(Path.of("api", "ocop-rules-dmn.api"))).isEmpty();
    }

    @Test
    void apiPackages_countedByPublicTopLevelTypes_haveAtMost25() {
        assertThat(API.crowdedPackages()).isEmpty();
    }

    @Test
    void exportedSignatures_scannedForTypes_useOnlyTheJdkAndApiPackages() {
        assertThat(API.foreignTypeUses()).isEmpty();
    }
}
