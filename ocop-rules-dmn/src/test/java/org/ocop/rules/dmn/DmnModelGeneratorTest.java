package org.ocop.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.internal.Share;

/**
 * The generated tables take the numbers of the law from where they live: each version's band floors from its data,
 * the strict majority and the quorum from {@link Share}.
 */
class DmnModelGeneratorTest {

    private static final Pattern FLOOR = Pattern.compile("<text>total >= (\\d+) \\* members</text>");

    @Test
    void starBand_ofEveryShippedVersion_hasThatVersionsFloors() {
        for (CriteriaVersion version : ModelLayout.modelled(CriteriaCatalogue.bundled())) {
            String xml = ShippedModels.text(ShippedModels.path(ModelLayout.modelKey(version), "star-band"));
            List<Integer> floors = new ArrayList<>();
            Matcher m = FLOOR.matcher(xml);
            while (m.find()) {
                floors.add(Integer.parseInt(m.group(1)));
            }
            assertThat(floors).as(ModelLayout.modelKey(version)).isEqualTo(version.starBands().floors());
        }
    }

    @Test
    void councilTables_compareWithTheCouncilsShares() {
        String key = "QD-26-2026";
        assertThat(ShippedModels.text(ShippedModels.path(key, "minimum-met")))
                .contains("<text>" + Share.MAJORITY.feel("meeting", "members") + "</text>");
        assertThat(ShippedModels.text(ShippedModels.path(key, "knock-out-trigger")))
                .contains("<text>" + Share.MAJORITY.feel("ruleChoosers", "members") + "</text>");
        assertThat(ShippedModels.text(ShippedModels.path(key, "council-rules")))
                .contains("<text>" + Share.QUORUM.feel("present", "councilSize") + "</text>");
    }
}
