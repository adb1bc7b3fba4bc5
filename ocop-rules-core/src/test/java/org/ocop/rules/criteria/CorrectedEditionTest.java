package org.ocop.rules.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocop.rules.Rater;
import org.ocop.rules.Rating;
import org.ocop.rules.SheetBuilder;
import org.ocop.rules.dossier.Dossier;

/**
 * A province applies a corrected data edition before a release of the library, as a time-zone database is updated:
 * {@link CriteriaCatalogue#load(Path)} reads a directory of the same files as the bundled data, checks all of it
 * when it loads (exactly as the build checks the bundled data), and a rater rates with it. Each case copies the
 * bundled files into a temporary directory and edits the 26/2026 file as a person would, in place: in set I.1.a
 * (sheet 0), criterion 1.3 has the options 1.3.a (1 point), 1.3.b (2) and 1.3.c (3, a 5★ minimum).
 */
class CorrectedEditionTest {
    private static final String QD26 = "QD-26-2026.json";
    private static final String C13 = "$.sheets[0].parts[0].items[0].items[2]";
    private static final List<String> FILES = List.of(CriteriaCatalogue.INDEX, "QD-1048-2019.json",
            "QD-1048-2019-portal.json", "QD-781-2020.json", "QD-148-2023.json", QD26, CriteriaCatalogue.SET_MAPPING);

    @TempDir
    Path dir;

    private String qd26;

    @BeforeEach
    void copyTheBundledFiles() throws IOException {
        for (String name : FILES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(CriteriaCatalogue.ROOT + name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        qd26 = Files.readString(dir.resolve(QD26));
    }

    /** The 26/2026 file with the first {@code from} after {@code anchor} replaced by {@code to}. */
    private void edit(String anchor, String from, String to) throws IOException {
        int at = qd26.indexOf(anchor);
        int start = qd26.indexOf(from, at);
        assertThat(at).as("the file holds %s", anchor).isNotNegative();
        assertThat(start).as("%s follows %s", from, anchor).isNotNegative();
        qd26 = qd26.substring(0, start) + to + qd26.substring(start + from.length());
        Files.writeString(dir.resolve(QD26), qd26);
    }

    /** {@code "(line L, column C)"} of the first {@code text} after {@code anchor} in the edited file. */
    private String lineColumn(String anchor, String text) {
        int start = qd26.indexOf(text, qd26.indexOf(anchor));
        String before = qd26.substring(0, start);
        return "(line " + (1 + before.chars().filter(c -> c == '\n').count()) + ", column "
                + (start - before.lastIndexOf('\n')) + ")";
    }

    private void raise1_3_aTo2Points() throws IOException {
        edit("\"id\": \"1.3.a\"", "\"points\": 1", "\"points\": 2");
        edit("\"id\": \"1.3.a\"", "Sơ chế (rửa", "Sơ chế thủ công (rửa");
    }

    private void markAsEdition2026b() throws IOException {
        edit("\"edition\":", "\"2026a\"", "\"2026b\"");
        edit("\"editionNotes\":", "\"First edition",
                "\"2026b: option 1.3.a of set I.1.a worth 2 points. First edition");
    }

    private static Rating rate(Rater rater) {
        return rater.rate(Dossier.of("HS-1", "I.1.a", LocalDate.of(2026, 6, 15),
                List.of(SheetBuilder.best("I.1.a").choose("1.3.a").by("Nguyễn Văn An"))));
    }

    @Test
    void load_anUnchangedCopy_isTheBundledData() {
        CriteriaCatalogue copy = CriteriaCatalogue.load(dir);

        assertThat(copy.versions()).extracting(v -> v.id() + "@" + v.edition())
                .containsExactlyElementsOf(CriteriaCatalogue.bundled().versions().stream()
                        .map(v -> v.id() + "@" + v.edition()).toList());
        assertThat(copy.setMapping().mappings()).hasSameSizeAs(CriteriaCatalogue.bundled().setMapping().mappings());
    }

    @Test
    void load_aCorrectedEdition_ratesWithItsPoints_andEveryRatingRecordsTheEdition() throws IOException {
        raise1_3_aTo2Points();
        markAsEdition2026b();

        CriteriaCatalogue corrected = CriteriaCatalogue.load(dir);
        Rating bundled = rate(Rater.standard());
        Rating rating = rate(Rater.standard().withCatalogue(corrected));

        assertThat(corrected.version("QD-26-2026").edition()).isEqualTo("2026b");
        assertThat(corrected.version("QD-26-2026").editionNotes()).startsWith("2026b: option 1.3.a");
        assertThat(corrected.version("QD-26-2026").sheet("I.1.a").criterion("1.3").orElseThrow()
                .option("1.3.a").orElseThrow().text()).startsWith("Sơ chế thủ công");
        assertThat(bundled.members().get(0).total()).isEqualTo(98);
        assertThat(rating.members().get(0).total()).isEqualTo(99);
        assertThat(rating.version().orElseThrow().version().edition()).isEqualTo("2026b");
        assertThat(rating.explain()).contains("data edition 2026b");
        assertThat(corrected.version("QD-148-2023").edition()).as("the other versions as bundled")
                .isEqualTo(CriteriaCatalogue.bundled().version("QD-148-2023").edition());
    }

    /** The README's sample ("Correcting or adding a version"), line for line: if this changes, the README does. */
    @Test
    void theReadmeSample_runsAsPrinted() throws IOException {
        raise1_3_aTo2Points();
        markAsEdition2026b();
        Path directory = dir;

        // --- README: Correcting or adding a version (begin) ---
        CriteriaCatalogue corrected = CriteriaCatalogue.load(directory); // every file checked now, as the build does
        Rater rater = Rater.standard().withCatalogue(corrected);         // rates with the corrected points and texts
        String edition = corrected.version("QD-26-2026").edition();      // "2026b", recorded by every rating
        // --- README: Correcting or adding a version (end) ---

        assertThat(edition).isEqualTo("2026b");
        assertThat(rate(rater).members().get(0).total()).isEqualTo(99);
    }

    /** Points changed under the bundled edition's name would be rated and reported as the bundled data: refused. */
    @Test
    void load_aCorrectionThatKeepsTheBundledEditionName_isRefusedAtTheEdition() throws IOException {
        raise1_3_aTo2Points();

        assertThatThrownBy(() -> CriteriaCatalogue.load(dir)).isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at $.edition " + lineColumn("\"edition\":", "\"2026a\"") + ": data "
                        + "that differs from the bundled edition keeps its edition name: 2026a; allowed: an edition of "
                        + "its own, such as 2026b, with editionNotes that say what was corrected");
    }

