package org.ocop.rules.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocop.rules.Applicability;
import org.ocop.rules.criteria.Anomaly;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Heading;
import org.ocop.rules.criteria.KnockOutRule;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.criteria.ProductSet;
import org.ocop.rules.criteria.Provenance;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.criteria.SheetNode;
import org.ocop.rules.criteria.SheetPart;
import org.ocop.rules.criteria.SourcedText;

/**
 * The criteria as JSON: the public contract printed by {@code ocop criteria --format json} and
 * {@code ocop versions --format json}, documented in docs/reference/json.md ("Criteria JSON") and published as JSON
 * Schema (draft 2020-12) in this jar, {@value #SCHEMA}.
 *
 * <p>A criteria document holds everything a portal needs to build a faithful scoring form without this library:
 * the version's whole classification (every class, group and product set, with whether each sheet edition has a
 * sheet for it), and for each sheet, in print order, its parts, headings and criteria with their caps, how options
 * are chosen ({@code select}), when a criterion applies ({@code onlyIf}), its alternative cases, notes, options with
 * their points and star markers, the knock-out rules and how each is triggered, the printed anomalies, and where
 * everything comes from. Fields are only ever added, never renamed or removed; option ids are stable across data
 * editions.
 *
 * <p>Everything in it is what the criteria data says (in the decisions' Vietnamese), so there is no language to
 * choose. Thread-safe; all methods are static.
 */
public final class CriteriaJson {

