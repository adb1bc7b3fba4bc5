package org.ocop.rules.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocop.rules.CouncilRules;
import org.ocop.rules.ModulePath;
import org.ocop.rules.Rater;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.json.RatingJson;

/**
 * What the module path does with this jar and KIE's DMN jars (issue 18, item 2), and why this jar has no
 * {@code module-info}: its one package is all API, so a descriptor would hide nothing, and two of KIE 10.2.0's jars,
 * {@code efesto-compilation-manager-core} and {@code efesto-runtime-manager-core}, declare the same module name
 * ({@code Automatic-Module-Name: org.drools.efesto.core.compilationmanager.core}), so KIE's DMN jars cannot all be
 * modules. When a KIE release fixes the name, {@link #kieJarsInOneFolder_twoModulesOfOneName_theJvmRefusesToStart}
 * fails: then revisit docs/reference/modules.md.
 *
 * <p>Run after {@code package} by the {@code module-path} Surefire execution (see this module's {@code pom.xml} and
 * {@link ModulePath}), with the jar and its runtime dependencies, ocop-rules-core's jar among them.
 */
@Tag("module-path")
class DmnModulePathTest {

    private static final String EFESTO_MODULE = "org.drools.efesto.core.compilationmanager.core";

    private static final String DEMO_MODULE = "module demo { requires org.ocop.rules; requires org.ocop.rules.dmn; }\n";

    /**
     * A portal's module rating with the DMN engine under Tây Ninh's council rules (so that a council breach takes
     * the DMN engine through core's {@code org.ocop.rules.internal}, exported to this jar's module only), printing
     * each dossier's outcome and JSON contract.
     */
    private static final String PROGRAM = """
            package demo;

            import java.nio.file.Path;
            import java.util.List;
            import org.ocop.rules.CouncilRules;
            import org.ocop.rules.Rater;
            import org.ocop.rules.Rating;
            import org.ocop.rules.RatingSettings;
            import org.ocop.rules.dmn.DmnRatingEngine;
            import org.ocop.rules.dossier.DossierReader;
            import org.ocop.rules.json.RatingJson;

            public class Main {
                public static void main(String[] args) {
                    Rater rater = Rater.using(DmnRatingEngine.shared())
                            .withSettings(RatingSettings.DEFAULTS.withCouncilRules(CouncilRules.tayNinh()));
                    System.out.println("engine module: " + DmnRatingEngine.class.getModule().getName());
                    for (String file : args) {
                        Rating rating = rater.rate(DossierReader.read(Path.of(file)));
                        System.out.println(rating.outcome() + " " + rating.councilBreaches().stream()
                                .map(b -> b.rule().name()).toList());
                        System.out.println(RatingJson.write(List.of(rating)));
                    }
                }
            }
            """;

    @Test
    void jar_isTheAutomaticModuleOrgOcopRulesDmn_withItsOnePackage() {
        List<ModuleReference> found = List.copyOf(ModuleFinder.of(ModulePath.jar()).findAll());
        assertThat(found).hasSize(1);
        ModuleDescriptor descriptor = found.get(0).descriptor();

        assertThat(descriptor.name()).isEqualTo("org.ocop.rules.dmn");
        assertThat(descriptor.isAutomatic()).isTrue();
        // an automatic module exports every package: here that is the API package and nothing else
        assertThat(descriptor.packages()).containsExactly("org.ocop.rules.dmn");
    }

    @Test
    void dependencies_twoKieJarsDeclareOneModuleName() throws IOException {
        List<String> named = new ArrayList<>();
        for (Path jar : ModulePath.jarAndDependencies()) {
            ModuleFinder.of(jar).findAll().stream()
                    .filter(module -> module.descriptor().name().equals(EFESTO_MODULE))
                    .forEach(module -> named.add(artifact(jar)));
        }
        assertThat(named).containsExactlyInAnyOrder("efesto-compilation-manager-core", "efesto-runtime-manager-core");
        // and the core jar here is the named module of this build, not an older automatic one
        assertThat(ModulePath.jarAndDependencies()).filteredOn(jar -> artifact(jar).equals("ocop-rules-core"))
                .singleElement().satisfies(jar -> assertThat(ModuleFinder.of(jar).findAll())
                        .singleElement().satisfies(m -> assertThat(m.descriptor().isAutomatic()).isFalse()));
    }

