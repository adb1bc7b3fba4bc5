package org.ocop.rules.criteria;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ocop.rules.criteria.CriteriaFileFormat.Text;

/**
 * The minimum-requirements table of a version whose star minimums are {@link StarMinimums.Kind#PARTIAL} (781/QĐ-TTg,
 * Phụ lục II mục 6: known only in part): checked against the version's classification, compiled to
 * {@link StarMinimums}, and put on each sheet as star markers on the options each requirement was mapped to.
 */
final class MinimumTable {
    /** Star levels a minimum-requirements table may bind (781 sets a 2★ minimum; 1★ needs none). */
    private static final Set<Integer> TABLE_STARS = Set.of(2, 3, 4, 5);

    private MinimumTable() {
    }

    /**
     * Checks the minimum-requirements table against the classification and compiles it.
     *
     * @param c the version file's checker
     * @param t the table as written
     * @param statement the version's star-minimum statement
     * @param sets the version's product sets
     */
    static StarMinimums compile(Checker c, CriteriaFileFormat.MinimumRequirements t, SourcedText statement,
            List<ProductSet> sets) {
        String p = "$.minimumRequirements";
        Set<String> codes = new HashSet<>();
        sets.forEach(set -> codes.add(set.code()));
        String allowedSets = sets.stream().map(ProductSet::code).collect(Collectors.joining(", "));
        SourcedText table = new SourcedText(c.text(p + ".text", t.text()), c.text(p + ".source", t.source()),
                c.status(p + ".status", t.status()), Optional.empty());
        for (String key : List.of("groups", "mapping")) {
            Text x = c.required(p + "." + key, key.equals("groups") ? t.groups() : t.mapping());
            c.text(p + "." + key + ".text", x.text());
            c.status(p + "." + key + ".status", x.status());
        }
        Set<String> exempt = new java.util.LinkedHashSet<>();
        for (String code : Checker.list(t.exempt())) {
            if (!codes.contains(code)) {
                throw c.fail(p + ".exempt", "an exempt product set the classification does not have", code,
                        allowedSets);
            }
            exempt.add(code);
        }
        List<StarMinimums.Requirement> requirements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<CriteriaFileFormat.RequirementJson> list = c.required(p + ".requirements", t.requirements());
        for (int i = 0; i < list.size(); i++) {
            String rp = p + ".requirements[" + i + "]";
            CriteriaFileFormat.RequirementJson r = list.get(i);
            String id = c.text(rp + ".id", r.id());
            if (!ids.add(id)) {
                throw c.fail(rp + ".id", "duplicate requirement id", id, "each id once");
            }
            int stars = c.required(rp + ".stars", r.stars());
            if (!TABLE_STARS.contains(stars)) {
                throw c.fail(rp + ".stars", "a star level without minimums", stars, "2, 3, 4 or 5");
            }
            Map<String, String> markers = new LinkedHashMap<>();
            List<CriteriaFileFormat.MarkerJson> ms = Checker.list(r.markers());
            for (int k = 0; k < ms.size(); k++) {
                String mp = rp + ".markers[" + k + "]";
                String set = c.text(mp + ".set", ms.get(k).set());
                if (!codes.contains(set) || exempt.contains(set)) {
                    throw c.fail(mp + ".set", "a marker on a product set the table does not cover", set,
                            "a non-exempt product set: " + allowedSets);
                }
                if (markers.put(set, c.text(mp + ".option", ms.get(k).option())) != null) {
                    throw c.fail(mp + ".set", "two markers of requirement " + id + " on one set", set,
                            "one option per set");
                }
                c.text(mp + ".doubt", ms.get(k).doubt());
            }
            Map<String, String> notMapped = new LinkedHashMap<>();
            for (CriteriaFileFormat.NotMappedJson nm : Checker.list(r.notMapped())) {
                String set = c.text(rp + ".notMapped.set", nm.set());
                if (!codes.contains(set) || markers.containsKey(set)) {
                    throw c.fail(rp + ".notMapped", "a set that is unknown or already mapped", set,
                            "a product set without a marker of " + id);
                }
                notMapped.put(set, c.text(rp + ".notMapped.reason", nm.reason()));
            }
            requirements.add(new StarMinimums.Requirement(id, stars, c.text(rp + ".row", r.row()),
                    c.text(rp + ".text", r.text()), markers, notMapped));
        }
        List<StarMinimums.Unknown> unknown = new ArrayList<>();
        for (CriteriaFileFormat.UnknownJson u : Checker.list(t.unknown())) {
            List<Integer> stars = c.required(p + ".unknown.stars", u.stars());
            for (Integer st : stars) {
                if (st == null || !TABLE_STARS.contains(st)) {
                    throw c.fail(p + ".unknown.stars", "a star level without minimums", st, "2, 3, 4 or 5");
                }
            }
            unknown.add(new StarMinimums.Unknown(c.text(p + ".unknown.row", u.row()), stars,
                    c.text(p + ".unknown.text", u.text())));
        }
        return new StarMinimums(StarMinimums.Kind.PARTIAL, new SourcedText(statement.text(), table.source(),
                table.status(), Optional.of("known only in part; each requirement is mapped to sheet options by our "
                        + "reading (inferred)")), requirements, unknown, exempt);
    }

