package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 148/QĐ-TTg's 26 sheets were read by program (tools/convert-148.py) from a typed copy whose CSV files ship in
 * {@code ocop-rules-core/src/criteria-sources/QD-148-2023/typed-copy/}. CI runs no Python, so this test re-reads those
 * files on its own and proves that every option of the data (points, star marker, text) is the CSV record its
 * provenance names, that every option record of every file is used exactly once, and that the copy's own sums
 * (parts, groups, criteria) are those the data holds: nothing was retyped, dropped or invented.
 */
class Qd148TypedCopyTest {
    static final Path COPY = Path.of("src/criteria-sources/QD-148-2023/typed-copy");
    private static final CriteriaVersion V = CriteriaCatalogue.bundled().version("QD-148-2023");
    private static final Pattern RECORD = Pattern.compile("typed copy augustine-tran/ocop@d76e5ad5, db/ocop/(.+\\.csv),"
            + " record (\\d+)$");
    private static final Pattern MARKER = Pattern.compile("\\s*(\\*{3,5})\\s*\\.?\\s*$");

    /** One CSV record: title, description, level, stars, score. */
    record Row(String title, String description, int level, String stars, String score) {
        String firstLine() {
            return title.strip().split("\n")[0].strip();
        }
    }

    static List<Integer> sets() {
        return IntStream.rangeClosed(1, 26).boxed().toList();
    }

    static Map<String, String> names() throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        for (String line : Files.readAllLines(COPY.resolve("names.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                String[] cells = line.split("\t");
                names.put(cells[0], cells[1]);
            }
        }
        return names;
    }

    static List<Row> rows(int set) throws IOException {
        List<List<String>> records = parse(Files.readString(COPY.resolve(String.format("set-%02d.csv", set)),
                StandardCharsets.UTF_8));
        assertThat(records.get(0)).containsExactly("title", "description", "level", "stars", "score");
        List<Row> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            rows.add(new Row(r.get(0), r.get(1), Integer.parseInt(r.get(2)), r.get(3), r.get(4)));
        }
        return rows;
    }

    /** RFC 4180 as the copy writes it: quoted cells may hold commas, quotes and line breaks; records end CRLF. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }

    static ScoringSheet sheet(int number) {
        return V.setsWithSheets().stream().map(V::sheet).filter(s -> s.number() == number).findFirst()
                .orElseThrow();
    }

    /**
     * Every option is its CSV record: the box and the star marker taken off the first line give its text, the
     * stars column its marker, the score column its points. Two departures are each explained by the option's
     * doubt and a named anomaly: a letter in the score cell read as 1, and the marker printed on the criterion's
     * label ("Sở hữu trí tuệ****") put on its lowest option.
     */
    @ParameterizedTest(name = "set {0}")
    @MethodSource("sets")
    void everyOption_isTheCsvRecordItsProvenanceNames(int number) throws IOException {
        ScoringSheet sheet = sheet(number);
        String file = names().get(String.format("set-%02d.csv", number));
        List<Row> rows = rows(number);
        Set<Integer> used = new HashSet<>();
        for (Criterion c : sheet.criteria()) {
            for (Option o : c.options()) {
                Matcher m = RECORD.matcher(o.provenance().sheet());
                assertThat(m.find()).as(o.id() + " names its record: " + o.provenance().sheet()).isTrue();
                assertThat(m.group(1)).as(o.id()).isEqualTo(file);
                int record = Integer.parseInt(m.group(2));
                assertThat(used.add(record)).as(o.id() + " record used once").isTrue();
                Row row = rows.get(record - 1);
                assertThat(row.level()).as(o.id()).isEqualTo(3);
                String first = row.firstLine();
                Matcher marker = MARKER.matcher(first);
                String text = (marker.find() ? first.substring(0, marker.start()) : first).replaceFirst("^□\\s*", "")
                        .strip();
                assertThat(o.text()).as(o.id()).isEqualTo(text);
                if (row.score().matches("\\d+")) {
                    assertThat(o.points()).as(o.id()).isEqualTo(Integer.parseInt(row.score()));
                    assertThat(o.printedPoints()).as(o.id()).isEmpty();
                } else {
                    assertThat(o.printedPoints()).as(o.id()).contains(row.score());
                    assertThat(o.points()).as(o.id()).isEqualTo(1);
                }
                if (row.stars().isEmpty() && o.minStars().isPresent()) {
                    assertThat(o.doubt()).as(o.id()).get().asString().contains("printed on the criterion's label");
                    assertThat(sheet.anomalies()).as(o.id()).anyMatch(a -> a.at().equals(java.util.Optional.of(
                            c.code())) && a.status() == SourceStatus.INFERRED && a.printed().contains("label"));
                } else {
                    assertThat(o.minStars().isPresent() ? String.valueOf(o.minStars().getAsInt()) : "").as(o.id())
                            .isEqualTo(row.stars());
                }
                assertThat(o.status()).isEqualTo(SourceStatus.SECONDARY);
                assertThat(o.provenance().decision()).isEqualTo("148/QĐ-TTg");
                assertThat(o.provenance().annex()).isEqualTo("Phụ lục III");
            }
        }
        List<Integer> options = IntStream.rangeClosed(1, rows.size()).filter(i -> rows.get(i - 1).level() == 3)
                .boxed().toList();
        assertThat(used).as("every option record of the file is an option of the data")
                .containsExactlyInAnyOrderElementsOf(options);
    }

    /**
     * The copy's own sums, read from its level-0 and level-1 rows: parts 40/25/35, and the groups of each part add
     * up to the part's points except Part C of sets 11, 12 and 13 (32, 32 and 33), each a CAP_MISMATCH anomaly. The
     * data keeps the same group caps, and every criterion's cap equals its best option except set 7's 6.d.
     */
    @ParameterizedTest(name = "set {0}")
    @MethodSource("sets")
    void sums_areTheCopysOwn(int number) throws IOException {
        Map<Integer, Integer> partSums = new HashMap<>();
        List<Integer> partCaps = new ArrayList<>();
        List<Integer> groupCaps = new ArrayList<>();
        for (Row row : rows(number)) {
            if (row.level() == 0) {
                partCaps.add(Integer.parseInt(row.score()));
            } else if (row.level() == 1) {
                partSums.merge(partCaps.size() - 1, Integer.parseInt(row.score()), Integer::sum);
                groupCaps.add(Integer.parseInt(row.score()));
            }
        }
        assertThat(partCaps).containsExactly(40, 25, 35);
        Map<Integer, Integer> expected = Map.of(11, 32, 12, 32, 13, 33);
        assertThat(partSums).containsEntry(0, 40).containsEntry(1, 25)
                .containsEntry(2, expected.getOrDefault(number, 35));
        ScoringSheet sheet = sheet(number);
        assertThat(sheet.parts().stream().flatMap(p -> p.items().stream()).map(SheetNode::maxPoints))
                .containsExactlyElementsOf(groupCaps);
        for (Criterion c : sheet.criteria()) {
            if (number == 7 && c.code().equals("6.d")) {
                assertThat(c.bestPoints()).isEqualTo(3);
                assertThat(c.maxPoints()).isEqualTo(4);
            } else {
                assertThat(c.bestPoints()).as(c.code()).isEqualTo(c.maxPoints());
            }
        }
        int best = number == 7 ? 99 : 100 - 35 + expected.getOrDefault(number, 35);
        assertThat(sheet.reachableMaxPoints()).isEqualTo(best);
        assertThat(sheet.statedMaxPoints()).isEqualTo(100);
    }
}