    @Test
    void kieJarsInOneFolder_twoModulesOfOneName_theJvmRefusesToStart(@TempDir Path dir) throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        for (Path jar : ModulePath.jarAndDependencies()) {
            Files.copy(jar, lib.resolve(jar.getFileName()));
        }
        compileProgram(dir);

        ModulePath.Run run = ModulePath.java(dir, List.of("--module-path", dir.resolve("classes") + File.pathSeparator
                + lib, "--module", "demo/demo.Main"));

        assertThat(run.exitCode()).isOne();
        // HotSpot prints errors of its initialization on standard output
        assertThat(run.out()).hasSize(2);
        assertThat(run.out().get(0)).isEqualTo("Error occurred during initialization of boot layer");
        assertThat(run.out().get(1)).startsWith("java.lang.module.FindException: Two versions of module "
                + EFESTO_MODULE + " found in " + lib + " (").contains("efesto-compilation-manager-core-",
                "efesto-runtime-manager-core-");
    }

    @Test
    void programOnTheModulePath_withEfestoRuntimeManagerOnTheClassPath_ratesAsOnTheClassPath(@TempDir Path dir)
            throws Exception {
        List<Path> modules = new ArrayList<>();
        List<Path> classPath = new ArrayList<>();
        for (Path jar : ModulePath.jarAndDependencies()) {
            (artifact(jar).equals("efesto-runtime-manager-core") ? classPath : modules).add(jar);
        }
        assertThat(classPath).hasSize(1);
        compileProgram(dir);
        Path example = Path.of("../examples/dossiers/01-che-shan-tuyet-ta-xua.json").toAbsolutePath();
        // the golden case of a council breach (core's test-jar), its dossier written to a file as a portal would
        String breachJson;
        String golden = "/golden/QD-26-2026/10-council-breach-artichoke.json";
        try (InputStream in = DmnModulePathTest.class.getResourceAsStream(golden)) {
            breachJson = JsonMapper.builder().build().readTree(in).get("dossier").toString();
        }
        Path breachFile = Files.writeString(dir.resolve("breach.json"), breachJson, StandardCharsets.UTF_8);

        ModulePath.Run run = ModulePath.java(dir, List.of(
                "--module-path", dir.resolve("classes") + File.pathSeparator + ModulePath.join(modules),
                "--class-path", ModulePath.join(classPath),
                "--module", "demo/demo.Main", example.toString(), breachFile.toString()));

        assertThat(run.exitCode()).as("exit code; stderr:%n%s", run.err()).isZero();
        Rater onClassPath = Rater.using(DmnRatingEngine.shared())
                .withSettings(RatingSettings.DEFAULTS.withCouncilRules(CouncilRules.tayNinh()));
        List<String> expected = new ArrayList<>(List.of("engine module: org.ocop.rules.dmn", "RATED []"));
        expected.addAll(RatingJson.write(List.of(onClassPath.rate(DossierReader.read(example)))).lines().toList());
        expected.add("COUNCIL_RULE_BREACHED [QUORUM, SPREAD]");
        expected.addAll(RatingJson.write(List.of(onClassPath.rate(DossierReader.read(breachFile)))).lines().toList());
        assertThat(run.out()).containsExactlyElementsOf(expected);
    }

    private static void compileProgram(Path dir) throws IOException {
        assertThat(ModulePath.compile(dir, Map.of("module-info.java", DEMO_MODULE, "demo/Main.java", PROGRAM),
                List.of("--module-path", ModulePath.join(ModulePath.jarAndDependencies()))))
                .as("compiling the program on the module path").isEmpty();
    }

    /** The artifact id of a jar named {@code <artifact>-<version>.jar}. */
    private static String artifact(Path jar) {
        return jar.getFileName().toString().replaceFirst("-\\d.*\\.jar$", "");
    }
}
