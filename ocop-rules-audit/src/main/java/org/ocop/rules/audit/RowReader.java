package org.ocop.rules.audit;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ocop.rules.OcopException;
import org.ocop.rules.Problem;
import org.ocop.rules.Text;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.ProductSet;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.RecordedResult;

/**
 * Turns one row's cells into a dossier, or into the problems that keep it from being one: each cell is read on its
 * own, so a row with three bad cells names all three. Values are taken only in the forms documented (README,
 * "Results tables"): anything else is refused with what is allowed, never guessed.
 *
 * <p>Immutable and thread-safe once built; one per table.
 */
final class RowReader {

    private static final Pattern DECIMAL = Pattern.compile("(\\d+)(?:[.,](\\d+))?");
    private static final Pattern WHOLE = Pattern.compile("\\d+");
    private static final Pattern SET_CODE = Pattern.compile("[IVX]+(\\.[0-9]+(\\.([a-z]|[0-9]+))?)?");

    private final String file;
    private final RawTable table;
    private final Map<Column, Integer> columns;
    private final List<Integer> unnamed;
    private final CriteriaCatalogue catalogue;
    /**
     * Each criteria version's sets with their names and group names normalised, worked out on the first row that
     * names a set of that version: a table names sets on thousands of rows, and normalising every set's name for
     * each of them was most of the reading's time. Concurrent, so the reader stays thread-safe.
     */
    private final Map<String, List<NamedSet>> setNames = new java.util.concurrent.ConcurrentHashMap<>();

    /** A product set with its name and its group's name as {@link Column#normalise} gives them. */
    private record NamedSet(ProductSet set, String name, String group) {
    }

    RowReader(String file, RawTable table, Map<Column, Integer> columns, List<Integer> unnamed,
            CriteriaCatalogue catalogue) {
        this.file = file;
        this.table = table;
        this.columns = new EnumMap<>(columns);
        this.unnamed = List.copyOf(unnamed);
        this.catalogue = catalogue;
    }

    /** One row read: every problem of every cell, or the dossier. */
    TableRow read(RawTable.Row row) {
        Cells cells = new Cells(row);
        String id = cells.text(Column.ID).orElse(null);
        Optional<LocalDate> submittedOn = cells.required(Column.SUBMITTED_ON)
                .flatMap(c -> cells.date(Column.SUBMITTED_ON));
        Optional<LocalDate> ratedOn = cells.date(Column.RATED_ON);
        Optional<Level> level = cells.level();
        Optional<List<Integer>> totals = cells.totals();
        Optional<BigDecimal> average = cells.decimal(Column.AVERAGE);
        OptionalInt stars = cells.stars();
        Optional<LocalDate> decidedOn = cells.date(Column.DECIDED_ON);
        Optional<String> set = cells.required(Column.PRODUCT_SET).flatMap(c -> cells.productSet(submittedOn,
                ratedOn));
        // a value under no header (a blank header cell, or past the last header: "92,5" unquoted in a comma file)
        // would be lost: it is a problem, never dropped
        List<Integer> headless = new ArrayList<>(unnamed);
        for (int i = table.headers().size(); i < row.cells().size(); i++) {
            headless.add(i);
        }
        for (int index : headless) {
            RawTable.Cell c = row.cell(index);
            if (!c.isBlank()) {
                cells.add(index, new Problem(cellWhere(row.number(), "", index), TableText.of("cell.noHeader"),
                        TableText.literal(c.text()), TableText.of("cell.noHeader.allowed")));
            }
        }
        if (cells.isBlank(Column.MEMBER_TOTALS) && cells.isBlank(Column.AVERAGE)) {
            cells.add(Integer.MAX_VALUE, new Problem(TableText.of("where.row", where(row), row.number()),
                    TableText.of("row.noScore"), TableText.literal(""), TableText.of("row.noScore.allowed")));
        }
        Optional<String> source = cells.text(Column.SOURCE).map(String::strip).filter(s -> !s.isEmpty());
        if (!cells.problems.isEmpty()) {
            return new TableRow(file, table.sheet(), row.number(), Optional.empty(), cells.problems(), source);
        }
        RecordedResult recorded = RecordedResult.empty();
        boolean anyRecorded = false;
        if (average.isPresent()) {
            recorded = recorded.withAverage(average.get());
            anyRecorded = true;
        }
        if (stars.isPresent()) {
            recorded = recorded.withStars(stars.getAsInt());
            anyRecorded = true;
        }
        if (level.isPresent()) {
            recorded = recorded.withLevel(level.get());
            anyRecorded = true;
        }
        Optional<String> decision = cells.text(Column.DECISION);
        if (decision.isPresent()) {
            recorded = recorded.withDecision(decision.get());
            anyRecorded = true;
        }
        if (decidedOn.isPresent()) {
            recorded = recorded.withDecidedOn(decidedOn.get());
            anyRecorded = true;
        }
        Optional<String> version = cells.text(Column.CRITERIA_VERSION);
        if (version.isPresent()) {
            recorded = recorded.withCriteriaVersion(version.get());
            anyRecorded = true;
        }
        Dossier.Builder dossier = Dossier.builder()
                .id(id != null ? id : file + table.sheet().map(s -> " sheet " + s).orElse("") + " row " + row.number())
                .productName(cells.text(Column.PRODUCT_NAME).orElse(""))
                .producer(cells.text(Column.PRODUCER).orElse("")).productSet(set.orElseThrow())
                .submittedOn(submittedOn.orElseThrow()).ratedOn(ratedOn.orElse(null)).level(level.orElse(null))
                .recorded(anyRecorded ? recorded : null);
        if (totals.isPresent()) {
            dossier.memberTotals(totals.get());       // the recorded average is then only compared
        } else {
            dossier.average(average.orElseThrow());  // what most published lists print: an average-only dossier
        }
        return new TableRow(file, table.sheet(), row.number(), Optional.of(dossier.build()), List.of(), source);
    }

