package org.ocop.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.ocop.rules.Outcome;
import org.ocop.rules.advice.Advisor;
import org.ocop.rules.advice.PlanAdvice;
import org.ocop.rules.advice.PlanRequest;
import org.ocop.rules.advice.Robustness;
import org.ocop.rules.advice.VersionImpact;
import org.ocop.rules.json.AdviceJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The decision-support commands of {@code ocop}: {@code plan}, {@code robustness} and {@code compare-versions}. */
final class AdviceCommands {

    private AdviceCommands() {
    }

    /**
     * Prints each result as it comes, as text or as one JSON array written element by element, so a long batch is
     * never held; then, in text, the summary line of the CLI text {@code summary} ({@code <fine> of <all> …}).
     *
     * @return 0 when every result is fine, 1 otherwise
     */
    private static <T> int report(OcopCli cli, OcopCli.Format format, CliText.Language language, Stream<T> results,
            Predicate<T> fine, BiFunction<T, Locale, String> explain, BiConsumer<AdviceJson.Writer, T> json,
            String summary) {
        long[] counts = new long[2];
        try (results; AdviceJson.Writer writer = format == OcopCli.Format.json
                ? AdviceJson.writer(cli.out(), language.locale()) : null) {
            results.forEachOrdered(result -> {
                counts[0]++;
                counts[1] += fine.test(result) ? 1 : 0;
                if (writer != null) {
                    json.accept(writer, result);
                } else {
                    cli.out().print(explain.apply(result, language.locale()));
                    cli.out().println();
                }
            });
        }
        if (format != OcopCli.Format.json) {
            cli.out().println(language.get(summary, counts[1], counts[0]));
        }
        return counts[1] == counts[0] ? 0 : 1;
    }

    @Command(name = "plan",
            description = "The smallest sets of option changes that reach the next star (fewest criteria, then fewest "
                    + "points), each confirmed by rating. Exit 0 when every dossier has a plan, 1 otherwise.")
    static final class Plan implements Callable<Integer> {

        @CommandLine.ParentCommand
        OcopCli cli;

        @CommandLine.Mixin
        OcopCli.Inputs inputs;

        @CommandLine.Mixin
        OcopCli.Policies policies;

        @Option(names = "--target-star", paramLabel = "N",
                description = "the star to reach, 1 to 5 (default: the next star above the rated one)")
        Integer targetStar;

        @Option(names = "--fixed", paramLabel = "CODES", split = ",",
                description = "criteria the producer cannot change, for example 1.1,3.1")
        List<String> fixed = new ArrayList<>();

        @Option(names = "--max-plans", paramLabel = "N", defaultValue = "3",
                description = "plans to show per dossier, 1 to 100 (default: ${DEFAULT-VALUE})")
        int maxPlans;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        OcopCli.Format format;

        @CommandLine.Mixin
        CliText.Language language;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
        boolean help;

        @Override
        public Integer call() throws Exception {
            PlanRequest request = request();
            try {
                return report(cli, format, language, Advisor.of(policies.rater()).planAll(inputs.sources(), request,
                        Runtime.getRuntime().availableProcessors()), advice -> !advice.plans().isEmpty(),
                        PlanAdvice::explain, AdviceJson.Writer::write, "plan.summary");
            } catch (IllegalArgumentException e) {
                // a fixed criterion that is not on a dossier's sheet: the message names dossier, code and sheet
                throw new OcopCli.UsageError("--fixed", "criterion not on the sheet", e.getMessage(),
                        "criterion codes of the dossier's sheet");
            }
        }

        private PlanRequest request() {
            try {
                return new PlanRequest(targetStar == null ? OptionalInt.empty() : OptionalInt.of(targetStar),
                        Set.copyOf(fixed.stream().map(String::strip).filter(c -> !c.isEmpty()).toList()), maxPlans);
            } catch (IllegalArgumentException e) {
                String option = e.getMessage().startsWith("target") ? "--target-star" : "--max-plans";
                String message = e.getMessage();
                int colon = message.indexOf(": ");
                int allowed = message.indexOf("; allowed: ");
                throw new OcopCli.UsageError(option, "out of range", message.substring(colon + 2, allowed),
                        message.substring(allowed + "; allowed: ".length()));
            }
        }
    }

    @Command(name = "robustness",
            description = "How each result moves without any one member's sheet, with every total moved by ±0.5 or "
                    + "±1 point, and against a spread limit. Exit 0 when every dossier was analysed within the "
                    + "limit, 1 otherwise.")
    static final class Robustness implements Callable<Integer> {

        @CommandLine.ParentCommand
        OcopCli cli;

        @CommandLine.Mixin
        OcopCli.Inputs inputs;

        @CommandLine.Mixin
        OcopCli.Policies policies;

        @Option(names = "--max-spread", paramLabel = "N",
                description = "the largest spread of member totals allowed (default: the council rules', if any)")
        Integer maxSpread;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        OcopCli.Format format;

        @CommandLine.Mixin
        CliText.Language language;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
        boolean help;

        @Override
        public Integer call() throws Exception {
            if (maxSpread != null && maxSpread < 0) {
                throw new OcopCli.UsageError("--max-spread", "negative", String.valueOf(maxSpread), "0 or more points");
            }
            return report(cli, format, language, Advisor.of(policies.rater()).robustnessAll(inputs.sources(),
                    maxSpread == null ? OptionalInt.empty() : OptionalInt.of(maxSpread),
                    Runtime.getRuntime().availableProcessors()),
                    rob -> rob.reason().isEmpty() && !rob.spread().orElseThrow().breached(),
                    org.ocop.rules.advice.Robustness::explain, AdviceJson.Writer::write, "robustness.summary");
        }
    }

    @Command(name = "compare-versions",
            description = "The product rated under every criteria version and sheet edition that has its set (sets "
                    + "followed by the set mapping; where the sheets differ the members' totals are carried), with "
                    + "what changes and why. Exit 0 when every dossier was compared, 1 otherwise (unreadable, "
                    + "INVALID under its own version).")
    static final class CompareVersions implements Callable<Integer> {

        @CommandLine.ParentCommand
        OcopCli cli;

        @CommandLine.Mixin
        OcopCli.Inputs inputs;

        @CommandLine.Mixin
        OcopCli.Policies policies;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        OcopCli.Format format;

        @CommandLine.Mixin
        CliText.Language language;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
        boolean help;

        @Override
        public Integer call() throws Exception {
            return report(cli, format, language, Advisor.of(policies.rater()).compareVersionsAll(inputs.sources(),
                    Runtime.getRuntime().availableProcessors()),
                    impact -> impact.reason().isEmpty() && impact.baseline().outcome() != Outcome.INVALID,
                    VersionImpact::explain, AdviceJson.Writer::write, "compare.summary");
        }
    }
}
