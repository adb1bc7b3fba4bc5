package org.ocop.rules.audit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;

/**
 * An XLSX results table read row by row from the sheet's XML, so that a workbook of any number of rows is read in
 * memory that does not grow with them (only the shared strings and the styles are held, as Excel stores them once
 * for the workbook). The cells mean exactly what {@link XlsxTable}'s workbook model makes of them: a number is its
 * value as Excel shows it in the General format, a date-formatted number a date (1900 or 1904 date system, as the
 * workbook says), a formula its cached result, a string its text (shared or inline, phonetic runs left out), a
 * boolean {@code TRUE}/{@code FALSE}, an error {@code #ERROR}; the header is the first row with a cell that is not
 * blank; a named sheet is found ignoring case.
 *
 * <p>POI's package reader ({@link XSSFReader}) gives the parts; the shared strings are read as its
 * {@link ReadOnlySharedStringsTable} reads them (see {@link #sharedStrings}); the sheet itself is pulled with StAX
 * rather than pushed through POI's {@code XSSFSheetXMLHandler}, which
 * hands over only formatted text (a string "46204" and the number 46204 would look alike, and the table's
 * problems tell them apart) and, being push-based, would need a second thread to serve rows one at a time.
 *
 * <p>A file that is not an OOXML package (an old {@code .xls} renamed, or no workbook at all) and a package this
 * reader cannot open are left to {@link XlsxTable}, so such files are read, or refused, in the same words as
 * before. Not thread-safe.
 */
final class XlsxStreamTable implements RawTable {

    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    private final Path file;
    private final OPCPackage pkg;
    private final InputStream sheetIn;
    private final XMLStreamReader xml;
    private final String sheetName;
    private final List<String> strings;
    private final StylesTable styles;
    private final boolean date1904;
    /** Whether each style index formats numbers as dates, worked out once per style. */
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private List<String> headers;
    /** The number of the last row read, for a row without its {@code r} attribute. */
    private int lastRow;
    private RawTable.Row next;