    private Text where(RawTable.Row row) {
        return table.sheet().isPresent() ? TableText.of("where.sheet", file, table.sheet().get())
                : TableText.literal(file);
    }

    private Text cellWhere(int row, String header, int index) {
        String blank = header.isEmpty() ? "NoHeader" : "";
        return table.sheet().isPresent()
                ? TableText.of("where.xlsxCell" + blank, file, table.sheet().get(), row, header,
                        table.columnLabel(index))
                : TableText.of("where.csvCell" + blank, file, row, header, table.columnLabel(index));
    }

    /** The cells of one row, read column by column; what is wrong is collected, in column order. */
    private final class Cells {
        private final RawTable.Row row;
        /** Each problem with its column's index, to give them in column order whatever order they were found in. */
        private final List<Map.Entry<Integer, Problem>> problems = new ArrayList<>();

        Cells(RawTable.Row row) {
            this.row = row;
        }

        void add(int index, Problem problem) {
            problems.add(Map.entry(index, problem));
        }

        List<Problem> problems() {
            return problems.stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
        }

        private RawTable.Cell cell(Column column) {
            Integer index = columns.get(column);
            return index == null ? RawTable.Cell.BLANK : row.cell(index);
        }

        boolean isBlank(Column column) {
            return cell(column).isBlank();
        }

        private void problem(Column column, String key, String value, Text allowed, Object... args) {
            int index = columns.get(column);
            add(index, new Problem(cellWhere(row.number(), table.headers().get(index), index),
                    TableText.of(key, args), TableText.literal(value), allowed));
        }

        /** A required cell: present, or a problem. */
        Optional<RawTable.Cell> required(Column column) {
            RawTable.Cell c = cell(column);
            if (c.isBlank()) {
                problem(column, "cell.required", "", TableText.of("cell.required.allowed." + column.key()));
                return Optional.empty();
            }
            return Optional.of(c);
        }

        Optional<String> text(Column column) {
            RawTable.Cell c = cell(column);
            return c.isBlank() ? Optional.empty() : Optional.of(c.text());
        }

        /** A day: a workbook's date cell, or the text {@code yyyy-mm-dd} or {@code dd/mm/yyyy}. */
        Optional<LocalDate> date(Column column) {
            RawTable.Cell c = cell(column);
            if (c.isBlank()) {
                return Optional.empty();
            }
            Text allowed = TableText.of("cell.date.allowed");
            if (c.date() != null) {
                return Optional.of(c.date());
            }
            if (c.number() != null) {
                problem(column, "cell.date.number", c.text(), allowed);
                return Optional.empty();
            }
            try {
                Optional<LocalDate> date = WrittenDates.parse(c.text());
                if (date.isPresent()) {
                    return date;
                }
            } catch (DateTimeException e) {
                problem(column, "cell.date.noSuchDay", c.text(), allowed);
                return Optional.empty();
            }
            problem(column, "cell.date", c.text(), allowed);
            return Optional.empty();
        }

