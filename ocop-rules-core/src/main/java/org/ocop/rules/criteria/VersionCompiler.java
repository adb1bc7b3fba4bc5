package org.ocop.rules.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ocop.rules.criteria.CriteriaFileFormat.ClassJson;
import org.ocop.rules.criteria.CriteriaFileFormat.Group;
import org.ocop.rules.criteria.CriteriaFileFormat.LevelJson;
import org.ocop.rules.criteria.CriteriaFileFormat.ProcedureJson;
import org.ocop.rules.criteria.CriteriaFileFormat.Sheet;
import org.ocop.rules.criteria.CriteriaFileFormat.Subgroup;

/**
 * Checks and compiles one version file: its header (id, edition, decision, dates, part caps, bands, star-minimum
 * kind, procedures, transition) and its body (sheet editions, classification or the amending decision's renamings,
 * the sheets of every edition with {@link SheetCompiler}, and the minimum-requirements table with
 * {@link MinimumTable}). A version based on another compiles from what that version was compiled from.
 */
final class VersionCompiler extends Checker {
    static final String FORMAT = "ocop-criteria/1";
    private static final Pattern SHEET_EDITION = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern VERSION_ID = Pattern.compile("[A-Z]+-[0-9]+-[0-9]{4}");
    private static final Pattern EDITION = Pattern.compile("[0-9]{4}[a-z]");

    /** A version's header, checked. */
    record Header(String id, String edition, String editionNotes, Decision decision, LocalDate inForceFrom,
            Optional<LocalDate> lapsesAfter, Map<Part, Integer> partCaps, SourcedText bands, StarBands starBands,
            List<Procedure> procedures, Optional<SourcedText> transition, Optional<String> basedOn) {
    }

    /** One sheet as written, with the file it is in, its JSON path and the decision that printed it. */
    record SheetSource(String resource, String path, Sheet sheet, String decisionNumber) {
    }

    /**
     * What a version was compiled from, for a version based on it: its classification JSON and, per sheet edition
     * (the decision edition first), its sheets by set code.
     */
    record Sources(String resource, CriteriaFileFormat.Classification classification,
            Map<String, Map<String, SheetSource>> editions) {
    }

    private final CriteriaFileFormat.Version json;
    private final Sources base;
    private final Map<String, CriteriaFileFormat.SheetsFile> editionFiles;
    private final Correction correction;
    private String decisionNumber;
    private Map<Part, Integer> partCaps;
    private StarMinimums.Kind minimumKind;
    private SourcedText minimumStatement;
    /** Filled by {@link #body()}: what a later version based on this one takes. */
    private Sources sources;

    /**
     * A compiler of one version file.
     *
     * @param resource the file's name
     * @param json the file as read (its header only, to check the header)
     * @param base what the version it is based on was compiled from, or {@code null}
     * @param editionFiles its sheet editions' files by name, read and checked for format and version
     * @param correction what its sheets must keep of the data they correct
     */
    VersionCompiler(String resource, CriteriaFileFormat.Version json, Sources base,
            Map<String, CriteriaFileFormat.SheetsFile> editionFiles, Correction correction) {
        super(resource);
        this.json = json;
        this.base = base;
        this.editionFiles = editionFiles;
        this.correction = correction;
    }

    /** What {@link #body()} compiled from, for a later version based on this one. */
    Sources sources() {
        return sources;
    }

