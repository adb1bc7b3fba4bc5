package org.ocop.rules.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.ProductSet;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.DossierSource;
import org.ocop.rules.dossier.RecordedResult;

/**
 * The auditor's desk at scale (issue 20, item 5), in one run: writes a results table of {@code rows} products as
 * CSV and as XLSX (the same rows), then, each as a child process of its own, rates the same dossiers in process as
 * the reference and runs {@code java -Xmx256m -jar ocop.jar replay --input <table> --report <report>} for CSV to HTML,
 * CSV to XLSX and XLSX to HTML, and prints for each its CPU time, wall time, heap and CPU against the reference's.
 *
 * <p>The rows: every product set of 26/2026 in turn (a third of them named by the set's Vietnamese name, as
 * published lists do, the others by code), Vietnamese product and producer names, five to nine members; a quarter
 * give the members' totals with the recorded average and stars, a quarter the average and the band's stars, a
 * quarter the average with a star the band does not give (a discrepancy), a quarter the members' totals and no
 * record; about one row in a thousand has a day that does not exist (an INVALID result in its place).
 *
 * <p>CPU time: a child's user and system time, from this process's {@code /proc/self/stat} {@code cutime} and
 * {@code cstime} (what {@code getrusage(RUSAGE_CHILDREN)} gives: every thread of the child, JIT and GC included),
 * before and after it is waited for. The reference is a child JVM (default heap) that builds the same dossiers in
 * memory straight from the generator (no table read, no report), then {@code rateAll}s them on one thread per
 * processor as the CLI does; its figure is the process CPU time ({@code OperatingSystemMXBean}) from building the
 * rater to the last rating, so the engine's start and the criteria data's first read are in it, the JVM's start and
 * the generating are not; the rows with a day that does not exist are left out (no engine rates them). The CLI's
 * figure is the whole process: JVM start, reading, replaying, the report. Heap: each CLI run logs its collections
 * ({@code -Xlog:gc}); the table gives the largest heap before a collection (the peak occupancy) and after one (the
 * live data), and the run either finishes in 256 MiB or fails.
 *
 * <p>Usage: {@code AuditAtScale <ocop.jar> <work folder> [rows=100000] [rounds=1]}; with more rounds the runs are
 * interleaved and the medians printed. {@code AuditAtScale --reference <rows>} is the reference child.
 */
public final class AuditAtScale {

    private static final String VERSION = "QD-26-2026";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final String[] PRODUCTS = {"Mật ong hoa nhãn", "Chè Shan tuyết", "Nước mắm cốt", "Gạo ST25",
        "Cà phê Robusta", "Miến dong", "Bánh đa nem", "Mắm tôm", "Rượu ngô men lá", "Tương Bần", "Nhãn lồng",
        "Bưởi Diễn", "Cam sành", "Mì Chũ", "Chả mực", "Tinh dầu sả", "Nón lá", "Chiếu cói", "Gốm Bát Tràng",
        "Lụa Vạn Phúc"};
    private static final String[] PLACES = {"Hưng Yên", "Thái Nguyên", "Cát Hải", "Sóc Trăng", "Đắk Lắk",
        "Bắc Giang", "Nghệ An", "Hà Giang", "Quảng Ninh", "Tây Ninh", "Lâm Đồng", "Bến Tre"};
    private static final String HEADER = "STT,Mã,Tên sản phẩm,Chủ thể,Tỉnh,Bộ sản phẩm,Ngày nộp,Cấp,"
            + "Điểm thành viên,Điểm,Hạng sao,Số quyết định,Ngày quyết định";

    private AuditAtScale() {
    }

    /** One row of the table, as the generator makes it; {@code submittedOn} is null for the row with a bad day. */
    record TableLine(int number, String id, String product, String producer, String province, String setCode,
            String setGiven, LocalDate submittedOn, List<Integer> totals, BigDecimal average, Integer stars,
            boolean recorded) {
    }

    /** The rows, made the same way by the table writer and by the reference. */
    static final class Rows {
        private final List<ProductSet> sets;
        private final List<Integer> floors;
        private final Map<String, Boolean> nameUnique = new HashMap<>();

        Rows() {
            CriteriaVersion version = CriteriaCatalogue.bundled().version(VERSION);
            this.sets = version.productSets();
            this.floors = version.starBands().floors();
            Map<String, Integer> names = new HashMap<>();
            sets.forEach(s -> names.merge(s.name().strip().toLowerCase(Locale.ROOT), 1, Integer::sum));
            sets.forEach(s -> nameUnique.put(s.code(), names.get(s.name().strip().toLowerCase(Locale.ROOT)) == 1));
        }