    /** Dossiers and recorded results name option ids: a correction changes an option's text or points, not its id. */
    @Test
    void load_aCorrectionThatRenamesAnOptionId_isRefusedAtItsCriterion() throws IOException {
        edit("\"code\": \"1.3\"", "\"id\": \"1.3.b\"", "\"id\": \"1.3.d\"");
        markAsEdition2026b();

        assertThatThrownBy(() -> CriteriaCatalogue.load(dir)).isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-26-2026.json at " + C13 + ".options " + lineColumn("\"code\": \"1.3\"", "[")
                        + ": an option of the bundled edition 2026a is missing from criterion 1.3 of set I.1.a: "
                        + "1.3.b; allowed: every option id of the bundled edition (a correction changes an option's "
                        + "text or points, never its id: dossiers and ratings name it)");
    }

    /** Dossiers scored on the national portal are replayed with its sheet edition: a correction keeps it. */
    @Test
    void load_aCorrectionThatDropsASheetEdition_isRefused() throws IOException {
        Path v1048 = dir.resolve("QD-1048-2019.json");
        String text = Files.readString(v1048);
        int editions = text.indexOf("\"sheetEditions\"");
        Files.writeString(v1048, text.substring(0, editions) + text.substring(editions).replaceFirst(
                "\\[[^\\]]*\\]", "[]").replaceFirst("\"edition\": \"2026a\"", "\"edition\": \"2026b\""));

        assertThatThrownBy(() -> CriteriaCatalogue.load(dir)).isInstanceOf(CriteriaDataException.class)
                .hasMessageStartingWith("QD-1048-2019.json at $.sheetEditions (line ")
                .hasMessageEndingWith("): a sheet edition of the bundled edition 2026a is missing: portal; allowed: "
                        + "every sheet edition of the bundled edition: decision, portal");
    }

    /**
     * The whole directory is checked when it loads, not when a dossier first needs the broken sheet: the error is
     * the build's, with the file, the JSON path, the line and the column.
     */
    @Test
    void load_aBrokenCopy_failsWhenItLoads_withFileLineAndColumn() throws IOException {
        edit("\"id\": \"1.3.c\"", "\"points\": 3", "\"points\": 13");
        markAsEdition2026b();

        assertThatThrownBy(() -> CriteriaCatalogue.load(dir)).isInstanceOfSatisfying(CriteriaDataException.class,
                e -> {
                    assertThat(e).hasMessage("QD-26-2026.json at " + C13 + ".options[2].points "
                            + lineColumn("\"id\": \"1.3.c\"", "13") + ": option 1.3.c of set I.1.a is worth more "
                            + "than its criterion's cap: 13; allowed: 0 to 3");
                    assertThat(e.resource()).isEqualTo(QD26);
                    assertThat(e.line()).hasValue(qd26.substring(0, qd26.indexOf("13", qd26.indexOf("\"1.3.c\"")))
                            .split("\n", -1).length);
                });
    }

    @Test
    void load_aBrokenSheetEditionOfAnotherVersion_failsWhenItLoads() throws IOException {
        Path portal = dir.resolve("QD-1048-2019-portal.json");
        Files.writeString(portal, Files.readString(portal).replaceFirst("\"version\": \"QD-1048-2019\"",
                "\"version\": \"QD-26-2026\""));

        assertThatThrownBy(() -> CriteriaCatalogue.load(dir)).isInstanceOf(CriteriaDataException.class)
                .hasMessage("QD-1048-2019-portal.json at $.version (line 3, column 13): sheets of another version: "
                        + "QD-26-2026; allowed: QD-1048-2019");
    }

    @Test
    void load_aDirectoryWithoutAnIndex_namesTheIndex() throws IOException {
        Files.delete(dir.resolve(CriteriaCatalogue.INDEX));

        assertThatThrownBy(() -> CriteriaCatalogue.load(dir)).isInstanceOf(CriteriaDataException.class)
                .hasMessage("index.json at $: resource not found: index.json; allowed: a file next to the criteria "
                        + "index");
    }

    /** An index names files next to it: a path out of the directory is no file, and nothing outside is read. */
    @Test
    void load_anIndexNamingAFileOutsideTheDirectory_findsNoSuchFile() throws IOException {
        Path inside = Files.createDirectory(dir.resolve("inside"));
        Files.writeString(inside.resolve(CriteriaCatalogue.INDEX), "{\"format\": \"ocop-criteria-index/1\", "
                + "\"versions\": [\"../" + QD26 + "\"]}");

        assertThatThrownBy(() -> CriteriaCatalogue.load(inside)).isInstanceOf(CriteriaDataException.class)
                .hasMessage("../QD-26-2026.json at $: resource not found: ../QD-26-2026.json; allowed: a file next "
                        + "to the criteria index");
    }

    /** A version the bundled catalogue lacks is added as it is, with no bundled edition to keep. */
    @Test
    void load_aVersionTheBundledCatalogueLacks_isAdded() throws IOException {
        String next = qd26.replaceFirst("\"id\": \"QD-26-2026\"", "\"id\": \"QD-99-2030\"")
                .replaceFirst("\"from\": \"2026-05-22\"", "\"from\": \"2030-01-01\"");
        Files.writeString(dir.resolve("QD-99-2030.json"), next);
        Path index = dir.resolve(CriteriaCatalogue.INDEX);
        Files.writeString(index, Files.readString(index).replace("\"QD-26-2026.json\"",
                "\"QD-26-2026.json\",\n  \"QD-99-2030.json\""));

        CriteriaCatalogue catalogue = CriteriaCatalogue.load(dir);

        assertThat(catalogue.versions()).extracting(CriteriaVersion::id).endsWith("QD-26-2026", "QD-99-2030");
        assertThat(catalogue.resolve(LocalDate.of(2030, 3, 1)).version().id()).isEqualTo("QD-99-2030");
    }
}
