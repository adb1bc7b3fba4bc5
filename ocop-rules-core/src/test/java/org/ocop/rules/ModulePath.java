package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles and runs small programs against a library jar just built and its runtime dependencies, as a portal's
 * build would: javac of this JDK, and {@code java} in a process of its own. Used by the tests tagged
 * {@code module-path} of this module ({@link ModulePathTest}) and of the DMN module, which run after {@code package}
 * with two system properties set by their Surefire execution: {@code ocop.modulePath.jar} (the jar) and
 * {@code ocop.modulePath.dependencies} (a file listing its runtime dependencies, written by maven-dependency-plugin).
 */
public final class ModulePath {

    private ModulePath() {
    }

    /** The jar this module's build just made. */
    public static Path jar() {
        Path jar = Path.of(property("ocop.modulePath.jar"));
        assertThat(jar).as("the jar, built in the package phase before this test runs").isRegularFile();
        return jar;
    }

    /** The jar, then its runtime dependencies (compile and runtime scope), in Maven's order. */
    public static List<Path> jarAndDependencies() throws IOException {
        Path list = Path.of(property("ocop.modulePath.dependencies"));
        String dependencies = Files.readString(list, StandardCharsets.UTF_8).strip();
        assertThat(dependencies).as("the dependencies listed in %s", list).isNotEmpty();
        List<Path> jars = new ArrayList<>(List.of(jar()));
        for (String dependency : dependencies.split(File.pathSeparator)) {
            jars.add(Path.of(dependency));
        }
        return List.copyOf(jars);
    }

    /** Jars joined into one path option value. */
    public static String join(List<Path> jars) {
        return jars.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /**
     * Writes sources under {@code dir/src} and compiles them with javac into {@code dir/classes}; the class path is
     * empty unless the options set one (javac in this JVM would otherwise take this test's class path).
     *
     * @param sources file name under {@code src} (such as {@code demo/Main.java}) to its text
     * @param options javac options such as {@code --module-path} and its value
     * @return the errors, empty when the program compiled
     */
    public static List<Diagnostic<? extends JavaFileObject>> compile(Path dir, Map<String, String> sources,
            List<String> options) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = dir.resolve("src").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            files.add(file);
        }
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> all = new ArrayList<>(options);
        all.addAll(List.of("--release", "17", "-encoding", "UTF-8", "-d", classes.toString()));
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            manager.setLocation(StandardLocation.CLASS_PATH, List.of());
            javac.getTask(null, manager, diagnostics, all, null, manager.getJavaFileObjectsFromPaths(files)).call();
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .collect(Collectors.toList());
    }

    /** What a program printed and how it ended. */
    public record Run(int exitCode, List<String> out, String err) {
    }

    /**
     * Runs this JDK's {@code java} with these arguments (nothing from this test's JVM: no class path, no
     * {@code CLASSPATH}), SLF4J's "no providers" notice silenced, as a library brings no logging binding.
     */
    public static Run java(Path dir, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dslf4j.internal.verbosity=ERROR");
        command.addAll(arguments);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("CLASSPATH");
        Process process = builder.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the program ends: %s", command).isTrue();
        return new Run(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property %s, set by the module-path execution of Surefire: run this test with "
                + "mvn verify", name).isNotNull();
        return value;
    }
}
