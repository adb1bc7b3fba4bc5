package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarFile;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.json.RatingJson;

/**
 * The built jar is the named module {@code org.ocop.rules} and exports the API packages only (issue 18, item 2),
 * shown the way a portal meets it: small programs compiled and run on the module path against the jar and its
 * runtime dependencies, nothing else.
 *
 * <p>It needs the jar, so it is tagged {@code module-path} and run by its own Surefire execution in the
 * {@code integration-test} phase of {@code mvn verify} (see this module's {@code pom.xml} and {@link ModulePath}).
 * The other tests stay on the class path.
 */
@Tag("module-path")
class ModulePathTest {

    private static final Path DOSSIER = Path.of("../examples/dossiers/01-che-shan-tuyet-ta-xua.json");

    private static final String DEMO_MODULE = "module demo { requires org.ocop.rules; }\n";

    /**
     * A portal's module: the README's API lines, each result on a line of its own, then the JSON contract. It also
     * reads the published dossier and criteria schemas, resources of package {@code org.ocop.rules}, as the CLI's
     * {@code validate} does, and writes a criteria document (Jackson reading the library's JSON on the module path).
     */
    private static final String RATING_PROGRAM = """
            package demo;

            import java.io.InputStream;
            import java.nio.file.Path;
            import java.util.List;
            import java.util.Locale;
            import org.ocop.rules.Rater;
            import org.ocop.rules.Rating;
            import org.ocop.rules.criteria.CriteriaCatalogue;
            import org.ocop.rules.dossier.Dossier;
            import org.ocop.rules.dossier.DossierReader;
            import org.ocop.rules.json.CriteriaJson;
            import org.ocop.rules.json.RatingJson;

            public class Main {
                public static void main(String[] args) throws Exception {
                    Rating rating = Rater.standard().rate(DossierReader.read(Path.of(args[0])));
                    System.out.println("library module: " + Rater.class.getModule().getName()
                            + (Rater.class.getModule().getDescriptor().isAutomatic() ? " (automatic)" : ""));
                    System.out.println("program module: " + Main.class.getModule().getName());
                    System.out.println("outcome: " + rating.outcome());
                    System.out.println("stars: " + rating.stars().orElseThrow());
                    System.out.println("average: " + rating.displayedAverage().orElseThrow().toPlainString());
                    System.out.println("sheet I.5.a criteria: "
                            + CriteriaCatalogue.bundled().version("QD-26-2026").sheet("I.5.a").criteria().size());
                    System.out.println("explanation (vi): "
                            + rating.explain(Locale.forLanguageTag("vi")).lines().findFirst().orElseThrow());
                    String schemaName = "/org/ocop/rules/dossier.schema.json";
                    try (InputStream schema = Dossier.class.getResourceAsStream(schemaName)) {
                        System.out.println("dossier schema: " + (schema == null ? "not found" : "readable"));
                    }
                    try (InputStream schema = CriteriaJson.class.getResourceAsStream(CriteriaJson.SCHEMA)) {
                        System.out.println("criteria schema: " + (schema == null ? "not found" : "readable"));
                    }
                    System.out.println("criteria document: " + CriteriaJson.write(
                            CriteriaCatalogue.bundled().version("QD-26-2026"), "I.5.a").length());
                    System.out.println("json:");
                    System.out.println(RatingJson.write(List.of(rating)));
                }
            }
            """;

    /** The same kind of program, reaching for a public type of an internal package. */
    private static final String INTERNAL_PROGRAM = """
            package demo;

            import org.ocop.rules.internal.StarModel;

            public class Main {
                public static void main(String[] args) {
                    System.out.println(StarModel.class);
                }
            }
            """;

