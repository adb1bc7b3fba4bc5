package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A catalogue reads every version's header when it is created and each version's body (classification, sheets,
 * sheet editions, star minimums) on first use: a program rating 26/2026 dossiers parses only 26/2026's sheets
 * (issue 8, cold start). What was read is observed through the files the catalogue opened and read to their end.
 */
class CriteriaCatalogueLazyLoadingTest {
    private static final String QD26 = "QD-26-2026.json";
    private static final String QD148 = "QD-148-2023.json";

    /** The bundled files, some replaced; records which were opened and which were read to their end. */
    private static final class Files implements DataFiles {
        private final Map<String, String> replaced;
        private final List<String> opened = new ArrayList<>();
        private final List<String> readInFull = new ArrayList<>();
        /** Runs as a file is opened, in the thread opening it. */
        private volatile Consumer<String> onOpen = name -> { };

        Files(Map<String, String> replaced) {
            this.replaced = replaced;
        }

        static Files bundled() {
            return new Files(Map.of());
        }

        @Override
        public InputStream open(String name) {
            onOpen.accept(name);
            InputStream in = replaced.containsKey(name)
                    ? new ByteArrayInputStream(replaced.get(name).getBytes(StandardCharsets.UTF_8))
                    : getClass().getClassLoader().getResourceAsStream(CriteriaCatalogue.ROOT + name);
            if (in == null) {
                return null;
            }
            synchronized (this) {
                opened.add(name);
            }
            return new FilterInputStream(in) {
                private boolean ended;

                @Override
                public int read() throws IOException {
                    return ended(super.read());
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return ended(super.read(b, off, len));
                }

                private int ended(int n) {
                    if (n < 0 && !ended) {
                        ended = true;
                        synchronized (Files.this) {
                            readInFull.add(name);
                        }
                    }
                    return n;
                }
            };
        }

        synchronized List<String> opened() {
            return List.copyOf(opened);
        }

        synchronized List<String> readInFull() {
            return List.copyOf(readInFull);
        }
    }