        TableLine line(int i) {
            ProductSet set = sets.get(i % sets.size());
            String given = i % 3 == 1 && nameUnique.get(set.code()) ? set.name() : set.code();
            int members = 5 + i % 5;
            int base = 28 + (i * 37) % 71; // 28 to 98
            String product = PRODUCTS[i % PRODUCTS.length] + " " + PLACES[(i / 7) % PLACES.length] + " số " + i;
            String producer = (i % 2 == 0 ? "HTX " : "Cơ sở ") + PRODUCTS[(i / 3) % PRODUCTS.length] + " "
                    + PLACES[i % PLACES.length];
            LocalDate submitted = i % 997 == 500 ? null : LocalDate.of(2026, 6, 1).plusDays(i % 150);
            int kind = i % 4;
            List<Integer> totals = null;
            BigDecimal average;
            if (kind == 0 || kind == 3) {
                totals = new ArrayList<>();
                int sum = 0;
                for (int m = 0; m < members; m++) {
                    int total = Math.max(0, Math.min(100, base + (i * 7 + m * 5) % 7 - 3));
                    totals.add(total);
                    sum += total;
                }
                average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
            } else {
                average = BigDecimal.valueOf(Math.min(100_00, base * 100L + (i * 13) % 100), 2);
            }
            int band = 1;
            for (int floor : floors) {
                if (average.compareTo(BigDecimal.valueOf(floor)) >= 0) {
                    band++;
                }
            }
            Integer stars = switch (kind) {
                case 0, 1 -> band;
                case 2 -> band == 5 ? 4 : band + 1; // a star the band does not give
                default -> null;
            };
            return new TableLine(i + 1, "HS-2026-" + String.format(Locale.ROOT, "%06d", i + 1), product, producer,
                    PLACES[i % PLACES.length], set.code(), given, submitted, totals, kind == 3 ? null : average,
                    stars, kind != 3);
        }