    @Test
    void jar_isTheNamedModuleOrgOcopRules_exportingTheApiPackagesOnly() throws IOException {
        List<ModuleReference> found = List.copyOf(ModuleFinder.of(ModulePath.jar()).findAll());
        assertThat(found).hasSize(1);
        ModuleDescriptor descriptor = found.get(0).descriptor();

        assertThat(descriptor.name()).isEqualTo("org.ocop.rules");
        assertThat(descriptor.isAutomatic()).as("a module-info.class, not a name from the manifest").isFalse();
        assertThat(descriptor.exports().stream().filter(e -> !e.isQualified()).map(Exports::source))
                .containsExactlyInAnyOrderElementsOf(ApiFenceTest.CORE_API_PACKAGES);
        // the one qualified export: the DMN jar (its automatic module name) shares Messages and Share
        assertThat(descriptor.exports().stream().filter(Exports::isQualified)
                .map(e -> e.source() + " to " + e.targets()))
                .containsExactly("org.ocop.rules.internal to [org.ocop.rules.dmn]");
        // the internals are in the module, only not exported to everyone
        assertThat(descriptor.packages()).contains("org.ocop.rules.internal", "org.ocop.rules.internal.drools",
                "org.ocop.rules.internal.json");
        assertThat(descriptor.requires().stream()
                .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)))
                .as("no third-party type in the API").isEmpty();
        try (JarFile jar = new JarFile(ModulePath.jar().toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                    .as("the descriptor names the module; the manifest must not name it again").isNull();
        }
    }

    @Test
    void programOnTheModulePath_ratesTheExampleDossier_asOnTheClassPath(@TempDir Path dir) throws Exception {
        String modulePath = ModulePath.join(ModulePath.jarAndDependencies());
        assertThat(ModulePath.compile(dir, Map.of("module-info.java", DEMO_MODULE, "demo/Main.java", RATING_PROGRAM),
                List.of("--module-path", modulePath))).as("compiling the program on the module path").isEmpty();

        // no --add-modules: the descriptor's requires resolve Jackson and Drools on their own
        ModulePath.Run run = ModulePath.java(dir, List.of(
                "--module-path", dir.resolve("classes") + File.pathSeparator + modulePath,
                "--module", "demo/demo.Main", DOSSIER.toAbsolutePath().toString()));

        assertThat(run.exitCode()).as("exit code; stderr:%n%s", run.err()).isZero();
        Rating onClassPath = Rater.standard().rate(DossierReader.read(DOSSIER));
        assertThat(run.out().subList(0, Math.min(11, run.out().size()))).containsExactly(
                "library module: org.ocop.rules",
                "program module: demo",
                "outcome: RATED",
                "stars: 5",
                "average: 93.00",
                "sheet I.5.a criteria: 32",
                "explanation (vi): " + onClassPath.explain(Locale.forLanguageTag("vi")).lines().findFirst()
                        .orElseThrow(),
                "dossier schema: readable",
                "criteria schema: readable",
                "criteria document: " + org.ocop.rules.json.CriteriaJson.write(
                        org.ocop.rules.criteria.CriteriaCatalogue.bundled().version("QD-26-2026"), "I.5.a").length(),
                "json:");
        // the whole JSON contract, as on the class path: the same rules fired, the same texts, the same numbers
        assertThat(run.out().subList(11, run.out().size()))
                .containsExactlyElementsOf(RatingJson.write(List.of(onClassPath)).lines().toList());
    }

    @Test
    void programOnTheModulePath_usingAnInternalType_doesNotCompile(@TempDir Path dir) throws IOException {
        String jars = ModulePath.join(ModulePath.jarAndDependencies());

        List<Diagnostic<? extends JavaFileObject>> errors = ModulePath.compile(dir.resolve("module-path"),
                Map.of("module-info.java", DEMO_MODULE, "demo/Main.java", INTERNAL_PROGRAM),
                List.of("--module-path", jars));

        assertThat(errors).isNotEmpty().allSatisfy(error -> {
            assertThat(error.getCode()).isEqualTo("compiler.err.package.not.visible");
            assertThat(error.getMessage(Locale.ROOT)).isEqualTo("package org.ocop.rules.internal is not visible\n"
                    + "  (package org.ocop.rules.internal is declared in module org.ocop.rules, which does not "
                    + "export it to module demo)"); // "to module demo": it is exported to org.ocop.rules.dmn only
        });
        // the control: the same program compiles on the class path, so it is the module that refuses it
        assertThat(ModulePath.compile(dir.resolve("class-path"), Map.of("demo/Main.java", INTERNAL_PROGRAM),
                List.of("--class-path", jars))).isEmpty();
    }
}