    private static String shipped(String name) {
        try (InputStream in = CriteriaCatalogueLazyLoadingTest.class.getClassLoader()
                .getResourceAsStream(CriteriaCatalogue.ROOT + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void creation_readsEveryHeaderButNoSheet() {
        Files files = Files.bundled();

        CriteriaCatalogue catalogue = CriteriaCatalogue.lazy(files);

        assertThat(catalogue.versions()).extracting(CriteriaVersion::id)
                .containsExactly("QD-1048-2019", "QD-781-2020", "QD-148-2023", "QD-26-2026");
        assertThat(files.opened()).containsExactly("index.json", "QD-1048-2019.json", "QD-781-2020.json", QD148,
                QD26);
        assertThat(files.readInFull()).containsExactly("index.json");
    }

    @Test
    void a26_2026ResolutionAndSheetLookup_readOnly26_2026InFull() {
        Files files = Files.bundled();
        CriteriaCatalogue catalogue = CriteriaCatalogue.lazy(files);

        VersionResolution resolution = catalogue.resolve(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 20));
        ScoringSheet sheet = resolution.version().sheet("I.4.a");

        assertThat(resolution.version().id()).isEqualTo("QD-26-2026");
        assertThat(sheet.criteria()).isNotEmpty();
        assertThat(files.readInFull()).containsExactly("index.json", QD26);
        assertThat(files.opened()).doesNotContain("QD-1048-2019-portal.json", CriteriaCatalogue.SET_MAPPING);
    }

    @Test
    void theTransitionalRule_needsNoBody() {
        Files files = Files.bundled();
        CriteriaCatalogue catalogue = CriteriaCatalogue.lazy(files);

        VersionResolution resolution = catalogue.resolve(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 7, 22));

        assertThat(resolution.rule()).isEqualTo(VersionResolution.Rule.TRANSITIONAL);
        assertThat(resolution.warnings()).containsExactly(
                "rated on 2026-07-22, after QD-148-2023 lapsed on 2026-07-21 (26/2026/QĐ-TTg Điều 12.2)");
        assertThat(files.readInFull()).containsExactly("index.json");
    }

    /** 781 is based on 1048: its first use loads 1048's body (and its portal edition), once, then its own. */
    @Test
    void aVersionBasedOnAnother_loadsItsBaseOnDemand() {
        Files files = Files.bundled();
        CriteriaCatalogue catalogue = CriteriaCatalogue.lazy(files);

        ScoringSheet tourism = catalogue.version("QD-781-2020").sheet("VI.1");
        ScoringSheet dairy = catalogue.version("QD-781-2020").sheet("I.1.1");
        catalogue.version("QD-1048-2019").sheet("VI.1");

        assertThat(tourism.provenance().decision()).as("781's own tourism sheet").isEqualTo("781/QĐ-TTg");
        assertThat(dairy.provenance().decision()).as("a sheet taken from 1048").isEqualTo("1048/QĐ-TTg");
        assertThat(files.readInFull()).containsExactly("index.json", "QD-1048-2019.json",
                "QD-1048-2019-portal.json", "QD-781-2020.json");
    }

    @Test
    void theSetMapping_isReadOnItsFirstUse() {
        Files files = Files.bundled();
        CriteriaCatalogue catalogue = CriteriaCatalogue.lazy(files);
        assertThat(files.opened()).doesNotContain(CriteriaCatalogue.SET_MAPPING);

        SetMapping mapping = catalogue.setMapping();

        assertThat(catalogue.setMapping()).isSameAs(mapping);
        assertThat(files.readInFull()).filteredOn(CriteriaCatalogue.SET_MAPPING::equals).hasSize(1);
    }

    /** What the catalogue reads of a header before the sheets is what a full read of the file gives. */
    @Test
    void theHeadersReadAtCreation_areThoseOfTheFullLoad() {
        List<CriteriaVersion> lazy = CriteriaCatalogue.lazy(Files.bundled()).versions();
        List<CriteriaVersion> full = CriteriaCatalogue.load(Files.bundled()).versions();

        assertThat(lazy).hasSameSizeAs(full);
        for (int i = 0; i < lazy.size(); i++) {
            CriteriaVersion l = lazy.get(i);
            CriteriaVersion f = full.get(i);
            assertThat(List.of(l.id(), l.edition(), l.editionNotes(), l.decision(), l.inForceFrom(), l.supersededOn(),
                    l.lapsesAfter(), l.partMaxPoints(), l.bands(), l.procedures(), l.transition(), l.basedOn()))
                    .isEqualTo(List.of(f.id(), f.edition(), f.editionNotes(), f.decision(), f.inForceFrom(),
                            f.supersededOn(), f.lapsesAfter(), f.partMaxPoints(), f.bands(), f.procedures(),
                            f.transition(), f.basedOn()));
        }
    }

    /**
     * Threads that ask for a version's sheets at the same time wait for one load: the thread that loads holds the
     * file open until every other thread is blocked waiting for it.
     */
    @Test
    void concurrentFirstUses_loadTheVersionOnce() throws Exception {
        Files files = Files.bundled();
        CriteriaCatalogue catalogue = CriteriaCatalogue.lazy(files);
        CriteriaVersion version = catalogue.version("QD-26-2026");
        int threads = 4;
        List<Thread> workers = new ArrayList<>();
        files.onOpen = name -> {
            if (name.equals(QD26)) {
                awaitOthersBlocked(workers);
            }
        };
        CountDownLatch start = new CountDownLatch(1);
        ScoringSheet[] sheets = new ScoringSheet[threads];
        Throwable[] failures = new Throwable[threads];
        for (int i = 0; i < threads; i++) {
            int n = i;
            workers.add(new Thread(() -> {
                try {
                    start.await();
                    sheets[n] = version.sheet("I.4.a");
                } catch (Throwable e) {
                    failures[n] = e;
                }
            }, "first-use-" + i));
        }
        workers.forEach(Thread::start);
        start.countDown();
        for (Thread worker : workers) {
            worker.join(TimeUnit.SECONDS.toMillis(60));
        }

        assertThat(failures).containsOnlyNulls();
        assertThat(files.opened()).filteredOn(QD26::equals).as("the header, then one full read").hasSize(2);
        assertThat(files.readInFull()).containsExactly("index.json", QD26);
        assertThat(sheets).allSatisfy(sheet -> assertThat(sheet).isSameAs(sheets[0]));
    }

    /**
     * Until every worker other than the current thread is blocked (waiting for the version's lock), or 10 s have
     * passed: a loader that let a second thread in would have it here too, never blocked, and load twice.
     */
    private static void awaitOthersBlocked(List<Thread> workers) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && !workers.stream().filter(w -> w != Thread.currentThread())
                .allMatch(w -> w.getState() == Thread.State.BLOCKED)) {
            Thread.onSpinWait();
        }
    }

    /** The 148 file with a broken sheet and the 26/2026 file as shipped, under a two-version index. */
    private static Files with148Broken() {
        try {
            ObjectNode v148 = (ObjectNode) new ObjectMapper().readTree(shipped(QD148));
            ((ObjectNode) v148.get("sheets").get(0)).put("status", "probable");
            Map<String, String> files = new HashMap<>();
            files.put(CriteriaCatalogue.INDEX, "{\"format\": \"ocop-criteria-index/1\", \"versions\": [\"" + QD148
                    + "\", \"" + QD26 + "\"]}");
            files.put(QD148, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(v148));
            return new Files(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aBrokenVersion_failsOnEveryUse_withTheErrorOfTheFullLoad_andLeavesTheOthersWhole() {
        String expected = "QD-148-2023.json at $.sheets[0].status (line ";
        CriteriaCatalogue catalogue = CriteriaCatalogue.lazy(with148Broken());
        CriteriaVersion v148 = catalogue.version("QD-148-2023");

        Throwable first = org.assertj.core.api.Assertions.catchThrowable(() -> v148.sheet("I.1.a"));
        Throwable second = org.assertj.core.api.Assertions.catchThrowable(v148::productSets);
        Throwable eager = org.assertj.core.api.Assertions.catchThrowable(() -> CriteriaCatalogue.load(with148Broken()));

        assertThat(first).isInstanceOf(CriteriaDataException.class).hasMessageStartingWith(expected)
                .hasMessageEndingWith("unknown status: probable; allowed: confirmed, portal, secondary, inferred, "
                        + "corrected_typo, unknown");
        assertThat(second).isInstanceOf(CriteriaDataException.class).hasMessage(first.getMessage())
                .as("a failed load is not kept: the second use loads again").isNotSameAs(first);
        assertThat(eager).isInstanceOf(CriteriaDataException.class).hasMessage(first.getMessage());
        assertThat(catalogue.resolve(LocalDate.of(2024, 1, 1)).version()).isSameAs(v148);
        assertThat(catalogue.version("QD-26-2026").sheet("I.1.a").criteria()).hasSize(32);
    }

    @Test
    void aVersionBasedOnABrokenOne_reportsTheBasesError() {
        Map<String, String> replaced = new HashMap<>();
        replaced.put(CriteriaCatalogue.INDEX, "{\"format\": \"ocop-criteria-index/1\", \"versions\": "
                + "[\"QD-1048-2019.json\", \"QD-781-2020.json\", \"" + QD26 + "\"]}");
        replaced.put("QD-1048-2019-portal.json", shipped("QD-1048-2019-portal.json")
                .replaceFirst("\"version\": \"QD-1048-2019\"", "\"version\": \"QD-26-2026\""));
        CriteriaCatalogue catalogue = CriteriaCatalogue.lazy(new Files(replaced));
        String error = "QD-1048-2019-portal.json at $.version (line 3, column 13): sheets of another version: "
                + "QD-26-2026; allowed: QD-1048-2019";

        assertThatThrownBy(() -> catalogue.version("QD-1048-2019").sheetEditions()).hasMessage(error);
        assertThatThrownBy(() -> catalogue.version("QD-781-2020").sheet("VI.1")).hasMessage(error);
        assertThat(catalogue.version("QD-26-2026").setsWithSheets()).hasSize(26);
    }
}
