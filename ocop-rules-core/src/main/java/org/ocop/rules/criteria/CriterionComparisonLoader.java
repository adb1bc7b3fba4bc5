package org.ocop.rules.criteria;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a criterion comparison between two versions' sheets (format {@value #FORMAT}) and checks it against the
 * loaded versions: both versions exist in the editions compared, every set has a sheet in both, every criterion and
 * option named exists on its sheet, every criterion of a compared {@code from} sheet has exactly one entry, a
 * {@code to} criterion is matched at most once, and an option mapping is given exactly for the kinds that carry,
 * covering every option of the {@code from} criterion.
 */
final class CriterionComparisonLoader {
    static final String FORMAT = "ocop-criteria-comparison/1";

    private CriterionComparisonLoader() {
    }

    static CriterionComparison load(DataFiles files, String name, List<CriteriaVersion> versions) {
        CriteriaFileFormat.ComparisonFile file = CriteriaReader.read(files, name, CriteriaFileFormat.ComparisonFile.class);
        Checker c = new Checker(name);
        c.equal("$.format", file.format(), FORMAT, "unsupported comparison format");
        CriteriaVersion from = version(c, "$.from", file.from(), versions);
        CriteriaVersion to = version(c, "$.to", file.to(), versions);
        c.equal("$.fromEdition", file.fromEdition(), from.edition(), "compared another edition of " + from.id());
        c.equal("$.toEdition", file.toEdition(), to.edition(), "compared another edition of " + to.id());
        SourceStatus status = c.status("$.status", file.status());
        String basis = c.text("$.basis", file.basis());
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<CriterionComparison.Match> matches = new ArrayList<>();
        List<CriteriaFileFormat.ComparisonSetJson> sets = c.required("$.sets", file.sets());
        Set<String> seenSets = new HashSet<>();
        for (int i = 0; i < sets.size(); i++) {
            String p = "$.sets[" + i + "]";
            CriteriaFileFormat.ComparisonSetJson set = sets.get(i);
            String code = c.text(p + ".set", set.set());
            if (!seenSets.add(code)) {
                throw c.fail(p + ".set", "set compared twice", code, "one entry per set");
            }
            ScoringSheet fromSheet = sheet(c, p + ".set", from, code);
            ScoringSheet toSheet = sheet(c, p + ".set", to, code);
            Set<String> seen = new HashSet<>();
            Set<String> targets = new HashSet<>();
            List<CriteriaFileFormat.ComparisonEntryJson> entries = c.required(p + ".criteria", set.criteria());
            for (int k = 0; k < entries.size(); k++) {
                String ep = p + ".criteria[" + k + "]";
                CriteriaFileFormat.ComparisonEntryJson e = entries.get(k);
                String fromCode = c.text(ep + ".from", e.from());
                Criterion fc = fromSheet.criterion(fromCode).orElseThrow(() -> c.fail(ep + ".from",
                        "no such criterion on the sheet of " + from.id() + " for set " + code, fromCode,
                        "a criterion of that sheet"));
                if (!seen.add(fromCode)) {
                    throw c.fail(ep + ".from", "criterion compared twice", fromCode, "one entry per criterion");
                }
                CriterionComparison.Kind kind = c.enumValue(ep + ".kind", e.kind(), CriterionComparison.Kind.class,
                        "kind");
                Optional<Criterion> tc = Optional.empty();
                if (kind == CriterionComparison.Kind.NO_MATCH) {
                    if (e.to() != null) {
                        throw c.fail(ep + ".to", "a NO_MATCH entry names a criterion", e.to(), "no 'to'");
                    }
                } else {
                    String toCode = c.text(ep + ".to", e.to());
                    tc = Optional.of(toSheet.criterion(toCode).orElseThrow(() -> c.fail(ep + ".to",
                            "no such criterion on the sheet of " + to.id() + " for set " + code, toCode,
                            "a criterion of that sheet")));
                    if (!targets.add(toCode)) {
                        throw c.fail(ep + ".to", "criterion matched twice", toCode, "one match per criterion");
                    }
                }
                Map<String, String> options = e.options() == null ? Map.of() : e.options();
                if (kind.carries()) {
                    if (!options.keySet().equals(new HashSet<>(fc.optionIds()))) {
                        throw c.fail(ep + ".options", "the option mapping does not cover the criterion's options",
                                options.keySet(), String.join(", ", fc.optionIds()));
                    }
                    Set<String> mapped = new HashSet<>();
                    for (Map.Entry<String, String> o : options.entrySet()) {
                        if (tc.get().option(o.getValue()).isEmpty() || !mapped.add(o.getValue())) {
                            throw c.fail(ep + ".options." + o.getKey(), "not an option of " + tc.get().code()
                                    + ", or mapped twice", o.getValue(), String.join(", ", tc.get().optionIds()));
                        }
                    }
                } else {
                    if (!options.isEmpty()) {
                        throw c.fail(ep + ".options", "an option mapping on a " + kind + " entry", options.keySet(),
                                "none: only SAME and SAME_OPTIONS carry");
                    }
                    if (Checker.list(e.changes()).isEmpty()) {
                        throw c.fail(ep + ".changes", "a " + kind + " entry without its changes", e.changes(),
                                "what differs");
                    }
                }
                List<String> changes = Checker.list(e.changes());
                for (int j = 0; j < changes.size(); j++) {
                    c.text(ep + ".changes[" + j + "]", changes.get(j));
                }
                matches.add(new CriterionComparison.Match(code, fromCode, c.text(ep + ".label", e.label()),
                        tc.map(Criterion::code), kind, options, changes));
                counts.merge(kind.name(), 1, Integer::sum);
            }
            for (Criterion criterion : fromSheet.criteria()) {
                if (!seen.contains(criterion.code())) {
                    throw c.fail(p + ".criteria", "criterion of " + from.id() + " without an entry",
                            criterion.code(), "one entry per criterion of the sheet");
                }
            }
        }
        Map<String, Integer> stated = c.required("$.counts", file.counts());
        for (CriterionComparison.Kind kind : CriterionComparison.Kind.values()) {
            int n = counts.getOrDefault(kind.name(), 0);
            if (!Integer.valueOf(n).equals(stated.getOrDefault(kind.name(), 0))) {
                throw c.fail("$.counts." + kind.name(), "count differs from the entries", stated.get(kind.name()),
                        String.valueOf(n));
            }
        }
        return new CriterionComparison(from.id(), to.id(), status, basis, name, matches);
    }

    private static CriteriaVersion version(Checker c, String path, String id, List<CriteriaVersion> versions) {
        c.text(path, id);
        return versions.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow(() -> c.fail(path,
                "unknown criteria version", id, String.join(", ", versions.stream().map(CriteriaVersion::id)
                        .toList())));
    }

    private static ScoringSheet sheet(Checker c, String path, CriteriaVersion version, String code) {
        if (version.productSets().stream().filter(s -> s.code().equals(code)).noneMatch(ProductSet::hasSheet)) {
            throw c.fail(path, "no sheet of " + version.id() + " for the set", code, "a set with a sheet in both");
        }
        return version.sheet(code);
    }
}
