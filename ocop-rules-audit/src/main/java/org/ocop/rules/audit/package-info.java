/**
 * The auditor's desk: what auditors hold (a province's published results table, the council's scoring workbooks)
 * read as dossiers, and what they hand in (a replay report) written for people to read and file.
 *
 * <p>Replay reports: {@link org.ocop.rules.audit.ReplayReport} writes the core's {@link org.ocop.rules.Replay}
 * values to an HTML page, an A4 PDF or an XLSX workbook, chosen by the file's extension, in Vietnamese by default or
 * in English. It is the one public type of the reports, with its builder and format enum; the writers
 * ({@code HtmlReport}, {@code PdfReport}, {@code XlsxReport}), the summary counts, the chart and the labels are
 * package-private. HTML and XLSX are streamed (each product is written as it comes and only the summary's counts are
 * kept), so a report of any size is written in constant memory; the PDF is rendered from the same HTML by
 * openhtmltopdf with the DejaVu fonts shipped in this jar ({@code org/ocop/rules/audit/fonts/}, with their licence).
 *
 * <p>Scoring workbooks: {@link org.ocop.rules.audit.ScoringWorkbook} writes a product set's scoring sheet as the
 * council's Excel workbook (one column per member, marks of {@code x}, running totals as formulas, an identity sheet
 * and hidden keys so that reading never matches text) and reads a filled one into a
 * {@link org.ocop.rules.audit.FilledWorkbook}: the dossier, or problems naming each bad cell. The layout
 * ({@code FormRow}), the writer and the reader are package-private.
 *
 * <p>Everything here sits on the core's public API only ({@code org.ocop.rules} and its API packages); it never
 * reaches into {@code org.ocop.rules.internal}. It may use POI, Commons CSV and openhtmltopdf.
 */
package org.ocop.rules.audit;
