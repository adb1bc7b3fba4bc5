package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.dossier.DossierSource;

/** A batch gives exactly one rating per dossier, in input order, whatever is wrong with some of them. */
class BatchRatingTest {

    private static final int SIZE = 10_000;
    private static String template;

    @BeforeAll
    static void readTemplate() throws IOException {
        template = Files.readString(Path.of("../examples/dossiers/02-nuoc-mam-cat-hai.json"));
    }

    /** Every 7th dossier is malformed JSON, every 11th chooses an unknown option; the rest are well-formed. */
    private static List<DossierSource> interleaved() {
        List<DossierSource> sources = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            String name = "d-" + i;
            String json = template.replace("\"HP-2026-014\"", "\"" + name + "\"");
            if (i % 7 == 3) {
                json = json.substring(0, json.length() / 2);
            } else if (i % 11 == 5) {
                json = json.replaceFirst("\"1\\.1\\.[a-z]\"", "\"1.1.z\"");
            }
            sources.add(DossierSource.ofJson(json, name + ".json"));
        }
        return sources;
    }

    private static boolean malformed(int i) {
        return i % 7 == 3;
    }

    private static boolean badOption(int i) {
        return !malformed(i) && i % 11 == 5;
    }

    @Test
    void ten_thousand_dossiers_with_bad_ones_interleaved_give_ten_thousand_outcomes_in_order() {
        List<Rating> ratings;
        try (Stream<Rating> stream = Rater.standard().rateAll(interleaved().stream(), 4)) {
            ratings = stream.toList();
        }

        assertThat(ratings).hasSize(SIZE);
        for (int i = 0; i < SIZE; i++) {
            Rating rating = ratings.get(i);
            if (malformed(i)) {
                assertThat(rating.dossierId()).isEqualTo("d-" + i + ".json");
                assertThat(rating.outcome()).isEqualTo(Outcome.INVALID);
                assertThat(rating.problems()).singleElement().extracting(Problem::problem).asString()
                        .startsWith("malformed JSON");
            } else if (badOption(i)) {
                assertThat(rating.dossierId()).isEqualTo("d-" + i);
                assertThat(rating.outcome()).isEqualTo(Outcome.INVALID);
                assertThat(rating.problems()).singleElement().extracting(Problem::message).asString()
                        .startsWith("dossier d-" + i + ", member Nguyễn Văn An (Chủ tịch), criterion 1.1: "
                                + "unknown option: 1.1.z; allowed: 1.1.a, ");
            } else {
                assertThat(rating.dossierId()).isEqualTo("d-" + i);
                assertThat(rating.outcome()).isEqualTo(Outcome.RATED);
                assertThat(rating.stars()).hasValue(4);
            }
        }
    }

    @Test
    void a_batch_pulls_its_input_only_as_results_are_taken_so_any_size_streams_in_constant_memory() {
        java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
        Stream<DossierSource> hundredThousand = IntStream.range(0, 100_000).mapToObj(i -> {
            read.incrementAndGet();
            return DossierSource.ofJson(template, "d-" + i + ".json");
        });

        List<Rating> firstTen;
        try (Stream<Rating> ratings = Rater.standard().rateAll(hundredThousand, 2)) {
            firstTen = ratings.limit(10).toList();
        }

        assertThat(firstTen).hasSize(10).allMatch(Rating::isRated);
        assertThat(read.get()).as("sources read ahead: at most the window of 4 per thread")
                .isLessThanOrEqualTo(10 + 4 * 2);
    }

    @Test
    void parallel_results_equal_sequential_results() {
        List<DossierSource> sources = interleaved().subList(0, 2_000);
        List<Rating> sequential;
        List<Rating> parallel;
        try (Stream<Rating> stream = Rater.standard().rateAll(sources.stream(), 1)) {
            sequential = stream.toList();
        }
        try (Stream<Rating> stream = Rater.standard().rateAll(sources.stream(), 8)) {
            parallel = stream.toList();
        }

        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void a_json_lines_file_is_read_lazily_and_each_line_is_named(@TempDir Path dir) throws IOException {
        String oneLine = template.replace("\n", " ");
        Path file = dir.resolve("batch.jsonl");
        Files.write(file, List.of(oneLine, "", "{not json", oneLine));

        List<Rating> ratings;
        try (Stream<Rating> stream = Rater.standard().rateAll(DossierSource.lines(file), 2)) {
            ratings = stream.toList();
        }

        assertThat(ratings).extracting(Rating::outcome)
                .containsExactly(Outcome.RATED, Outcome.INVALID, Outcome.RATED);
        assertThat(ratings.get(1).dossierId()).isEqualTo("batch.jsonl:3");
    }

    @Test
    void the_list_form_rates_in_order() {
        List<Dossier> dossiers = IntStream.range(0, 50)
                .mapToObj(i -> DossierReader.read(template.replace("\"HP-2026-014\"", "\"L-" + i + "\""), "t"))
                .toList();

        assertThat(Rater.standard().rateAll(dossiers)).extracting(Rating::dossierId)
                .containsExactlyElementsOf(dossiers.stream().map(Dossier::id).toList());
    }
}