    /** Checks the header, and keeps what the body's checks need. */
    Header header() {
        equal("$.format", json.format(), FORMAT, "unsupported data format");
        matches("$.id", json.id(), VERSION_ID, "an id such as QD-26-2026");
        matches("$.edition", json.edition(), EDITION, "an edition such as 2026a (year and a letter)");
        String editionNotes = text("$.editionNotes", json.editionNotes());

        CriteriaFileFormat.DecisionJson d = required("$.decision", json.decision());
        decisionNumber = text("$.decision.number", d.number());
        Decision decision = new Decision(decisionNumber, date("$.decision.signed", d.signed()),
                text("$.decision.title", d.title()), status("$.decision.status", d.status()),
                list(d.sources()));

        CriteriaFileFormat.InForce inForce = required("$.inForce", json.inForce());
        LocalDate from = date("$.inForce.from", inForce.from());
        text("$.inForce.source", inForce.source());
        status("$.inForce.status", inForce.status());
        Optional<LocalDate> lapses = Optional.empty();
        if (inForce.lapses() != null) {
            lapses = Optional.of(date("$.inForce.lapses", inForce.lapses()));
            text("$.inForce.lapsesSource", inForce.lapsesSource());
            status("$.inForce.lapsesStatus", inForce.lapsesStatus());
        }

        partCaps = parts();
        CriteriaFileFormat.Bands bandsJson = required("$.bands", json.bands());
        SourcedText bands = sourced("$.bands", bandsJson.statement());
        StarBands starBands = BandsReader.floors(resource, bandsJson.floors(), bands.text());
        CriteriaFileFormat.StarMinimumsJson sm = required("$.starMinimums", json.starMinimums());
        minimumKind = enumValue("$.starMinimums.kind", sm.kind(), StarMinimums.Kind.class, "star-minimum kind");
        minimumStatement = new SourcedText(text("$.starMinimums.text", sm.text()),
                text("$.starMinimums.source", sm.source()), status("$.starMinimums.status", sm.status()),
                Optional.empty());
        List<Procedure> procedures = procedures();
        Optional<SourcedText> transition = json.transition() == null ? Optional.empty()
                : Optional.of(sourced("$.transition", json.transition()));
        return new Header(json.id(), json.edition(), editionNotes, decision, from, lapses, partCaps, bands,
                starBands, procedures, transition, json.basedOn() == null ? Optional.empty()
                        : Optional.of(json.basedOn().version()));
    }

    /** Checks and compiles the body: sheet editions, classification, sheets, star minimums; after the header. */
    CriteriaVersion.Body body() {
        if ((minimumKind == StarMinimums.Kind.PARTIAL) != (json.minimumRequirements() != null)) {
            throw fail("$.minimumRequirements", minimumKind == StarMinimums.Kind.PARTIAL
                    ? "missing key: a PARTIAL star-minimum kind needs its table"
                    : "a minimum-requirements table on a version whose star-minimum kind is " + minimumKind,
                    json.minimumRequirements() == null ? null : "{…}",
                    "minimumRequirements exactly when starMinimums.kind is PARTIAL");
        }
        Map<String, Map<String, SheetSource>> editions = sheetEditions();
        CriteriaFileFormat.Classification classificationJson = classificationJson();
        sources = new Sources(resource, classificationJson, editions);
        List<ProductSet> sets = classification(classificationJson);
        StarMinimums starMinimums = minimumKind == StarMinimums.Kind.PARTIAL
                ? MinimumTable.compile(this, json.minimumRequirements(), minimumStatement, sets)
                : new StarMinimums(minimumKind, minimumStatement);
        Map<String, List<ProductSet>> setsByEdition = new LinkedHashMap<>();
        List<Runnable> corrections = new ArrayList<>();
        for (Map.Entry<String, Map<String, SheetSource>> e : editions.entrySet()) {
            setsByEdition.put(e.getKey(), withSheets(sets, e.getKey(), e.getValue(), starMinimums, corrections));
        }
        // a correction is judged once its data is whole: the data's own errors come first
        correction.checkEditionsKept(resource, setsByEdition.keySet());
        corrections.forEach(Runnable::run);
        setsByEdition.forEach((edition, editionSets) -> correction.checkSheetsKept(edition, resourceOf(edition),
                editionSets));
        return CriteriaVersion.Body.of(starMinimums, setsByEdition);
    }

    /** The file that holds a sheet edition's sheets: its own file, or this version's. */
    private String resourceOf(String edition) {
        for (Map.Entry<String, CriteriaFileFormat.SheetsFile> e : editionFiles.entrySet()) {
            if (edition.equals(e.getValue().sheetEdition())) {
                return e.getKey();
            }
        }
        return resource;
    }

