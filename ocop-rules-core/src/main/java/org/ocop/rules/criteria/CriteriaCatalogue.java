package org.ocop.rules.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ocop.rules.Text;
import org.ocop.rules.internal.Messages;

/**
 * The criteria catalogue: every criteria version (<i>bộ tiêu chí</i>) the library knows, oldest first, with its
 * classification and scoring sheets, and the rule that picks the version for a dossier.
 *
 * <p>Versions behave like time-zone data: stable ids, validity ranges, resolved from dates and never "the latest",
 * each version's data edition recorded. The bundled catalogue is created once and shared; it is immutable and
 * thread-safe. Creating it reads and checks every version's header (see {@link CriteriaDataException}): what
 * {@link #versions()}, {@link #resolve} and {@link #requested} need. Each version's classification, sheets and star
 * minimums are read and checked on their first use, and the set mapping on the first {@link #setMapping()}, so a
 * program that rates dossiers of one version parses only that version's sheets. The build checks every data file in
 * full; {@link #load(java.nio.file.Path)} reads a corrected data edition from a directory and checks it in full too.
 *
 * <pre>{@code
 * CriteriaCatalogue catalogue = CriteriaCatalogue.bundled();
 * VersionResolution r = catalogue.resolve(LocalDate.of(2026, 6, 1));   // QD-26-2026, by submission date
 * ScoringSheet sheet = r.version().sheet("I.1.a");
 * }</pre>
 */
public final class CriteriaCatalogue {
    static final String ROOT = "org/ocop/rules/criteria/";
    static final String INDEX = "index.json";
    static final String SET_MAPPING = "set-mapping.json";
    static final String COMPARISON_148_26 = "criteria-comparison-148-26.json";

    /** Created on first use; a failed creation is not cached, so every call reports the same clear error. */
    private static volatile CriteriaCatalogue bundled;

    private final List<CriteriaVersion> versions;
    private final Lazy<SetMapping> setMapping;
    private final Lazy<List<CriterionComparison>> comparisons;

    private CriteriaCatalogue(List<CriteriaVersion> versions, java.util.function.Supplier<SetMapping> setMapping,
            java.util.function.Supplier<List<CriterionComparison>> comparisons) {
        this.versions = List.copyOf(versions);
        this.setMapping = new Lazy<>(setMapping);
        this.comparisons = new Lazy<>(comparisons);
    }

    /**
     * The catalogue shipped in this jar. Created on first call (every version's header read and checked), then
     * shared; each version's body is loaded on its first use.
     *
     * @throws CriteriaDataException if the bundled data is broken (a build that passed its tests never is)
     */
    public static CriteriaCatalogue bundled() {
        CriteriaCatalogue catalogue = bundled;
        if (catalogue == null) {
            synchronized (CriteriaCatalogue.class) {
                catalogue = bundled;
                if (catalogue == null) {
                    catalogue = lazy(DataFiles.resources(ROOT));
                    bundled = catalogue;
                }
            }
        }
        return catalogue;
    }

    /**
     * A catalogue read from a directory of criteria data in the bundled format ({@code index.json}, the version
     * files it registers and their sheet-edition files, and {@code set-mapping.json} if the directory has one; the
     * catalogue maps no sets without it), checked in full now, exactly as the build checks the bundled data. So a
     * province or an auditor applies a corrected data edition before a release of the library, as a time-zone
     * database is updated, and learns of any problem when it loads, not when a dossier first needs the broken sheet.
     *
     * <p>A version the bundled catalogue also has is a corrected edition of it. It keeps every sheet edition, every
     * product set that has a sheet and every option id of those sheets (dossiers and ratings name them), and data
     * that differs from the bundled carries an edition name of its own ({@code 2026a} → {@code 2026b}), which every
     * rating under it records ({@link CriteriaVersion#edition()}). A version the bundled catalogue lacks is taken as
     * it is. Rate with it through {@code Rater.standard().withCatalogue(catalogue)}.
     *
     * <pre>{@code
     * CriteriaCatalogue corrected = CriteriaCatalogue.load(Path.of("criteria-2026b"));
     * Rater rater = Rater.standard().withCatalogue(corrected);
     * }</pre>
     *
     * @param directory the directory holding {@code index.json}; files are read by the names the index and the
     *     version files give, next to it
     * @return the catalogue, immutable and thread-safe
     * @throws CriteriaDataException at the first problem, naming the file, the JSON path, the line and column, the
     *     value and what is allowed: a missing or malformed file, a broken integrity rule (the build's checks), or a
     *     correction that drops a sheet edition, a sheet or an option id, or changes data under the bundled
     *     edition's name
     * @throws java.io.UncheckedIOException if a file is there but cannot be read
     */
    public static CriteriaCatalogue load(java.nio.file.Path directory) {
        return load(DataFiles.directory(Objects.requireNonNull(directory, "directory")), Correction.ofBundled());
    }