    private XlsxStreamTable(Path file, OPCPackage pkg, InputStream sheetIn, String sheetName,
            List<String> strings, StylesTable styles, boolean date1904) throws XMLStreamException {
        this.file = file;
        this.pkg = pkg;
        this.sheetIn = sheetIn;
        this.xml = XML.createXMLStreamReader(sheetIn);
        this.sheetName = sheetName;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** Opens the workbook and reads its header row: streamed when it is an OOXML package, else as before. */
    static RawTable open(Path file, Optional<String> sheetName) {
        if (!isOoxml(file)) {
            return XlsxTable.open(file, sheetName);
        }
        OPCPackage pkg;
        XSSFReader reader;
        List<String> strings;
        StylesTable styles;
        boolean date1904;
        List<String> names = new ArrayList<>();
        InputStream chosen = null;
        String chosenName = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            // a broken package: the workbook model refuses it in POI's words, as it always did
            return XlsxTable.open(file, sheetName);
        }
        try {
            reader = new XSSFReader(pkg);
            strings = sharedStrings(pkg);
            styles = reader.getStylesTable();
            try (InputStream workbook = reader.getWorkbookData()) {
                date1904 = date1904(workbook);
            }
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                InputStream in = sheets.next();
                String name = sheets.getSheetName();
                names.add(name);
                // the workbook model's getSheet ignores case, and so does this
                if (chosen == null && (sheetName.isEmpty() || sheetName.get().equalsIgnoreCase(name))) {
                    chosen = in;
                    chosenName = name;
                } else {
                    in.close();
                }
            }
        } catch (Exception e) {
            closeQuietly(chosen);
            pkg.revert();
            return XlsxTable.open(file, sheetName);
        }
        if (chosen == null) {
            pkg.revert();
            if (sheetName.isPresent()) {
                throw ResultsTable.fileError(file, TableText.of("table.noSuchSheet"), sheetName.get(),
                        TableText.literal(String.join(", ", names)));
            }
            throw ResultsTable.fileError(file, TableText.of("table.empty"), "", TableText.of("table.empty.allowed"));
        }
        XlsxStreamTable table;
        try {
            table = new XlsxStreamTable(file, pkg, new BufferedInputStream(chosen, 1 << 16), chosenName, strings,
                    styles, date1904);
        } catch (XMLStreamException e) {
            closeQuietly(chosen);
            pkg.revert();
            throw unreadable(file, e);
        }
        try {
            // the header row is the first row with a cell in it
            while (true) {
                RawTable.Row row = table.readRow();
                if (row == null) {
                    throw ResultsTable.fileError(file, TableText.of("table.empty"), chosenName,
                            TableText.of("table.empty.allowed"));
                }
                if (row.cells().stream().anyMatch(c -> !c.text().isEmpty())) {
                    table.headers = row.cells().stream().map(RawTable.Cell::text).toList();
                    return table;
                }
            }
        } catch (RuntimeException e) {
            table.close();
            throw e;
        }
    }

    /**
     * The workbook's shared strings, in order, as {@link ReadOnlySharedStringsTable} reads them without phonetic
     * runs: each {@code <si>}'s {@code <t>} texts outside {@code <rPh>}, joined. Read here rather than through that
     * class because its {@code getItemAt} builds an XML rich-text object for every cell read (6% of a 100,000-row
     * replay's samples); the one thing that object adds, decoding Excel's {@code _xHHHH_} escapes, is done here
     * through the same POI code for the rare string that has one.
     */
    private static List<String> sharedStrings(OPCPackage pkg) throws IOException, XMLStreamException {
        List<org.apache.poi.openxml4j.opc.PackagePart> parts = pkg.getPartsByContentType(
                org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getContentType());
        List<String> strings = new ArrayList<>();
        if (parts.isEmpty()) {
            return strings;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            XMLStreamReader r = XML.createXMLStreamReader(new BufferedInputStream(in, 1 << 16));
            StringBuilder text = new StringBuilder();
            int phonetic = 0;
            boolean inT = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> text.setLength(0);
                        case "t" -> inT = true;
                        case "rPh" -> phonetic++;
                        default -> {
                            // runs and their properties carry no text of their own
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "si" -> {
                            strings.add(decoded(text.toString()));
                        }
                        case "t" -> inT = false;
                        case "rPh" -> phonetic--;
                        default -> {
                            // nothing to close
                        }
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) && inT && phonetic == 0) {
                    text.append(r.getText());
                }
            }
            r.close();
        }
        return strings;
    }

    /** Excel's {@code _xHHHH_} escapes decoded as the workbook model's rich text does, for the rare text that has one. */
    private static String decoded(String raw) {
        return raw.contains("_x") ? new org.apache.poi.xssf.usermodel.XSSFRichTextString(raw).getString() : raw;
    }

    private static boolean isOoxml(Path file) {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            return FileMagic.valueOf(in) == FileMagic.OOXML;
        } catch (IOException e) {
            return false; // the workbook model says why it cannot be read
        }
    }

    /** The workbook's {@code <workbookPr date1904="1"/>}: dates counted from 1904 (old Mac workbooks). */
    private static boolean date1904(InputStream workbook) throws XMLStreamException {
        XMLStreamReader r = XML.createXMLStreamReader(workbook);
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("workbookPr")) {
                        String value = r.getAttributeValue(null, "date1904");
                        return "1".equals(value) || "true".equals(value);
                    }
                    if (name.equals("sheets")) {
                        return false; // workbookPr comes before the sheets when it is there at all
                    }
                }
            }
            return false;
        } finally {
            r.close();
        }
    }

    @Override
    public Optional<String> sheet() {
        return Optional.of(sheetName);
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public String columnLabel(int index) {
        return CellReference.convertNumToColString(index);
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            RawTable.Row row = readRow();
            if (row == null) {
                return false;
            }
            if (!row.cells().stream().allMatch(RawTable.Cell::isBlank)) {
                next = row;
            }
        }
        return true;
    }

    @Override
    public RawTable.Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawTable.Row row = next;
        next = null;
        return row;
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // reading only: nothing to lose
        }
        closeQuietly(sheetIn);
        pkg.revert(); // read-only: closes the file without writing anything back
    }

    /** The next {@code <row>} of the sheet with its cells (blank where the XML has none), or null at the end. */
    private RawTable.Row readRow() {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    String r = xml.getAttributeValue(null, "r");
                    int number = r == null ? lastRow + 1 : Integer.parseInt(r);
                    lastRow = number;
                    return new RawTable.Row(number, cells());
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof ResultsTableException t) {
                throw t;
            }
            throw unreadable(file, e);
        }
    }

    /** The cells of the current row, up to its last {@code <c>}, as the workbook model gives them. */
    private List<RawTable.Cell> cells() throws XMLStreamException {
        List<RawTable.Cell> cells = new ArrayList<>();
        int column = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                column = ref == null ? column + 1 : column(ref);
                RawTable.Cell cell = cell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                while (cells.size() < column) {
                    cells.add(RawTable.Cell.BLANK);
                }
                if (cells.size() == column) {
                    cells.add(cell);
                } else {
                    cells.set(column, cell); // a cell given twice: the workbook model keeps the later one
                }
            }
        }
        return cells;
    }

    /** The 0-based column of a cell reference such as {@code AB12} (its letters), as {@link CellReference} gives. */
    private static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c == '$') {
                continue;
            }
            int letter = Character.toUpperCase(c) - 'A';
            if (letter < 0 || letter > 25) {
                break;
            }
            column = column * 26 + letter + 1;
        }
        return column - 1;
    }

    /**
     * One {@code <c>} element, read to its end: its value ({@code <v>}), whether it has a formula ({@code <f>}),
     * and an inline string's text ({@code <is>}, without phonetic runs).
     */
    private RawTable.Cell cell(String type, String style) throws XMLStreamException {
        String value = null;
        boolean formula = false;
        StringBuilder inline = null;
        int depth = 1;
        int phonetic = 0;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                switch (xml.getLocalName()) {
                    case "v" -> {
                        value = xml.getElementText();
                        depth--; // getElementText reads to the end tag
                    }
                    case "f" -> formula = true;
                    case "is" -> inline = new StringBuilder();
                    case "rPh" -> phonetic++;
                    case "t" -> {
                        String t = xml.getElementText();
                        depth--;
                        if (inline != null && phonetic == 0) {
                            inline.append(t);
                        }
                    }
                    default -> {
                        // rich text runs and their properties: only their <t> carries text
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (xml.getLocalName().equals("rPh")) {
                    phonetic--;
                }
            }
        }
        String t = type == null ? "n" : type;
        return switch (t) {
            case "s" -> value == null || value.isEmpty() ? RawTable.Cell.BLANK
                    : RawTable.Cell.text(strings.get(Integer.parseInt(value.strip())));
            case "inlineStr" -> inline == null ? RawTable.Cell.BLANK : RawTable.Cell.text(decoded(inline.toString()));
            case "str" -> RawTable.Cell.text(value == null ? "" : decoded(value));
            case "b" -> RawTable.Cell.text("1".equals(value) ? "TRUE" : "FALSE"); // as XSSFCell reads it
            case "e" -> RawTable.Cell.text("#ERROR");
            case "d" -> RawTable.Cell.text(value == null ? "" : value); // ISO 8601 text (Strict OOXML only)
            default -> number(value, formula, style);
        };
    }

    /** A numeric cell: a date under a date format, else the number as Excel's General format shows it. */
    private RawTable.Cell number(String value, boolean formula, String style) {
        double number;
        if (value == null || value.isBlank()) {
            if (!formula) {
                return RawTable.Cell.BLANK;
            }
            number = 0; // a formula never calculated: the workbook model gives 0
        } else {
            number = Double.parseDouble(value.strip());
        }
        int styleIndex = style == null ? 0 : Integer.parseInt(style);
        if (DateUtil.isValidExcelDate(number) && isDateStyle(styleIndex)) {
            LocalDate date = DateUtil.getLocalDateTime(number, date1904).toLocalDate();
            return new RawTable.Cell(date.toString(), null, date);
        }
        String shown = NumberToTextConverter.toText(number);
        return new RawTable.Cell(shown, new BigDecimal(shown), null);
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || styles.getNumCellStyles() == 0) {
                return false;
            }
            CellStyle cellStyle = styles.getStyleAt(i);
            ExcelNumberFormat format = cellStyle == null ? null : ExcelNumberFormat.from(cellStyle);
            return format != null && DateUtil.isADateFormat(format);
        });
    }

    private static ResultsTableException unreadable(Path file, Exception e) {
        return ResultsTable.fileError(file, TableText.of("table.notXlsx"), String.valueOf(e.getMessage()),
                TableText.of("table.notXlsx.allowed"));
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // already failing with a better error
            }
        }
    }
}