        /** The dossier the CLI reads from this row (as the table reader builds it); empty for the bad day. */
        Optional<Dossier> dossier(TableLine l) {
            if (l.submittedOn() == null) {
                return Optional.empty();
            }
            // a row with nothing recorded has no level either (the level alone would be a record to compare)
            RecordedResult recorded = l.recorded() ? RecordedResult.empty().withLevel(Level.PROVINCE) : null;
            if (l.average() != null) {
                recorded = recorded.withAverage(l.average());
            }
            if (l.stars() != null) {
                recorded = recorded.withStars(l.stars()).withDecision("1877/QĐ-UBND")
                        .withDecidedOn(LocalDate.of(2026, 11, 28));
            }
            Dossier.Builder b = Dossier.builder().id(l.id()).productName(l.product()).producer(l.producer())
                    .productSet(l.setCode()).submittedOn(l.submittedOn()).level(l.recorded() ? Level.PROVINCE : null)
                    .recorded(recorded);
            if (l.totals() != null) {
                b.memberTotals(l.totals());
            } else {
                b.average(l.average());
            }
            return Optional.of(b.build());
        }
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--reference")) {
            reference(Integer.parseInt(args[1]));
            return;
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path dir = Path.of(args[1]).toAbsolutePath();
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        Files.createDirectories(dir);
        Rows generator = new Rows();
        long start = System.nanoTime();
        Path csv = dir.resolve("ket-qua.csv");
        Path xlsx = dir.resolve("ket-qua.xlsx");
        writeCsv(generator, rows, csv);
        writeXlsx(generator, rows, xlsx);
        System.out.printf(Locale.ROOT, "tables: %d rows, %s %d KiB, %s %d KiB, written in %.1f s%n", rows,
                csv.getFileName(), Files.size(csv) >> 10, xlsx.getFileName(), Files.size(xlsx) >> 10,
                (System.nanoTime() - start) / 1e9);

        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("java.class.path");
        List<String[]> runs = List.of(
                new String[] {"reference", null, null},
                new String[] {"CSV → HTML", csv.toString(), "report.html"},
                new String[] {"CSV → XLSX", csv.toString(), "report.xlsx"},
                new String[] {"XLSX → HTML", xlsx.toString(), "report-x.html"});
        Map<String, List<Result>> results = new HashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (String[] run : runs) {
                List<String> command = new ArrayList<>();
                command.add(java);
                Path log = dir.resolve("gc-" + run[0].replaceAll("[^A-Za-z]+", "-") + "-" + round + ".log");
                if (run[1] == null) {
                    command.addAll(List.of("-cp", classPath, AuditAtScale.class.getName(), "--reference",
                            String.valueOf(rows)));
                } else {
                    command.addAll(List.of("-Xmx256m", "-Xlog:gc:file=" + log, "-jar", jar.toString(), "replay",
                            "--input", run[1], "--report", dir.resolve(run[2]).toString()));
                }
                Result r = child(run[0], command, dir, run[1] == null ? null : log,
                        run[2] == null ? null : dir.resolve(run[2]));
                results.computeIfAbsent(run[0], k -> new ArrayList<>()).add(r);
                System.out.println("round " + round + ": " + r);
            }
        }
        print(runs, results, rounds);
    }

    /** What one child did. */
    record Result(String name, int exit, double cpu, double wall, double innerCpu, long peakBefore, long peakAfter,
            long reportBytes, String loadBefore, String loadAfter, String lastLines) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: exit %d, CPU %.2f s%s, wall %.2f s, heap peak %d MiB (live %d MiB), "
                    + "report %d KiB, load %s → %s; %s", name, exit, cpu, innerCpu > 0 ? String.format(Locale.ROOT,
                    " (rating only %.2f s)", innerCpu) : "", wall, peakBefore >> 20, peakAfter >> 20,
                    reportBytes >> 10, loadBefore, loadAfter, lastLines);
        }
    }

    private static Result child(String name, List<String> command, Path dir, Path gcLog, Path report)
            throws IOException, InterruptedException {
        Path out = dir.resolve("out-" + name.replaceAll("[^A-Za-z]+", "-") + ".txt");
        String loadBefore = load();
        long[] before = childrenCpuTicks();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        int exit = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        long[] after = childrenCpuTicks();
        String loadAfter = load();
        double cpu = ((after[0] - before[0]) + (after[1] - before[1])) / 100.0; // USER_HZ is 100 on Linux
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        double inner = 0;
        for (String line : lines) {
            if (line.startsWith("REFERENCE ")) {
                inner = Double.parseDouble(line.split(" ")[1]);
            }
        }
        long[] heap = gcLog == null ? new long[2] : heapPeaks(gcLog);
        String last = String.join(" | ", lines.subList(Math.max(0, lines.size() - 2), lines.size()));
        return new Result(name, exit, cpu, wall, inner, heap[0], heap[1],
                report != null && Files.exists(report) ? Files.size(report) : 0, loadBefore, loadAfter, last);
    }

    /** This process's waited-for children's user and system time, in clock ticks ({@code /proc/self/stat}). */
    private static long[] childrenCpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        // the command name in parentheses may hold spaces: count fields after its closing parenthesis
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(f[13]), Long.parseLong(f[14])}; // fields 16 and 17: cutime, cstime
    }

    private static String load() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }

    private static final Pattern GC = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    /** The largest heap before and after a collection, from a {@code -Xlog:gc} file. */
    static long[] heapPeaks(Path log) throws IOException {
        long before = 0;
        long after = 0;
        for (String line : Files.readAllLines(log)) {
            Matcher m = GC.matcher(line);
            if (m.find()) {
                before = Math.max(before, bytes(m.group(1), m.group(2)));
                after = Math.max(after, bytes(m.group(3), m.group(4)));
            }
        }
        return new long[] {before, after};
    }

    private static long bytes(String n, String unit) {
        long v = Long.parseLong(n);
        return switch (unit) {
            case "K" -> v << 10;
            case "M" -> v << 20;
            default -> v << 30;
        };
    }

    private static void print(List<String[]> runs, Map<String, List<Result>> results, int rounds) {
        System.out.println();
        System.out.println((rounds > 1 ? "Medians of " + rounds + " rounds; " : "") + "CPU ratio = the run's CPU / "
                + "the reference's rating CPU of the same round" + (rounds > 1 ? " (median of the rounds' ratios)" : ""));
        System.out.println("| Run | CPU s | Wall s | CPU / reference | Heap peak MiB | Live after GC MiB | Report KiB |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        List<Result> reference = results.get("reference");
        for (String[] run : runs) {
            List<Result> rs = results.get(run[0]);
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < rs.size(); i++) {
                ratios.add(rs.get(i).cpu() / reference.get(i).innerCpu());
            }
            if (run[1] == null) {
                System.out.printf(Locale.ROOT, "| reference (rating only; whole JVM %.2f s) | %.2f | %.2f | 1 | — | — | — |%n",
                        median(rs.stream().map(Result::cpu).toList()), median(rs.stream().map(Result::innerCpu)
                                .toList()), median(rs.stream().map(Result::wall).toList()));
            } else {
                System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | **%.2f** | %d | %d | %d |%n", run[0],
                        median(rs.stream().map(Result::cpu).toList()), median(rs.stream().map(Result::wall).toList()),
                        median(ratios), (long) median(rs.stream().map(r -> (double) r.peakBefore()).toList()) >> 20,
                        (long) median(rs.stream().map(r -> (double) r.peakAfter()).toList()) >> 20,
                        (long) median(rs.stream().map(r -> (double) r.reportBytes()).toList()) >> 10);
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The reference child: the same dossiers built in memory, rated in process; prints its rating CPU time. */
    private static void reference(int rows) {
        Rows generator = new Rows();
        List<Dossier> dossiers = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            generator.dossier(generator.line(i)).ifPresent(dossiers::add);
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        Rater rater = Rater.standard();
        long[] counts = new long[2];
        try (Stream<Rating> ratings = rater.rateAll(dossiers.stream().map(DossierSource::of),
                Runtime.getRuntime().availableProcessors())) {
            ratings.forEachOrdered(r -> {
                counts[0]++;
                if (r.isRated()) {
                    counts[1]++;
                }
            });
        }
        double seconds = (os.getProcessCpuTime() - cpu) / 1e9;
        System.out.printf(Locale.ROOT, "REFERENCE %.3f s CPU, %.3f s wall, %d dossiers, %d rated%n", seconds,
                (System.nanoTime() - wall) / 1e9, counts[0], counts[1]);
    }

    private static void writeCsv(Rows generator, int rows, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF'); // as Excel saves "CSV UTF-8"
            w.write(HEADER);
            w.write("\r\n");
            for (int i = 0; i < rows; i++) {
                TableLine l = generator.line(i);
                String[] cells = {String.valueOf(l.number()), l.id(), l.product(), l.producer(), l.province(),
                    l.setGiven(), l.submittedOn() == null ? "31/02/2026" : DMY.format(l.submittedOn()),
                    l.recorded() ? "tỉnh" : "",
                    l.totals() == null ? "" : String.join(";", l.totals().stream().map(String::valueOf).toList()),
                    l.average() == null ? "" : l.average().toPlainString(),
                    l.stars() == null ? "" : String.valueOf(l.stars()), l.stars() == null ? "" : "1877/QĐ-UBND",
                    l.stars() == null ? "" : "28/11/2026"};
                for (int c = 0; c < cells.length; c++) {
                    if (c > 0) {
                        w.write(',');
                    }
                    w.write(quoted(cells[c]));
                }
                w.write("\r\n");
            }
        }
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains(";")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static void writeXlsx(Rows generator, int rows, Path file) throws IOException {
        // shared strings, as Excel saves a workbook (SXSSF's default would be inline strings)
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true);
        try (OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet("Danh sách");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            String[] headers = HEADER.split(",");
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                head.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 0; i < rows; i++) {
                TableLine l = generator.line(i);
                Row r = sheet.createRow(i + 1);
                r.createCell(0).setCellValue(l.number());
                r.createCell(1).setCellValue(l.id());
                r.createCell(2).setCellValue(l.product());
                r.createCell(3).setCellValue(l.producer());
                r.createCell(4).setCellValue(l.province());
                r.createCell(5).setCellValue(l.setGiven());
                if (l.submittedOn() == null) {
                    r.createCell(6).setCellValue("31/02/2026");
                } else {
                    r.createCell(6).setCellValue(l.submittedOn());
                    r.getCell(6).setCellStyle(date);
                }
                if (l.recorded()) {
                    r.createCell(7).setCellValue("tỉnh");
                }
                if (l.totals() != null) {
                    r.createCell(8).setCellValue(String.join(";", l.totals().stream().map(String::valueOf)
                            .toList()));
                }
                if (l.average() != null) {
                    r.createCell(9).setCellValue(l.average().doubleValue());
                }
                if (l.stars() != null) {
                    r.createCell(10).setCellValue(l.stars());
                    r.createCell(11).setCellValue("1877/QĐ-UBND");
                    r.createCell(12).setCellValue(LocalDate.of(2026, 11, 28));
                    r.getCell(12).setCellStyle(date);
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
