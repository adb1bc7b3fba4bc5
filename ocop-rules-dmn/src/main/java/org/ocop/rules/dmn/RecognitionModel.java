package org.ocop.rules.dmn;

import static org.ocop.rules.dmn.DmnXml.enumValues;
import static org.ocop.rules.dmn.DmnXml.str;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Procedure;
import org.ocop.rules.dmn.DmnXml.Model;
import org.ocop.rules.dmn.DmnXml.Table;

/**
 * The recognition model ({@code recognition.dmn}): what the evaluating level may recognise of a rated star and where
 * it forwards the dossier, under each procedure of the version.
 *
 * <p>Separate from the other version-wide models because it is the only one written from the procedures (which
 * level recognises which stars, forwarding thresholds), and because its rows must first be collected per procedure
 * and then merged ({@link ProcedureRows}) to pass the validator's decision-table analysis; it looks only at a dossier
 * already rated.
 */
final class RecognitionModel {

    private RecognitionModel() {
    }

    /** Granted stars and forwarding by (procedure, level, stars, total, members), from the version's procedures. */
    static String recognition(CriteriaVersion version) {
        Model m = new Model(version, "recognition", "What the evaluating level may recognise and where it "
                + "forwards, under each procedure of " + version.decision().number() + ".");
        // The procedure is a column only when the version has several: a one-value column is no choice, and the
        // validator cannot enumerate it for gap analysis.
        boolean byProcedure = version.procedures().size() > 1;
        if (byProcedure) {
            m.input("procedure", "string");
        }
        m.input("level", "string").input("stars", "number").input("total", "number").input("members", "number");
        String procedureValues = version.procedures().stream().map(p -> str(p.name()))
                .collect(Collectors.joining(","));
        Table granted = new Table("grantedStars", "granted stars", "UNIQUE", null, "number",
                "The highest star the level recognises, not above the rated star; null: none (no certificate).");
        Table forwarded = new Table("forwardedTo", "forwarded to", "UNIQUE", null, "string",
                "Forwarded when the exact average reaches the threshold and the rated star reaches the threshold's "
                        + "band (a product demoted below it is not forwarded); null: not forwarded.");
        for (Table t : List.of(granted, forwarded)) {
            if (byProcedure) {
                t.in("procedure", "string", procedureValues);
            }
            t.in("level", "string", enumValues(Level.values())).in("stars", "number", null);
        }
        TreeSet<Integer> thresholds = new TreeSet<>();
        version.procedures().forEach(p -> p.levels().forEach(a -> a.forwardsFrom().ifPresent(thresholds::add)));
        thresholds.forEach(f -> forwarded.in("total >= " + f + " * members", "boolean", null));
        ProcedureRows grantedRows = new ProcedureRows();
        ProcedureRows forwardedRows = new ProcedureRows();
        for (Procedure p : version.procedures()) {
            List<String> silent = new ArrayList<>();
            List<String> notForwarding = new ArrayList<>();
            for (Level level : Level.values()) {
                var authority = p.authority(level);
                List<Integer> recognises = authority.map(a -> a.recognises().stream().sorted().toList())
                        .orElse(List.of());
                String why = p.name() + ", " + level;
                if (recognises.isEmpty()) {
                    silent.add(str(level.name()));
                } else {
                    grantedRows.add(p.name(), why + ": below " + recognises.get(0) + "★", cells(str(level.name()),
                            "< " + recognises.get(0)), List.of("null"));
                    for (int i = 0; i < recognises.size(); i++) {
                        int r = recognises.get(i);
                        String range = i + 1 < recognises.size() ? "[" + r + ".." + recognises.get(i + 1) + ")"
                                : ">= " + r;
                        grantedRows.add(p.name(), why + ": recognises " + r + "★", cells(str(level.name()), range),
                                List.of(r + ""));
                    }
                }
                if (authority.isEmpty() || authority.get().forwardsTo().isEmpty()
                        || authority.get().forwardsFrom().isEmpty()) {
                    notForwarding.add(str(level.name()));
                    continue;
                }
                int from = authority.get().forwardsFrom().getAsInt();
                int fromStar = version.starBands().starsOf(from, 1);
                String to = str(authority.get().forwardsTo().get().name());
                for (boolean reached : List.of(true, false)) {
                    List<String> row = cells(str(level.name()), ">= " + fromStar);
                    thresholds.forEach(f -> row.add(f == from ? String.valueOf(reached) : "-"));
                    forwardedRows.add(p.name(), why + (reached ? ": forwards from " : ": below ") + from
                            + " points, rated at least " + fromStar + "★", row, List.of(reached ? to : "null"));
                }
                List<String> below = cells(str(level.name()), "< " + fromStar);
                thresholds.forEach(f -> below.add("-"));
                forwardedRows.add(p.name(), why + ": rated below " + fromStar + "★, not forwarded", below,
                        List.of("null"));
            }
            if (!silent.isEmpty()) {
                grantedRows.add(p.name(), p.name() + ": levels that recognise none",
                        cells(String.join(",", silent), "-"), List.of("null"));
            }
            if (!notForwarding.isEmpty()) {
                List<String> row = cells(String.join(",", notForwarding), "-");
                thresholds.forEach(f -> row.add("-"));
                forwardedRows.add(p.name(), p.name() + ": levels that do not forward", row, List.of("null"));
            }
        }
        List<String> names = version.procedures().stream().map(Procedure::name).toList();
        grantedRows.emit(granted, byProcedure, names);
        forwardedRows.emit(forwarded, byProcedure, names);
        return m.decision(granted).decision(forwarded).xml();
    }

    private static List<String> cells(String... rest) {
        return new ArrayList<>(List.of(rest));
    }

    /**
     * Recognition rules collected per procedure, then written once per distinct (cells, output): a rule every
     * procedure shares gets "-" in the procedure column, one some share gets the list of them. The validator's
     * decision-table analysis asks for this contraction, and a reader sees at a glance what changed between
     * procedures.
     */
    private static final class ProcedureRows {
        private record Row(String procedure, String description, List<String> cells, List<String> outputs) {
        }

        private final List<Row> rows = new ArrayList<>();

        void add(String procedure, String description, List<String> cells, List<String> outputs) {
            rows.add(new Row(procedure, description, List.copyOf(cells), List.copyOf(outputs)));
        }

        void emit(Table table, boolean byProcedure, List<String> procedures) {
            Map<List<List<String>>, List<Row>> groups = new LinkedHashMap<>();
            for (Row row : rows) {
                groups.computeIfAbsent(List.of(row.cells(), row.outputs()), k -> new ArrayList<>()).add(row);
            }
            for (List<Row> group : groups.values()) {
                Row first = group.get(0);
                List<String> cells = new ArrayList<>();
                String description = first.description();
                if (byProcedure) {
                    List<String> names = group.stream().map(Row::procedure).distinct().toList();
                    cells.add(names.size() == procedures.size() ? "-"
                            : names.stream().map(DmnXml::str).collect(Collectors.joining(",")));
                    String own = description.replaceFirst("^" + Pattern.quote(first.procedure())
                            + "[,:] ", "");
                    description = (names.size() == procedures.size() ? "every procedure" : String.join(" / ",
                            names)) + ": " + own;
                }
                cells.addAll(first.cells());
                table.rule(description, cells, first.outputs());
            }
        }
    }
}
