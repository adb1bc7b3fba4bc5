package org.ocop.rules.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV results table, read record by record (a file of any length in constant memory). UTF-8 with or without the
 * byte-order mark Excel writes; any byte that is not UTF-8 ends the file with an error naming the record, never
 * decoded by guesswork. The delimiter is the one the header line uses: a semicolon (Excel in a locale with the
 * decimal comma, as in Vietnam) or a comma, whichever the header line has more of outside quotes. Fields may be
 * quoted ({@code "82;79;80"}), with {@code ""} for a quote.
 */
final class CsvTable implements RawTable {

    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> headers;
    private Row next;

    private CsvTable(Path file, CSVParser parser, List<String> headers) {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
        this.headers = headers;
    }

    /** Opens the file and reads its header line. */
    static CsvTable open(Path file) {
        char delimiter = delimiter(file);
        Reader reader = null;
        try {
            InputStream in = Files.newInputStream(file);
            // a malformed byte is an error, never a replacement character
            reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset(); // no byte-order mark
            }
            CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                    .get().parse(reader);
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                parser.close();
                throw ResultsTable.fileError(file, TableText.of("table.empty"), "", TableText.of("table.empty.allowed"));
            }
            List<String> headers = new ArrayList<>();
            it.next().forEach(h -> headers.add(h.strip()));
            CsvTable table = new CsvTable(file, parser, headers);
            return table;
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(reader);
            throw unreadable(file, e);
        }
    }

    private static ResultsTableException unreadable(Path file, Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return ResultsTable.fileError(file, TableText.of("table.notUtf8"), String.valueOf(cause.getMessage()),
                    TableText.of("table.notUtf8.allowed"));
        }
        return ResultsTable.fileError(file, TableText.of("table.unreadable"), String.valueOf(cause.getMessage()),
                TableText.of("table.unreadable.allowed"));
    }

    /** The header line's delimiter: semicolon or comma, whichever it has more of outside quotes. */
    private static char delimiter(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (line == null) {
                return ',';
            }
            int commas = 0;
            int semicolons = 0;
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == ',') {
                    commas++;
                } else if (!quoted && c == ';') {
                    semicolons++;
                }
            }
            return semicolons > commas ? ';' : ',';
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    @Override
    public Optional<String> sheet() {
        return Optional.empty();
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public String columnLabel(int index) {
        return String.valueOf(index + 1);
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return false;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw unreadable(file, e);
            }
            List<Cell> cells = new ArrayList<>(record.size());
            record.forEach(v -> cells.add(Cell.text(v)));
            if (cells.stream().allMatch(Cell::isBlank)) {
                continue; // a line of only delimiters, as spreadsheets write below a table
            }
            // the header is record 1, as a spreadsheet numbers its rows
            next = new Row(Math.toIntExact(record.getRecordNumber()), cells);
        }
        return true;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(Reader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // already failing with a better error
            }
        }
    }
}
