package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.reference.DossierGenerator;

/**
 * One rater shared by eight threads gives exactly the ratings it gives alone: no state is shared between ratings.
 *
 * <p>100,000 ratings of 1,000 generated dossiers (every set, every outcome), each dossier rated 100 times by threads
 * that interleave the same and different dossiers, against one sequential rating of each.
 */
class ConcurrencyTest {

    private static final int DISTINCT = 1_000;
    private static final int RATINGS = 100_000;

    @Test
    void eight_threads_sharing_one_rater_give_the_sequential_results() throws Exception {
        Rater rater = Rater.standard().withSettings(RatingSettings.DEFAULTS.withCouncilRules(CouncilRules.tayNinh()));
        DossierGenerator generator = new DossierGenerator(20_261_126L);
        List<Dossier> dossiers = IntStream.range(0, DISTINCT).mapToObj(generator::dossier).toList();
        List<Rating> alone = dossiers.stream().map(rater::rate).toList();

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = IntStream.range(0, RATINGS)
                    // a stride that is coprime with DISTINCT interleaves different dossiers on neighbouring tasks
                    .mapToObj(i -> (i * 7919) % DISTINCT)
                    .map(d -> threads.submit(() -> rater.rate(dossiers.get(d)).equals(alone.get(d))))
                    .toList();
            int same = 0;
            for (Future<Boolean> result : results) {
                same += result.get(5, TimeUnit.MINUTES) ? 1 : 0;
            }
            assertThat(same).isEqualTo(RATINGS);
        } finally {
            threads.shutdownNow();
        }
        // the shared dossiers reach every outcome the default policy can give (REFUSED needs the REFUSE policy)
        assertThat(alone).extracting(Rating::outcome).contains(Outcome.RATED, Outcome.DISQUALIFIED, Outcome.STOPPED,
                Outcome.COUNCIL_RULE_BREACHED, Outcome.INVALID);
    }
}
