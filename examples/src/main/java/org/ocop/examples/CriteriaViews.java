package org.ocop.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * The {@code versions} and {@code criteria} outputs of the CLI, as text for people and as JSON for programs.
 *
 * <p>The JSON shapes are a public contract documented in docs/reference/json.md: fields are only ever added, never renamed or
 * removed, and option ids are stable across data editions.
 */
final class CriteriaViews {

    private CriteriaViews() {
    }

    static ObjectNode versionsJson(ObjectMapper mapper, List<CriteriaVersion> versions) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode array = root.putArray("versions");
        for (CriteriaVersion v : versions) {
            ObjectNode node = array.addObject();
            node.put("id", v.id());
            node.put("decision", v.decision().number());
            node.put("inForceFrom", v.inForceFrom().toString());
            node.put("inForceUntil", v.supersededOn().map(d -> d.minusDays(1).toString()).orElse(null));
            node.put("lapsesAfter", v.lapsesAfter().map(Object::toString).orElse(null));
            node.put("edition", v.edition());
            ArrayNode sets = node.putArray("setsWithSheets");
            v.setsWithSheets().forEach(sets::add);
            node.put("starMinimums", v.starMinimums().kind().name());
            node.put("basedOn", v.basedOn().orElse(null));
            ArrayNode editions = node.putArray("sheetEditions");
            for (String name : v.sheetEditions()) {
                CriteriaVersion e = v.withSheetEdition(name);
                ObjectNode en = editions.addObject();
                en.put("name", name);
                ArrayNode with = en.putArray("setsWithSheets");
                e.setsWithSheets().forEach(with::add);
                ArrayNode without = en.putArray("setsWithoutSheets");
                e.productSets().stream().filter(p -> !p.hasSheet()).forEach(p -> without.add(p.code()));
                ArrayNode sheets = en.putArray("sheets");
                for (String code : e.setsWithSheets()) {
                    ScoringSheet sheet = e.sheet(code);
                    ObjectNode sn = sheets.addObject();
                    sn.put("set", code);
                    sn.put("status", sheet.status().tag());
                    sn.put("reachableMaxPoints", sheet.reachableMaxPoints());
                    anomalies(sn.putArray("anomalies"), sheet);
                }
            }
        }
        return root;
    }

    private static void anomalies(ArrayNode array, ScoringSheet sheet) {
        for (Anomaly a : sheet.anomalies()) {
            array.addObject().put("at", a.at().orElse(null)).put("kind", a.kind().name()).put("printed", a.printed())
                    .put("reading", a.reading()).put("status", a.status().tag());
        }
    }

    /** The sets of one sheet edition grouped by the status of their sheets, then the sets without a sheet. */
    private static String sheetSummary(CriteriaVersion e) {
        Map<String, List<String>> byStatus = new LinkedHashMap<>();
        for (String code : e.setsWithSheets()) {
            byStatus.computeIfAbsent(e.sheet(code).status().tag(), k -> new ArrayList<>()).add(code);
        }
        List<String> parts = new ArrayList<>();
        byStatus.forEach((status, codes) -> parts.add(status + " " + codes.size() + " (" + String.join(", ", codes)
                + ")"));
        List<String> without = e.productSets().stream().filter(p -> !p.hasSheet()).map(ProductSet::code).toList();
        if (!without.isEmpty()) {
            parts.add("no sheet " + without.size() + " (" + String.join(", ", without) + ")");
        }
        return parts.isEmpty() ? "no sheets yet" : String.join("; ", parts);
    }

    static void versionsText(PrintStream out, List<CriteriaVersion> versions) {
        out.printf("%-12s %-16s %-10s %-10s %-8s %s%n", "ID", "DECISION", "FROM", "UNTIL", "EDITION", "SHEETS");
        for (CriteriaVersion v : versions) {
            out.printf("%-12s %-16s %-10s %-10s %-8s %s%n", v.id(), v.decision().number(), v.inForceFrom(),
                    v.supersededOn().map(d -> d.minusDays(1).toString()).orElse("-"), v.edition(),
                    v.setsWithSheets().isEmpty() ? "none yet" : v.setsWithSheets().size() + " sets");
            v.lapsesAfter().ifPresent(d -> out.printf("%-12s dossiers under it lapse after %s%n", "", d));
            v.basedOn().ifPresent(b -> out.printf("%-12s amends %s: its classification and sheets, with what %s "
                    + "changed%n", "", b, v.decision().number()));
            out.printf("%-12s star minimums: %s%n", "", v.starMinimums().kind());
            for (String name : v.sheetEditions()) {
                CriteriaVersion e = v.withSheetEdition(name);
                out.printf("%-12s sheet edition %s: %s%n", "", name, sheetSummary(e));
                for (String code : e.setsWithSheets()) {
                    ScoringSheet sheet = e.sheet(code);
                    for (Anomaly a : sheet.anomalies()) {
                        out.printf("%-14s %s %s at %s: %s%n", "", code, a.kind(), a.at().orElse("sheet"),
                                a.printed());
                    }
                }
            }
        }
    }

    static ObjectNode criteriaJson(ObjectMapper mapper, CriteriaVersion version, List<ProductSet> sets) {
        ObjectNode root = mapper.createObjectNode();
        root.put("version", version.id());
        root.put("edition", version.edition());
        root.put("sheetEdition", version.sheetEdition());
        ArrayNode array = root.putArray("productSets");
        for (ProductSet set : sets) {
            ScoringSheet sheet = set.sheet().orElseThrow();
            ObjectNode node = array.addObject();
            node.put("code", set.code());
            node.put("name", set.name());
            node.put("class", set.classCode());
            node.put("className", set.className());
            node.put("group", set.groupCode());
            node.put("groupName", set.groupName());
            node.put("sheetStatus", sheet.status().tag());
            node.put("sheetSource", sheet.provenance().toString());
            node.put("reachableMaxPoints", sheet.reachableMaxPoints());
            anomalies(node.putArray("anomalies"), sheet);
            ArrayNode criteria = node.putArray("criteria");
            for (Criterion c : sheet.criteria()) {
                ObjectNode cn = criteria.addObject();
                cn.put("code", c.code());
                cn.put("part", c.part().name());
                cn.put("label", c.label());
                cn.put("maxPoints", c.maxPoints());
                ArrayNode options = cn.putArray("options");
                for (Option o : c.options()) {
                    ObjectNode on = options.addObject();
                    on.put("id", o.id());
                    on.put("points", o.points());
                    if (o.minStars().isPresent()) {
                        on.put("minStars", o.minStars().getAsInt());
                    } else {
                        on.putNull("minStars");
                    }
                    on.put("text", o.text());
                    on.put("minStarsSource", o.minStarsSource().map(Object::toString).orElse(null));
                }
            }
        }
        return root;
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

    static void criteriaText(PrintStream out, CriteriaVersion version, List<ProductSet> sets) {
        out.printf("%s — %s, data edition %s, sheet edition %s%n", version.id(), version.decision().number(),
                version.edition(), version.sheetEdition());
        for (ProductSet set : sets) {
            ScoringSheet sheet = set.sheet().orElseThrow();
            out.printf("%n%s  %s  (class %s, group %s; %s, %s)%n", set.code(), set.name(), set.classCode(),
                    set.groupCode(), sheet.provenance(), sheet.status().tag());
            for (Anomaly a : sheet.anomalies()) {
                out.printf("  anomaly %s at %s: %s — %s (%s)%n", a.kind(), a.at().orElse("sheet"), a.printed(),
                        a.reading(), a.status().tag());
            }
            for (Criterion c : sheet.criteria()) {
                out.printf("  %s %-7s %s  [max %d]%n", c.part(), c.code(), c.label(), c.maxPoints());
                for (Option o : c.options()) {
                    String marker = o.minStars().isPresent() ? "*".repeat(o.minStars().getAsInt()) : "";
                    out.printf("      %-9s %3d %-5s %s%s%n", o.id(), o.points(), marker, o.text(),
                            o.minStarsSource().map(src -> "  [minimum: " + src + ", " + src.status().tag() + "]")
                                    .orElse(""));
                }
            }
        }
    }
}
