package org.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ocop.rules.audit.FilledWorkbook;
import org.ocop.rules.audit.ScoringWorkbook;
import org.ocop.rules.criteria.CriteriaCatalogue;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.criteria.ScoringSheet;
import org.ocop.rules.dossier.Council;
import org.ocop.rules.dossier.Dossier;
import org.ocop.rules.dossier.MemberSheet;

/**
 * The filled example workbook {@code examples/audit/phieu-cham-mau.xlsx}: a fictitious product (named as an
 * illustration in its header) of QD-26-2026's set I.2.b scored by five members of a council of six (the
 * secretary does not score). This test holds its generator: the
 * committed file must read back as the dossier {@link #dossier()} builds, and {@code ocop rate --input} rates it.
 * Regenerate it after a change to the workbook's layout with
 * {@code mvn -B -ntp test -pl examples -am -Dtest=ExampleWorkbookTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dexample.update=true}.
 */
class ExampleWorkbookTest {

    static final Path FILE = Path.of("audit", "phieu-cham-mau.xlsx");
    private static final String SET = "I.2.b";
    private static final List<String> MEMBERS = List.of("Nguyễn Thị Lan", "Trần Văn Hải", "Lê Thị Thu Hà",
            "Phạm Quốc Khánh", "Võ Minh Tuấn");

    /** The example's dossier: each member the best or second-best option of each criterion, by a fixed rule. */
    static Dossier dossier() {
        CriteriaVersion version = CriteriaCatalogue.bundled().version("QD-26-2026");
        ScoringSheet sheet = version.sheet(SET);
        List<MemberSheet> members = new java.util.ArrayList<>();
        for (int m = 0; m < MEMBERS.size(); m++) {
            Map<String, String> choices = new LinkedHashMap<>();
            for (Criterion c : sheet.criteria()) {
                List<String> ids = c.optionIds();
                // the story (5.1) is told, so 5.2 applies; elsewhere members differ by one option now and then
                int drop = c.code().equals("5.1") ? 0 : Math.floorMod(c.code().hashCode() + 3 * m, 4) == 0 ? 1 : 0;
                choices.put(c.code(), ids.get(Math.max(0, ids.size() - 1 - drop)));
            }
            members.add(MemberSheet.of(MEMBERS.get(m), choices));
        }
        return Dossier.builder().id("MH-2026-001").productName("Mật ong hoa nhãn Minh Họa (sản phẩm giả định)")
                .producer("HTX Ong mật Minh Họa (chủ thể giả định)").productSet(SET)
                .submittedOn(LocalDate.of(2026, 7, 15)).ratedOn(LocalDate.of(2026, 9, 10)).level(Level.PROVINCE)
                .council(Council.of(6).withChair("Nguyễn Thị Lan").withSecretary("Đỗ Thị Hồng"))
                .criteriaVersion(version.id()).sheets(members).build();
    }

    /** The workbook filled with {@link #dossier()}: the template, and an x in each member's cell of each choice. */
    static byte[] generate() throws IOException {
        Dossier dossier = dossier();
        CriteriaVersion version = CriteriaCatalogue.bundled().version("QD-26-2026");
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        ScoringWorkbook.builder(version, SET).members(MEMBERS).dossierId(dossier.id())
                .productName(dossier.productName()).producer(dossier.producer()).submittedOn(dossier.submittedOn())
                .ratedOn(dossier.ratedOn().orElseThrow()).level(Level.PROVINCE).council(dossier.council().orElseThrow())
                .note("MINH HỌA: sản phẩm, chủ thể và điểm đều là giả định, chỉ để minh họa cách dùng phiếu "
                        + "(ocop-rules, examples/audit)").build().write(template);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            Sheet form = wb.getSheetAt(0);
            Map<String, Row> rows = new LinkedHashMap<>();
            form.forEach(r -> {
                Cell key = r.getCell(0);
                if (key != null) {
                    rows.put(key.getStringCellValue(), r);
                }
            });
            for (int m = 0; m < dossier.sheets().size(); m++) {
                int column = 5 + m;
                for (String option : dossier.sheets().get(m).choices().values()) {
                    rows.get("option:" + option).getCell(column).setCellValue("x");
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // so viewers show the totals
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void committedExample_readsBackAsTheGeneratorsDossier() throws IOException {
        if (Boolean.getBoolean("example.update")) {
            Files.write(FILE, generate());
        }
        FilledWorkbook read = ScoringWorkbook.read(FILE);
        assertThat(read.problems()).isEmpty();
        assertThat(read.dossier()).contains(dossier());
    }

    @Test
    void rate_ofTheExampleWorkbook_ratesItsDossier() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = OcopCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "rate", "--input", FILE.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        // the band is 5★, but two 5★ minimums are not met by every member: 3★, an illustration of DEMOTE
        assertThat(text).startsWith("Dossier MH-2026-001 — product set I.2.b").contains("Outcome: RATED — 3★")
                .contains("Average: 90.40 (exact 452/5)").endsWith("1 of 1 dossiers rated.\n");
        assertThat(exit).isZero();
    }
}
