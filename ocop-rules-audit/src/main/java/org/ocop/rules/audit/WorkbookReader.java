package org.ocop.rules.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.ocop.rules.Problem;
import org.ocop.rules.Text;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.ProductSet;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.Council;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;

/**
 * Reads a filled scoring workbook: its identity first (a file-level {@link ScoringWorkbookException} when it is not
 * one this library reads), then the form's keyed rows against the criteria, then each member column's marks. What a
 * dossier cannot say is a problem naming the cell; what a dossier can say is left to the rating's checks, so a
 * workbook and the same dossier in JSON are accepted and refused alike.
 *
 * <p>Only a mark decides: {@code x} or {@code X}, spaces around aside. Formula cells (the running totals) are never
 * read, whatever value they cache.
 */
final class WorkbookReader {


    private final String file;
    private final Sheet form;
    private final CriteriaVersion version;
    private final ScoringSheet sheet;
    private final List<Problem> problems = new ArrayList<>();

    private WorkbookReader(String file, Sheet form, CriteriaVersion version, ScoringSheet sheet) {
        this.file = file;
        this.form = form;
        this.version = version;
        this.sheet = sheet;
    }

    static FilledWorkbook read(InputStream in, String file, CriteriaCatalogue catalogue) throws IOException {
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            // POI says "not an OOXML file" and the like in its own words: kept as the value, as a results table does
            throw error(file, "file.notXlsx", String.valueOf(e.getMessage()), "file.notXlsx.allowed");
        }
        try (workbook) {
            Sheet ids = workbook.getSheet(ScoringWorkbook.IDENTITY_SHEET);
            if (ids == null) {
                throw error(file, "file.notWorkbook", sheetNames(workbook), "file.notWorkbook.allowed");
            }
            Map<String, String> identity = new HashMap<>();
            for (Row row : ids) {
                identity.putIfAbsent(text(row.getCell(0)), text(row.getCell(1)));
            }
            if (!identity.containsKey(ScoringWorkbook.MARKER)) {
                throw error(file, "file.noMarker", ScoringWorkbook.IDENTITY_SHEET, "file.notWorkbook.allowed");
            }
            String format = identity.getOrDefault("format", "");
            if (!format.equals(String.valueOf(ScoringWorkbook.FORMAT))) {
                throw error(file, "file.format", format, "file.format.allowed", ScoringWorkbook.FORMAT);
            }
            String id = identity.getOrDefault("criteriaVersion", "");
            CriteriaVersion version = catalogue.findVersion(id).orElseThrow(() -> error(file, "file.version", id,
                    "file.list", catalogue.versions().stream().map(CriteriaVersion::id)
                            .collect(Collectors.joining(", "))));
            String edition = identity.getOrDefault("sheetEdition", "");
            if (!version.sheetEditions().contains(edition)) {
                throw error(file, "file.edition", edition, "file.list", String.join(", ", version.sheetEditions()),
                        version.id());
            }
            version = version.withSheetEdition(edition);
            String set = identity.getOrDefault("productSet", "");
            CriteriaVersion v = version;
            if (v.productSets().stream().noneMatch(p -> p.code().equals(set) && p.hasSheet())) {
                throw error(file, "file.set", set, "file.list", String.join(", ", v.setsWithSheets()), v.id(),
                        edition);
            }
            ScoringSheet sheet = version.sheet(set);
            Sheet form = null;
            for (Sheet s : workbook) {
                Row first = s.getRow(0);
                if (first != null && FormRow.FORM_MARKER.equals(text(first.getCell(WorkbookWriter.KEY)))) {
                    form = s;
                    break;
                }
            }
            if (form == null) {
                throw error(file, "file.noForm", sheetNames(workbook), "file.noForm.allowed");
            }
            return new WorkbookReader(file, form, version, sheet).read();
        }
    }

    private FilledWorkbook read() {
        // the member columns by their keys in the hidden first row
        TreeMap<Integer, Integer> members = new TreeMap<>();
        Row keyRow = form.getRow(0);
        for (Cell cell : keyRow) {
            String key = text(cell);
            if (key.startsWith("member:")) {
                try {
                    int n = Integer.parseInt(key.substring("member:".length()));
                    if (members.put(n, cell.getColumnIndex()) == null) {
                        continue;
                    }
                } catch (NumberFormatException e) {
                    // reported below as a column key no workbook has
                }
                problems.add(new Problem(cellWhere(cell.getRowIndex(), cell.getColumnIndex(), ""),
                        WorkbookText.of("layout.columnKey"), WorkbookText.literal(key),
                        WorkbookText.of("layout.allowed")));
            }
        }
        if (members.isEmpty()) {
            problems.add(new Problem(sheetWhere(), WorkbookText.of("layout.noMembers"), WorkbookText.literal(""),
                    WorkbookText.of("layout.allowed")));
            return invalid();
        }
        // the keyed rows, checked against the criteria: none missing, none twice, none unknown
        List<FormRow> expected = FormRow.of(sheet);
        Map<String, FormRow> byKey = new LinkedHashMap<>();
        expected.forEach(r -> byKey.put(r.key(), r));
        Map<String, Integer> found = new HashMap<>();
        List<Integer> unkeyed = new ArrayList<>();
        for (Row row : form) {
            if (row.getRowNum() == 0) {
                continue;
            }
            String key = text(row.getCell(WorkbookWriter.KEY));
            if (key.equals(FormRow.HEAD)) {
                continue; // the column headings: "Thành viên 1" … are no marks
            }
            if (key.isEmpty() || key.equals(FormRow.INFO)) {
                unkeyed.add(row.getRowNum());
            } else if (!byKey.containsKey(key)) {
                problems.add(new Problem(cellWhere(row.getRowNum(), WorkbookWriter.KEY, ""),
                        WorkbookText.of("layout.unknownKey"), WorkbookText.literal(key),
                        WorkbookText.of("layout.allowed")));
            } else if (found.putIfAbsent(key, row.getRowNum()) != null) {
                problems.add(new Problem(cellWhere(row.getRowNum(), WorkbookWriter.KEY, ""),
                        WorkbookText.of("layout.twice", found.get(key) + 1), WorkbookText.literal(key),
                        WorkbookText.of("layout.allowed")));
            }
        }
        for (FormRow row : expected) {
            if (!found.containsKey(row.key())) {
                problems.add(new Problem(sheetWhere(), WorkbookText.of("layout.missing"),
                        WorkbookText.literal(row.key()), WorkbookText.of("layout.allowed")));
            }
        }
        if (!problems.isEmpty()) {
            return invalid(); // marks cannot be told apart once the layout is broken
        }
        int lastColumn = java.util.Collections.max(members.values());
        // marks where no option is: on titles, notes, totals or beyond the member columns
        for (int r : unkeyed) {
            offForm(r, WorkbookWriter.FIRST_MEMBER, Integer.MAX_VALUE, members);
        }
        for (FormRow row : expected) {
            int r = found.get(row.key());
            switch (row.kind()) {
                case PART, HEADING, CRITERION, TOTAL -> offForm(r, WorkbookWriter.FIRST_MEMBER, Integer.MAX_VALUE,
                        members);
                case OPTION, NONE -> offForm(r, lastColumn + 1, Integer.MAX_VALUE, members);
                default -> {
                }
            }
        }

        Dossier.Builder dossier = Dossier.builder().productSet(sheet.productSet())
                .criteriaVersion(version.id());
        fields(found, dossier);
        List<MemberSheet> sheets = new ArrayList<>();
        int namesRow = found.get("names");
        for (Map.Entry<Integer, Integer> member : members.entrySet()) {
            member(member.getKey(), member.getValue(), namesRow, expected, found).ifPresent(sheets::add);
        }
        List<String> findings = new ArrayList<>();
        for (FormRow row : expected) {
            if (row.kind() == FormRow.Kind.FINDING) {
                int r = found.get(row.key());
                boolean marked = false;
                for (int column : members.values()) {
                    marked |= mark(r, column, WorkbookText.of("what.finding", row.rule().id()));
                }
                if (marked) {
                    findings.add(row.rule().id());
                }
            }
        }
        if (!problems.isEmpty()) {
            return invalid();
        }
        dossier.sheets(sheets).findings(findings);
        return new FilledWorkbook(file, version.id(), version.sheetEdition(), sheet.productSet(),
                Optional.of(dossier.build()), List.of());
    }

    /** One member column: its name and marks, or nothing for a column left empty. */
    private Optional<MemberSheet> member(int number, int column, int namesRow, List<FormRow> expected,
            Map<String, Integer> found) {
        String name = text(cell(namesRow, column)).strip();
        Map<String, String> choices = new LinkedHashMap<>();
        Map<String, List<String>> ticks = new LinkedHashMap<>();
        Map<String, List<String>> marked = new LinkedHashMap<>(); // criterion → option ids marked, in order
        Map<String, List<String>> cells = new LinkedHashMap<>();
        int before = problems.size();
        boolean any = false;
        Text who = WorkbookText.literal(name.isEmpty() ? "#" + number : name);
        for (FormRow row : expected) {
            if (row.kind() != FormRow.Kind.OPTION && row.kind() != FormRow.Kind.NONE) {
                continue;
            }
            int r = found.get(row.key());
            String id = row.kind() == FormRow.Kind.OPTION ? row.option().id() : "";
            Text what = row.kind() == FormRow.Kind.OPTION ? WorkbookText.of("what.option", who, id)
                    : WorkbookText.of("what.none", who, row.criterion().code());
            if (mark(r, column, what)) {
                any = true;
                marked.computeIfAbsent(row.criterion().code(), k -> new ArrayList<>()).add(id);
                cells.computeIfAbsent(row.criterion().code(), k -> new ArrayList<>())
                        .add(new CellReference(r, column).formatAsString(false));
            }
        }
        any |= problems.size() > before;
        if (name.isEmpty()) {
            if (any) {
                problems.add(new Problem(cellWhere(namesRow, column, WorkbookText.of("what.name", number)),
                        WorkbookText.of("member.noName"), WorkbookText.literal(""),
                        WorkbookText.of("member.noName.allowed")));
            }
            return Optional.empty();
        }
        for (Map.Entry<String, List<String>> e : marked.entrySet()) {
            Criterion c = sheet.criterion(e.getKey()).orElseThrow();
            List<String> ids = e.getValue();
            String where = String.join(", ", cells.get(e.getKey()));
            int r = found.get("criterion:" + c.code());
            if (c.select() == Criterion.Select.ONE) {
                if (ids.size() > 1) {
                    problems.add(new Problem(cellWhere(r, column, WorkbookText.of("what.criterion", who,
                            c.code())), WorkbookText.of("mark.two", c.code()), WorkbookText.literal(
                                    String.join(", ", ids) + " (" + where + ")"),
                            WorkbookText.of("mark.two.allowed", String.join(", ", c.optionIds()))));
                } else {
                    choices.put(c.code(), ids.get(0));
                }
            } else if (ids.contains("") && ids.size() > 1) {
                problems.add(new Problem(cellWhere(r, column, WorkbookText.of("what.criterion", who, c.code())),
                        WorkbookText.of("mark.noneAndLines", c.code()), WorkbookText.literal(
                                ids.stream().map(i -> i.isEmpty() ? WorkbookText.of("mark.noneWord").toString() : i)
                                        .collect(Collectors.joining(", ")) + " (" + where + ")"),
                        WorkbookText.of("mark.noneAndLines.allowed")));
            } else {
                ticks.put(c.code(), ids.stream().filter(i -> !i.isEmpty()).toList());
            }
        }
        return Optional.of(new MemberSheet(name, choices, ticks));
    }

    /** Whether the cell holds a mark; anything else that is not empty is a problem. */
    private boolean mark(int row, int column, Text what) {
        Cell cell = cell(row, column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return false;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            problems.add(new Problem(cellWhere(row, column, what), WorkbookText.of("mark.formula"),
                    WorkbookText.literal("=" + cell.getCellFormula()), WorkbookText.of("mark.allowed")));
            return false;
        }
        String value = text(cell);
        if (value.isBlank()) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("x")) {
            return true;
        }
        problems.add(new Problem(cellWhere(row, column, what), WorkbookText.of("mark.unknown"),
                WorkbookText.literal(value), WorkbookText.of("mark.allowed")));
        return false;
    }

    /** A value where no mark belongs (formulas aside: the totals the writer put there). */
    private void offForm(int row, int from, int to, Map<Integer, Integer> members) {
        Row r = form.getRow(row);
        if (r == null) {
            return;
        }
        for (Cell cell : r) {
            int c = cell.getColumnIndex();
            if (c < from || c > to || cell.getCellType() == CellType.FORMULA) {
                continue;
            }
            String value = text(cell);
            if (!value.isBlank()) {
                problems.add(new Problem(cellWhere(row, c, ""), WorkbookText.of("layout.offForm"),
                        WorkbookText.literal(value), WorkbookText.of("layout.offForm.allowed")));
            }
        }
    }

    private void fields(Map<String, Integer> found, Dossier.Builder dossier) {
        String id = field(found, "id");
        if (id.isEmpty()) {
            fieldProblem(found, "id", "value.required", "", "value.id.allowed");
        }
        dossier.id(id).productName(field(found, "productName")).producer(field(found, "producer"));
        Optional<LocalDate> submitted = date(found, "submittedOn");
        if (submitted.isPresent()) {
            dossier.submittedOn(submitted.get());
        } else if (field(found, "submittedOn").isEmpty()) {
            fieldProblem(found, "submittedOn", "value.required", "", "value.date.allowed");
        }
        date(found, "ratedOn").ifPresent(dossier::ratedOn);
        String level = field(found, "level");
        if (!level.isEmpty()) {
            String n = Column.normalise(level);
            Level l = switch (n) {
                case "district", "huyen", "cap huyen" -> Level.DISTRICT;
                case "province", "tinh", "cap tinh" -> Level.PROVINCE;
                case "ministry", "trung uong", "cap trung uong", "quoc gia", "cap quoc gia" -> Level.MINISTRY;
                default -> null;
            };
            if (l == null) {
                fieldProblem(found, "level", "value.level", level, "value.level.allowed");
            } else {
                dossier.level(l);
            }
        }
        // the council: present when any of its fields is given; its size is then required, as in JSON
        String size = field(found, "councilSize");
        String chair = field(found, "chair");
        String secretary = field(found, "secretary");
        if (!size.isEmpty() || !chair.isEmpty() || !secretary.isEmpty()) {
            if (size.isEmpty()) {
                fieldProblem(found, "councilSize", "value.required", "", "value.councilSize.allowed");
            } else if (!size.matches("\\d{1,3}") || Integer.parseInt(size) < 1) {
                fieldProblem(found, "councilSize", "value.councilSize", size, "value.councilSize.allowed");
            } else {
                Council council = Council.of(Integer.parseInt(size));
                council = chair.isEmpty() ? council : council.withChair(chair);
                dossier.council(secretary.isEmpty() ? council : council.withSecretary(secretary));
            }
        }
    }

    private Cell valueCell(Map<String, Integer> found, String field) {
        return cell(found.get("field:" + field), WorkbookWriter.POINTS);
    }

    private String field(Map<String, Integer> found, String field) {
        return text(valueCell(found, field)).strip();
    }

    private void fieldProblem(Map<String, Integer> found, String field, String key, String value, String allowed) {
        problems.add(new Problem(cellWhere(found.get("field:" + field), WorkbookWriter.POINTS,
                WorkbookText.of("what.field." + field)), WorkbookText.of(key), WorkbookText.literal(value),
                WorkbookText.of(allowed)));
    }

    /** A day: a date cell, or the text {@code yyyy-mm-dd} or {@code dd/mm/yyyy}; empty when blank or bad. */
    private Optional<LocalDate> date(Map<String, Integer> found, String field) {
        Cell cell = valueCell(found, field);
        String value = text(cell).strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return Optional.of(cell.getLocalDateTimeCellValue().toLocalDate());
            }
            fieldProblem(found, field, "value.date.number", value, "value.date.allowed");
            return Optional.empty();
        }
        try {
            Optional<LocalDate> date = WrittenDates.parse(value);
            if (date.isPresent()) {
                return date;
            }
        } catch (DateTimeException e) {
            fieldProblem(found, field, "value.date.noSuchDay", value, "value.date.allowed");
            return Optional.empty();
        }
        fieldProblem(found, field, "value.date", value, "value.date.allowed");
        return Optional.empty();
    }

    private FilledWorkbook invalid() {
        return new FilledWorkbook(file, version.id(), version.sheetEdition(), sheet.productSet(), Optional.empty(),
                problems);
    }

    private Cell cell(int row, int column) {
        Row r = form.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    private Text sheetWhere() {
        return WorkbookText.of("where.sheet", file, form.getSheetName());
    }

    private Text cellWhere(int row, int column, Object what) {
        String ref = new CellReference(row, column).formatAsString(false);
        return String.valueOf(what).isEmpty() ? WorkbookText.of("where.cell", file, form.getSheetName(), ref)
                : WorkbookText.of("where.cellOf", file, form.getSheetName(), ref, what);
    }

    /** A cell's text as shown: a string, a number in the General format, TRUE/FALSE; a formula's is not read. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(java.util.Locale.ROOT);
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    private static String sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return String.join(", ", names);
    }

    private static ScoringWorkbookException error(String file, String problem, String value, String allowed,
            Object... args) {
        return new ScoringWorkbookException(WorkbookText.literal(file), WorkbookText.of(problem, args), value,
                WorkbookText.of(allowed, args), null);
    }

    /**
     * Whether the file is an XLSX package whose workbook part lists the identity sheet: read from
     * {@code xl/workbook.xml} alone, so a results table of any size is not loaded to find out.
     */
    static boolean hasIdentitySheet(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("xl/workbook.xml");
            if (entry == null) {
                return false;
            }
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            try (InputStream in = zip.getInputStream(entry)) {
                XMLStreamReader xml = factory.createXMLStreamReader(in);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")
                            && ScoringWorkbook.IDENTITY_SHEET.equals(xml.getAttributeValue(null, "name"))) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return false;
        }
    }
}
