package org.ocop.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ocop.rules.CouncilRules;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.MinimumPolicy;
import org.ocop.rules.OcopException;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.Replay;
import org.ocop.rules.audit.ReplayReport;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaLookupException;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.ProductSet;
import org.ocop.rules.dossier.Council;
import org.ocop.rules.dossier.DossierFormatException;
import org.ocop.rules.dossier.DossierReader;
import org.ocop.rules.dossier.DossierSource;
import org.ocop.rules.json.CriteriaJson;
import org.ocop.rules.json.RatingJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code ocop} command line: lists criteria versions and criteria, and rates dossiers.
 *
 * <p>Exit codes: 0 success (for {@code rate}: every dossier RATED), 1 some dossier not rated (its outcome says
 * why), 2 bad arguments (one line on stderr naming the argument and what is allowed; for a broken
 * {@code --criteria-dir}, the file, line and column to fix).
 * Output is UTF-8 whatever the platform default, since the criteria are Vietnamese.
 */
@Command(name = "ocop", mixinStandardHelpOptions = true, version = "ocop-rules 0.1.0",
        description = "Rates Vietnamese OCOP products exactly as the official criteria do.",
        subcommands = {OcopCli.Versions.class, OcopCli.Criteria.class, OcopCli.Rate.class, OcopCli.Replay.class,
                OcopCli.Validate.class, AdviceCommands.Plan.class, AdviceCommands.Robustness.class,
                AdviceCommands.CompareVersions.class, ServeCommand.class})
public final class OcopCli implements Callable<Integer> {

    /** Exit code for bad arguments. */
    static final int USAGE = 2;

    /** Output formats. */
    enum Format { text, json }

    /**
     * How much of each rating the JSON of {@code rate} and {@code replay} carries: {@code full}, the default and
     * the contract since the first release, or {@code none}, without the {@code explanation} field (most of a
     * rating's JSON), for batches. An option of its own rather than a format: the JSON is the same contract, with
     * one field left out on request.
     */
    static final class ExplanationOption {
        /** The values of {@code --explanation}. */
        enum Explain { full, none }

        @Option(names = "--explanation", defaultValue = "full", paramLabel = "full|none",
                description = "with --format json: full (default) gives each rating its explanation (every "
                        + "criterion's choices and points, every rule that fired); none leaves the explanation field "
                        + "out, for large batches")
        Explain explain;

        /** The library's option; {@code none} with text output is a usage error, checked before anything is read. */
        RatingJson.Explanation check(Format format) {
            if (explain == Explain.none && format != Format.json) {
                throw new UsageError("--explanation", "only with --format json", "none",
                        "--format json --explanation none, or no --explanation (text output always explains)");
            }
            return explain == Explain.none ? RatingJson.Explanation.NONE : RatingJson.Explanation.FULL;
        }
    }

