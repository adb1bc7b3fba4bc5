package org.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README and every guide under {@code docs/} honest, so that what a newcomer copies works:
 *
 * <ul>
 * <li>a {@code ```java} block is a mirror: the last paragraph before it names a test source file (a path ending in
 *     {@code .java}, from the repository root), and the block's lines appear in that file, in order and together,
 *     leading whitespace aside — the test runs the code, so the page cannot drift from it;</li>
 * <li>a {@code java -jar examples/target/ocop.jar …} line in a {@code ```sh} block is run through the CLI in this JVM
 *     and must be accepted (exit 0 or 1, nothing on stderr); when a plain {@code ```} block follows it directly, that
 *     block is its output: every line, where a line of only {@code …} stands for any number of lines and a
 *     {@code …} inside a line for any text; {@code serve} runs until stopped, so its line is checked with
 *     {@code --help} added (its options parse), and the service itself is run by {@code ServeProcessTest};</li>
 * <li>every relative link between Markdown files resolves, to a file and, with {@code #anchor}, to a heading;</li>
 * <li>the README is a front page of at most 200 lines, and every page under {@code docs/} can be reached from it.</li>
 * </ul>
 */
class DocumentationTest {

    /** The repository root: Maven runs this module's tests in {@code examples/}. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final String CLI = "java -jar examples/target/ocop.jar ";
    private static final String ELLIPSIS = "…";
    private static final int README_MAX_LINES = 200;

    private static final Pattern JAVA_PATH =
            Pattern.compile("[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*/[A-Za-z0-9_]+\\.java");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");

    /** One fenced block of a Markdown file. */
    record Block(Path file, int line, String language, List<String> lines, List<String> paragraphBefore,
            boolean directlyAfterPrevious) {

        String where() {
            return ROOT.relativize(file) + ":" + line;
        }
    }

    /** A Markdown file split into its fenced blocks and its prose (the lines outside the blocks). */
    record Page(Path file, List<Block> blocks, String prose) {
    }

    @Test
    void java_blocks_appear_verbatim_in_the_test_source_the_text_before_them_names() throws IOException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Page page : pages()) {
            for (Block block : page.blocks()) {
                if (!block.language().equals("java")) {
                    continue;
                }
                checked++;
                String named = null;
                for (String line : block.paragraphBefore()) {
                    Matcher m = JAVA_PATH.matcher(line);
                    while (m.find()) {
                        named = m.group();
                    }
                }
                if (named == null) {
                    failures.add(block.where() + ": no test source named in the paragraph before the java block");
                    continue;
                }
                Path source = ROOT.resolve(named);
                if (!Files.isRegularFile(source)) {
                    failures.add(block.where() + ": the java block's test source does not exist: " + named);
                    continue;
                }
                String text = "\n" + stripped(Files.readAllLines(source, StandardCharsets.UTF_8)) + "\n";
                if (!text.contains("\n" + stripped(block.lines()) + "\n")) {
                    failures.add(block.where() + ": the java block is not in " + named + " as printed");
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).as("java blocks checked").isGreaterThanOrEqualTo(3);
    }

    @Test
    void cli_commands_in_sh_blocks_are_accepted_and_print_what_the_page_shows() {
        List<String> failures = new ArrayList<>();
        int run = 0;
        for (Page page : pages()) {
            List<Block> blocks = page.blocks();
            for (int b = 0; b < blocks.size(); b++) {
                Block block = blocks.get(b);
                if (!block.language().equals("sh")) {
                    continue;
                }
                List<String> commands = block.lines().stream().filter(l -> l.contains(CLI))
                        .map(l -> l.substring(l.indexOf(CLI) + CLI.length()).strip()).toList();
                Block next = b + 1 < blocks.size() ? blocks.get(b + 1) : null;
                boolean showsOutput = next != null && next.language().isEmpty() && next.directlyAfterPrevious();
                if (showsOutput && commands.size() != 1) {
                    failures.add(block.where() + ": an output block must follow a block of exactly one ocop command");
                    continue;
                }
                for (String command : commands) {
                    run++;
                    // serve would run until stopped: parse its options only (ServeProcessTest runs it)
                    Run result = ocop(command.startsWith("serve") ? command + " --help" : command);
                    if ((result.exitCode() != 0 && result.exitCode() != 1) || !result.err().isEmpty()) {
                        failures.add(block.where() + ": `ocop " + command + "` exited " + result.exitCode() + ": "
                                + result.err().strip());
                    } else if (showsOutput && !matches(next.lines(), lines(result.out()))) {
                        failures.add(next.where() + ": `ocop " + command + "` printed\n" + result.out()
                                + "\nbut the page shows\n" + String.join("\n", next.lines()));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(run).as("ocop commands run").isGreaterThanOrEqualTo(5);
    }

    @Test
    void relative_links_between_pages_resolve_to_a_file_and_a_heading() {
        List<String> failures = new ArrayList<>();
        Map<Path, Set<String>> anchors = new HashMap<>();
        for (Page page : pages()) {
            for (String target : links(page)) {
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                Path resolved = path.isEmpty() ? page.file() : page.file().getParent().resolve(path).normalize();
                String where = ROOT.relativize(page.file()) + ": link " + target;
                if (!Files.exists(resolved)) {
                    failures.add(where + ": no such file");
                } else if (hash >= 0 && resolved.toString().endsWith(".md")
                        && !anchors.computeIfAbsent(resolved, DocumentationTest::headingAnchors)
                                .contains(target.substring(hash + 1))) {
                    failures.add(where + ": no such heading in " + ROOT.relativize(resolved));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void readme_is_a_front_page_from_which_every_guide_can_be_reached() throws IOException {
        Path readme = ROOT.resolve("README.md");
        assertThat(Files.readAllLines(readme, StandardCharsets.UTF_8))
                .as("README.md is the front page: move details into a guide under docs/ and link it")
                .hasSizeLessThanOrEqualTo(README_MAX_LINES);

        Map<Path, Page> byFile = pages().stream().collect(Collectors.toMap(Page::file, p -> p));
        Set<Path> reached = new HashSet<>();
        Deque<Path> queue = new ArrayDeque<>(List.of(readme));
        while (!queue.isEmpty()) {
            Path file = queue.pop();
            if (!reached.add(file) || !byFile.containsKey(file)) {
                continue;
            }
            for (String target : links(byFile.get(file))) {
                String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                if (path.endsWith(".md")) {
                    queue.push(file.getParent().resolve(path).normalize());
                }
            }
        }
        assertThat(byFile.keySet()).as("pages not reachable from README.md")
                .allSatisfy(file -> assertThat(reached).contains(file));
    }

    /** Lines with their leading whitespace removed, joined by newlines. */
    private static String stripped(List<String> lines) {
        return lines.stream().map(String::stripLeading).collect(Collectors.joining("\n"));
    }

    /** Whether shown lines match printed ones: a line {@code …} is any lines, {@code …} in a line any text. */
    static boolean matches(List<String> shown, List<String> printed) {
        boolean[][] match = new boolean[shown.size() + 1][printed.size() + 1];
        match[shown.size()][printed.size()] = true;
        for (int i = shown.size() - 1; i >= 0; i--) {
            boolean any = shown.get(i).strip().equals(ELLIPSIS);
            Pattern line = any ? null : Pattern.compile(Stream.of(shown.get(i).split(ELLIPSIS, -1))
                    .map(Pattern::quote).collect(Collectors.joining(".*")));
            for (int j = printed.size(); j >= 0; j--) {
                match[i][j] = any
                        ? match[i + 1][j] || j < printed.size() && match[i][j + 1]
                        : j < printed.size() && line.matcher(printed.get(j)).matches() && match[i + 1][j + 1];
            }
        }
        return match[0][0];
    }

    @Test
    void matches_reads_an_ellipsis_line_as_any_lines_and_an_ellipsis_in_a_line_as_any_text() {
        assertThat(matches(List.of("a", "…", "d"), List.of("a", "b", "c", "d"))).isTrue();
        assertThat(matches(List.of("a", "…", "d"), List.of("a", "d"))).isTrue();
        assertThat(matches(List.of("x (…): y"), List.of("x (source 1, 2): y"))).isTrue();
        assertThat(matches(List.of("a", "d"), List.of("a", "b", "d"))).isFalse();
        assertThat(matches(List.of("a"), List.of("a", "b"))).isFalse();
        assertThat(matches(List.of("a.c"), List.of("abc"))).isFalse();
    }

    /** What one CLI run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    /** Runs one documented command line in this JVM, its paths taken from the repository root as the page does. */
    private static Run ocop(String commandLine) {
        String[] args = commandLine.split("\\s+");
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("-") && Files.exists(ROOT.resolve(args[i]))) {
                args[i] = ROOT.resolve(args[i]).toString();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = OcopCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> lines(String text) {
        return List.of(text.stripTrailing().split("\\R", -1));
    }

    /** README.md and every Markdown file under docs/, each read once. */
    private static List<Page> pages() {
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            return files.stream().map(DocumentationTest::page).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Page page(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Block> blocks = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        boolean paragraphEnded = false;
        boolean onlyBlankSinceBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                int start = i;
                List<String> body = new ArrayList<>();
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    body.add(lines.get(i));
                }
                blocks.add(new Block(file, start + 1, line.substring(3).strip(), body, List.copyOf(paragraph),
                        onlyBlankSinceBlock));
                paragraph.clear();
                onlyBlankSinceBlock = true;
                continue;
            }
            prose.append(line).append('\n');
            if (line.isBlank()) {
                paragraphEnded = true;
            } else {
                if (paragraphEnded) {
                    paragraph.clear();
                    paragraphEnded = false;
                }
                paragraph.add(line);
                onlyBlankSinceBlock = false;
            }
        }
        return new Page(file, blocks, prose.toString());
    }

    /** The link targets of a page's prose, code spans left out. */
    private static List<String> links(Page page) {
        Matcher m = LINK.matcher(CODE_SPAN.matcher(page.prose()).replaceAll(""));
        List<String> targets = new ArrayList<>();
        while (m.find()) {
            String target = m.group(1);
            if (!target.matches("[a-z]+:.*")) {
                targets.add(target);
            }
        }
        return targets;
    }

    /** The anchors GitHub gives a page's headings: lower case, no punctuation, spaces as hyphens, repeats numbered. */
    private static Set<String> headingAnchors(Path file) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : page(file).prose().split("\n")) {
            if (line.startsWith("#")) {
                String slug = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                int n = seen.merge(slug, 1, Integer::sum);
                anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
            }
        }
        return anchors;
    }
}
