package org.ocop.rules.criteria;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ocop.rules.Applicability;
import org.ocop.rules.criteria.CriteriaFileFormat.AnomalyJson;
import org.ocop.rules.criteria.CriteriaFileFormat.Item;
import org.ocop.rules.criteria.CriteriaFileFormat.KnockOut;
import org.ocop.rules.criteria.CriteriaFileFormat.OptionJson;
import org.ocop.rules.criteria.CriteriaFileFormat.PartJson;
import org.ocop.rules.criteria.CriteriaFileFormat.Sheet;
import org.ocop.rules.criteria.CriteriaFileFormat.Source;

/**
 * Checks and compiles one scoring sheet (<i>phiếu</i>): sums top-down (sheet, parts, headings, criteria), ids,
 * star markers, provenance, knock-outs, conditions and the anomalies that excuse a sum. Used once per sheet; after
 * {@link #compile()}, it tells where each criterion and option of the sheet is written.
 */
final class SheetCompiler {
    /** What every sheet and every version's part caps total. */
    static final int SHEET_TOTAL = 100;
    private static final Set<Integer> MARKED_STARS = Set.of(3, 4, 5);

    private final Checker v;
    private final Map<Part, Integer> partCaps;
    private final String decisionNumber;
    private final String path;
    private final Sheet sheet;
    private final String set;
    private final Map<String, String> pathOfCode = new HashMap<>();
    private final Map<String, String> pathOfOption = new HashMap<>();
    private final Map<String, List<String>> rawOptionIds = new HashMap<>();
    private final Set<String> capUnreachable = new HashSet<>();
    private final Set<String> capMismatch = new HashSet<>();
    private SourceStatus sheetStatus;
    private Source sheetSource;

    SheetCompiler(Checker v, Map<Part, Integer> partCaps, String decisionNumber, String path, Sheet sheet) {
        this.v = v;
        this.partCaps = partCaps;
        this.decisionNumber = decisionNumber;
        this.path = path;
        this.sheet = sheet;
        this.set = sheet.set();
    }

    ScoringSheet compile() {
        String title = v.text(path + ".title", sheet.title());
        String header = v.text(path + ".header", sheet.header());
        sheetStatus = v.status(path + ".status", sheet.status());
        sheetSource = sheet.source();
        if (sheetSource != null) {
            v.text(path + ".source.annex", sheetSource.annex());
            v.text(path + ".source.item", sheetSource.item());
        }
        List<AnomalyJson> anomalyJson = Checker.list(sheet.anomalies());
        for (AnomalyJson a : anomalyJson) {
            if (a.at() != null && "CAP_UNREACHABLE".equals(a.kind())) {
                capUnreachable.add(a.at());
            }
            if (a.at() != null && "CAP_MISMATCH".equals(a.kind())) {
                capMismatch.add(a.at());
            }
        }

        List<PartJson> partList = v.required(path + ".parts", sheet.parts());
        for (PartJson pj : partList) {
            collectOptionIds(Checker.list(pj.items()));
        }
        int total = 0;
        for (int i = 0; i < partList.size(); i++) {
            total += v.number(path + ".parts[" + i + "].maxPoints", partList.get(i).maxPoints());
        }
        if (total != SHEET_TOTAL) {
            throw v.fail(path + ".parts", "the sheet of set " + set + " does not total " + SHEET_TOTAL
                    + " points", total, String.valueOf(SHEET_TOTAL));
        }
        if (partList.size() != Part.values().length) {
            throw v.fail(path + ".parts", "wrong number of parts", partList.size(), "parts A, B and C");
        }
        List<SheetPart> parts = new ArrayList<>();
        for (int i = 0; i < partList.size(); i++) {
            parts.add(part(path + ".parts[" + i + "]", partList.get(i), Part.values()[i]));
        }
        List<KnockOutRule> knockOuts = knockOuts();
        List<Anomaly> anomalies = anomalies(anomalyJson);
        Provenance provenance = new Provenance(decisionNumber, sheetSource == null ? "" : sheetSource.annex(),
                sheetSource == null ? "" : sheetSource.item(), "", sheetStatus);
        return new ScoringSheet(set, sheet.number(), title, header, Optional.ofNullable(sheet.footer()),
                provenance, parts, knockOuts, anomalies);
    }

