package org.ocop.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocop.rules.criteria.Anomaly;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.ProductSet;
import org.ocop.rules.criteria.ScoringSheet;

/**
 * The {@code versions} and {@code criteria} outputs of the CLI as text for people, and the dossier templates of
 * {@code criteria --template}. Their JSON for programs is the library's ({@link org.ocop.rules.json.CriteriaJson}),
 * so the CLI and a program print the same bytes.
 */
final class CriteriaViews {

    private CriteriaViews() {
    }

    /** The sets of one sheet edition grouped by the status of their sheets, then the sets without a sheet. */
    private static String sheetSummary(CriteriaVersion e, CliText.Lang lang) {
        Map<String, List<String>> byStatus = new LinkedHashMap<>();
        for (String code : e.setsWithSheets()) {
            byStatus.computeIfAbsent(e.sheet(code).status().tag(), k -> new ArrayList<>()).add(code);
        }
        List<String> parts = new ArrayList<>();
        byStatus.forEach((status, codes) -> parts.add(CliText.get(lang, "versions.sheets.status", status,
                codes.size(), String.join(", ", codes))));
        List<String> without = e.productSets().stream().filter(p -> !p.hasSheet()).map(ProductSet::code).toList();
        if (!without.isEmpty()) {
            parts.add(CliText.get(lang, "versions.sheets.without", without.size(), String.join(", ", without)));
        }
        return parts.isEmpty() ? CliText.get(lang, "versions.sheets.noneYet") : String.join("; ", parts);
    }