    /**
     * The sheets of every sheet edition by set: the decision edition from this file's {@code sheets}, each other
     * edition from its file. A version based on another takes that version's editions and overrides, in every
     * edition, the sets its own {@code sheets} give (781 replaces the tourism sheet).
     */
    private Map<String, Map<String, SheetSource>> sheetEditions() {
        Map<String, SheetSource> own = sheetsBySet(resource, required("$.sheets", json.sheets()),
                decisionNumber);
        Map<String, Map<String, SheetSource>> editions = new LinkedHashMap<>();
        if (base != null && !editionFiles.isEmpty()) {
            throw fail("$.sheetEditions", "a version based on another takes that version's sheet editions",
                    String.join(", ", editionFiles.keySet()), "no sheetEditions with basedOn");
        }
        if (base != null) {
            if (json.classification() != null) {
                throw fail("$.classification", "a version based on another takes its classification",
                        "{…}", "classificationChanges for what the amending decision renamed");
            }
            text("$.basedOn.text", json.basedOn().text());
            text("$.basedOn.source", json.basedOn().source());
            status("$.basedOn.status", json.basedOn().status());
            base.editions().forEach((name, sheets) -> {
                Map<String, SheetSource> merged = new LinkedHashMap<>(sheets);
                merged.putAll(own);
                editions.put(name, merged);
            });
        } else {
            editions.put(CriteriaVersion.DECISION_EDITION, own);
        }
        for (Map.Entry<String, CriteriaFileFormat.SheetsFile> e : editionFiles.entrySet()) {
            Checker ec = new Checker(e.getKey());
            CriteriaFileFormat.SheetsFile file = e.getValue();
            String name = file.sheetEdition();
            ec.matches("$.sheetEdition", name, SHEET_EDITION, "a lower-case name such as portal");
            if (editions.containsKey(name)) {
                throw ec.fail("$.sheetEdition", "a second sheet edition of " + json.id() + " with this name",
                        name, "a name other than " + String.join(", ", editions.keySet()));
            }
            ec.text("$.about", file.about());
            CriteriaFileFormat.SheetsSourceJson src = ec.required("$.sheetsSource", file.sheetsSource());
            ec.text("$.sheetsSource.text", src.text());
            ec.status("$.sheetsSource.status", src.status());
            editions.put(name, sheetsBySet(e.getKey(), ec.required("$.sheets", file.sheets()), decisionNumber));
        }
        return editions;
    }

