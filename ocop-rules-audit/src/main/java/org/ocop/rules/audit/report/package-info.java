/**
 * Replay reports for people: {@link org.ocop.rules.audit.report.ReplayReport} writes the core's
 * {@link org.ocop.rules.Replay} values to an HTML page, an A4 PDF or an XLSX workbook, chosen by the file's extension,
 * in Vietnamese by default or in English.
 *
 * <p>One public type with its builder and format enum; the writers, the summary counts, the chart and the labels
 * are package-private. HTML and XLSX are streamed (each product is written as it comes and only the summary's
 * counts are kept), so a report of any size is written in constant memory; the PDF is rendered from the same HTML
 * by openhtmltopdf with the DejaVu fonts shipped in this jar. May use the core's API packages, POI and openhtmltopdf;
 * never {@code org.ocop.rules.internal}.
 */
package org.ocop.rules.audit.report;
