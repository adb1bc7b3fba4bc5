package org.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The table "Where each rule lives" ({@code docs/reference/where-each-rule-lives.md}) against the code: every name
 * it gives, in code spans, exists. In any column a span {@code Class#member} is a Java type and a member declared in
 * it ({@code Class.Nested#method} for a nested class), a span ending {@code .json} a data file pattern and one ending
 * {@code .dmn} a DMN model the generator writes; the other spans are, by column, a JSON path in the data files, a rule
 * name of {@code rating.drl} or a decision table the generator names. In the test column every span is a test
 * method.
 */
class WhereEachRuleLivesTest {

    private static final Path ROOT = Path.of("..");
    private static final Path TABLE = ROOT.resolve("docs/reference/where-each-rule-lives.md");
    private static final Path DATA = ROOT.resolve("ocop-rules-core/src/main/resources/org/ocop/rules/criteria");
    private static final Path DRL = ROOT.resolve(
            "ocop-rules-core/src/main/resources/org/ocop/rules/internal/drools/rating.drl");
    /**
     * The sources of the DMN model generator: its entry point, the layout that names every model and a set's
     * decisions, and the writers of the models, one per concern. Not the engine's sources, which name the same models
     * and decisions to evaluate them: a name only the engine used would be no model the generator writes.
     */
    private static final List<Path> GENERATOR = Stream.of("DmnModelGenerator", "ModelLayout", "SheetModels",
            "StarModels", "OutcomeModels", "RecognitionModel")
            .map(name -> ROOT.resolve("ocop-rules-dmn/src/main/java/org/ocop/rules/dmn/" + name + ".java")).toList();
    private static final List<String> COLUMNS = List.of("rule", "data field", "DRL rule",
            "DMN model › table, or Java step", "specification test");
    private static final List<String> RULES = List.of("band", "star minimum", "knock-out", "consensus",
            "council quorum", "council spread", "council secretary", "recognition", "forwarding", "checklist cap");
    private static final Pattern SPAN = Pattern.compile("`([^`]+)`");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<List<String>> rows;
    private static Map<String, Path> sources;

    @BeforeAll
    static void read() throws IOException {
        List<String> lines = Files.readAllLines(TABLE).stream().filter(l -> l.startsWith("|")).toList();
        rows = lines.stream().map(WhereEachRuleLivesTest::cells).toList();
        try (Stream<Path> modules = Files.list(ROOT)) {
            sources = modules.flatMap(m -> Stream.of(m.resolve("src/main/java"), m.resolve("src/test/java")))
                    .filter(Files::isDirectory).flatMap(WhereEachRuleLivesTest::walk)
                    .filter(p -> p.toString().endsWith(".java"))
                    .collect(Collectors.toMap(p -> p.getFileName().toString().replace(".java", ""),
                            Function.identity(), (a, b) -> a));
        }
    }

    private static Stream<Path> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(String line) {
        String inner = line.strip().substring(1, line.strip().length() - 1);
        return List.of(inner.split("\\|", -1)).stream().map(String::strip).toList();
    }

    private static List<String> spans(String cell) {
        List<String> spans = new ArrayList<>();
        Matcher m = SPAN.matcher(cell);
        while (m.find()) {
            spans.add(m.group(1));
        }
        return spans;
    }

    /** The table's rows below its header and separator, as cells. */
    private static List<List<String>> body() {
        return rows.subList(2, rows.size());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void table_hasOneRowPerRule_withTheFiveColumns() {
        assertThat(rows.get(0)).containsExactlyElementsOf(COLUMNS);
        assertThat(body()).allSatisfy(row -> assertThat(row).hasSize(COLUMNS.size()));
        assertThat(body().stream().map(row -> row.get(0)).toList()).containsExactlyElementsOf(RULES);
        assertThat(body()).allSatisfy(row -> assertThat(spans(row.get(4))).as(row.get(0)).isNotEmpty());
    }

    @Test
    void everyDrlRuleNamed_isARuleOfRatingDrl() {
        String drl = read(DRL);
        List<String> names = body().stream().flatMap(row -> spans(row.get(2)).stream())
                .filter(s -> !s.contains("#")).toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(RULES.size());
        assertThat(names).allSatisfy(name -> assertThat(drl).contains("rule \"" + name + "\""));
    }

    @Test
    void everyDataKeyNamed_isInTheDataFiles() throws IOException {
        List<JsonNode> files = new ArrayList<>();
        PathMatcher versionFiles = FileSystems.getDefault().getPathMatcher("glob:QD-*.json");
        try (Stream<Path> all = Files.list(DATA)) {
            for (Path file : all.filter(p -> versionFiles.matches(p.getFileName())).sorted().toList()) {
                files.add(JSON.readTree(file.toFile()));
            }
        }
        List<String> paths = new ArrayList<>();
        for (List<String> row : body()) {
            for (String span : spans(row.get(1))) {
                if (span.endsWith(".json")) {
                    PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + span);
                    try (Stream<Path> all = Files.list(DATA)) {
                        assertThat(all.anyMatch(p -> glob.matches(p.getFileName()))).as(span).isTrue();
                    }
                } else if (!span.contains("#")) {
                    paths.add(span);
                }
            }
        }
        assertThat(paths).isNotEmpty().allSatisfy(path -> assertThat(files.stream().anyMatch(f -> holds(f, path)))
                .as("%s in the data files", path).isTrue());
    }

    /** Whether the JSON holds a value at a path such as {@code sheets[].knockOuts[].kind}; {@code []}: any element. */
    private static boolean holds(JsonNode node, String path) {
        if (path.isEmpty()) {
            return node != null && !node.isNull() && !(node.isArray() && node.isEmpty());
        }
        int dot = path.indexOf('.');
        String key = dot < 0 ? path : path.substring(0, dot);
        String rest = dot < 0 ? "" : path.substring(dot + 1);
        boolean each = key.endsWith("[]");
        JsonNode value = node.get(each ? key.substring(0, key.length() - 2) : key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!each) {
            return holds(value, rest);
        }
        for (JsonNode element : value) {
            if (holds(element, rest)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyDmnModelAndTableNamed_isOneTheGeneratorWrites() {
        String generator = GENERATOR.stream().map(WhereEachRuleLivesTest::read).collect(Collectors.joining("\n"));
        List<String> named = body().stream().flatMap(row -> spans(row.get(3)).stream())
                .filter(s -> !s.contains("#")).toList();
        assertThat(named).isNotEmpty().allSatisfy(name -> {
            // a set's model or table is named by its kind and the set: the generator writes the kind's literal
            String literal = name.endsWith(".dmn") ? name.substring(0, name.length() - 4) : name;
            literal = literal.contains("<") ? literal.substring(0, literal.indexOf('<')) : literal;
            literal = literal.endsWith("/") ? literal.substring(0, literal.length() - 1) : literal;
            assertThat(generator).as(name).contains("\"" + literal);
        });
    }

    @Test
    void everyJavaMemberNamed_isDeclaredInItsType() {
        List<String> refs = body().stream().flatMap(row -> row.subList(1, 4).stream())
                .flatMap(cell -> spans(cell).stream()).filter(s -> s.contains("#")).toList();
        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            String source = sourceOf(ref);
            String member = Pattern.quote(ref.substring(ref.indexOf('#') + 1));
            // a method, a record component, a field or a constant, declared with its type
            assertThat(Pattern.compile("[\\w<>\\[\\].]+\\s+" + member + "\\s*[(,)=]").matcher(source).find())
                    .as("%s declared", ref).isTrue();
        });
    }

    @Test
    void everyTestNamed_isATestMethodOfItsClass() {
        List<String> tests = body().stream().flatMap(row -> spans(row.get(4)).stream()).toList();
        assertThat(tests).isNotEmpty().allSatisfy(test -> {
            assertThat(test).contains("#");
            assertThat(String.valueOf(sources.get(test.substring(0, test.indexOf('#')).split("\\.")[0])))
                    .as(test).contains("src/test/java");
            String source = sourceOf(test);
            Matcher declared = Pattern.compile("\\bvoid\\s+" + Pattern.quote(test.substring(test.indexOf('#') + 1))
                    + "\\s*\\(").matcher(source);
            assertThat(declared.find()).as("%s declared", test).isTrue();
            // its annotations: what follows the member before it (a line ending in ";" or "}")
            Matcher before = Pattern.compile("[;}][ \\t]*\\n").matcher(source.substring(0, declared.start()));
            int start = 0;
            while (before.find()) {
                start = before.end();
            }
            assertThat(source.substring(start, declared.start())).as("%s is a test", test)
                    .containsPattern("@(Test|ParameterizedTest)\\b");
        });
    }

    /** The source of the type a reference names ({@code Outer.Nested#member}: Outer's file, declaring Nested). */
    private static String sourceOf(String ref) {
        String[] types = ref.substring(0, ref.indexOf('#')).split("\\.");
        Path file = sources.get(types[0]);
        assertThat(file).as("the source of %s", ref).isNotNull();
        String source = read(file);
        assertThat(source).as(ref).containsPattern("(class|record|interface|enum)\\s+" + types[0] + "\\b");
        for (int i = 1; i < types.length; i++) {
            assertThat(source).as(ref).containsPattern("(class|record|interface|enum)\\s+" + types[i] + "\\b");
        }
        return source;
    }
}