    /**
     * The versions, oldest first, one row each with their notes below. The columns are as wide as the English
     * ones were, or wider where a heading in the language asked for is longer.
     */
    static void versionsText(PrintStream out, List<CriteriaVersion> versions, CliText.Lang lang) {
        String[] headings = {CliText.get(lang, "versions.column.id"), CliText.get(lang, "versions.column.decision"),
            CliText.get(lang, "versions.column.from"), CliText.get(lang, "versions.column.until"),
            CliText.get(lang, "versions.column.edition"), CliText.get(lang, "versions.column.sheets")};
        int[] widths = {12, 16, 10, 10, 8};
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], headings[i].length());
        }
        String row = "%-" + widths[0] + "s %-" + widths[1] + "s %-" + widths[2] + "s %-" + widths[3] + "s %-"
                + widths[4] + "s %s%n";
        String note = "%-" + widths[0] + "s %s%n";
        out.printf(row, (Object[]) headings);
        for (CriteriaVersion v : versions) {
            out.printf(row, v.id(), v.decision().number(), v.inForceFrom(),
                    v.supersededOn().map(d -> d.minusDays(1).toString()).orElse("-"), v.edition(),
                    v.setsWithSheets().isEmpty() ? CliText.get(lang, "versions.sets.noneYet")
                            : CliText.get(lang, "versions.sets", v.setsWithSheets().size()));
            v.lapsesAfter().ifPresent(d -> out.printf(note, "", CliText.get(lang, "versions.lapses", d)));
            v.basedOn().ifPresent(b -> out.printf(note, "", CliText.get(lang, "versions.amends", b,
                    v.decision().number())));
            out.printf(note, "", CliText.get(lang, "versions.starMinimums", CliText.name(lang,
                    v.starMinimums().kind())));
            for (String name : v.sheetEditions()) {
                CriteriaVersion e = v.withSheetEdition(name);
                out.printf(note, "", CliText.get(lang, "versions.sheetEdition", name, sheetSummary(e, lang)));
                for (String code : e.setsWithSheets()) {
                    ScoringSheet sheet = e.sheet(code);
                    for (Anomaly a : sheet.anomalies()) {
                        out.printf("%-" + (widths[0] + 2) + "s %s%n", "", CliText.get(lang, "versions.anomaly", code,
                                CliText.name(lang, a.kind()), where(a, lang), a.printed()));
                    }
                }
            }
        }
    }

    /** Where an anomaly is printed: its criterion or heading, or the whole sheet. */
    private static String where(Anomaly a, CliText.Lang lang) {
        return a.at().orElse(CliText.get(lang, "anomaly.sheet"));
    }

    /**
     * An empty dossier of the set to fill in: every scoreable criterion, its value the allowed option ids joined
     * by {@code " | "} (to be replaced by the one chosen; on a checklist criterion by the list of the ids ticked),
     * and the optional fields present as {@code null}. Read unfilled, it fails with messages naming each criterion
     * and its allowed ids.
     */
    static ObjectNode template(ObjectMapper mapper, CriteriaVersion version, ProductSet set) {
        ScoringSheet sheet = set.sheet().orElseThrow();
        ObjectNode root = head(mapper, version, set.code());
        ObjectNode member = root.putArray("sheets").addObject();
        member.put("member", "");
        ObjectNode choices = member.putObject("choices");
        for (Criterion c : sheet.criteria()) {
            String allowed = c.select() == Criterion.Select.ANY
                    ? "a list of the ids ticked of " + String.join(" | ", c.optionIds()) + ", [] when none"
                    : String.join(" | ", c.optionIds());
            choices.put(c.code(), c.onlyIf().map(when -> allowed + " (leave out when " + when.criterion() + " is "
                    + String.join(" or ", when.notChosen()) + ")").orElse(allowed));
        }
        root.putNull("recorded");
        return root;
    }

    /**
     * An empty totals-only dossier of the set: {@code "memberTotals"} (each member's total, whole points from 0 to
     * 100) instead of sheets, for any set of any version. Read unfilled, it fails naming the empty list.
     */
    static ObjectNode totalsTemplate(ObjectMapper mapper, CriteriaVersion version, String set) {
        ObjectNode root = head(mapper, version, set);
        root.putArray("memberTotals");
        root.putNull("recorded");
        return root;
    }

    private static ObjectNode head(ObjectMapper mapper, CriteriaVersion version, String set) {
        ObjectNode root = mapper.createObjectNode();
        root.put("id", "");
        root.put("productName", "");
        root.put("producer", "");
        root.put("productSet", set);
        root.put("submittedOn", "YYYY-MM-DD");
        root.put("criteriaVersion", version.id());
        root.putNull("level");
        root.putNull("ratedOn");
        root.putNull("council");
        root.putArray("findings");
        return root;
    }

    /** The criteria and options of the sets, as the sheets print them (the data's words in every language). */
    static void criteriaText(PrintStream out, CriteriaVersion version, List<ProductSet> sets, CliText.Lang lang) {
        out.println(CliText.get(lang, "criteria.header", version.id(), version.decision().number(),
                version.edition(), version.sheetEdition()));
        for (ProductSet set : sets) {
            ScoringSheet sheet = set.sheet().orElseThrow();
            out.println();
            out.println(CliText.get(lang, "criteria.set", set.code(), set.name(), set.classCode(), set.groupCode(),
                    sheet.provenance(), sheet.status().tag()));
            for (Anomaly a : sheet.anomalies()) {
                out.println("  " + CliText.get(lang, "criteria.anomaly", CliText.name(lang, a.kind()), where(a, lang),
                        a.printed(), a.reading(), a.status().tag()));
            }
            for (Criterion c : sheet.criteria()) {
                out.printf("  %s %-7s %s  %s%n", c.part(), c.code(), c.label(), CliText.get(lang, "criteria.max",
                        c.maxPoints()));
                for (Option o : c.options()) {
                    String marker = o.minStars().isPresent() ? "*".repeat(o.minStars().getAsInt()) : "";
                    out.printf("      %-9s %3d %-5s %s%s%n", o.id(), o.points(), marker, o.text(),
                            o.minStarsSource().map(src -> "  " + CliText.get(lang, "criteria.minimumSource", src,
                                    src.status().tag())).orElse(""));
                }
            }
        }
    }
}