    /**
     * A catalogue whose versions' headers are read and checked now, and whose versions' bodies and set mapping are
     * read and checked on first use.
     */
    static CriteriaCatalogue lazy(DataFiles files) {
        return lazy(files, Correction.Rules.NONE);
    }

    private static CriteriaCatalogue lazy(DataFiles files, Correction.Rules corrections) {
        List<CriteriaVersion> versions = VersionIndex.versions(files, INDEX, corrections);
        return new CriteriaCatalogue(versions, () -> CriteriaReader.located(files, () -> {
            // a catalogue of test data may come without a mapping: it then maps nothing
            return has(files, SET_MAPPING) ? SetMappingLoader.load(files, SET_MAPPING, versions)
                    : new SetMapping(List.of());
        }), () -> CriteriaReader.located(files, () -> has(files, COMPARISON_148_26)
                ? List.of(CriterionComparisonLoader.load(files, COMPARISON_148_26, versions)) : List.of()));
    }

    private static boolean has(DataFiles files, String name) {
        try (java.io.InputStream in = files.open(name)) {
            return in != null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot read criteria resource " + name, e);
        }
    }

    /**
     * A catalogue read and checked in full now: every version's header, then every version's body in the index's
     * order, then the set mapping. The build's check ({@link CriteriaDataCheck}) and the loader's tests use it.
     */
    static CriteriaCatalogue load(DataFiles files) {
        return load(files, Correction.Rules.NONE);
    }

    private static CriteriaCatalogue load(DataFiles files, Correction.Rules corrections) {
        CriteriaCatalogue catalogue = lazy(files, corrections);
        catalogue.versions.forEach(CriteriaVersion::body);
        catalogue.setMapping();
        catalogue.criterionComparisons();
        return catalogue;
    }

    /**
     * Which product sets of one version cover the same products as a set of another (1048/781 against 148 and
     * 26/2026), with the basis of each entry ({@code criteria/set-mapping.json}). Read and checked on the first
     * call, with the bodies of the versions it names.
     *
     * @throws CriteriaDataException if the mapping's data, or that of a version it names, is broken
     */
    public SetMapping setMapping() {
        return setMapping.get();
    }

    /**
     * The criterion-by-criterion comparisons of two versions' sheets ({@code criteria-comparison-148-26.json}: 148's
     * sheets against 26/2026's), each criterion's match, kind and option mapping, all inferred from the two versions'
     * data. Read and checked on the first call, with the bodies of the versions they name; empty for a directory
     * without the file.
     *
     * @throws CriteriaDataException if a comparison's data is broken, or names a set, criterion or option that a
     *     version it compares does not have
     */
    public List<CriterionComparison> criterionComparisons() {
        return comparisons.get();
    }

    /** Every version, oldest first. */
    public List<CriteriaVersion> versions() {
        return versions;
    }

