package org.ocop.rules.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.ocop.rules.Outcome;
import org.ocop.rules.Problem;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;

/**
 * The dossier reader's contract under coverage-guided fuzzing (Jazzer): whatever the bytes of a dossier file or of a
 * JSON-lines batch, reading them gives a {@link Dossier} or a {@link DossierFormatException} whose every problem says
 * where, what and what is allowed, in English and Vietnamese — never another exception, never a slow read — and the
 * standard rater gives a {@link Rating} for whatever was read.
 *
 * <p>Without {@code JAZZER_FUZZ} these methods run once per committed input, under
 * {@code src/test/resources/org/ocop/rules/dossier/DossierReaderFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1}
 * the fuzzer mutates those inputs for {@code maxDuration} and writes any input that breaks the contract there (see
 * docs/test-author.md, "Fuzz tests").
 */
class DossierReaderFuzzTest {

    private static final Rater RATER = Rater.standard();
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** A dossier is read in milliseconds; an input taking this long is a hang in the making. */
    private static final Duration SLOW = Duration.ofSeconds(5);

    /** One file reused by every run of the batch target: a fresh temporary file per input would dominate the run. */
    private static Path batchFile;

    @FuzzTest(maxDuration = "60s")
    void read_anyBytes_givesADossierOrAFormatErrorNamingWhereWhatAndAllowed(byte[] bytes) {
        long start = System.nanoTime();
        Dossier dossier;
        try {
            dossier = DossierReader.read(bytes, "fuzz.json");
        } catch (DossierFormatException e) {
            assertNamesWhereWhatAndAllowed(e);
            assertQuick(start);
            return;
        }
        assertThat(dossier).isNotNull();
        Rating rating = RATER.rate(dossier);
        assertThat(rating).isNotNull();
        assertThat(rating.outcome()).isNotNull();
        assertThat(rating.problems()).allSatisfy(DossierReaderFuzzTest::assertComplete);
        assertQuick(start);
    }

    @FuzzTest(maxDuration = "60s")
    void rateAll_anyJsonLinesBatch_givesOneRatingPerNonBlankLine(byte[] bytes) throws IOException {
        long start = System.nanoTime();
        Path file = batchFile();
        Files.write(file, bytes);
        List<Rating> ratings;
        try (Stream<DossierSource> sources = DossierSource.lines(file)) {
            ratings = RATER.rateAll(sources, 1).toList();
        }
        // one bad line never stops the others: every line that is not blank has its rating, in order
        assertThat(ratings).hasSize(nonBlankLines(bytes));
        for (Rating rating : ratings) {
            assertThat(rating.outcome()).isNotNull();
            if (rating.outcome() == Outcome.INVALID) {
                assertThat(rating.problems()).isNotEmpty();
            }
            assertThat(rating.problems()).allSatisfy(DossierReaderFuzzTest::assertComplete);
        }
        assertQuick(start);
    }

    private static void assertNamesWhereWhatAndAllowed(DossierFormatException e) {
        assertThat(e.getMessage()).isNotBlank();
        assertThat(e.source()).isEqualTo("fuzz.json");
        assertThat(e.path()).startsWith("$");
        assertThat(e.problems()).isNotEmpty().allSatisfy(DossierReaderFuzzTest::assertComplete);
    }

    private static void assertComplete(Problem problem) {
        for (Locale locale : List.of(Locale.ENGLISH, VI)) {
            assertThat(problem.where(locale)).as("where").isNotBlank();
            assertThat(problem.problem(locale)).as("problem").isNotBlank();
            assertThat(problem.value(locale)).as("value").isNotNull();
            assertThat(problem.allowed(locale)).as("allowed").isNotBlank();
            assertThat(problem.message(locale)).as("message").isNotBlank();
        }
    }

    private static void assertQuick(long start) {
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to read and rate").isLessThan(SLOW);
    }

    /** The lines the batch reader rates: split at '\n', without the last line when empty, skipping blank ones. */
    private static int nonBlankLines(byte[] bytes) {
        int count = 0;
        boolean blank = true;
        boolean any = false;
        for (byte b : bytes) {
            if (b == '\n') {
                count += blank ? 0 : 1;
                blank = true;
                any = false;
            } else {
                blank &= b == ' ' || b == '\t' || b == '\r';
                any = true;
            }
        }
        return count + (any && !blank ? 1 : 0);
    }

    private static synchronized Path batchFile() {
        if (batchFile == null) {
            try {
                batchFile = Files.createTempFile("dossier-fuzz", ".jsonl");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            batchFile.toFile().deleteOnExit();
        }
        return batchFile;
    }
}