        /** A number of points: a workbook's number, or digits with one decimal point or comma. */
        Optional<BigDecimal> decimal(Column column) {
            RawTable.Cell c = cell(column);
            if (c.isBlank()) {
                return Optional.empty();
            }
            BigDecimal value;
            if (c.number() != null) {
                value = c.number();
            } else {
                Matcher m = DECIMAL.matcher(c.text());
                if (!m.matches()) {
                    problem(column, "cell.decimal", c.text(), TableText.of("cell.decimal.allowed"));
                    return Optional.empty();
                }
                value = new BigDecimal(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2)));
            }
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0
                    || value.scale() > Dossier.MAX_AVERAGE_DECIMALS) {
                problem(column, "cell.average.range", c.text(), TableText.of("cell.decimal.allowed"));
                return Optional.empty();
            }
            return Optional.of(value);
        }

        /** Whole points separated by {@code ;}. */
        Optional<List<Integer>> totals() {
            RawTable.Cell c = cell(Column.MEMBER_TOTALS);
            if (c.isBlank()) {
                return Optional.empty();
            }
            Text allowed = TableText.of("cell.totals.allowed");
            String text = c.number() != null ? c.number().toPlainString() : c.text();
            List<Integer> totals = new ArrayList<>();
            for (String part : text.split(";", -1)) {
                String t = part.strip();
                if (!WHOLE.matcher(t).matches() || t.length() > 3 || Integer.parseInt(t) > 100) {
                    problem(Column.MEMBER_TOTALS, "cell.totals", text, allowed, t);
                    return Optional.empty();
                }
                totals.add(Integer.parseInt(t));
            }
            return Optional.of(List.copyOf(totals));
        }

        /** A star from 1 to 5. */
        OptionalInt stars() {
            RawTable.Cell c = cell(Column.STARS);
            if (c.isBlank()) {
                return OptionalInt.empty();
            }
            String text = c.number() != null ? c.number().stripTrailingZeros().toPlainString() : c.text();
            if (text.length() != 1 || text.charAt(0) < '1' || text.charAt(0) > '5') {
                problem(Column.STARS, "cell.stars", c.text(), TableText.of("cell.stars.allowed"));
                return OptionalInt.empty();
            }
            return OptionalInt.of(Integer.parseInt(text));
        }

        /** A level, in English or Vietnamese. */
        Optional<Level> level() {
            RawTable.Cell c = cell(Column.LEVEL);
            if (c.isBlank()) {
                return Optional.empty();
            }
            String n = Column.normalise(c.text());
            Level level = switch (n) {
                case "district", "huyen", "cap huyen" -> Level.DISTRICT;
                case "province", "tinh", "cap tinh" -> Level.PROVINCE;
                case "ministry", "trung uong", "cap trung uong", "quoc gia", "cap quoc gia" -> Level.MINISTRY;
                default -> null;
            };
            if (level == null) {
                problem(Column.LEVEL, "cell.level", c.text(), TableText.of("cell.level.allowed"));
            }
            return Optional.ofNullable(level);
        }

        /**
         * The product set: a code as the criteria give it, or a set's name matched against the classification of
         * the version in force on the submission day (accents, case and spacing aside).
         */
        Optional<String> productSet(Optional<LocalDate> submittedOn, Optional<LocalDate> ratedOn) {
            RawTable.Cell c = cell(Column.PRODUCT_SET);
            String given = c.text();
            if (SET_CODE.matcher(given).matches()) {
                return Optional.of(given); // checked against the version's sets when rated
            }
            if (submittedOn.isEmpty()) {
                return Optional.empty(); // the date's own problem says why; no version to look the name up in
            }
            CriteriaVersion version;
            try {
                version = catalogue.resolve(submittedOn.get(), ratedOn.orElse(null)).version();
            } catch (OcopException e) {
                problem(Column.PRODUCT_SET, "cell.set.noVersion", given, TableText.of("cell.set.code"),
                        submittedOn.get());
                return Optional.empty();
            }
            List<ProductSet> sets = version.productSets();
            if (sets.isEmpty()) {
                problem(Column.PRODUCT_SET, "cell.set.noClassification", given, TableText.of("cell.set.code"),
                        version.id());
                return Optional.empty();
            }
            String wanted = Column.normalise(given);
            List<NamedSet> named = setNames.computeIfAbsent(version.id() + '\u0000' + version.edition() + '\u0000'
                    + version.sheetEdition(), k -> sets.stream().map(s -> new NamedSet(s, Column.normalise(s.name()),
                            Column.normalise(s.groupName()))).toList());
            List<ProductSet> same = named.stream().filter(n -> n.name().equals(wanted)).map(NamedSet::set).toList();
            if (same.size() == 1) {
                return Optional.of(same.get(0).code());
            }
            // a group's name ("Nhóm sản phẩm") names its one set, or is ambiguous between its sets
            List<ProductSet> group = same.isEmpty() ? named.stream().filter(n -> n.group().equals(wanted))
                    .map(NamedSet::set).toList() : same;
            if (group.size() == 1) {
                return Optional.of(group.get(0).code());
            }
            if (group.size() > 1) {
                problem(Column.PRODUCT_SET, "cell.set.ambiguous", given, candidates(group), version.id());
                return Optional.empty();
            }
            List<ProductSet> near = named.stream().filter(n -> {
                // whole words only: "hoa" (flowers) is not near "khoáng" (mineral)
                String name = " " + n.name() + " ";
                String word = " " + wanted + " ";
                return !wanted.isEmpty() && (name.contains(word) || word.contains(name));
            }).map(NamedSet::set).toList();
            problem(Column.PRODUCT_SET, "cell.set.unknown", given, candidates(near.isEmpty() ? sets : near),
                    version.id());
            return Optional.empty();
        }

        private Text candidates(List<ProductSet> sets) {
            return TableText.of("cell.set.candidates", sets.stream().map(s -> s.code() + " " + s.name())
                    .collect(Collectors.joining("; ")));
        }
    }
}