    /** The version with this id, if the catalogue has one. */
    public Optional<CriteriaVersion> findVersion(String id) {
        return versions.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /**
     * The version with this id.
     *
     * @throws CriteriaLookupException if there is none
     */
    public CriteriaVersion version(String id) {
        Objects.requireNonNull(id, "id");
        return findVersion(id).orElseThrow(() -> new CriteriaLookupException("criteria catalogue",
                Messages.text("lookup.unknownVersion"), id, Messages.literal(ids())));
    }

    /**
     * The version for a dossier submitted on {@code submittedOn}: the one in force that day.
     *
     * @throws CriteriaLookupException if the date is before the first version
     */
    public VersionResolution resolve(LocalDate submittedOn) {
        return resolve(submittedOn, null);
    }

    /**
     * The version for a dossier submitted on {@code submittedOn} and rated on {@code ratedOn}.
     *
     * <p>The version is the one in force on the submission date (26/2026 Điều 12.2 makes the submission date
     * decisive). When a newer version was already in force on the rating date and it keeps earlier dossiers under
     * the old rules, the rule is {@link VersionResolution.Rule#TRANSITIONAL}; a rating after the old version's
     * lapse date carries a warning.
     *
     * @param submittedOn the day the dossier was submitted (<i>ngày nộp hồ sơ</i>)
     * @param ratedOn the day the council rated it, or {@code null} if unknown
     * @throws CriteriaLookupException if the submission date is before the first version
     */
    public VersionResolution resolve(LocalDate submittedOn, LocalDate ratedOn) {
        Objects.requireNonNull(submittedOn, "submittedOn");
        CriteriaVersion version = inForceOn(submittedOn);
        List<Text> warnings = new ArrayList<>();
        Optional<CriteriaVersion> next = next(version);
        if (ratedOn != null && ratedOn.isBefore(submittedOn)) {
            warnings.add(Messages.text("version.warning.ratedBeforeSubmission", ratedOn, submittedOn));
        }
        if (ratedOn != null && next.isPresent() && !ratedOn.isBefore(next.get().inForceFrom())) {
            CriteriaVersion newer = next.get();
            if (newer.transition().isPresent()) {
                SourcedText transition = newer.transition().get();
                version.lapsesAfter().filter(ratedOn::isAfter).ifPresent(lapse -> warnings.add(Messages.text(
                        "version.warning.ratedAfterLapse", ratedOn, version.id(), lapse, transition.source())));
                // the transition's own words are the decision's: quoted, never translated
                return new VersionResolution(version, VersionResolution.Rule.TRANSITIONAL,
                        Messages.text("version.reason.transitional", submittedOn, version.id(), ratedOn, newer.id(),
                                transition.source(), transition.text()), warnings);
            }
            warnings.add(Messages.text("version.warning.noTransition", ratedOn, newer.id()));
        }
        return new VersionResolution(version, VersionResolution.Rule.SUBMISSION_DATE,
                Messages.text("version.reason.submission", submittedOn, version.id(), version.decision().number()),
                warnings);
    }

    /**
     * The version a caller asks for by id, for example an auditor re-checking a dossier under a given decision.
     * When the dossier's submission date is known and the version was not in force on it, the resolution warns.
     *
     * @param versionId the version's id
     * @param submittedOn the dossier's submission date, or {@code null} if unknown
     * @throws CriteriaLookupException if there is no such version
     */
    public VersionResolution requested(String versionId, LocalDate submittedOn) {
        CriteriaVersion version = version(versionId);
        List<Text> warnings = new ArrayList<>();
        if (submittedOn != null && !version.isInForceOn(submittedOn)) {
            Text inForce = submittedOn.isBefore(versions.get(0).inForceFrom()) ? Messages.text("version.none")
                    : Messages.literal(inForceOn(submittedOn).id());
            warnings.add(Messages.text("version.warning.notInForce", version.id(), submittedOn, inForce));
        }
        return new VersionResolution(version, VersionResolution.Rule.REQUESTED,
                Messages.text("version.reason.requested", version.id()), warnings);
    }

    private CriteriaVersion inForceOn(LocalDate day) {
        for (CriteriaVersion version : versions) {
            if (version.isInForceOn(day)) {
                return version;
            }
        }
        CriteriaVersion first = versions.get(0);
        throw new CriteriaLookupException("criteria catalogue", Messages.text("lookup.beforeFirstVersion"),
                day.toString(), Messages.text("lookup.beforeFirstVersion.allowed", first.inForceFrom(), first.id(),
                        first.decision().number()));
    }

    private Optional<CriteriaVersion> next(CriteriaVersion version) {
        int i = versions.indexOf(version);
        return i + 1 < versions.size() ? Optional.of(versions.get(i + 1)) : Optional.empty();
    }

    private String ids() {
        return versions.stream().map(CriteriaVersion::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "CriteriaCatalogue" + versions.stream().map(v -> v.id() + "@" + v.edition()).toList();
    }
}
