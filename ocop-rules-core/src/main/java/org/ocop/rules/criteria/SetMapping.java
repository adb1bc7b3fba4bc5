package org.ocop.rules.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ocop.rules.Text;
import org.ocop.rules.internal.Messages;

/**
 * Which product sets of one criteria version cover the same products as a set of another (1048/781's 26 sets against
 * 148's and 26/2026's), as data with its basis and status: the decisions state no correspondence, so every entry is
 * our comparison of the set titles, marked {@link SourceStatus#INFERRED}.
 *
 * <p>Used to answer a dossier that gives a set code of one version while its date or override picks another. Loaded
 * from {@code criteria/set-mapping.json} with the catalogue; immutable and thread-safe.
 *
 * @param mappings each group of versions mapped to another group
 */
public record SetMapping(List<Mapping> mappings) {

    /**
     * The sets of the versions {@code from} mapped to the sets of the versions {@code to}, which share their codes.
     *
     * @param from the versions whose codes are mapped (they share one classification)
     * @param to the versions the codes are mapped to (they share one classification)
     * @param source what the mapping rests on
     * @param sets one entry per set of {@code from}
     */
    public record Mapping(List<String> from, List<String> to, String source, List<Entry> sets) {
        /** Copies. */
        public Mapping {
            from = List.copyOf(from);
            to = List.copyOf(to);
            Objects.requireNonNull(source, "source");
            sets = List.copyOf(sets);
        }
    }

    /**
     * One set and the sets covering the same products in the other versions.
     *
     * @param from the set's code in the {@code from} versions
     * @param to the matching codes in the {@code to} versions; empty when they have no such set
     * @param basis why: same title, split, merged, widened, renamed, dropped
     * @param status how sure the mapping is
     */
    public record Entry(String from, List<String> to, String basis, SourceStatus status) {
        /** Copies. */
        public Entry {
            Objects.requireNonNull(from, "from");
            to = List.copyOf(to);
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(status, "status");
        }
    }

    /** Copies. */
    public SetMapping {
        mappings = List.copyOf(mappings);
    }

    /** The sets of {@code toVersion} covering the products of set {@code code} of {@code fromVersion}, if mapped. */
    public Optional<Entry> match(String fromVersion, String code, String toVersion) {
        for (Mapping m : mappings) {
            if (m.from().contains(fromVersion) && m.to().contains(toVersion)) {
                return m.sets().stream().filter(e -> e.from().equals(code)).findFirst();
            }
            if (m.to().contains(fromVersion) && m.from().contains(toVersion)) {
                List<String> back = m.sets().stream().filter(e -> e.to().contains(code)).map(Entry::from).toList();
                if (!back.isEmpty()) {
                    String basis = m.sets().stream().filter(e -> e.to().contains(code)).map(Entry::basis).distinct()
                            .collect(Collectors.joining("; "));
                    return Optional.of(new Entry(code, back, basis, SourceStatus.INFERRED));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * When {@code code} is not a set of {@code version} but of other versions, the sentence that says so and names
     * the matching sets of {@code version}, for example {@code set I.1.1 is a code of QD-1048-2019, QD-781-2020, not
     * of QD-26-2026; under QD-26-2026 the matching set is I.1.a (Rau, củ, quả, hạt tươi; same title, inferred)}.
     */
    public Optional<Text> explainForeignCode(String code, CriteriaVersion version, CriteriaCatalogue catalogue) {
        List<CriteriaVersion> owners = catalogue.versions().stream()
                .filter(v -> v.productSets().stream().anyMatch(s -> s.code().equals(code))).toList();
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        String ownerIds = owners.stream().map(CriteriaVersion::id).collect(Collectors.joining(", "));
        Optional<Entry> entry = match(owners.get(0).id(), code, version.id());
        if (entry.isEmpty()) {
            return Optional.of(Messages.text("mapping.foreignCode.noMapping", code, ownerIds, version.id()));
        }
        if (entry.get().to().isEmpty()) {
            return Optional.of(Messages.text("mapping.foreignCode.noMatch", code, ownerIds, version.id(),
                    entry.get().basis(), entry.get().status().tag()));
        }
        // the set names and the mapping's basis are the data's own words
        List<String> names = new ArrayList<>();
        for (String to : entry.get().to()) {
            names.add(to + " (" + version.productSets().stream().filter(s -> s.code().equals(to))
                    .map(ProductSet::name).findFirst().orElse("?") + ")");
        }
        return Optional.of(Messages.text(names.size() == 1 ? "mapping.foreignCode.match"
                : "mapping.foreignCode.matches",
                code, ownerIds, version.id(), Messages.join(Messages.spaced(Messages.text("mapping.or")),
                        names.stream().map(Messages::literal).toList()), entry.get().basis(),
                entry.get().status().tag()));
    }
}
