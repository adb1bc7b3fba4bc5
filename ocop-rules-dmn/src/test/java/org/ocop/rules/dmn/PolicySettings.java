package org.ocop.rules.dmn;

import java.util.ArrayList;
import java.util.List;
import org.ocop.rules.CouncilRules;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.RatingSettings;

/** Every combination of minimum policy, consensus and council rules (none or Tây Ninh's). */
final class PolicySettings {

    private PolicySettings() {
    }

    static List<RatingSettings> all() {
        List<RatingSettings> all = new ArrayList<>();
        for (MinimumPolicy policy : MinimumPolicy.values()) {
            for (MinimumConsensus consensus : MinimumConsensus.values()) {
                for (CouncilRules rules : List.of(CouncilRules.NONE, CouncilRules.tayNinh())) {
                    all.add(RatingSettings.DEFAULTS.withMinimumPolicy(policy).withConsensus(consensus)
                            .withCouncilRules(rules));
                }
            }
        }
        return all;
    }
}