    /** Where the JSON Schema of a criteria document lives in this jar, for {@link Class#getResourceAsStream}. */
    public static final String SCHEMA = "/org/ocop/rules/criteria.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CriteriaJson() {
    }

    /**
     * The criteria document of a version in its sheet edition ({@link CriteriaVersion#withSheetEdition}): the whole
     * classification, and in {@code productSets} every set that has a sheet in that edition, in classification
     * order. Pretty-printed, without a line end.
     *
     * @param version the version, in the sheet edition wanted
     * @return the JSON text
     * @throws org.ocop.rules.criteria.CriteriaDataException if the version's data is broken (never the bundled data)
     */
    public static String write(CriteriaVersion version) {
        Objects.requireNonNull(version, "version");
        return text(tree(version, version.productSets().stream().filter(ProductSet::hasSheet).toList()));
    }

    /**
     * The criteria document of one product set: the whole classification, and in {@code productSets} that set
     * alone. Pretty-printed, without a line end.
     *
     * @param version the version, in the sheet edition wanted
     * @param productSet the set's code, for example {@code I.1.a}
     * @return the JSON text
     * @throws org.ocop.rules.criteria.CriteriaLookupException if the version has no such set, or no sheet for it in
     *     this sheet edition (the message names the sets that have one; the classification of
     *     {@link #write(CriteriaVersion)} says which edition has a sheet for which set)
     * @throws org.ocop.rules.criteria.CriteriaDataException if the version's data is broken (never the bundled data)
     */
    public static String write(CriteriaVersion version, String productSet) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(productSet, "productSet");
        version.sheet(productSet); // the catalogue's own lookup error: unknown set, or no sheet in this edition
        return text(tree(version, List.of(version.productSet(productSet))));
    }

    /**
     * The versions as {@code ocop versions --format json} prints them: {@code {"versions": [...]}}, each with its
     * dates, data edition, star-minimum kind and every sheet edition with the sets it has and lacks a sheet for.
     * Pretty-printed, without a line end.
     *
     * @param versions the versions, in the order wanted (the catalogue lists them oldest first)
     * @return the JSON text
     * @throws org.ocop.rules.criteria.CriteriaDataException if a version's data is broken (never the bundled data)
     */
    public static String writeVersions(List<CriteriaVersion> versions) {
        Objects.requireNonNull(versions, "versions");
        ObjectNode root = NODES.objectNode();
        ArrayNode array = root.putArray("versions");
        for (CriteriaVersion v : versions) {
            ObjectNode node = array.addObject();
            node.put("id", v.id());
            node.put("decision", v.decision().number());
            node.put("inForceFrom", v.inForceFrom().toString());
            node.put("inForceUntil", inForceUntil(v));
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
        return text(root);
    }

    private static String inForceUntil(CriteriaVersion v) {
        return v.supersededOn().map(d -> d.minusDays(1).toString()).orElse(null);
    }

    private static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    /** The document: the version's header, its classification, then the sets' sheets. */
    private static ObjectNode tree(CriteriaVersion version, List<ProductSet> sets) {
        ObjectNode root = NODES.objectNode();
        root.put("version", version.id());
        root.put("edition", version.edition());
        root.put("sheetEdition", version.sheetEdition());
        ObjectNode decision = root.putObject("decision");
        decision.put("number", version.decision().number());
        decision.put("signed", version.decision().signed().toString());
        decision.put("title", version.decision().title());
        decision.put("status", version.decision().status().tag());
        root.put("inForceFrom", version.inForceFrom().toString());
        root.put("inForceUntil", inForceUntil(version));
        root.put("lapsesAfter", version.lapsesAfter().map(Object::toString).orElse(null));
        root.put("basedOn", version.basedOn().orElse(null));
        ArrayNode editions = root.putArray("sheetEditions");
        version.sheetEditions().forEach(editions::add);
        ObjectNode parts = root.putObject("partMaxPoints");
        for (Part part : Part.values()) {
            parts.put(part.name(), version.partMaxPoints().get(part));
        }
        ObjectNode bands = sourced(root.putObject("bands"), version.bands());
        ArrayNode floors = bands.putArray("floors");
        version.starBands().floors().forEach(floors::add);
        root.put("starMinimums", version.starMinimums().kind().name());
        classification(root.putObject("classification"), version);
        ArrayNode array = root.putArray("productSets");
        for (ProductSet set : sets) {
            productSet(array.addObject(), set, set.sheet().orElseThrow());
        }
        return root;
    }

    private static ObjectNode sourced(ObjectNode node, SourcedText text) {
        node.put("text", text.text());
        node.put("source", text.source());
        node.put("status", text.status().tag());
        node.put("doubt", text.doubt().orElse(null));
        return node;
    }

    /**
     * Classes, then groups, then sets, in classification order. Each set says whether each sheet edition has a
     * sheet for it, so a form can offer every set and say which ones it cannot score yet.
     */
    private static void classification(ObjectNode node, CriteriaVersion version) {
        List<CriteriaVersion> editions = version.sheetEditions().stream().map(version::withSheetEdition).toList();
        Map<String, ObjectNode> classes = new LinkedHashMap<>();
        Map<String, ObjectNode> groups = new LinkedHashMap<>();
        ArrayNode classArray = node.putArray("classes");
        for (ProductSet set : version.productSets()) {
            ObjectNode cls = classes.computeIfAbsent(set.classCode(), code -> {
                ObjectNode c = classArray.addObject();
                c.put("code", code);
                c.put("name", set.className());
                c.putArray("groups");
                return c;
            });
            ObjectNode group = groups.computeIfAbsent(set.groupCode(), code -> {
                ObjectNode g = ((ArrayNode) cls.get("groups")).addObject();
                g.put("code", code);
                g.put("name", set.groupName());
                g.putArray("sets");
                return g;
            });
            ObjectNode s = ((ArrayNode) group.get("sets")).addObject();
            s.put("code", set.code());
            s.put("name", set.name());
            s.put("ministry", set.ministry());
            s.put("hasSheet", set.hasSheet());
            ArrayNode inEditions = s.putArray("sheetEditions");
            for (CriteriaVersion edition : editions) {
                Optional<ScoringSheet> sheet = edition.productSet(set.code()).sheet();
                ObjectNode e = inEditions.addObject();
                e.put("name", edition.sheetEdition());
                e.put("hasSheet", sheet.isPresent());
                e.put("sheetStatus", sheet.map(x -> x.status().tag()).orElse(null));
            }
        }
    }

    private static void productSet(ObjectNode node, ProductSet set, ScoringSheet sheet) {
        // the fields of the first release, in their order
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
        Map<String, String> headingOf = new LinkedHashMap<>();
        for (SheetPart part : sheet.parts()) {
            headings(part.items(), null, headingOf);
        }
        ArrayNode criteria = node.putArray("criteria");
        for (Criterion c : sheet.criteria()) {
            criterion(criteria.addObject(), c, headingOf.get(c.code()));
        }
        // added with the complete contract (issue 19)
        node.put("ministry", set.ministry());
        node.put("sheetNumber", sheet.number());
        node.put("sheetTitle", sheet.title());
        node.put("sheetHeader", sheet.header());
        node.put("sheetFooter", sheet.footer().orElse(null));
        provenance(node.putObject("sheetProvenance"), sheet.provenance());
        node.put("statedMaxPoints", sheet.statedMaxPoints());
        node.put("starMinimumCount", sheet.starMinimumCount());
        ArrayNode parts = node.putArray("parts");
        for (SheetPart part : sheet.parts()) {
            ObjectNode p = parts.addObject();
            p.put("part", part.part().name());
            p.put("label", part.label());
            p.put("maxPoints", part.maxPoints());
            items(p.putArray("items"), part.items());
        }
        ArrayNode knockOuts = node.putArray("knockOuts");
        for (KnockOutRule rule : sheet.knockOuts()) {
            ObjectNode k = knockOuts.addObject();
            k.put("id", rule.id());
            k.put("kind", rule.kind().name());
            k.put("trigger", rule.trigger().name());
            ArrayNode options = k.putArray("options");
            rule.options().forEach(options::add);
            k.put("at", rule.at().orElse(null));
            k.put("text", rule.text());
            k.put("doubt", rule.doubt().orElse(null));
            k.put("source", rule.provenance().toString());
            k.put("status", rule.provenance().status().tag());
            provenance(k.putObject("provenance"), rule.provenance());
        }
    }

    /** Remembers the code of the heading each criterion is printed under (none for one right under its part). */
    private static void headings(List<SheetNode> nodes, String heading, Map<String, String> into) {
        for (SheetNode n : nodes) {
            if (n instanceof Heading h) {
                headings(h.children(), h.code(), into);
            } else {
                into.put(n.code(), heading);
            }
        }
    }

    /** The printed tree: headings with their caps and entries, criteria by their code. */
    private static void items(ArrayNode array, List<SheetNode> nodes) {
        for (SheetNode n : nodes) {
            ObjectNode item = array.addObject();
            if (n instanceof Heading h) {
                item.put("type", "heading");
                item.put("code", h.code());
                item.put("label", h.label());
                item.put("maxPoints", h.maxPoints());
                items(item.putArray("items"), h.children());
            } else {
                item.put("type", "criterion");
                item.put("code", n.code());
            }
        }
    }

    private static void criterion(ObjectNode cn, Criterion c, String heading) {
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
            // added with the complete contract (issue 19)
            on.put("case", o.caseLabel().orElse(null));
            on.put("printedPoints", o.printedPoints().orElse(null));
            strings(on.putArray("notes"), o.notes());
            on.put("doubt", o.doubt().orElse(null));
            on.put("status", o.status().tag());
            provenance(on.putObject("provenance"), o.provenance());
        }
        // added with the complete contract (issue 19)
        cn.put("heading", heading);
        cn.put("select", c.select().name());
        cn.put("bestPoints", c.bestPoints());
        Optional<Applicability> onlyIf = c.onlyIf();
        if (onlyIf.isPresent()) {
            ObjectNode when = cn.putObject("onlyIf");
            when.put("criterion", onlyIf.get().criterion());
            strings(when.putArray("notChosen"), onlyIf.get().notChosen());
            when.put("text", onlyIf.get().text());
        } else {
            cn.putNull("onlyIf");
        }
        ArrayNode cases = cn.putArray("cases");
        for (String label : c.cases()) {
            ObjectNode kase = cases.addObject();
            kase.put("label", label);
            List<String> ids = new ArrayList<>();
            c.options().stream().filter(o -> o.caseLabel().filter(label::equals).isPresent())
                    .forEach(o -> ids.add(o.id()));
            strings(kase.putArray("options"), ids);
        }
        strings(cn.putArray("notes"), c.notes());
        cn.put("doubt", c.doubt().orElse(null));
        cn.put("status", c.provenance().status().tag());
        provenance(cn.putObject("provenance"), c.provenance());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void provenance(ObjectNode node, Provenance p) {
        node.put("decision", p.decision());
        node.put("annex", p.annex());
        node.put("sheet", p.sheet());
        node.put("item", p.item());
        node.put("status", p.status().tag());
    }

    private static void anomalies(ArrayNode array, ScoringSheet sheet) {
        for (Anomaly a : sheet.anomalies()) {
            array.addObject().put("at", a.at().orElse(null)).put("kind", a.kind().name()).put("printed", a.printed())
                    .put("reading", a.reading()).put("status", a.status().tag());
        }
    }
}