    /**
     * The sheet with the table's requirements as star markers on the options they were mapped to: a marker for
     * s★ binds s★ and above, like the markers printed on later sheets, and cites the table, not the sheet.
     */
    static ScoringSheet withMarkers(Checker c, ScoringSheet sheet, String edition, StarMinimums minimums,
            String decisionNumber) {
        Map<String, StarMinimums.Requirement> byOption = new HashMap<>();
        for (StarMinimums.Requirement r : minimums.requirements()) {
            String option = r.markers().get(sheet.productSet());
            if (option == null) {
                continue;
            }
            if (sheet.criterionOfOption(option).isEmpty()) {
                throw c.fail("$.minimumRequirements", "requirement " + r.id() + " is mapped to an option sheet "
                        + sheet.productSet() + " (sheet edition " + edition + ") does not have", option,
                        "an option id of that sheet");
            }
            if (byOption.put(option, r) != null) {
                throw c.fail("$.minimumRequirements", "two requirements mapped to option " + option + " of set "
                        + sheet.productSet(), option, "one requirement per option");
            }
        }
        if (byOption.isEmpty()) {
            return sheet;
        }
        List<SheetPart> parts = new ArrayList<>();
        for (SheetPart part : sheet.parts()) {
            parts.add(new SheetPart(part.part(), part.label(), part.maxPoints(), marked(part.items(), byOption,
                    decisionNumber)));
        }
        return new ScoringSheet(sheet.productSet(), sheet.number(), sheet.title(), sheet.header(),
                sheet.footer(), sheet.provenance(), parts, sheet.knockOuts(), sheet.anomalies());
    }

    private static List<SheetNode> marked(List<SheetNode> nodes, Map<String, StarMinimums.Requirement> byOption,
            String decisionNumber) {
        List<SheetNode> out = new ArrayList<>();
        for (SheetNode node : nodes) {
            if (node instanceof Heading h) {
                out.add(new Heading(h.code(), h.part(), h.label(), h.maxPoints(), marked(h.children(),
                        byOption, decisionNumber)));
            } else if (node instanceof Criterion c) {
                List<Option> options = new ArrayList<>();
                for (Option o : c.options()) {
                    StarMinimums.Requirement r = byOption.get(o.id());
                    options.add(r == null ? o : o.withMinStars(r.stars(), new Provenance(decisionNumber,
                            "Phụ lục II", "mục 6", r.id() + " → " + o.id(), SourceStatus.INFERRED)));
                }
                out.add(c.withOptions(options));
            } else {
                out.add(node);
            }
        }
        return out;
    }
}
