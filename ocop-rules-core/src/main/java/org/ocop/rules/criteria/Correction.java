package org.ocop.rules.criteria;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What a version's data must keep when it corrects the bundled data
 * ({@link CriteriaCatalogue#load(java.nio.file.Path)}), as an update of the time-zone database keeps its zone ids: a
 * version the bundled catalogue also has is a corrected edition of it. It keeps every sheet edition the bundled
 * version has, every product set that has a sheet in it, and every option id of those sheets: dossiers, recorded
 * results and ratings name them. And data that differs from the bundled carries an edition name of its own, so that
 * a rating's data edition says which data rated it (a version based on a corrected one differs too: its sheets are
 * taken from it).
 *
 * <p>Checked once the version's own data is whole, so the data's own errors come first. Thread-safe.
 */
final class Correction {

    /** The correction of each version, by id. */
    @FunctionalInterface
    interface Rules {
        /** No rule: the data is checked on its own (the bundled data, the build's check). */
        Rules NONE = id -> Correction.NONE;

        /** What the version with this id must keep; {@link Correction#NONE} for a version the data adds. */
        Correction of(String versionId);
    }

    /** A version that corrects nothing. */
    static final Correction NONE = new Correction(null, null);

    private static final String ALLOWED_IDS = "every option id of the bundled edition (a correction changes an "
            + "option's text or points, never its id: dossiers and ratings name it)";

    /** The bundled version, or {@code null}. */
    private final CriteriaVersion bundled;
    /** Its files as written, read on first need. */
    private final Supplier<Written> written;

    private Correction(CriteriaVersion bundled, Supplier<Written> written) {
        this.bundled = bundled;
        this.written = written;
    }

    /** A version file and its sheet editions' files, as read, to compare data with. */
    private record Written(CriteriaFileFormat.Version version, Map<String, CriteriaFileFormat.SheetsFile> sheetEditions) {
        static Written read(DataFiles files, String file) {
            CriteriaFileFormat.Version version = CriteriaReader.read(files, file, CriteriaFileFormat.Version.class);
            Map<String, CriteriaFileFormat.SheetsFile> editions = new LinkedHashMap<>();
            for (String name : Checker.list(version.sheetEditions())) {
                editions.put(name, CriteriaReader.read(files, name, CriteriaFileFormat.SheetsFile.class));
            }
            return new Written(version, editions);
        }
    }

    /** The rules of data that corrects the catalogue bundled in this jar. */
    static Rules ofBundled() {
        CriteriaCatalogue catalogue = CriteriaCatalogue.bundled();
        DataFiles files = DataFiles.resources(CriteriaCatalogue.ROOT);
        Lazy<Map<String, String>> fileOfId = new Lazy<>(() -> VersionIndex.fileOfId(files, CriteriaCatalogue.INDEX));
        return id -> catalogue.findVersion(id)
                .map(version -> new Correction(version, new Lazy<>(() -> Written.read(files, fileOfId.get().get(id)))))
                .orElse(NONE);
    }

    /** Whether the version corrects a bundled one. */
    boolean isActive() {
        return bundled != null;
    }

    /** Whether a version's files, as read, differ from the bundled version's; false when it corrects nothing. */
    boolean differs(CriteriaFileFormat.Version version, Map<String, CriteriaFileFormat.SheetsFile> sheetEditions) {
        if (!isActive()) {
            return false;
        }
        Written was = written.get();
        // records compare their values: what differs is the data, not its layout or key order
        return !was.version().equals(version) || !was.sheetEditions().equals(sheetEditions);
    }

    /**
     * Refuses a version whose data differs from the bundled under the bundled edition's name.
     *
     * @param file the version's file
     * @param version the version as read
     * @param differs whether its data (or its base's) differs from the bundled
     */
    void checkEdition(String file, CriteriaFileFormat.Version version, boolean differs) {
        if (isActive() && differs && bundled.edition().equals(version.edition())) {
            throw new CriteriaDataException(file, "$.edition", "data that differs from the bundled edition keeps "
                    + "its edition name", version.edition(), "an edition of its own, such as "
                    + next(version.edition()) + ", with editionNotes that say what was corrected");
        }
    }

    /** {@code 2026a} → {@code 2026b}: the edition after an edition. */
    private static String next(String edition) {
        char last = edition.charAt(edition.length() - 1);
        return last < 'z' ? edition.substring(0, edition.length() - 1) + (char) (last + 1) : edition + "a";
    }

    /**
     * Refuses a compiled sheet that lacks an option id of the bundled sheet of its set, at the criterion that lost
     * it (or the sheet's parts, when the criterion is gone).
     *
     * @param edition the sheet edition
     * @param compiler the sheet's compiler, which knows where each criterion is written
     * @param sheet the compiled sheet
     */
    void checkOptionIds(String edition, SheetCompiler compiler, ScoringSheet sheet) {
        Optional<ScoringSheet> kept = bundledSheets(edition).flatMap(sets -> sets.stream()
                .filter(set -> set.code().equals(sheet.productSet())).findFirst()).flatMap(ProductSet::sheet);
        if (kept.isEmpty()) {
            return;
        }
        for (Criterion criterion : kept.get().criteria()) {
            for (Option option : criterion.options()) {
                if (sheet.criterionOfOption(option.id()).isEmpty()) {
                    String at = compiler.pathOf(criterion.code());
                    throw new CriteriaDataException(compiler.resource(), at == null ? compiler.path() + ".parts"
                            : at + ".options", "an option of the bundled edition " + bundled.edition()
                            + " is missing from criterion " + criterion.code() + " of set " + sheet.productSet(),
                            option.id(), ALLOWED_IDS);
                }
            }
        }
    }

    /**
     * Refuses a version that lacks a sheet edition of the bundled version (a portal edition dropped): dossiers scored
     * on it are replayed with it.
     *
     * @param resource the version's file
     * @param editions the version's sheet editions
     */
    void checkEditionsKept(String resource, Set<String> editions) {
        if (!isActive()) {
            return;
        }
        for (String edition : bundled.sheetEditions()) {
            if (!editions.contains(edition)) {
                throw new CriteriaDataException(resource, "$.sheetEditions", "a sheet edition of the bundled edition "
                        + bundled.edition() + " is missing", edition, "every sheet edition of the bundled edition: "
                        + String.join(", ", bundled.sheetEditions()));
            }
        }
    }

    /**
     * Refuses a sheet edition in which a product set that has a sheet in the bundled version has none.
     *
     * @param edition the sheet edition
     * @param resource the file that holds its sheets
     * @param sets the edition's product sets, compiled
     */
    void checkSheetsKept(String edition, String resource, List<ProductSet> sets) {
        Optional<List<ProductSet>> kept = bundledSheets(edition);
        if (kept.isEmpty()) {
            return;
        }
        Set<String> withSheets = new HashSet<>();
        sets.stream().filter(ProductSet::hasSheet).forEach(set -> withSheets.add(set.code()));
        for (ProductSet set : kept.get()) {
            if (set.hasSheet() && !withSheets.contains(set.code())) {
                throw new CriteriaDataException(resource, "$.sheets", "a product set with a sheet in the bundled "
                        + "edition " + bundled.edition() + " has none" + (edition.equals(
                                CriteriaVersion.DECISION_EDITION) ? "" : " in sheet edition " + edition), set.code(),
                        "a sheet for every set the bundled edition has one for: " + kept.get().stream()
                                .filter(ProductSet::hasSheet).map(ProductSet::code).collect(Collectors.joining(", ")));
            }
        }
    }

    /** The bundled version's product sets in a sheet edition; empty when it corrects nothing or has no such edition. */
    private Optional<List<ProductSet>> bundledSheets(String edition) {
        if (!isActive() || !bundled.sheetEditions().contains(edition)) {
            return Optional.empty();
        }
        return Optional.of(bundled.withSheetEdition(edition).productSets());
    }
}
