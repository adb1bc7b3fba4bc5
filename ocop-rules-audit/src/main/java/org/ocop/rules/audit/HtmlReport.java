package org.ocop.rules.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ocop.rules.criteria.Part;

/**
 * Writes the report as one XHTML page, in two passes so that the summary comes first and memory stays constant:
 * while the products stream past, each product's section goes to one temporary file and its line of the summary's
 * product list to another, and only the {@link Summary} counts stay in memory; at the end the page is assembled from
 * the summary and the two files. The same page, with {@code print} set, is what the PDF is rendered from: charts
 * as objects the PDF renderer draws, and A4 page boxes naming the versions and the page number.
 *
 * <p>Not thread-safe: one thread adds the products in order, then calls {@link #finish}.
 */
final class HtmlReport implements AutoCloseable {

    /** The {@code type} of the chart objects the PDF renderer's drawer recognises. */
    static final String STARS_CHART = "application/x-ocop-stars-chart";
    static final String PARTS_CHART = "application/x-ocop-parts-chart";

    private final ReportText text;
    private final Stamp stamp;
    private final boolean print;
    private final Summary summary = new Summary();
    private final Path sections;
    private final Path index;
    private final Writer sectionsOut;
    private final Writer indexOut;

    HtmlReport(Path workDir, ReportText text, Stamp stamp, boolean print) throws IOException {
        this.text = text;
        this.stamp = stamp;
        this.print = print;
        this.sections = Files.createTempFile(workDir, ".ocop-report-sections", ".part");
        this.index = Files.createTempFile(workDir, ".ocop-report-index", ".part");
        this.sectionsOut = Files.newBufferedWriter(sections, StandardCharsets.UTF_8);
        this.indexOut = Files.newBufferedWriter(index, StandardCharsets.UTF_8);
    }

    Summary summary() {
        return summary;
    }

    /** Writes one product's section and its line of the product list, and counts it. */
    void add(ProductView p) throws IOException {
        summary.add(p, text);
        writeIndexRow(p);
        writeSection(p);
    }

    /**
     * Assembles the page into {@code out} as UTF-8 and removes the temporary files, which are copied as bytes (they
     * are UTF-8 already: decoding and encoding them again was most of this step).
     */
    void finish(OutputStream bytes) throws IOException {
        sectionsOut.close();
        indexOut.close();
        Writer out = new ByteWriter(bytes);
        String stampText = stamp.line(text, summary);
        out.write("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + text.languageTag()
                + "\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>" + Html.escape(text.get("title"))
                + "</title>\n<style>\n" + css(stampText) + "</style>\n</head>\n<body>\n");
        out.write("<p class=\"stamp\">" + Html.escape(stampText) + "</p>\n");
        out.write("<h1>" + Html.escape(text.get("title")) + "</h1>\n");
        writeSummary(out);
        out.write("<h2 id=\"products\">" + Html.escape(text.get("products")) + "</h2>\n");
        copy(sections, out);
        out.write("<p class=\"stamp end\">" + Html.escape(stampText) + "</p>\n</body>\n</html>\n");
        out.flush();
        deleteTemporaryFiles();
    }

    @Override
    public void close() throws IOException {
        try {
            sectionsOut.close();
            indexOut.close();
        } finally {
            deleteTemporaryFiles();
        }
    }

    private void deleteTemporaryFiles() throws IOException {
        Files.deleteIfExists(sections);
        Files.deleteIfExists(index);
    }

    private static void copy(Path from, Writer to) throws IOException {
        ((ByteWriter) to).copy(from);
    }

    /** A UTF-8 writer onto an output stream that can also copy a UTF-8 file onto it as it is. */
    private static final class ByteWriter extends java.io.OutputStreamWriter {
        private final OutputStream bytes;

        ByteWriter(OutputStream bytes) {
            super(bytes, StandardCharsets.UTF_8);
            this.bytes = bytes;
        }

        void copy(Path file) throws IOException {
            flush(); // what was written before goes first
            Files.copy(file, bytes);
        }
    }

