package org.ocop.rules.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ocop.rules.Rater;
import org.ocop.rules.advice.Advisor;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.reference.DossierGenerator;

/** The decision-support JSON written element by element is the very text the whole-list writers give. */
class AdviceJsonTest {

    private static final Advisor ADVISOR = Advisor.of(Rater.standard());
    /** Every band, failed minimums, knock-outs and invalid dossiers: the generator's mix over several sets. */
    private static final List<Dossier> DOSSIERS = IntStream.range(0, 12).mapToObj(new DossierGenerator(8)::dossier)
            .toList();

    private static <T> String streamed(List<T> results, BiConsumer<AdviceJson.Writer, T> write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AdviceJson.Writer writer = AdviceJson.writer(out)) {
            results.forEach(result -> write.accept(writer, result));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static <T> void sameTextAsTheListWriter(Function<Dossier, T> advise, Function<List<T>, String> whole,
            BiConsumer<AdviceJson.Writer, T> write) {
        List<T> results = DOSSIERS.stream().map(advise).toList();
        assertThat(streamed(results, write)).isEqualTo(whole.apply(results) + System.lineSeparator());
        assertThat(streamed(List.<T>of(), write)).isEqualTo(whole.apply(List.of()) + System.lineSeparator());
    }

    @Test
    void plansStreamedAreWritePlans() {
        sameTextAsTheListWriter(ADVISOR::plan, AdviceJson::writePlans, AdviceJson.Writer::write);
    }

    @Test
    void robustnessStreamedIsWriteRobustness() {
        sameTextAsTheListWriter(ADVISOR::robustness, AdviceJson::writeRobustness, AdviceJson.Writer::write);
    }

    @Test
    void versionImpactsStreamedAreWriteVersionImpact() {
        sameTextAsTheListWriter(ADVISOR::compareVersions, AdviceJson::writeVersionImpact, AdviceJson.Writer::write);
    }
}
