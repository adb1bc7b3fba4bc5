package org.ocop.rules.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.ocop.rules.Rater;

/**
 * {@code @DossierFolder} as JUnit runs it: fixture classes (nested, so Surefire does not run them on their own) are
 * run by a JUnit launcher inside these tests, and what JUnit reports is checked — one case per file, named by the
 * dossier's id and product; one broken file fails its own case only; a missing folder fails the test.
 */
class DossierFolderTest {

    /** A portal's test, as the guide shows it. */
    static class ReplayFolder {
        @ParameterizedTest(name = "{0}")
        @DossierFolder("../examples/dossiers/replay")
        void recorded_replayed_agrees(DossierCase dossier) {
            OcopAssertions.assertThat(dossier.replay(Rater.standard())).agrees();
        }
    }

    static class MissingFolder {
        @ParameterizedTest
        @DossierFolder("no-such-folder")
        void never(DossierCase dossier) {
        }
    }

    static class ClasspathAndDirectory {
        @ParameterizedTest
        @DossierFolder(value = "../examples/dossiers", classpath = "golden/QD-148-2023")
        void read(DossierCase dossier) {
            assertThat(dossier.isReadable()).isTrue();
        }
    }

    /** What the launcher reported: each finished test's display name and status, and the container failures. */
    record Run(List<String> succeeded, List<String> failed, List<String> containerFailures) {
    }

    /** The {@code *.json} files directly in a folder (the kit does not descend into sub-folders). */
    private static int jsonFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(".json")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Run run(Class<?> fixture) {
        Run run = new Run(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture)).build(),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        Optional<Throwable> thrown = result.getThrowable();
                        if (id.isTest()) {
                            (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? run.succeeded()
                                    : run.failed()).add(id.getDisplayName());
                        } else if (thrown.isPresent()) {
                            run.containerFailures().add(thrown.get().getMessage());
                        }
                    }
                });
        return run;
    }

    @Test
    void replayFolder_run_makesOneCasePerFileNamedByIdAndProduct_andFailsEachDisagreeingOne() {
        Run run = run(ReplayFolder.class);

        assertThat(run.succeeded()).containsExactly("DT-2026-030 · Hoa cúc mâm xôi [r5-agrees.json]");
        assertThat(run.failed()).containsExactly(
                "YB-2026-001 · Chè Shan tuyết cổ thụ Tà Xùa [r1-province-recognised-4-stars.json]",
                "BG-2026-011 · Rượu làng Vân [r2-minimums-not-applied.json]",
                "HP-2026-014 · Nước mắm truyền thống Cát Hải [r3-scored-under-148.json]",
                "ST-2026-007 · Gạo ST25 ruộng tôm [r4-secretary-sheet-left-out.json]",
                "TN-2026-021 · Bánh đa nem Làng Chều [r6-unexplained.json]",
                "BT-2021-052 · Nước mắm cá cơm truyền thống [r7-scored-on-the-portal.json]");
        assertThat(run.containerFailures()).isEmpty();
    }

    @Test
    void missingFolder_run_failsTheTestSayingWhatIsAllowed() {
        Run run = run(MissingFolder.class);

        assertThat(run.succeeded()).isEmpty();
        assertThat(run.containerFailures()).singleElement().asString()
                .startsWith("dossier folder ").endsWith("no-such-folder: not a folder; allowed: a folder of *.json "
                        + "dossier or golden files, relative to the working directory (a Maven module's folder in a "
                        + "Maven build)");
    }

    @Test
    void directoriesThenClasspathFolders_run_giveEveryFileInOrder() {
        Run run = run(ClasspathAndDirectory.class);

        assertThat(run.failed()).isEmpty();
        // the bundled dossiers, then the golden files of 148 (default names: "[index] name"); counted from the
        // folders (the class-path folder is core's test resources) so that a new example or golden file is expected
        int bundled = jsonFiles(Path.of("../examples/dossiers"));
        int golden148 = jsonFiles(Path.of("../ocop-rules-core/src/test/resources/golden/QD-148-2023"));
        assertThat(bundled).isEqualTo(9);
        assertThat(golden148).isGreaterThanOrEqualTo(7);
        assertThat(run.succeeded()).hasSize(bundled + golden148);
        assertThat(run.succeeded().get(0)).isEqualTo("[1] YB-2026-001 · Chè Shan tuyết cổ thụ Tà Xùa "
                + "[01-che-shan-tuyet-ta-xua.json]");
        assertThat(run.succeeded().get(bundled)).startsWith("[" + (bundled + 1) + "] ")
                .endsWith("[01-set-1-district-three-stars-forwarded.json]");
    }
}