    private Map<String, SheetSource> sheetsBySet(String res, List<Sheet> sheets, String decision) {
        Checker c = new Checker(res);
        Map<String, SheetSource> bySet = new LinkedHashMap<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            String s = "$.sheets[" + i + "]";
            String set = c.text(s + ".set", sheet.set());
            if (bySet.putIfAbsent(set, new SheetSource(res, s, sheet, decision)) != null) {
                throw c.fail(s + ".set", "a second sheet for product set", set, "one sheet per product set");
            }
            int number = c.required(s + ".number", sheet.number());
            if (!numbers.add(number)) {
                throw c.fail(s + ".number", "a second sheet with number", number, "one sheet per number");
            }
        }
        return bySet;
    }

    /** This file's classification, or the base version's with the amending decision's renamings. */
    private CriteriaFileFormat.Classification classificationJson() {
        List<CriteriaFileFormat.ClassificationChange> changes = list(json.classificationChanges());
        if (base == null) {
            if (!changes.isEmpty()) {
                throw fail("$.classificationChanges", "renamings on a version that is not based on another",
                        changes.get(0).code(), "classificationChanges only with basedOn");
            }
            return json.classification();
        }
        CriteriaFileFormat.Classification c = base.classification();
        List<ClassJson> classes = new ArrayList<>(c.classes());
        for (int i = 0; i < changes.size(); i++) {
            String p = "$.classificationChanges[" + i + "]";
            CriteriaFileFormat.ClassificationChange change = changes.get(i);
            String code = text(p + ".code", change.code());
            String name = text(p + ".name", change.name());
            text(p + ".source", change.source());
            status(p + ".status", change.status());
            boolean found = false;
            for (int k = 0; k < classes.size(); k++) {
                ClassJson cj = classes.get(k);
                List<Group> groups = new ArrayList<>();
                for (Group g : cj.groups()) {
                    List<Subgroup> subs = g.subgroups() == null ? null : new ArrayList<>();
                    if (g.subgroups() != null) {
                        for (Subgroup sg : g.subgroups()) {
                            boolean hit = sg.code().equals(code);
                            found |= hit;
                            subs.add(hit ? new Subgroup(code, name, sg.ministry()) : sg);
                        }
                    }
                    boolean hit = g.code().equals(code);
                    found |= hit;
                    groups.add(new Group(g.code(), hit ? name : g.name(), g.ministry(), subs));
                }
                classes.set(k, new ClassJson(cj.code(), cj.name(), groups));
            }
            if (!found) {
                throw fail(p + ".code", "renaming of a code the classification of " + json.basedOn().version()
                        + " does not have", code, "a group or product set code of that version");
            }
        }
        return new CriteriaFileFormat.Classification(c.status(), c.source() + "; as amended by " + decisionNumber
                + " (classificationChanges)", classes);
    }

    private Map<Part, Integer> parts() {
        Map<String, Integer> parts = required("$.parts", json.parts());
        Map<Part, Integer> caps = new EnumMap<>(Part.class);
        for (Map.Entry<String, Integer> e : parts.entrySet()) {
            Part part = enumValue("$.parts." + e.getKey(), e.getKey(), Part.class, "part");
            caps.put(part, number("$.parts." + e.getKey(), e.getValue()));
        }
        for (Part part : Part.values()) {
            if (!caps.containsKey(part)) {
                throw fail("$.parts", "missing part", part, "the caps of parts A, B and C");
            }
        }
        int total = caps.values().stream().mapToInt(Integer::intValue).sum();
        if (total != SheetCompiler.SHEET_TOTAL) {
            throw fail("$.parts", "part caps do not total " + SheetCompiler.SHEET_TOTAL, total,
                    String.valueOf(SheetCompiler.SHEET_TOTAL));
        }
        return caps;
    }

    private List<Procedure> procedures() {
        List<ProcedureJson> list = required("$.procedures", json.procedures());
        if (list.isEmpty()) {
            throw fail("$.procedures", "no procedure", "[]", "one or more procedures, oldest first");
        }
        List<Procedure> procedures = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 0; i < list.size(); i++) {
            String p = "$.procedures[" + i + "]";
            ProcedureJson pj = list.get(i);
            LocalDate from = date(p + ".from", pj.from());
            if (previous != null && !from.isAfter(previous)) {
                throw fail(p + ".from", "procedures must be listed oldest first", from,
                        "a date after " + previous);
            }
            previous = from;
            List<Procedure.Authority> levels = new ArrayList<>();
            List<LevelJson> levelList = required(p + ".levels", pj.levels());
            for (int j = 0; j < levelList.size(); j++) {
                String l = p + ".levels[" + j + "]";
                LevelJson lj = levelList.get(j);
                Level level = enumValue(l + ".level", lj.level(), Level.class, "level");
                Set<Integer> recognises = new TreeSet<>();
                for (Integer stars : required(l + ".recognises", lj.recognises())) {
                    if (stars == null || stars < 3 || stars > 5) {
                        throw fail(l + ".recognises", "a star level that cannot be recognised", stars,
                                "3, 4 or 5 (1★ and 2★ get no recognition)");
                    }
                    recognises.add(stars);
                }
                Optional<Level> forwardsTo = Optional.empty();
                OptionalInt forwardsFrom = OptionalInt.empty();
                if (lj.forwardsTo() != null || lj.forwardsFrom() != null) {
                    forwardsTo = Optional.of(enumValue(l + ".forwardsTo", lj.forwardsTo(), Level.class,
                            "level"));
                    forwardsFrom = OptionalInt.of(number(l + ".forwardsFrom", lj.forwardsFrom()));
                }
                levels.add(new Procedure.Authority(level, recognises, forwardsTo, forwardsFrom));
            }
            procedures.add(new Procedure(from, text(p + ".name", pj.name()), levels, list(pj.notes()),
                    text(p + ".source", pj.source()), status(p + ".status", pj.status())));
        }
        return procedures;
    }

    private List<ProductSet> classification(CriteriaFileFormat.Classification c) {
        if (c == null) {
            if (sources.editions().values().stream().anyMatch(sheets -> !sheets.isEmpty())) {
                throw fail("$.classification", "missing key", null, "the classification of the sheets' sets");
            }
            return List.of();
        }
        text("$.classification.source", c.source());
        status("$.classification.status", c.status());
        List<ProductSet> sets = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<ClassJson> classes = required("$.classification.classes", c.classes());
        for (int i = 0; i < classes.size(); i++) {
            ClassJson cj = classes.get(i);
            String cp = "$.classification.classes[" + i + "]";
            String classCode = unique(cp + ".code", cj.code(), codes);
            String className = text(cp + ".name", cj.name());
            List<Group> groups = required(cp + ".groups", cj.groups());
            for (int j = 0; j < groups.size(); j++) {
                Group g = groups.get(j);
                String gp = cp + ".groups[" + j + "]";
                String groupCode = unique(gp + ".code", g.code(), codes);
                String groupName = text(gp + ".name", g.name());
                if (g.subgroups() == null) {
                    sets.add(new ProductSet(groupCode, groupName, classCode, className, groupCode, groupName,
                            text(gp + ".ministry", g.ministry()), Optional.empty()));
                    continue;
                }
                for (int k = 0; k < g.subgroups().size(); k++) {
                    Subgroup sg = g.subgroups().get(k);
                    String sp = gp + ".subgroups[" + k + "]";
                    sets.add(new ProductSet(unique(sp + ".code", sg.code(), codes), text(sp + ".name", sg.name()),
                            classCode, className, groupCode, groupName, text(sp + ".ministry", sg.ministry()),
                            Optional.empty()));
                }
            }
        }
        return sets;
    }

    /**
     * The product sets with the sheets of one edition, compiled and checked, with the table's markers; the checks of
     * a correction are added to {@code corrections}, to run once every sheet is compiled.
     */
    private List<ProductSet> withSheets(List<ProductSet> sets, String edition, Map<String, SheetSource> sheets,
            StarMinimums minimums, List<Runnable> corrections) {
        Set<String> setCodes = new HashSet<>();
        sets.forEach(set -> setCodes.add(set.code()));
        for (SheetSource source : sheets.values()) {
            if (!setCodes.contains(source.sheet().set())) {
                throw new CriteriaDataException(source.resource(), source.path() + ".set",
                        "sheet for a product set the classification does not have", source.sheet().set(),
                        sets.stream().map(ProductSet::code).collect(Collectors.joining(", ")));
            }
        }
        List<ProductSet> withSheets = new ArrayList<>();
        for (ProductSet set : sets) {
            SheetSource source = sheets.get(set.code());
            if (source == null) {
                withSheets.add(set);
                continue;
            }
            SheetCompiler compiler = new SheetCompiler(new Checker(source.resource()), partCaps,
                    source.decisionNumber(), source.path(), source.sheet());
            ScoringSheet compiled = MinimumTable.withMarkers(this, compiler.compile(), edition, minimums,
                    decisionNumber);
            if (correction.isActive()) {
                corrections.add(() -> correction.checkOptionIds(edition, compiler, compiled));
            }
            withSheets.add(set.withSheet(compiled));
        }
        return withSheets;
    }

    private String unique(String path, String code, Set<String> seen) {
        text(path, code);
        if (!seen.add(code)) {
            throw fail(path, "duplicate classification code", code, "each code once");
        }
        return code;
    }
}
