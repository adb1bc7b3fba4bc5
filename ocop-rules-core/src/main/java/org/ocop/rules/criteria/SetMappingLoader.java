package org.ocop.rules.criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the set mapping between versions ({@code set-mapping.json}, format {@value #MAPPING_FORMAT}): which product
 * sets of one classification cover the same products as a set of another, with the basis of each entry.
 */
final class SetMappingLoader {
    private SetMappingLoader() {
    }

    static final String MAPPING_FORMAT = "ocop-set-mapping/1";

    /**
     * Reads the set mapping between versions and checks it against the loaded versions: every version named exists,
     * every set of the {@code from} versions is mapped exactly once, every target is a set of every {@code to}
     * version.
     */
    static SetMapping load(DataFiles files, String name, List<CriteriaVersion> versions) {
        CriteriaFileFormat.SetMappingFile file = CriteriaReader.read(files, name, CriteriaFileFormat.SetMappingFile.class);
        Checker c = new Checker(name);
        c.equal("$.format", file.format(), MAPPING_FORMAT, "unsupported mapping format");
        c.text("$.about", file.about());
        Map<String, CriteriaVersion> byId = new LinkedHashMap<>();
        versions.forEach(v -> byId.put(v.id(), v));
        List<SetMapping.Mapping> mappings = new ArrayList<>();
        List<CriteriaFileFormat.MappingJson> list = c.required("$.mappings", file.mappings());
        for (int i = 0; i < list.size(); i++) {
            String p = "$.mappings[" + i + "]";
            CriteriaFileFormat.MappingJson m = list.get(i);
            List<Set<String>> fromCodes = new ArrayList<>();
            List<Set<String>> toCodes = new ArrayList<>();
            for (String key : List.of("from", "to")) {
                List<String> ids = c.required(p + "." + key, key.equals("from") ? m.from() : m.to());
                for (String id : ids) {
                    CriteriaVersion v = byId.get(id);
                    if (v == null) {
                        throw c.fail(p + "." + key, "unknown criteria version", id, String.join(", ", byId.keySet()));
                    }
                    Set<String> codes = new LinkedHashSet<>();
                    v.productSets().forEach(set -> codes.add(set.code()));
                    (key.equals("from") ? fromCodes : toCodes).add(codes);
                }
            }
            if (fromCodes.stream().distinct().count() != 1 || toCodes.stream().distinct().count() != 1) {
                throw c.fail(p, "the versions of one side do not share their set codes", m.from() + " → " + m.to(),
                        "versions with one classification on each side");
            }
            Set<String> unmapped = new java.util.LinkedHashSet<>(fromCodes.get(0));
            List<SetMapping.Entry> entries = new ArrayList<>();
            List<CriteriaFileFormat.MappingEntryJson> sets = c.required(p + ".sets", m.sets());
            for (int k = 0; k < sets.size(); k++) {
                String ep = p + ".sets[" + k + "]";
                CriteriaFileFormat.MappingEntryJson e = sets.get(k);
                String from = c.text(ep + ".from", e.from());
                if (!unmapped.remove(from)) {
                    throw c.fail(ep + ".from", "not a set of " + m.from() + ", or mapped twice", from,
                            String.join(", ", fromCodes.get(0)));
                }
                for (String to : c.required(ep + ".to", e.to())) {
                    if (!toCodes.get(0).contains(to)) {
                        throw c.fail(ep + ".to", "not a set of " + m.to(), to, String.join(", ", toCodes.get(0)));
                    }
                }
                entries.add(new SetMapping.Entry(from, e.to(), c.text(ep + ".basis", e.basis()),
                        c.status(ep + ".status", e.status())));
            }
            if (!unmapped.isEmpty()) {
                throw c.fail(p + ".sets", "sets of " + m.from() + " without a mapping", String.join(", ", unmapped),
                        "one entry per set (an empty 'to' when no set matches)");
            }
            mappings.add(new SetMapping.Mapping(m.from(), m.to(), c.text(p + ".source", m.source()), entries));
        }
        return new SetMapping(mappings);
    }
}