    private void writeSummary(Writer out) throws IOException {
        out.write("<section id=\"summary\" class=\"summary\">\n<h2>" + esc("summary") + "</h2>\n");
        out.write("<p class=\"lead\">" + esc("summary.products", summary.products,
                summary.count(ProductView.Agreement.AGREES), summary.count(ProductView.Agreement.DIFFERS),
                summary.count(ProductView.Agreement.NOTHING)) + "</p>\n");
        out.write("<div class=\"counts\">\n");
        countTable(out, "summary.byAgreement", "column.agreement", "count",
                summary.byAgreement.entrySet().stream().collect(Collectors.toMap(
                        e -> text.get("agreement." + agreementKey(e.getKey())), Map.Entry::getValue, Long::sum,
                        java.util.LinkedHashMap::new)));
        countTable(out, "summary.byOutcome", "column.outcome", "count",
                summary.byOutcome.entrySet().stream().collect(Collectors.toMap(
                        e -> text.name("outcome", e.getKey()), Map.Entry::getValue, Long::sum,
                        java.util.LinkedHashMap::new)));
        countTable(out, "summary.byCause", "column.cause", "count.differences",
                summary.byCause.entrySet().stream().collect(Collectors.toMap(
                        e -> text.name("cause", e.getKey()) + " (" + e.getKey().name() + ")", Map.Entry::getValue,
                        Long::sum, java.util.LinkedHashMap::new)));
        countTable(out, "summary.byVersion", "column.version", "count", summary.byVersion);
        countTable(out, "summary.byLevel", "column.level.name", "count", summary.byLevel);
        out.write("</div>\n");
        if (!summary.byCause.isEmpty()) {
            out.write("<p class=\"note\">" + esc("summary.byCause.note") + "</p>\n");
        }
        out.write("<h3>" + esc("summary.chart") + "</h3>\n<div class=\"charts\">\n");
        out.write("<figure><figcaption>" + esc("chart.stars.title") + "</figcaption>"
                + chart(STARS_CHART, Chart.STARS_WIDTH, Chart.STARS_HEIGHT,
                        c -> Chart.stars(c, summary, text)) + "</figure>\n");
        out.write("<figure><figcaption>" + esc("chart.parts.title") + "</figcaption>"
                + chart(PARTS_CHART, Chart.PARTS_WIDTH, Chart.PARTS_HEIGHT,
                        c -> Chart.parts(c, summary, text)) + "</figure>\n");
        out.write("</div>\n");
        out.write("<h3>" + esc("summary.index") + "</h3>\n<table class=\"index\">\n<thead><tr>");
        for (String key : List.of("column.number", "column.product", "column.dossier", "column.recordedAverage",
                "column.average", "column.recordedStars", "column.stars", "column.agreement", "column.causes")) {
            out.write("<th>" + esc(key) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        copy(index, out);
        out.write("</tbody>\n</table>\n</section>\n");
    }

    private String chart(String type, double width, double height,
            java.util.function.Consumer<Chart.Canvas> drawing) {
        if (print) {
            // 0.65 pt per unit: both charts fit side by side in the A4 text width (184 mm, about 520 pt)
            return "<object type=\"" + type + "\" class=\"chart\" style=\"width:" + (int) (width * 0.65) + "pt;height:"
                    + (int) (height * 0.65) + "pt\"></object>";
        }
        return Chart.svg(width, height, text.get("chart.alt"), drawing);
    }

    private void countTable(Writer out, String title, String column, String countColumn, Map<String, Long> counts)
            throws IOException {
        out.write("<table class=\"count\">\n<caption>" + esc(title) + "</caption>\n<thead><tr><th>" + esc(column)
                + "</th><th class=\"n\">" + esc(countColumn) + "</th></tr></thead>\n<tbody>\n");
        if (counts.isEmpty()) {
            out.write("<tr><td>" + esc("summary.none") + "</td><td class=\"n\">0</td></tr>\n");
        }
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            out.write("<tr><td>" + Html.escape(e.getKey()) + "</td><td class=\"n\">" + e.getValue() + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }

    private void writeIndexRow(ProductView p) throws IOException {
        indexOut.write("<tr class=\"" + agreementKey(p.agreement) + "\"><td class=\"n\">" + p.number
                + "</td><td><a href=\"#" + p.anchor() + "\">" + Html.escape(p.displayName(text))
                + "</a></td><td class=\"id\">" + Html.escape(p.rating.dossierId()) + "</td><td class=\"n\">"
                + Html.escape(ProductView.decimal(p.recordedAverage, text)) + "</td><td class=\"n\">"
                + Html.escape(ProductView.decimal(p.average, text)) + "</td><td class=\"n\">"
                + Html.escape(ProductView.stars(p.recordedStars, text)) + "</td><td class=\"n\">"
                + Html.escape(ProductView.stars(p.rating.stars(), text)) + "</td><td>"
                + esc("agreement." + agreementKey(p.agreement)) + "</td><td>"
                + Html.escape(p.causes().stream().map(c -> text.name("cause", c)).collect(Collectors.joining("; ")))
                + "</td></tr>\n");
    }

    private void writeSection(ProductView p) throws IOException {
        Writer w = sectionsOut;
        w.write("<section class=\"product\" id=\"" + p.anchor() + "\">\n<h3><span class=\"no\">" + p.number
                + ".</span> " + Html.escape(p.displayName(text)) + " <span class=\"badge "
                + agreementKey(p.agreement) + "\">" + esc("agreement." + agreementKey(p.agreement))
                + "</span></h3>\n");
        w.write("<p class=\"meta\">" + esc("column.dossier") + ": " + Html.escape(p.rating.dossierId()) + " \u00b7 "
                + esc("column.productSet") + ": " + Html.escape(p.rating.productSet().isEmpty() ? text.get("none")
                        : p.rating.productSet()) + " \u00b7 " + Html.escape(text.get("product.criteria",
                                p.versionLabel(text))) + " \u00b7 "
                + Html.escape(text.get("product.outcome", text.name("outcome", p.rating.outcome()))) + "</p>\n");
        if (p.source.isPresent()) {
            // the auditor's citation of the published result: where to check the recorded column by hand
            w.write("<p class=\"source\">" + esc("product.source") + ": " + Html.escape(p.source.get()) + "</p>\n");
        }
        w.write("<table class=\"compare\">\n<thead><tr><th></th><th>" + esc("product.recorded") + "</th><th>"
                + esc("product.recomputed") + "</th></tr></thead>\n<tbody>\n");
        compareRow(w, "product.average", ProductView.decimal(p.recordedAverage, text),
                ProductView.decimal(p.average, text));
        compareRow(w, "product.band", ProductView.stars(p.recordedBand, text),
                ProductView.stars(p.rating.bandStars(), text));
        compareRow(w, "product.stars", ProductView.stars(p.recordedStars, text),
                ProductView.stars(p.rating.stars(), text));
        compareRow(w, "product.level", ProductView.level(p.recordedLevel, text), ProductView.level(p.level, text));
        compareRow(w, "product.forwarding", text.get("none"), ProductView.level(p.forwardedTo, text));
        w.write("</tbody>\n</table>\n");
        w.write("<h4>" + esc("product.discrepancies") + "</h4>\n");
        if (p.agreement == ProductView.Agreement.NOTHING) {
            w.write("<p class=\"nothing\">" + esc("product.nothingRecorded") + "</p>\n");
        } else if (p.differences.isEmpty() && p.agreement == ProductView.Agreement.AGREES) {
            w.write("<p class=\"agrees\">" + esc("product.agrees") + "</p>\n");
        }
        if (!p.differences.isEmpty()) {
            w.write("<ul class=\"causes\">\n");
            for (ProductView.Difference d : p.differences) {
                w.write("<li><b>" + Html.escape(text.name("cause", d.cause())) + "</b> <code>" + d.cause().name()
                        + "</code> \u2014 " + Html.escape(text.get("product.field", text.field(d.field()),
                                d.recorded(), d.recomputed())) + "<br/>" + Html.escape(d.explanation()) + "</li>\n");
            }
            w.write("</ul>\n");
        }
        list(w, "product.failedMinimums", p.failedMinimums);
        if (!p.memberTotals.isEmpty()) {
            int max = p.memberTotals.values().stream().mapToInt(Integer::intValue).max().getAsInt();
            int min = p.memberTotals.values().stream().mapToInt(Integer::intValue).min().getAsInt();
            w.write("<h4>" + esc("product.members") + "</h4>\n<p>" + Html.escape(p.memberTotals.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" \u00b7 "))) + "; "
                    + esc("product.spread", p.spread.getAsInt(), max, min) + "</p>\n");
        }
        if (!p.partAverages.isEmpty()) {
            Map<Part, Integer> caps = p.caps();
            w.write("<h4>" + esc("product.parts") + "</h4>\n<p>" + Html.escape(p.partAverages.entrySet().stream()
                    .map(e -> text.get("product.part", e.getKey().name(), e.getValue().toPlainString(),
                            caps.getOrDefault(e.getKey(), 0)))
                    .collect(Collectors.joining(" \u00b7 "))) + "</p>\n");
        }
        list(w, "product.warnings", p.warnings);
        list(w, "product.problems", p.problems);
        w.write("<p class=\"back\"><a href=\"#summary\">" + esc("product.back") + "</a></p>\n</section>\n");
    }

    private void compareRow(Writer w, String key, String recorded, String recomputed) throws IOException {
        boolean differs = !recorded.equals(recomputed) && !recorded.equals(text.get("none"));
        w.write("<tr" + (differs ? " class=\"differs\"" : "") + "><th>" + esc(key) + "</th><td>"
                + Html.escape(recorded) + "</td><td>" + Html.escape(recomputed) + "</td></tr>\n");
    }

    private void list(Writer w, String key, List<String> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        w.write("<h4>" + esc(key) + "</h4>\n<ul>\n");
        for (String item : items) {
            w.write("<li>" + Html.escape(item) + "</li>\n");
        }
        w.write("</ul>\n");
    }

    static String agreementKey(ProductView.Agreement agreement) {
        return switch (agreement) {
            case AGREES -> "agrees";
            case DIFFERS -> "differs";
            case NOTHING -> "nothing";
        };
    }

    private String esc(String key, Object... args) {
        return Html.escape(text.get(key, args));
    }

    private String css(String stampText) {
        String base = """
                body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #222; line-height: 1.35;
                  max-width: 1100px; margin: 0 auto; padding: 0 12px; }
                h1 { font-size: 17pt; margin: 6px 0 10px; }
                h2 { font-size: 14pt; border-bottom: 2px solid #1565c0; padding-bottom: 2px; margin-top: 18px; }
                h3 { font-size: 11.5pt; margin: 14px 0 4px; }
                h4 { font-size: 10pt; margin: 8px 0 2px; color: #333; }
                .stamp { font-size: 8pt; color: #555; border-bottom: 1px solid #ccc; padding-bottom: 3px; }
                .stamp.end { border-bottom: none; border-top: 1px solid #ccc; padding-top: 3px; margin-top: 18px; }
                table { border-collapse: collapse; margin: 4px 0 8px; }
                th, td { border: 1px solid #c8c8c8; padding: 2px 6px; text-align: left; vertical-align: top; }
                thead th { background: #eef3fb; }
                td.n, th.n { text-align: right; }
                caption { font-weight: bold; text-align: left; padding: 2px 0; }
                .counts table.count { display: inline-table; margin-right: 14px; }
                .charts figure { display: inline-block; margin: 0 24px 8px 0; vertical-align: top; }
                figcaption { font-weight: bold; margin-bottom: 4px; max-width: 380px; }
                table.index { width: 100%; font-size: 8.5pt; }
                td.id { white-space: nowrap; }
                tr.differs td { background: #fff3e0; }
                .badge { font-size: 8.5pt; padding: 1px 6px; border-radius: 3px; color: #fff; font-weight: normal; }
                .badge.agrees { background: #2e7d32; } .badge.differs { background: #d84315; }
                .badge.nothing { background: #757575; }
                .product { border-top: 1px solid #999; margin-top: 10px; padding-top: 2px; }
                .meta { color: #444; margin: 2px 0 4px; }
                .source { font-size: 8.5pt; color: #333; margin: 0 0 4px; word-wrap: break-word; }
                table.compare th { font-weight: normal; } table.compare thead th { font-weight: bold; }
                table.compare td { min-width: 90px; }
                ul { margin: 2px 0 4px; padding-left: 20px; }
                code { font-family: 'DejaVu Sans', monospace; font-size: 8pt; color: #555; }
                p.agrees { color: #2e7d32; } p.nothing { color: #666; }
                .back { font-size: 8pt; margin: 4px 0 0; }
                .note { font-size: 8.5pt; color: #555; }
                """;
        if (!print) {
            return base;
        }
        String page = text.get("page", "\" counter(page) \"", "\" counter(pages) \"");
        return base + """
                @page { size: A4; margin: 20mm 13mm 17mm 13mm;
                  @top-left { content: %s; font-family: 'DejaVu Sans'; font-size: 7pt; color: #555;
                    vertical-align: bottom; padding-bottom: 3mm; }
                  @bottom-right { content: "%s"; font-family: 'DejaVu Sans'; font-size: 8pt; color: #333; } }
                body { max-width: none; padding: 0; font-size: 9pt; }
                .stamp { display: none; }
                table { -fs-table-paginate: paginate; }
                table.compare, .charts figure, h3, h4 { page-break-inside: avoid; }
                h3, h4 { page-break-after: avoid; }
                .product { page-break-inside: auto; }
                .counts table.count { display: table; float: left; margin-right: 10px; }
                .counts { overflow: hidden; }
                .charts { clear: both; }
                .charts figure { display: inline-block; margin: 0 14px 6px 0; }
                figcaption { max-width: 250pt; font-size: 8.5pt; }
                table.index { font-size: 7.5pt; }
                object.chart { display: block; }
                """.formatted(Html.cssString(stampText), page);
    }

    /** What every page names: library version, criteria versions and data editions used, when it was made. */
    record Stamp(String libraryVersion, String made) {
        String line(ReportText text, Summary summary) {
            // an invalid dossier resolves no version: it is counted in the summary, not named as a version used
            List<String> used = summary.byVersion.keySet().stream()
                    .filter(k -> !k.equals(text.get("stamp.noVersion"))).toList();
            String versions = used.isEmpty() ? text.get("summary.none") : String.join("; ", used);
            return text.get("stamp", libraryVersion, versions, made);
        }
    }
}
