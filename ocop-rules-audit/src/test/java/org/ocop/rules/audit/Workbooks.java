package org.ocop.rules.audit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.KnockOutRule;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.Option;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;

/**
 * Test helpers for scoring workbooks: dossiers of random valid choices built from the criteria model, and a
 * workbook filled as a person fills it in Excel — finding each option's row by the code printed in column B, each
 * member's column by its heading, and writing {@code x} there (never through the hidden keys).
 */
final class Workbooks {

    static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.bundled();

    private Workbooks() {
    }

    /** Every (version in a sheet edition, set with a sheet) of the catalogue. */
    static List<Object[]> everySheet() {
        List<Object[]> all = new ArrayList<>();
        for (CriteriaVersion v : CATALOGUE.versions()) {
            for (String edition : v.sheetEditions()) {
                CriteriaVersion e = v.withSheetEdition(edition);
                for (String set : e.setsWithSheets()) {
                    all.add(new Object[] {v.id(), edition, set});
                }
            }
        }
        return all;
    }

    static CriteriaVersion version(String id, String edition) {
        return CATALOGUE.version(id).withSheetEdition(edition);
    }

    /** The template's bytes. */
    static byte[] bytes(ScoringWorkbook workbook) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static FilledWorkbook read(byte[] bytes, String name) {
        try {
            return ScoringWorkbook.read(new ByteArrayInputStream(bytes), name, CATALOGUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A dossier of {@code members} members with random valid answers: one option per criterion, a random set of
     * lines (maybe none) on a checklist, a conditional criterion left out when its condition says so; now and then
     * a finding of the council.
     */
    static Dossier randomDossier(CriteriaVersion version, ScoringSheet sheet, int members, long seed) {
        Random random = new Random(seed);
        List<MemberSheet> sheets = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            Map<String, String> choices = new LinkedHashMap<>();
            Map<String, List<String>> ticks = new LinkedHashMap<>();
            // conditions first look at their criterion: answer unconditional criteria first
            for (boolean conditional : new boolean[] {false, true}) {
                for (Criterion c : sheet.criteria()) {
                    if (c.onlyIf().isPresent() != conditional) {
                        continue;
                    }
                    if (conditional) {
                        String chosen = choices.get(c.onlyIf().get().criterion());
                        if (chosen != null && !c.onlyIf().get().appliesWhen(chosen)) {
                            continue;
                        }
                    }
                    if (c.options().isEmpty()) {
                        continue;
                    }
                    if (c.select() == Criterion.Select.ANY) {
                        List<String> lines = new ArrayList<>();
                        for (Option o : c.options()) {
                            if (random.nextBoolean()) {
                                lines.add(o.id());
                            }
                        }
                        ticks.put(c.code(), lines);
                    } else {
                        choices.put(c.code(), c.options().get(random.nextInt(c.options().size())).id());
                    }
                }
            }
            sheets.add(new MemberSheet(NAMES.get(m % NAMES.size()) + (m < NAMES.size() ? "" : " " + m), choices,
                    ticks));
        }
        List<String> findings = new ArrayList<>();
        for (KnockOutRule rule : FormRow.findings(sheet)) {
            if (random.nextInt(8) == 0) {
                findings.add(rule.id());
            }
        }
        org.ocop.rules.dossier.Council council = null;
        if (random.nextBoolean()) {
            council = org.ocop.rules.dossier.Council.of(members + random.nextInt(3));
            if (random.nextBoolean()) {
                council = council.withChair(sheets.get(0).member());
            }
            if (random.nextBoolean()) {
                council = council.withSecretary("Bùi Thị Thư Ký");
            }
        }
        return Dossier.builder().id("WB-" + seed).council(council).productName("Sản phẩm " + sheet.productSet())
                .producer("HTX Thử nghiệm").productSet(sheet.productSet())
                .submittedOn(version.inForceFrom().plusDays(random.nextInt(20)))
                .ratedOn(random.nextBoolean() ? version.inForceFrom().plusDays(40) : null)
                .level(random.nextBoolean() ? Level.values()[random.nextInt(3)] : null)
                .criteriaVersion(version.id()).sheets(sheets).findings(findings).build();
    }

    static final List<String> NAMES = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
            "Hoàng Văn Em", "Vũ Thị Phương", "Đặng Văn Giang");

    /** Fills a template with the dossier's header, names, marks and findings, as a person types them. */
    static byte[] fill(byte[] template, Dossier dossier) {
        return edit(template, (form, workbook) -> {
            set(form, "Mã hồ sơ", dossier.id());
            set(form, "Tên sản phẩm", dossier.productName());
            set(form, "Chủ thể", dossier.producer());
            setDate(form, "Ngày nộp hồ sơ", dossier.submittedOn());
            dossier.ratedOn().ifPresent(d -> setDate(form, "Ngày đánh giá", d));
            dossier.level().ifPresent(l -> set(form, "Cấp đánh giá", WorkbookWriter.levelWord(l)));
            dossier.council().ifPresent(c -> {
                cell(form, rowOfText(form, "Số thành viên hội đồng"), 3).setCellValue(c.size());
                c.chair().ifPresent(name -> set(form, "Chủ tịch hội đồng", name));
                c.secretary().ifPresent(name -> set(form, "Thư ký hội đồng", name));
            });
            int names = rowOfText(form, "Họ và tên thành viên");
            for (int m = 0; m < dossier.sheets().size(); m++) {
                MemberSheet member = dossier.sheets().get(m);
                int column = memberColumn(form, m + 1);
                cell(form, names, column).setCellValue(member.member());
                member.choices().values().forEach(id -> cell(form, rowOfCode(form, id), column).setCellValue("x"));
                member.ticks().forEach((criterion, lines) -> {
                    if (lines.isEmpty()) {
                        int none = rowOfText(form, "Không có nội dung nào", rowOfCode(form, criterion));
                        cell(form, none, column).setCellValue("x");
                    }
                    lines.forEach(id -> cell(form, rowOfCode(form, id), column).setCellValue("x"));
                });
            }
            for (String finding : dossier.findings()) {
                cell(form, rowOfCode(form, finding), memberColumn(form, 1)).setCellValue("x");
            }
        });
    }

    /** Opens the workbook, lets {@code change} edit its form sheet, and gives the bytes saved. */
    static byte[] edit(byte[] workbook, java.util.function.BiConsumer<Sheet, XSSFWorkbook> change) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            change.accept(wb.getSheetAt(0), wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Cell cell(Sheet form, int row, int column) {
        Row r = Optional.ofNullable(form.getRow(row)).orElseGet(() -> form.createRow(row));
        return Optional.ofNullable(r.getCell(column)).orElseGet(() -> r.createCell(column));
    }

    /** The row whose printed code (column B) is {@code code}. */
    static int rowOfCode(Sheet form, String code) {
        for (Row row : form) {
            Cell c = row.getCell(1);
            if (c != null && code.equals(WorkbookReader.text(c))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row with code " + code);
    }

    /** The first row at or after {@code from} whose text (column C) starts with {@code words}. */
    static int rowOfText(Sheet form, String words, int from) {
        for (Row row : form) {
            Cell c = row.getCell(2);
            if (row.getRowNum() >= from && c != null && WorkbookReader.text(c).startsWith(words)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row with text " + words);
    }

    static int rowOfText(Sheet form, String words) {
        return rowOfText(form, words, 0);
    }

    /** The column headed "Thành viên n". */
    static int memberColumn(Sheet form, int n) {
        int head = rowOfText(form, "Tiêu chí / phương án");
        for (Cell c : form.getRow(head)) {
            if (("Thành viên " + n).equals(WorkbookReader.text(c))) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column Thành viên " + n);
    }

    /** The value cell of a header field, found by its label. */
    static void set(Sheet form, String label, String value) {
        cell(form, rowOfText(form, label), 3).setCellValue(value);
    }

    static void setDate(Sheet form, String label, LocalDate day) {
        cell(form, rowOfText(form, label), 3).setCellValue(day);
    }
}