    private SheetPart part(String p, PartJson pj, Part expected) {
        Part part = v.enumValue(p + ".part", pj.part(), Part.class, "part");
        if (part != expected) {
            throw v.fail(p + ".part", "parts out of order", part, "part " + expected + " at this position");
        }
        int cap = pj.maxPoints();
        int versionCap = partCaps.get(part);
        if (cap != versionCap) {
            throw v.fail(p + ".maxPoints", "part " + part + " of set " + set + " differs from the version's cap",
                    cap, String.valueOf(versionCap));
        }
        pathOfCode.put(part.name(), p);
        List<Item> items = v.required(p + ".items", pj.items());
        checkSum(p, part.name(), "part " + part, cap, items);
        List<SheetNode> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            nodes.add(node(p + ".items[" + i + "]", items.get(i), part));
        }
        return new SheetPart(part, v.text(p + ".label", pj.label()), cap, nodes);
    }

    private void checkSum(String p, String code, String what, int cap, List<Item> children) {
        int sum = 0;
        for (int i = 0; i < children.size(); i++) {
            Integer points = children.get(i).maxPoints();
            sum += points != null && points >= 0 ? points : v.number(p + ".items[" + i + "].maxPoints", points);
        }
        if (sum != cap && !capMismatch.contains(code)) {
            throw v.fail(p + ".maxPoints", "the items of " + what + " of set " + set + " add up to " + sum
                    + " points, not the stated cap", cap,
                    sum + ", or an anomaly of kind CAP_MISMATCH at " + code);
        }
    }

    private SheetNode node(String p, Item item, Part part) {
        String code = v.text(p, ".code", item.code());
        if (pathOfCode.putIfAbsent(code, p) != null) {
            throw v.fail(p + ".code", "duplicate criterion code in set " + set, code, "each code once per sheet");
        }
        String label = v.text(p, ".label", item.label());
        int cap = v.number(p, ".maxPoints", item.maxPoints());
        if ((item.items() == null) == (item.options() == null)) {
            throw v.fail(p, "an entry must have either items or options", code,
                    "a heading with items, or a criterion with options");
        }
        if (item.items() != null) {
            if (item.onlyIf() != null || item.cases() != null || item.select() != null) {
                throw v.fail(p, "a heading cannot carry a condition, cases or a select", code,
                        "onlyIf, cases and select on criteria only");
            }
            checkSum(p, code, "heading " + code, cap, item.items());
            List<SheetNode> children = new ArrayList<>();
            for (int i = 0; i < item.items().size(); i++) {
                children.add(node(p + ".items[" + i + "]", item.items().get(i), part));
            }
            return new Heading(code, part, label, cap, children);
        }
        return criterion(p, item, part, code, label, cap);
    }

    private Criterion criterion(String p, Item item, Part part, String code, String label, int cap) {
        List<OptionJson> optionList = item.options();
        if (optionList.isEmpty()) {
            throw v.fail(p + ".options", "criterion " + code + " of set " + set + " has no options", "[]",
                    "one or more options");
        }
        List<String> cases = Checker.list(item.cases());
        // A checklist (ANY) reaches the sum of its lines, capped; a choice (ONE) reaches its best option.
        Criterion.Select select = item.select() == null ? Criterion.Select.ONE
                : v.enumValue(p + ".select", item.select(), Criterion.Select.class, "select");
        List<Option> options = new ArrayList<>();
        int best = 0;
        for (int i = 0; i < optionList.size(); i++) {
            String op = p + ".options[" + i + "]";
            OptionJson oj = optionList.get(i);
            String id = v.text(op, ".id", oj.id());
            if (id.length() <= code.length() + 1 || !id.startsWith(code) || id.charAt(code.length()) != '.') {
                throw v.fail(op + ".id", "option id does not start with its criterion's code", id,
                        "an id of the form " + code + ".<letter>");
            }
            if (pathOfOption.putIfAbsent(id, op) != null) {
                throw v.fail(op + ".id", "duplicate option id in set " + set, id, "each option id once per sheet");
            }
            int points = v.number(op, ".points", oj.points());
            if (points > cap && !capUnreachable.contains(code)) {
                throw v.fail(op + ".points", "option " + id + " of set " + set + " is worth more than its "
                        + "criterion's cap", points, "0 to " + cap);
            }
            best = select == Criterion.Select.ANY ? best + points : Math.max(best, points);
            OptionalInt minStars = OptionalInt.empty();
            if (oj.minStars() != null) {
                if (!MARKED_STARS.contains(oj.minStars())) {
                    throw v.fail(op + ".minStars", "star marker on a level without minimums", oj.minStars(),
                            "3, 4 or 5");
                }
                minStars = OptionalInt.of(oj.minStars());
            }
            if (oj.caseLabel() != null && !cases.contains(oj.caseLabel())) {
                throw v.fail(op + ".case", "option " + id + " names a case its criterion does not list",
                        oj.caseLabel(), cases.isEmpty() ? "no case (the criterion has none)"
                                : String.join(" | ", cases));
            }
            if (!cases.isEmpty() && oj.caseLabel() == null) {
                throw v.fail(op + ".case", "option " + id + " of a criterion with cases names no case", null,
                        String.join(" | ", cases));
            }
            SourceStatus status = oj.status() == null ? sheetStatus : v.status(op + ".status", oj.status());
            Provenance optionProvenance = provenance(op, code, status, oj.source(), "option", id);
            options.add(new Option(id, points, minStars, Optional.ofNullable(oj.caseLabel()),
                    v.text(op, ".text", oj.text()), Optional.ofNullable(oj.printedPoints()),
                    Optional.ofNullable(oj.doubt()), Checker.list(oj.notes()), optionProvenance, Optional.empty()));
        }
        if (select == Criterion.Select.ANY) {
            best = Math.min(best, cap);
        }
        if (best != cap) {
            boolean declared = capUnreachable.contains(code) && best < cap;
            if (!declared) {
                throw v.fail(p + ".maxPoints", "criterion " + code + " of set " + set
                        + " has a cap its " + (select == Criterion.Select.ANY
                                ? "ticked lines do not reach (all lines: " : "best option does not equal (best "
                                + "option: ") + best + ")", cap,
                        best + ", or an anomaly of kind CAP_UNREACHABLE at " + code);
            }
        }
        // A criterion is cited like its first option: the sheet's source, or the option's own.
        Provenance first = options.get(0).provenance();
        Provenance provenance = new Provenance(first.decision(), first.annex(), first.sheet(), code, sheetStatus);
        Optional<Applicability> onlyIf = item.onlyIf() == null ? Optional.empty()
                : Optional.of(applicability(p + ".onlyIf", code, item.onlyIf()));
        return new Criterion(code, part, label, cap, options, Checker.list(item.notes()), cases, onlyIf, select,
                Optional.ofNullable(item.doubt()), provenance);
    }

    /** Conditions may refer to criteria printed later: option ids are collected from the JSON first. */
    private void collectOptionIds(List<Item> items) {
        for (Item item : items) {
            if (item.items() != null) {
                collectOptionIds(item.items());
            }
            if (item.options() != null && item.code() != null) {
                List<String> ids = new ArrayList<>(item.options().size());
                for (OptionJson option : item.options()) {
                    ids.add(option.id());
                }
                rawOptionIds.put(item.code(), ids);
            }
        }
    }

    private Applicability applicability(String p, String code, CriteriaFileFormat.OnlyIf o) {
        String target = v.text(p + ".criterion", o.criterion());
        List<String> targetOptions = rawOptionIds.get(target);
        if (targetOptions == null || target.equals(code)) {
            throw v.fail(p + ".criterion", "condition on a criterion the sheet does not have", target,
                    "another criterion of set " + set);
        }
        List<String> notChosen = v.required(p + ".notChosen", o.notChosen());
        for (String id : notChosen) {
            if (!targetOptions.contains(id)) {
                throw v.fail(p + ".notChosen", "condition names an option criterion " + target
                        + " does not have", id, String.join(", ", targetOptions));
            }
        }
        return new Applicability(target, notChosen, v.text(p + ".text", o.text()));
    }

    /** The provenance of an option or knock-out rule ({@code what} and its {@code id}): its own or the sheet's. */
    private Provenance provenance(String p, String code, SourceStatus status, Source own, String what,
            String id) {
        Source source = own != null ? own : sheetSource;
        if (source == null) {
            throw v.fail(p + ".source", what + " " + id + " of set " + set + " has no provenance", null,
                    "a source {annex, item} on the sheet or on the " + what);
        }
        return new Provenance(decisionNumber, v.text(p, ".source.annex", source.annex()),
                v.text(p, ".source.item", source.item()), code, status);
    }

    private List<KnockOutRule> knockOuts() {
        List<KnockOutRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<KnockOut> list = Checker.list(sheet.knockOuts());
        for (int i = 0; i < list.size(); i++) {
            String p = path + ".knockOuts[" + i + "]";
            KnockOut k = list.get(i);
            String id = v.text(p + ".id", k.id());
            if (!ids.add(id)) {
                throw v.fail(p + ".id", "duplicate knock-out id in set " + set, id, "each id once per sheet");
            }
            KnockOutRule.Kind kind = v.enumValue(p + ".kind", k.kind(), KnockOutRule.Kind.class,
                    "knock-out kind");
            KnockOutRule.Trigger trigger = v.enumValue(p + ".trigger", k.trigger(), KnockOutRule.Trigger.class,
                    "knock-out trigger");
            if (k.at() != null && !pathOfCode.containsKey(k.at())) {
                throw v.fail(p + ".at", "knock-out at an entry the sheet does not have", k.at(),
                        "a part, heading or criterion code of set " + set + ", or null for the header");
            }
            List<String> options = Checker.list(k.options());
            if (trigger == KnockOutRule.Trigger.CHOICE && options.isEmpty()) {
                throw v.fail(p + ".options", "a CHOICE knock-out names no option", "[]",
                        "the option ids whose choice triggers it");
            }
            if (trigger == KnockOutRule.Trigger.FINDING && !options.isEmpty()) {
                throw v.fail(p + ".options", "a FINDING knock-out cannot name options", options,
                        "no options (use trigger CHOICE)");
            }
            for (String option : options) {
                if (!pathOfOption.containsKey(option)) {
                    throw v.fail(p + ".options", "knock-out names an option the sheet does not have", option,
                            "an option id of set " + set);
                }
            }
            SourceStatus status = k.status() == null ? sheetStatus : v.status(p + ".status", k.status());
            Provenance provenance = provenance(p, k.at() == null ? "header" : k.at(), status, null,
                    "knock-out", id);
            rules.add(new KnockOutRule(id, kind, trigger, Optional.ofNullable(k.at()), v.text(p + ".text",
                    k.text()), options, Optional.ofNullable(k.doubt()), provenance));
        }
        return rules;
    }

    private List<Anomaly> anomalies(List<AnomalyJson> list) {
        List<Anomaly> anomalies = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String p = path + ".anomalies[" + i + "]";
            AnomalyJson a = list.get(i);
            if (a.at() != null && !pathOfCode.containsKey(a.at())) {
                throw v.fail(p + ".at", "anomaly at an entry the sheet does not have", a.at(),
                        "a part, heading or criterion code of set " + set + ", or null for the whole sheet");
            }
            anomalies.add(new Anomaly(Optional.ofNullable(a.at()),
                    v.enumValue(p + ".kind", a.kind(), Anomaly.Kind.class, "anomaly kind"),
                    v.text(p + ".printed", a.printed()), v.text(p + ".reading", a.reading()),
                    v.status(p + ".status", a.status())));
        }
        return anomalies;
    }

    /** The JSON path of an entry (a part, heading or criterion code) of the compiled sheet, or {@code null}. */
    String pathOf(String code) {
        return pathOfCode.get(code);
    }

    /** The JSON path of the sheet in its file. */
    String path() {
        return path;
    }

    /** The file the sheet is in. */
    String resource() {
        return v.resource;
    }
}