    @Spec
    CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;
    /** Whether stderr is a terminal a person watches (only then is there a progress line). */
    private final boolean interactive;
    private final CriteriaCatalogue catalogue = CriteriaCatalogue.bundled();
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OcopCli(PrintStream out, PrintStream err, boolean interactive) {
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    /** Entry point of {@code examples/target/ocop.jar}. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(out, err, System.console() != null, args));
    }

    /**
     * Runs the CLI with the given streams; the exit code is returned, never passed to {@link System#exit}.
     *
     * @param out where results go
     * @param err where errors go
     * @param args the command line
     * @return the exit code
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(out, err, false, args);
    }

    private static int run(PrintStream out, PrintStream err, boolean interactive, String... args) {
        CommandLine cli = new CommandLine(new OcopCli(out, err, interactive));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        // A path the platform cannot represent (a NUL character) is a usage error in plain words, not a Java type.
        cli.registerConverter(Path.class, value -> {
            try {
                return Path.of(value);
            } catch (java.nio.file.InvalidPathException e) {
                throw new CommandLine.TypeConversionException("not a valid path: " + visible(value) + " ("
                        + e.getReason() + ")");
            }
        });
        cli.setParameterExceptionHandler((ex, ignored) -> {
            err.println(oneLine(ex));
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UsageError || ex instanceof CriteriaLookupException) {
                err.println(commandLine.getCommandName() + ": " + ex.getMessage());
                return USAGE;
            }
            if (ex instanceof OcopException) {
                err.println(commandLine.getCommandName() + ": " + ex.getMessage());
                return 1;
            }
            // A defect, not a user error: still one line, never a stack trace, and the facts to report it.
            err.println(commandLine.getCommandName() + ": internal error: " + ex + "; please report it with the "
                    + "command line and input that caused it");
            return 1;
        });
        return cli.execute(args);
    }

    /** The text with control characters written as {@code \\uXXXX}, so a message shows what was typed. */
    static String visible(String text) {
        StringBuilder sb = new StringBuilder();
        text.chars().forEach(c -> sb.append(Character.isISOControl(c) ? String.format("\\u%04x", c)
                : String.valueOf((char) c)));
        return sb.toString();
    }

    /** Picocli's message, with what is allowed when picocli does not say it. */
    private static String oneLine(ParameterException ex) {
        CommandLine cmd = ex.getCommandLine();
        String message = ex.getMessage();
        if (ex instanceof CommandLine.UnmatchedArgumentException) {
            CommandSpec spec = cmd.getCommandSpec();
            String allowed = spec.subcommands().isEmpty()
                    ? spec.options().stream().map(o -> o.longestName()).collect(Collectors.joining(", "))
                    : String.join(", ", spec.subcommands().keySet());
            message = message + "; allowed: " + allowed;
        }
        return cmd.getCommandName() + ": " + message.replace(System.lineSeparator(), " ").strip();
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command; allowed: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * The dossier inputs of {@code rate}, {@code replay} and the decision-support commands: dossier files and
     * directories, and results tables ({@code --input}, CSV or XLSX, one product per row, read by
     * {@link org.ocop.rules.audit.ResultsTable}: a bad row is an INVALID result in its place).
     */
    static final class Inputs {

        // Strings, converted in paths(): picocli reports a path it cannot convert as an "unmatched argument" when
        // the positional parameters are optional (as they are beside --input), which would hide the reason.
        @CommandLine.Parameters(paramLabel = "FILE|DIR", arity = "0..*",
                description = "dossier files (.json, or .jsonl with one dossier per line) or directories of them")
        List<String> arguments = new ArrayList<>();

        @Option(names = "--input", paramLabel = "TABLE",
                description = "a results table, .csv (UTF-8, comma or semicolon) or .xlsx, one product per row, "
                        + "columns found by their English or Vietnamese headers (README: Results tables); or a "
                        + "filled scoring workbook, an .xlsx file written by criteria --template --format xlsx and told "
                        + "by its identity sheet, one dossier; may be repeated, read after the FILE|DIR arguments")
        List<Path> tables = new ArrayList<>();

        /** The FILE|DIR arguments as paths; one the platform cannot represent is a usage error. */
        List<Path> paths() {
            List<Path> paths = new ArrayList<>();
            for (String argument : arguments) {
                try {
                    paths.add(Path.of(argument));
                } catch (java.nio.file.InvalidPathException e) {
                    throw new UsageError("Invalid value for positional parameter at index 0..* (FILE|DIR): not a "
                            + "valid path: " + visible(argument) + " (" + e.getReason() + ")");
                }
            }
            return paths;
        }

        /** The files, directories expanded in name order; a missing path is a usage error. */
        List<Path> files() throws java.io.IOException {
            List<Path> paths = paths();
            if (paths.isEmpty()) {
                if (tables.isEmpty()) {
                    throw new UsageError("FILE|DIR", "no input", "(none)", "dossier JSON files or directories "
                            + "holding them, or --input TABLE (.csv or .xlsx)");
                }
                return List.of();
            }
            List<Path> files = new ArrayList<>();
            for (Path path : paths) {
                if (Files.isDirectory(path)) {
                    try (Stream<Path> listing = Files.list(path)) {
                        listing.filter(p -> isDossierFile(p) && Files.isRegularFile(p)).sorted().forEach(files::add);
                    }
                } else if (Files.isRegularFile(path)) {
                    files.add(path);
                } else if (Files.isSymbolicLink(path)) {
                    throw new UsageError("FILE|DIR", "a symbolic link that leads to no file (broken, or a loop)",
                            path.toString(), "dossier JSON files or directories holding them");
                } else {
                    throw new UsageError("FILE|DIR", "no such file or directory", path.toString(),
                            "dossier JSON files or directories holding them");
                }
            }
            if (files.isEmpty()) {
                // nothing to do is almost always a wrong path, not a successful batch of zero
                throw new UsageError("FILE|DIR", "no dossier files (.json, .jsonl) found in", paths.stream()
                        .map(Path::toString).collect(Collectors.joining(", ")), "dossier JSON files or directories "
                        + "holding them");
            }
            return files;
        }

        /**
         * Refuses a batch that held no dossier (only empty or blank JSON-lines files): like a folder without
         * dossier files, zero dossiers is a wrong input, never a batch that passes.
         */
        void requireSome(long dossiers) {
            if (dossiers == 0) {
                throw new UsageError("FILE|DIR", "no dossier in", Stream.concat(arguments.stream(),
                        tables.stream().map(Path::toString)).collect(Collectors.joining(", ")), "at least one dossier: one a .json file, one a line of "
                        + "a .jsonl file");
            }
        }

        /**
         * The dossier sources, read lazily: a JSON-lines file one line at a time, a CSV table one row at a time.
         * Each table's header is read here, so a table that is not one (wrong extension, unknown header, missing
         * column) is a usage error before anything is rated.
         */
        Stream<DossierSource> sources() throws java.io.IOException {
            return sources(null);
        }

        /**
         * {@link #sources()}, each source's citation added to {@code cited} as it is read, in the same order: a
         * table row's {@code source} column ({@code Nguồn}), empty for a dossier file and a row without one. The
         * replays come out in input order, so whoever takes one citation per replay gets the replay's own; the
         * queue holds only the few read ahead by the batch. {@code cited} null: no citations are kept.
         */
        Stream<DossierSource> sources(java.util.Queue<Optional<String>> cited) throws java.io.IOException {
            Stream<DossierSource> all = files().stream().flatMap(p -> p.getFileName().toString().endsWith(".jsonl")
                    ? DossierSource.lines(p) : Stream.of(DossierSource.of(p)));
            if (cited != null) {
                all = all.peek(source -> cited.add(Optional.empty()));
            }
            for (Path table : tables) {
                String name = String.valueOf(table.getFileName()).toLowerCase(java.util.Locale.ROOT);
                if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
                    all.close();
                    throw new UsageError("--input", "not a results table", table.toString(), "a .csv file (UTF-8, "
                            + "comma or semicolon) or an .xlsx workbook, one product per row");
                }
                if (!Files.isRegularFile(table)) {
                    all.close();
                    throw new UsageError("--input", "no such file", table.toString(), "a results table, .csv or "
                            + ".xlsx");
                }
                if (org.ocop.rules.audit.ScoringWorkbook.isScoringWorkbook(table)) {
                    // a council's scoring workbook: one dossier, read now so that a file that is no workbook this
                    // library reads (another format, an unknown version) is a usage error before anything is rated
                    try {
                        all = Stream.concat(all, Stream.of(org.ocop.rules.audit.ScoringWorkbook.read(table)
                                .toSource()));
                    } catch (org.ocop.rules.audit.ScoringWorkbookException e) {
                        all.close();
                        throw new UsageError("--input " + e.getMessage());
                    }
                    continue;
                }
                try {
                    all = Stream.concat(all, cited == null ? org.ocop.rules.audit.ResultsTable.sources(table)
                            : org.ocop.rules.audit.ResultsTable.stream(table).map(row -> {
                                cited.add(row.source());
                                return row.toSource();
                            }));
                } catch (org.ocop.rules.audit.ResultsTableException e) {
                    all.close();
                    throw new UsageError("--input " + e.getMessage());
                }
            }
            return all;
        }

        private static boolean isDossierFile(Path p) {
            String name = p.getFileName().toString();
            return name.endsWith(".json") || name.endsWith(".jsonl");
        }
    }

    /** The named policies of {@code rate} and {@code replay}. */
    static final class Policies {

        /** Council rule presets. */
        enum CouncilPreset { none, tay_ninh }

        @Option(names = "--policy", defaultValue = "DEMOTE",
                description = "what a failed star minimum does: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
        MinimumPolicy policy;

        @Option(names = "--consensus", defaultValue = "ALL_MEMBERS",
                description = "how members combine on a minimum: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
        MinimumConsensus consensus;

        @Option(names = "--council", defaultValue = "none",
                description = "council rules: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
        CouncilPreset council;

        /** Rating engines: both give the same ratings; only their explanations' rule names differ. */
        enum Engine { drools, dmn }

        @Option(names = "--engine", defaultValue = "drools",
                description = "rating engine: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
        Engine engine;

        @Option(names = "--edition", paramLabel = "NAME", description = "sheet edition: "
                + "decision (default: the decision's text) or portal (1048/781: the national scoring portal's "
                + "sheets, to replay portal-scored dossiers); not the data release")
        String edition;

        @Option(names = "--criteria-dir", paramLabel = "DIR", description = "a corrected criteria data edition: a "
                + "directory holding index.json and the files it registers, checked in full before any dossier is "
                + "read (default: the data in this jar)")
        Path criteriaDir;

        Rater rater() {
            Rater base = engine == Engine.dmn ? Rater.using(org.ocop.rules.dmn.DmnRatingEngine.shared())
                    : Rater.standard();
            if (criteriaDir != null) {
                if (engine == Engine.dmn) {
                    throw new UsageError("--criteria-dir", "not with --engine dmn", criteriaDir.toString(),
                            "the drools engine (the default): the DMN models are generated from the bundled criteria "
                                    + "data when the library is built");
                }
                base = base.withCatalogue(CriteriaDir.catalogue(criteriaDir));
            }
            return base.withSettings(RatingSettings.DEFAULTS.withMinimumPolicy(policy)
                    .withConsensus(consensus).withCouncilRules(council == CouncilPreset.tay_ninh
                            ? CouncilRules.tayNinh() : CouncilRules.NONE)
                    .withSheetEdition(edition == null || edition.equals(CriteriaVersion.DECISION_EDITION) ? null
                            : edition));
        }
    }

    @Command(name = "rate",
            description = "Rates dossiers and explains why. Exit 0 when every dossier is RATED, 1 otherwise.")
    static final class Rate implements Callable<Integer> {

        @CommandLine.ParentCommand
        OcopCli cli;

        @CommandLine.Mixin
        Inputs inputs;

        @CommandLine.Mixin
        Policies policies;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        Format format;

        @Option(names = "--criteria", description = "also print each criterion's choices and average (text)")
        boolean criteria;

        @CommandLine.Mixin
        ExplanationOption explanation;

        @CommandLine.Mixin
        CliText.Language language;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
        boolean help;

        @Override
        public Integer call() throws Exception {
            long[] counts = new long[2];
            RatingJson.Explanation explained = explanation.check(format);
            // Rated on all cores in input order, streamed: a batch of any size runs in constant memory.
            try (Stream<Rating> ratings = policies.rater().rateAll(inputs.sources(),
                    Runtime.getRuntime().availableProcessors());
                    Progress progress = cli.progress("rated");
                    RatingJson.Writer json = format == Format.json ? RatingJson.writer(cli.out, language.locale(),
                            explained) : null) {
                ratings.forEachOrdered(rating -> {
                    progress.tick();
                    counts[0]++;
                    if (rating.isRated()) {
                        counts[1]++;
                    }
                    if (json != null) {
                        json.write(rating);
                    } else {
                        cli.out.print(rating.explain(language.locale()));
                        if (criteria && !rating.criteria().isEmpty()) {
                            cli.out.println("  " + language.get("rate.criteria"));
                            cli.out.print(rating.explainCriteria(language.locale()));
                        }
                        cli.out.println();
                    }
                });
            }
            inputs.requireSome(counts[0]);
            if (format == Format.text) {
                cli.out.println(language.get("rate.summary", counts[1], counts[0]));
            }
            return counts[0] == counts[1] ? 0 : 1;
        }
    }

    @Command(name = "replay",
            description = "Re-rates dossiers and compares each with its recorded result, classifying every "
                    + "difference. Exit 0 when every dossier agrees, 1 otherwise.")
    static final class Replay implements Callable<Integer> {

        @CommandLine.ParentCommand
        OcopCli cli;

        @CommandLine.Spec
        CommandSpec spec;

        @CommandLine.Mixin
        Inputs inputs;

        @CommandLine.Mixin
        Policies policies;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        Format format;

        @Option(names = "--report", paramLabel = "FILE", description = "also write a report for people to FILE: "
                + ".html, .pdf (A4) or .xlsx by its extension; in Vietnamese unless --lang en is given. Text output "
                + "then gives way to one line naming the file; JSON output stays")
        Path report;

        @CommandLine.Mixin
        ExplanationOption explanation;

        @CommandLine.Mixin
        CliText.Language language;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
        boolean help;

        @Override
        public Integer call() throws Exception {
            RatingJson.Explanation explained = explanation.check(format);
            // each table row's citation (Nguồn), taken in the replays' order by the report if there is one, else by
            // the text output; JSON alone keeps none (its contract has no citation)
            java.util.Queue<Optional<String>> cited = format == Format.json && report == null ? null
                    : new java.util.concurrent.ConcurrentLinkedQueue<>();
            ReplayReport reportWriter = report == null ? null : reportWriter(cited);
            long[] counts = new long[2];
            try (Stream<org.ocop.rules.Replay> replays = policies.rater().replayAll(inputs.sources(cited),
                    Runtime.getRuntime().availableProcessors());
                    Progress progress = cli.progress("replayed");
                    RatingJson.Writer json = format == Format.json ? RatingJson.writer(cli.out, language.locale(),
                            explained) : null) {
                Stream<org.ocop.rules.Replay> counted = replays.peek(replay -> {
                    progress.tick();
                    counts[0]++;
                    // a dossier without a recorded result has nothing to agree with: it does not count as agreeing
                    if (replay.recorded().isPresent() && replay.agrees()
                            && replay.rating().outcome() != org.ocop.rules.Outcome.INVALID) {
                        counts[1]++;
                    }
                    if (json != null) {
                        json.write(replay);
                    } else if (reportWriter == null) {
                        cli.out.print(replay.explain(language.locale()));
                        cited.remove().ifPresent(source -> cli.out.println(language.get("replay.source", source)));
                        cli.out.println();
                    }
                });
                java.util.Iterator<org.ocop.rules.Replay> each = counted.iterator();
                if (reportWriter == null) {
                    each.forEachRemaining(replay -> { });
                } else if (each.hasNext()) {
                    // streamed: the report holds the summary's counts, never the batch; a batch of no dossier is
                    // refused below without a report file (nor one replaced by an empty report)
                    org.ocop.rules.Replay first = each.next();
                    reportWriter.write(Stream.concat(Stream.of(first), java.util.stream.StreamSupport.stream(
                            java.util.Spliterators.spliteratorUnknownSize(each, java.util.Spliterator.ORDERED),
                            false)), report);
                }
            }
            inputs.requireSome(counts[0]);
            if (reportWriter != null && format == Format.text) {
                cli.out.println(language.get("replay.report", report, counts[0]));
            }
            if (format == Format.text) {
                cli.out.println(language.get("replay.summary", counts[1], counts[0]));
            }
            return counts[0] == counts[1] ? 0 : 1;
        }

        /**
         * The report writer, its file checked before any dossier is read: a wrong extension or folder is a usage
         * error, not a failure after the batch. The report is Vietnamese unless {@code --lang} is given, as the
         * councils and auditors who read it do; the CLI's own lines keep English as their default.
         */
        private ReplayReport reportWriter(java.util.Queue<Optional<String>> cited) {
            try {
                ReplayReport.Format.of(report);
            } catch (IllegalArgumentException e) {
                throw new UsageError("--report", "not a report format", report.toString(),
                        "a file ending in .html, .pdf or .xlsx");
            }
            if (Files.isDirectory(report)) {
                throw new UsageError("--report", "a directory, not a file", report.toString(),
                        "a file ending in .html, .pdf or .xlsx");
            }
            Path folder = report.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new UsageError("--report", "no such directory", String.valueOf(report.getParent()),
                        "a file in an existing directory");
            }
            boolean asked = spec.commandLine().getParseResult().hasMatchedOption("--lang");
            ReplayReport.Builder builder = ReplayReport.builder()
                    .locale(asked ? language.locale() : Locale.forLanguageTag("vi"));
            if (cited != null) {
                builder.sources(replay -> cited.remove());
            }
            return builder.build();
        }
    }

    @Command(name = "validate",
            description = "Checks dossier files against the dossier JSON Schema only. Exit 0 when all conform.")
    static final class Validate implements Callable<Integer> {

        @CommandLine.ParentCommand
        OcopCli cli;

        @CommandLine.Mixin
        Inputs inputs;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        Format format;

        @CommandLine.Mixin
        CliText.Language language;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
        boolean help;

        @Override
        public Integer call() throws Exception {
            List<Path> files = inputs.files();
            java.util.Locale locale = language.locale();
            DossierSchemaCheck check = new DossierSchemaCheck();
            com.fasterxml.jackson.databind.node.ArrayNode results = cli.mapper.createArrayNode();
            int failing = 0;
            for (Path file : files) {
                String name = String.valueOf(file.getFileName());
                List<org.ocop.rules.Problem> problems;
                try {
                    // decoded as the reader decodes (UTF-8, byte-order mark skipped): other encodings are problems
                    problems = check.check(DossierReader.readText(file), name);
                } catch (DossierFormatException e) {
                    problems = List.of(e.toProblem());
                } catch (java.io.UncheckedIOException e) {
                    // gone or unreadable since it was listed: this file's problem, not the end of the run
                    problems = List.of(new org.ocop.rules.Problem("file " + name, "cannot be read",
                            String.valueOf(e.getCause()), "a readable UTF-8 JSON file"));
                }
                if (!problems.isEmpty()) {
                    failing++;
                }
                if (format == Format.json) {
                    com.fasterxml.jackson.databind.node.ObjectNode result = results.addObject();
                    result.put("file", name);
                    result.put("valid", problems.isEmpty());
                    com.fasterxml.jackson.databind.node.ArrayNode list = result.putArray("problems");
                    problems.forEach(p -> list.addObject().put("message", p.message(locale))
                            .put("where", p.where(locale)).put("problem", p.problem(locale))
                            .put("value", p.value(locale))
                            .put("allowed", p.allowed(locale)));
                } else if (problems.isEmpty()) {
                    cli.out.println(language.get("validate.valid", name));
                } else {
                    problems.forEach(p -> cli.out.println(p.message(locale)));
                }
            }
            if (format == Format.json) {
                cli.out.println(cli.mapper.writeValueAsString(results));
            } else {
                cli.out.println(language.get("validate.summary", files.size() - failing, files.size()));
            }
            return failing == 0 ? 0 : 1;
        }
    }

    /** Where results go (for the commands of other classes). */
    PrintStream out() {
        return out;
    }

    /** A progress line on stderr, only for an interactive terminal and only once a batch takes over a second. */
    Progress progress(String verb) {
        return new Progress(interactive ? err : null, verb);
    }

    /** A bad argument found after parsing, such as an unknown version id. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String argument, String problem, String value, String allowed) {
            super(argument + ": " + problem + ": " + value + "; allowed: " + allowed);
        }

        /** A bad argument whose message is given whole, such as a criteria data error in its file's own form. */
        UsageError(String message) {
            super(message);
        }
    }

    @Command(name = "versions",
            description = "Lists the criteria versions, oldest first, with their validity and data edition.")
    static final class Versions implements Callable<Integer> {

        @CommandLine.ParentCommand
        OcopCli cli;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        Format format;

        @CommandLine.Mixin
        CliText.Language language;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
        boolean help;

        @Override
        public Integer call() throws Exception {
            List<CriteriaVersion> versions = cli.catalogue.versions();
            if (format == Format.json) {
                cli.out.println(CriteriaJson.writeVersions(versions));
            } else {
                CriteriaViews.versionsText(cli.out, versions, language.lang);
            }
            return 0;
        }
    }

    @Command(name = "criteria",
            description = {"Lists the scoreable criteria and options of a version's product sets.",
                    "With --format json: the criteria contract a scoring form is built from (every class, group and "
                            + "set, with which sheet editions have its sheet; each sheet's parts, headings and criteria "
                            + "with their caps, select, onlyIf, cases, notes, options and star markers, knock-out "
                            + "rules, anomalies and provenance), as CriteriaJson writes it; its JSON Schema is "
                            + "org/ocop/rules/criteria.schema.json in the core jar."})
    static final class Criteria implements Callable<Integer> {

        @CommandLine.ParentCommand
        OcopCli cli;

        @Option(names = "--version", paramLabel = "ID", description = "criteria version id, see `ocop versions`")
        String version;

        @Option(names = "--set", paramLabel = "CODE", description = "one product set, for example I.1.a")
        String set;

        /** Output formats of {@code criteria}: xlsx is the scoring workbook of {@code --template}. */
        enum CriteriaFormat { text, json, xlsx }

        @Option(names = "--format", defaultValue = "text", description = "text, json (the criteria contract) or, with "
                + "--template, xlsx: the set's scoring workbook, one column per member, written to --output "
                + "(default: ${DEFAULT-VALUE})")
        CriteriaFormat format;

        @Option(names = "--output", paramLabel = "FILE", description = "with --format xlsx: the workbook file to "
                + "write, ending in .xlsx; its folder must exist; an existing file is replaced")
        Path output;

        @Option(names = "--members", paramLabel = "NAMES|N", description = "with --format xlsx: the members' names "
                + "separated by commas (\"Nguyễn Văn An,Trần Thị Bình\"), one column each, or a number of columns "
                + "to name in the workbook, 1 to 30 (default: 5)")
        String members;

        @Option(names = "--template", description = "print an empty dossier of --set to fill in: each choice "
                + "lists its allowed option ids, to be replaced by one (with --format xlsx: the council's scoring "
                + "workbook)")
        boolean template;

        @Option(names = "--totals", description = "with --template: a totals-only dossier (memberTotals instead of "
                + "sheets), for any set of any version")
        boolean totals;

        @Option(names = "--edition", paramLabel = "NAME",
                description = "sheet edition (default: decision); see `ocop versions`")
        String edition;

        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        CliText.Language language;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
        boolean help;

        @Override
        public Integer call() throws Exception {
            String ids = cli.catalogue.versions().stream().map(CriteriaVersion::id).collect(Collectors.joining(", "));
            if (version == null) {
                throw new UsageError("--version", "missing", "(none)", ids);
            }
            CriteriaVersion found = cli.catalogue.findVersion(version)
                    .orElseThrow(() -> new UsageError("--version", "unknown criteria version", version, ids));
            if (edition != null && !found.sheetEditions().contains(edition)) {
                throw new UsageError("--edition", "no sheet edition of " + found.id() + " with this name", edition,
                        String.join(", ", found.sheetEditions()));
            }
            CriteriaVersion v = edition == null ? found : found.withSheetEdition(edition);
            checkWorkbookOptions();
            if (totals) {
                return totalsTemplate(v);
            }
            if (v.setsWithSheets().isEmpty()) {
                String withSheets = cli.catalogue.versions().stream().filter(x -> !x.setsWithSheets().isEmpty())
                        .map(CriteriaVersion::id).collect(Collectors.joining(", "));
                throw new UsageError("--version", "no scoring sheets are in the data for this version yet", version,
                        withSheets);
            }
            List<ProductSet> sets;
            if (set == null) {
                sets = v.productSets().stream().filter(ProductSet::hasSheet).toList();
            } else {
                if (v.productSets().stream().noneMatch(p -> p.code().equals(set) && p.hasSheet())) {
                    throw new UsageError("--set", "no scoring sheet in " + v.id() + (edition == null ? ""
                            : " (sheet edition " + v.sheetEdition() + ")") + " for product set", set,
                            String.join(", ", v.setsWithSheets()));
                }
                sets = List.of(v.productSet(set));
            }
            if (template) {
                if (set == null) {
                    throw new UsageError("--template", "needs one product set", "(no --set)",
                            "--set CODE, one of " + String.join(", ", v.setsWithSheets()));
                }
                if (format == CriteriaFormat.xlsx) {
                    return workbook(v, sets.get(0));
                }
                cli.out.println(cli.mapper.writeValueAsString(CriteriaViews.template(cli.mapper, v, sets.get(0))));
            } else if (format == CriteriaFormat.json) {
                // the library's contract, so the CLI and a program print the same bytes
                cli.out.println(set == null ? CriteriaJson.write(v) : CriteriaJson.write(v, set));
            } else {
                CriteriaViews.criteriaText(cli.out, v, sets, language.lang);
            }
            return 0;
        }

        /** A workbook is for a Vietnamese council: Vietnamese unless {@code --lang} is given. */
        private boolean languageAsked() {
            return spec.commandLine().getParseResult().hasMatchedOption("--lang");
        }

        /**
         * The options that only make sense for a workbook, and a workbook's needs, checked before anything is
         * written: a binary workbook never goes to a terminal, so it needs {@code --output}.
         */
        private void checkWorkbookOptions() {
            if (format != CriteriaFormat.xlsx) {
                if (output != null) {
                    throw new UsageError("--output", "only with --template --format xlsx (text and JSON go to "
                            + "standard output)", output.toString(), "--template --format xlsx --output FILE.xlsx");
                }
                if (members != null) {
                    throw new UsageError("--members", "only with --template --format xlsx", members,
                            "--template --format xlsx --members \"An,Bình\"");
                }
                return;
            }
            if (!template) {
                throw new UsageError("--format", "xlsx is the scoring workbook of --template", "xlsx",
                        "--template --set CODE --format xlsx --output FILE.xlsx, or --format text|json");
            }
            if (totals) {
                throw new UsageError("--totals", "not with --format xlsx (a workbook is marked option by option)",
                        "--totals", "--template --totals for a JSON totals-only dossier");
            }
            if (output == null) {
                throw new UsageError("--format xlsx", "a workbook is binary and is not written to standard output",
                        "(no --output)", "--output FILE.xlsx");
            }
            if (!String.valueOf(output.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                throw new UsageError("--output", "not an .xlsx file", output.toString(), "a file ending in .xlsx");
            }
            if (Files.isDirectory(output)) {
                throw new UsageError("--output", "a directory, not a file", output.toString(),
                        "a file ending in .xlsx");
            }
            Path folder = output.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new UsageError("--output", "no such directory", String.valueOf(output.getParent()),
                        "a file in an existing directory");
            }
        }

        /** {@code --template --format xlsx}: the set's scoring workbook, written to {@code --output}. */
        private Integer workbook(CriteriaVersion v, ProductSet productSet) throws Exception {
            org.ocop.rules.audit.ScoringWorkbook.Builder builder = org.ocop.rules.audit.ScoringWorkbook
                    .builder(v, productSet.code());
            if (members != null) {
                String given = members.strip();
                if (given.matches("\\d+")) {
                    int count = given.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(given);
                    if (count < 1 || count > org.ocop.rules.audit.ScoringWorkbook.MAX_MEMBERS) {
                        throw new UsageError("--members", "not a number of members from 1 to "
                                + org.ocop.rules.audit.ScoringWorkbook.MAX_MEMBERS, members,
                                "names separated by commas (\"An,Bình\") or a number from 1 to "
                                        + org.ocop.rules.audit.ScoringWorkbook.MAX_MEMBERS);
                    }
                    builder.memberCount(count);
                } else {
                    List<String> names = List.of(given.split(",", -1));
                    if (names.stream().anyMatch(String::isBlank)) {
                        throw new UsageError("--members", "a blank name", members, "names separated by commas, "
                                + "none blank (\"An,Bình\"), or a number of columns from 1 to "
                                + org.ocop.rules.audit.ScoringWorkbook.MAX_MEMBERS);
                    }
                    try {
                        builder.members(names);
                    } catch (IllegalArgumentException e) {
                        throw new UsageError("--" + e.getMessage());
                    }
                }
            }
            org.ocop.rules.audit.ScoringWorkbook workbook = builder
                    .locale(languageAsked() ? language.locale() : Locale.forLanguageTag("vi")).build();
            workbook.write(output);
            cli.out.println(language.get("criteria.workbook", output, v.id()
                    + (v.sheetEdition().equals(CriteriaVersion.DECISION_EDITION) ? ""
                    : language.get("criteria.workbook.edition", v.sheetEdition())), productSet.code(),
                    workbook.members().size()));
            return 0;
        }

        /** {@code --template --totals}: needs no sheet, so every set of every version has one. */
        private Integer totalsTemplate(CriteriaVersion v) throws Exception {
            if (!template) {
                throw new UsageError("--totals", "only with --template", "--totals", "--template --totals --set CODE");
            }
            List<String> codes = v.productSets().stream().map(ProductSet::code).toList();
            if (set == null) {
                throw new UsageError("--template", "needs one product set", "(no --set)", codes.isEmpty()
                        ? "--set CODE (the classification of " + v.id() + " is not in the data: not checked)"
                        : "--set CODE, one of " + String.join(", ", codes));
            }
            if (!codes.isEmpty() && !codes.contains(set)) {
                throw new UsageError("--set", "unknown product set in " + v.id(), set, String.join(", ", codes));
            }
            cli.out.println(cli.mapper.writeValueAsString(CriteriaViews.totalsTemplate(cli.mapper, v, set)));
            return 0;
        }
    }
}
