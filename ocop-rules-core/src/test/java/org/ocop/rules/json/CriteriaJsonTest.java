package org.ocop.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaLookupException;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.ProductSet;
import org.ocop.rules.criteria.ScoringSheet;

/**
 * The criteria contract: every version, sheet edition and set conforms to the published schema, the schema catches
 * drift, every field of the first release keeps its name and meaning, and what a form needs is there.
 */
class CriteriaJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.bundled();
    private static final Schema SCHEMA = schema();

    private static Schema schema() {
        try (InputStream in = CriteriaJson.class.getResourceAsStream(CriteriaJson.SCHEMA)) {
            assertThat(in).as("the criteria schema in the core jar").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's complaints about a document, as {@code <path>: <message>}; empty when it conforms. */
    private static List<String> violations(JsonNode document) {
        List<String> found = new ArrayList<>();
        for (Error error : SCHEMA.validate(document)) {
            found.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return found;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** Every version in every one of its sheet editions. */
    static Stream<Arguments> editions() {
        return CATALOGUE.versions().stream().flatMap(v -> v.sheetEditions().stream()
                .map(e -> Arguments.of(v.id(), e)));
    }

    private static CriteriaVersion version(String id, String edition) {
        return CATALOGUE.version(id).withSheetEdition(edition);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void every_version_sheet_edition_and_set_conforms_to_the_published_schema(String id, String edition) {
        CriteriaVersion v = version(id, edition);

        JsonNode whole = parse(CriteriaJson.write(v));
        assertThat(violations(whole)).as(id + " " + edition).isEmpty();
        assertThat(whole.get("productSets")).hasSize(v.setsWithSheets().size());
        for (String set : v.setsWithSheets()) {
            JsonNode one = parse(CriteriaJson.write(v, set));
            assertThat(violations(one)).as(id + " " + edition + " " + set).isEmpty();
            assertThat(one.get("productSets")).singleElement().isEqualTo(whole.get("productSets")
                    .get(v.setsWithSheets().indexOf(set)));
            assertThat(one.get("classification")).isEqualTo(whole.get("classification"));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void the_classification_lists_every_set_with_whether_each_sheet_edition_has_its_sheet(String id,
            String edition) {
        CriteriaVersion v = version(id, edition);

        JsonNode classification = parse(CriteriaJson.write(v)).get("classification");

        List<String> codes = new ArrayList<>();
        for (JsonNode cls : classification.get("classes")) {
            for (JsonNode group : cls.get("groups")) {
                for (JsonNode set : group.get("sets")) {
                    String code = set.get("code").asText();
                    codes.add(code);
                    ProductSet model = v.productSet(code);
                    assertThat(cls.get("code").asText()).isEqualTo(model.classCode());
                    assertThat(group.get("code").asText()).isEqualTo(model.groupCode());
                    assertThat(set.get("hasSheet").asBoolean()).as(code).isEqualTo(model.hasSheet());
                    List<String> names = new ArrayList<>();
                    for (JsonNode e : set.get("sheetEditions")) {
                        String name = e.get("name").asText();
                        names.add(name);
                        boolean has = v.withSheetEdition(name).productSet(code).hasSheet();
                        assertThat(e.get("hasSheet").asBoolean()).as(code + " in " + name).isEqualTo(has);
                        assertThat(e.get("sheetStatus").isNull()).isEqualTo(!has);
                    }
                    assertThat(names).isEqualTo(v.sheetEditions());
                }
            }
        }
        assertThat(codes).isEqualTo(v.productSets().stream().map(ProductSet::code).toList());
    }

    /** The portal's 1048 edition has no rows for rice (I.2.1): the set is offered, its sheet said to be missing. */
    @Test
    void a_set_without_a_sheet_is_in_the_classification_and_asking_for_its_criteria_says_so() {
        CriteriaVersion portal = version("QD-1048-2019", "portal");
        JsonNode document = parse(CriteriaJson.write(portal));

        JsonNode rice = null;
        for (JsonNode cls : document.get("classification").get("classes")) {
            for (JsonNode group : cls.get("groups")) {
                for (JsonNode set : group.get("sets")) {
                    if (set.get("code").asText().equals("I.2.1")) {
                        rice = set;
                    }
                }
            }
        }
        assertThat(rice).isNotNull();
        assertThat(rice.get("hasSheet").asBoolean()).isFalse();
        assertThat(rice.get("sheetEditions").toString()).isEqualTo("[{\"name\":\"decision\",\"hasSheet\":true,"
                + "\"sheetStatus\":\"confirmed\"},{\"name\":\"portal\",\"hasSheet\":false,\"sheetStatus\":null}]");
        assertThat(document.get("productSets")).noneMatch(s -> s.get("code").asText().equals("I.2.1"));
        assertThatThrownBy(() -> CriteriaJson.write(portal, "I.2.1")).isInstanceOf(CriteriaLookupException.class)
                .hasMessageStartingWith("criteria version QD-1048-2019: no scoring sheet is in the data for product "
                        + "set: I.2.1; allowed: I.1.1, ");
        assertThatThrownBy(() -> CriteriaJson.write(portal, "X.9")).isInstanceOf(CriteriaLookupException.class)
                .hasMessageStartingWith("criteria version QD-1048-2019: unknown product set: X.9; allowed: I.1.1, ");
    }

    @Test
    void a_missing_argument_is_named() {
        CriteriaVersion v = CATALOGUE.version("QD-26-2026");

        assertThatThrownBy(() -> CriteriaJson.write(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("version");
        assertThatThrownBy(() -> CriteriaJson.write(v, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("productSet");
        assertThatThrownBy(() -> CriteriaJson.writeVersions(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("versions");
    }

    /** The fields of the first release (docs/reference/json.md), with their names, order and meaning. */
    @Test
    void every_field_of_the_first_release_keeps_its_name_order_and_meaning() {
        CriteriaVersion v = CATALOGUE.version("QD-26-2026");
        JsonNode document = parse(CriteriaJson.write(v, "I.1.a"));

        assertThat(fieldNames(document)).startsWith("version", "edition", "sheetEdition");
        assertThat(document.get("version").asText()).isEqualTo("QD-26-2026");
        assertThat(document.get("edition").asText()).isEqualTo(v.edition());
        assertThat(document.get("sheetEdition").asText()).isEqualTo("decision");
        JsonNode set = document.get("productSets").get(0);
        assertThat(fieldNames(set)).startsWith("code", "name", "class", "className", "group", "groupName",
                "sheetStatus", "sheetSource", "reachableMaxPoints", "anomalies", "criteria");
        assertThat(set.get("sheetSource").asText()).isEqualTo("26/2026/QĐ-TTg, Phụ lục II, mục 1");
        JsonNode criterion = set.get("criteria").get(0);
        assertThat(fieldNames(criterion)).startsWith("code", "part", "label", "maxPoints", "options");
        assertThat(fieldNames(criterion.get("options").get(0))).startsWith("id", "points", "minStars", "text",
                "minStarsSource");
        JsonNode tourism = parse(CriteriaJson.write(CATALOGUE.version("QD-1048-2019"), "VI.1"));
        assertThat(fieldNames(tourism.get("productSets").get(0).get("anomalies").get(0))).containsExactly("at",
                "kind", "printed", "reading", "status");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Each criterion as the model has it: select, condition, cases, heading; the tree lists them in sheet order. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void each_sheet_gives_its_tree_and_each_criterions_select_condition_and_cases_as_the_model_has_them(String id,
            String edition) {
        CriteriaVersion v = version(id, edition);
        for (JsonNode set : parse(CriteriaJson.write(v)).get("productSets")) {
            ScoringSheet sheet = v.sheet(set.get("code").asText());
            List<String> inTree = new ArrayList<>();
            for (JsonNode part : set.get("parts")) {
                treeCodes(part.get("items"), inTree);
            }
            assertThat(inTree).isEqualTo(sheet.criteria().stream().map(Criterion::code).toList());
            assertThat(set.get("knockOuts")).hasSize(sheet.knockOuts().size());
            for (JsonNode c : set.get("criteria")) {
                Criterion model = sheet.criterion(c.get("code").asText()).orElseThrow();
                assertThat(c.get("select").asText()).isEqualTo(model.select().name());
                assertThat(c.get("bestPoints").asInt()).isEqualTo(model.bestPoints());
                assertThat(c.get("onlyIf").isNull()).isEqualTo(model.onlyIf().isEmpty());
                model.onlyIf().ifPresent(a -> {
                    assertThat(c.get("onlyIf").get("criterion").asText()).isEqualTo(a.criterion());
                    assertThat(texts(c.get("onlyIf").get("notChosen"))).isEqualTo(a.notChosen());
                });
                assertThat(c.get("cases")).extracting(k -> k.get("label").asText()).isEqualTo(model.cases());
                for (JsonNode option : c.get("options")) {
                    assertThat(option.get("case").isNull()).isEqualTo(model.cases().isEmpty());
                }
            }
        }
    }

    private static void treeCodes(JsonNode items, List<String> into) {
        for (JsonNode item : items) {
            if (item.get("type").asText().equals("heading")) {
                treeCodes(item.get("items"), into);
            } else {
                into.add(item.get("code").asText());
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    /** 26/2026 sheet 1: the story condition, a header rule found by the council, the heading caps. */
    @Test
    void sheet_1_of_26_2026_says_when_5_2_applies_which_rules_a_council_may_find_and_its_heading_caps() {
        JsonNode set = parse(CriteriaJson.write(CATALOGUE.version("QD-26-2026"), "I.1.a")).get("productSets")
                .get(0);

        JsonNode story = criterion(set, "5.2");
        assertThat(story.get("onlyIf").toString()).isEqualTo("{\"criterion\":\"5.1\",\"notChosen\":[\"5.1.a\"],"
                + "\"text\":\"Chỉ áp dụng khi có câu chuyện sản phẩm\"}");
        assertThat(story.get("heading").asText()).isEqualTo("5");
        JsonNode header = set.get("knockOuts").get(0);
        assertThat(header.get("id").asText()).isEqualTo("DQ-HEADER");
        assertThat(header.get("trigger").asText()).isEqualTo("FINDING");
        assertThat(header.get("options")).isEmpty();
        assertThat(header.get("at").isNull()).isTrue();
        JsonNode partA = set.get("parts").get(0);
        assertThat(partA.get("maxPoints").asInt()).isEqualTo(40);
        assertThat(partA.get("items").get(0).get("type").asText()).isEqualTo("heading");
        int headingCaps = 0;
        for (JsonNode item : partA.get("items")) {
            headingCaps += item.get("maxPoints").asInt();
        }
        assertThat(headingCaps).isEqualTo(40);
    }

    /** The tourism cases of 148 (community service or tourist site) and 1048's checklist Part C. */
    @Test
    void tourism_sheets_give_their_cases_with_the_options_of_each_and_1048s_checklist() {
        JsonNode tourism148 = parse(CriteriaJson.write(CATALOGUE.version("QD-148-2023"), "VI.1"))
                .get("productSets").get(0);
        JsonNode eight = criterion(tourism148, "8");
        assertThat(eight.get("cases").toString()).isEqualTo("[{\"label\":\"Trường hợp 1: Cộng đồng dịch vụ du lịch\","
                + "\"options\":[\"8.a\",\"8.b\",\"8.c\"]},{\"label\":\"Trường hợp 2: Điểm dịch vụ du lịch\","
                + "\"options\":[\"8.d\",\"8.e\",\"8.f\"]}]");
        assertThat(eight.get("options").get(3).get("case").asText()).isEqualTo("Trường hợp 2: Điểm dịch vụ du lịch");

        JsonNode tourism1048 = parse(CriteriaJson.write(CATALOGUE.version("QD-1048-2019"), "VI.1"))
                .get("productSets").get(0);
        List<String> checklists = new ArrayList<>();
        for (JsonNode c : tourism1048.get("criteria")) {
            if (c.get("select").asText().equals("ANY")) {
                checklists.add(c.get("code").asText());
                assertThat(c.get("part").asText()).isEqualTo("C");
            }
        }
        assertThat(checklists).isNotEmpty();
    }

    /** Knock-outs triggered by a choice name the options that trigger them. */
    @Test
    void a_choice_knock_out_names_the_options_that_trigger_it() {
        CriteriaVersion v = CATALOGUE.version("QD-26-2026");
        int choiceRules = 0;
        for (JsonNode set : parse(CriteriaJson.write(v)).get("productSets")) {
            ScoringSheet sheet = v.sheet(set.get("code").asText());
            for (JsonNode rule : set.get("knockOuts")) {
                var model = sheet.knockOut(rule.get("id").asText()).orElseThrow();
                assertThat(rule.get("kind").asText()).isEqualTo(model.kind().name());
                assertThat(rule.get("trigger").asText()).isEqualTo(model.trigger().name());
                assertThat(texts(rule.get("options"))).isEqualTo(model.options());
                if (rule.get("trigger").asText().equals("CHOICE")) {
                    choiceRules++;
                    assertThat(rule.get("options")).isNotEmpty();
                    for (JsonNode option : rule.get("options")) {
                        assertThat(sheet.criterionOfOption(option.asText())).isPresent();
                    }
                }
            }
        }
        assertThat(choiceRules).isPositive();
    }

    private static JsonNode criterion(JsonNode set, String code) {
        for (JsonNode c : set.get("criteria")) {
            if (c.get("code").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no criterion " + code);
    }

    /** A mutation of a conforming document and the path the schema must complain at. */
    record Drift(String name, String path, Consumer<ObjectNode> mutate) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static ObjectNode firstCriterion(ObjectNode document) {
        return (ObjectNode) document.get("productSets").get(0).get("criteria").get(0);
    }

    static Stream<Drift> drifts() {
        return Stream.of(
                new Drift("a field added without the schema", "/productSets/0/criteria/0",
                        d -> firstCriterion(d).put("weight", 1)),
                new Drift("a field renamed", "/productSets/0/criteria/0", d -> {
                    ObjectNode c = firstCriterion(d);
                    c.set("max", c.remove("maxPoints"));
                }),
                new Drift("a field removed", "/productSets/0", d -> ((ObjectNode) d.get("productSets").get(0))
                        .remove("knockOuts")),
                new Drift("an unknown select", "/productSets/0/criteria/0/select",
                        d -> firstCriterion(d).put("select", "SOME")),
                new Drift("a star marker out of range", "/productSets/0/criteria/0/options/0/minStars",
                        d -> ((ObjectNode) firstCriterion(d).get("options").get(0)).put("minStars", 6)),
                new Drift("points as text", "/productSets/0/criteria/0/options/0/points",
                        d -> ((ObjectNode) firstCriterion(d).get("options").get(0)).put("points", "3")),
                new Drift("an unknown knock-out trigger", "/productSets/0/knockOuts/0/trigger",
                        d -> ((ObjectNode) d.get("productSets").get(0).get("knockOuts").get(0)).put("trigger",
                                "RULE")),
                new Drift("a condition without its options", "/productSets/0/criteria",
                        d -> {
                            for (Iterator<JsonNode> it = d.get("productSets").get(0).get("criteria").elements();
                                    it.hasNext();) {
                                JsonNode c = it.next();
                                if (c.get("onlyIf").isObject()) {
                                    ((ObjectNode) c.get("onlyIf")).remove("notChosen");
                                }
                            }
                        }),
                new Drift("a tree entry of an unknown type", "/productSets/0/parts/0/items/0",
                        d -> ((ObjectNode) d.get("productSets").get(0).get("parts").get(0).get("items").get(0))
                                .put("type", "group")),
                new Drift("a set of the classification without its editions", "/classification/classes/0/groups/0",
                        d -> ((ArrayNode) d.get("classification").get("classes").get(0).get("groups").get(0)
                                .get("sets").get(0).get("sheetEditions")).removeAll()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drifts")
    void the_schema_rejects_a_document_that_drifts_from_the_contract(Drift drift) {
        ObjectNode document = (ObjectNode) parse(CriteriaJson.write(CATALOGUE.version("QD-26-2026"), "I.1.a"));
        assertThat(violations(document)).isEmpty();

        drift.mutate().accept(document);

        assertThat(violations(document)).as(drift.name()).isNotEmpty()
                .anyMatch(v -> v.startsWith(drift.path()));
    }

    @Test
    void versions_json_lists_every_version_with_its_sheet_editions() {
        JsonNode versions = parse(CriteriaJson.writeVersions(CATALOGUE.versions())).get("versions");

        assertThat(versions).extracting(v -> v.get("id").asText()).containsExactly("QD-1048-2019", "QD-781-2020",
                "QD-148-2023", "QD-26-2026");
        assertThat(fieldNames(versions.get(0))).containsExactly("id", "decision", "inForceFrom", "inForceUntil",
                "lapsesAfter", "edition", "setsWithSheets", "starMinimums", "basedOn", "sheetEditions");
        JsonNode portal = versions.get(0).get("sheetEditions").get(1);
        assertThat(portal.get("name").asText()).isEqualTo("portal");
        assertThat(texts(portal.get("setsWithoutSheets"))).contains("I.2.1");
    }
}
