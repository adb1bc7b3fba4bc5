package org.ocop.rules.criteria;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue's index ({@code index.json}, format {@value #INDEX_FORMAT}) and the lazy loading of what it
 * registers: every version's <em>header</em> is read and checked (formats, ids, dates, order, caps, procedures) when
 * a catalogue is created, and each version's <em>body</em> (classification, sheets, sheet editions, star minimums)
 * on its first use, once. Strict and loud: the first problem found stops the load with a
 * {@link CriteriaDataException} naming the file, the JSON path, the value and what is allowed, and, read back from
 * the file, the line and column where the offending value starts; so does a failed body load.
 */
final class VersionIndex {
    private static final Logger LOG = LoggerFactory.getLogger(VersionIndex.class);

    static final String INDEX_FORMAT = "ocop-criteria-index/1";
    static final String SHEETS_FORMAT = "ocop-criteria-sheets/1";

    /**
     * The keys of a version file that version resolution and listing need, read for every version when a catalogue
     * is created: the header. Every other key is the version's body, read on its first use. The header keys come
     * first in a file (checked when the body is read), so the header is read without parsing the sheets.
     */
    static final List<String> HEADER_KEYS = List.of("format", "id", "edition", "editionNotes", "decision",
            "inForce", "parts", "bands", "starMinimums", "procedures", "transition", "basedOn");
    /** The body keys: every key of the version format that is not a header key. */
    static final Set<String> BODY_KEYS;

    static {
        Set<String> keys = new LinkedHashSet<>();
        for (java.lang.reflect.RecordComponent c : CriteriaFileFormat.Version.class.getRecordComponents()) {
            keys.add(c.getName());
        }
        if (!keys.containsAll(HEADER_KEYS)) {
            throw new IllegalStateException("header keys not in the version format: " + HEADER_KEYS);
        }
        keys.removeAll(HEADER_KEYS);
        BODY_KEYS = Set.copyOf(keys);
    }

    private VersionIndex() {
    }

    /**
     * Reads the index and the header of every version it registers, checked, and gives the versions, each loading
     * and checking its body on first use.
     *
     * @param corrections what each version's data must keep of the data it corrects, if any
     */
    static List<CriteriaVersion> versions(DataFiles files, String indexName, Correction.Rules corrections) {
        return CriteriaReader.located(files, () -> load(files, indexName, corrections));
    }

    /** Every version file the index registers, by version id, in the index's order; each file's header is read. */
    static Map<String, String> fileOfId(DataFiles files, String indexName) {
        CriteriaFileFormat.Index index = CriteriaReader.read(files, indexName, CriteriaFileFormat.Index.class);
        Map<String, String> fileOfId = new LinkedHashMap<>();
        for (String file : new Checker(indexName).required("$.versions", index.versions())) {
            fileOfId.putIfAbsent(readHeader(files, file).id(), file);
        }
        return fileOfId;
    }

    private static List<CriteriaVersion> load(DataFiles files, String indexName, Correction.Rules corrections) {
        CriteriaFileFormat.Index index = CriteriaReader.read(files, indexName, CriteriaFileFormat.Index.class);
        Checker ix = new Checker(indexName);
        ix.equal("$.format", index.format(), INDEX_FORMAT, "unsupported index format");
        List<String> fileNames = ix.required("$.versions", index.versions());
        if (fileNames.isEmpty()) {
            throw ix.fail("$.versions", "no criteria version is registered", "[]", "one or more version files");
        }
        List<CriteriaFileFormat.Version> headers = new ArrayList<>();
        List<VersionCompiler.Header> checked = new ArrayList<>();
        Map<String, String> fileOfId = new LinkedHashMap<>();
        Set<String> seenFiles = new HashSet<>();
        for (int i = 0; i < fileNames.size(); i++) {
            String file = fileNames.get(i);
            if (!seenFiles.add(file)) {
                throw ix.fail("$.versions[" + i + "]", "file registered twice", file, "each file once");
            }
            CriteriaFileFormat.Version json = readHeader(files, file);
            if (json.basedOn() != null) {
                String baseId = new Checker(file).text("$.basedOn.version", json.basedOn().version());
                if (!fileOfId.containsKey(baseId)) {
                    throw new CriteriaDataException(file, "$.basedOn.version",
                            "based on a version not registered before this one", baseId,
                            String.join(", ", fileOfId.keySet()));
                }
            }
            VersionCompiler.Header header = new VersionCompiler(file, json, null, Map.of(), Correction.NONE)
                    .header();
            String earlier = fileOfId.putIfAbsent(header.id(), file);
            if (earlier != null) {
                throw new CriteriaDataException(file, "$.id", "a second registration of criteria version",
                        header.id(), "one registration per id (first registered by " + earlier + ")");
            }
            if (!checked.isEmpty()) {
                VersionCompiler.Header previous = checked.get(checked.size() - 1);
                if (!header.inForceFrom().isAfter(previous.inForceFrom())) {
                    throw new CriteriaDataException(file, "$.inForce.from",
                            "versions must be registered oldest first, but this one starts no later than "
                                    + previous.id(), header.inForceFrom().toString(),
                            "a date after " + previous.inForceFrom());
                }
            }
            headers.add(json);
            checked.add(header);
        }
        Set<String> bases = new HashSet<>();
        headers.forEach(json -> {
            if (json.basedOn() != null) {
                bases.add(json.basedOn().version());
            }
        });
        List<CriteriaVersion> versions = new ArrayList<>();
        Map<String, BodyLoader> bodies = new HashMap<>();
        for (int i = 0; i < checked.size(); i++) {
            VersionCompiler.Header h = checked.get(i);
            BodyLoader base = h.basedOn().map(bodies::get).orElse(null);
            BodyLoader body = new BodyLoader(files, fileNames.get(i), headers.get(i), bases.contains(h.id()), base,
                    corrections.of(h.id()));
            // the day the next version came into force: known only once every header is read
            Optional<LocalDate> superseded = i + 1 < checked.size()
                    ? Optional.of(checked.get(i + 1).inForceFrom()) : Optional.empty();
            CriteriaVersion version = new CriteriaVersion(h.id(), h.edition(), h.editionNotes(), h.decision(),
                    h.inForceFrom(), superseded, h.lapsesAfter(), h.partCaps(), h.bands(), h.starBands(),
                    h.procedures(), h.transition(), h.basedOn(), body);
            body.version = version;
            bodies.put(h.id(), body);
            versions.add(version);
        }
        return List.copyOf(versions);
    }

    /**
     * Loads one version's body: reads its file in full and its sheet editions' files, checks that the header read
     * at first is the file's, and compiles and checks the classification, sheets and star minimums. A version based
     * on another has that version's body loaded first and compiles from what it was compiled from.
     */
    private static final class BodyLoader implements Supplier<CriteriaVersion.Body> {
        private final DataFiles files;
        private final String file;
        private final CriteriaFileFormat.Version header;
        /** Whether a version registered later is based on this one, and will compile from its sources. */
        private final boolean keepSources;
        private final BodyLoader base;
        private final Correction correction;
        /** The version this loads for; set once, right after it is created and before the catalogue is. */
        CriteriaVersion version;
        /**
         * What this version was compiled from, kept for the versions based on it (1048's for 781: about 0.6 MiB,
         * the records as read, whose texts the compiled sheets share) rather than read and parsed twice.
         */
        private volatile VersionCompiler.Sources sources;
        /** Whether this version's data, or its base's, differs from the data it corrects; known once loaded. */
        private volatile boolean corrected;

        BodyLoader(DataFiles files, String file, CriteriaFileFormat.Version header, boolean keepSources, BodyLoader base,
                Correction correction) {
            this.files = files;
            this.file = file;
            this.header = header;
            this.keepSources = keepSources;
            this.base = base;
            this.correction = correction;
        }

        @Override
        public CriteriaVersion.Body get() {
            return CriteriaReader.located(files, this::load);
        }

        private CriteriaVersion.Body load() {
            VersionCompiler.Sources baseSources = null;
            if (base != null) {
                base.version.body(); // once, and its error if its data is broken
                baseSources = base.sources;
            }
            CriteriaFileFormat.Version json = CriteriaReader.read(files, file, CriteriaFileFormat.Version.class);
            checkHeaderFirst(file, header, json);
            Map<String, CriteriaFileFormat.SheetsFile> editionFiles = new LinkedHashMap<>();
            List<String> editionNames = Checker.list(json.sheetEditions());
            for (int e = 0; e < editionNames.size(); e++) {
                String editionFile = editionNames.get(e);
                CriteriaFileFormat.SheetsFile sheets = CriteriaReader.read(files, editionFile,
                        CriteriaFileFormat.SheetsFile.class);
                Checker ec = new Checker(editionFile);
                ec.equal("$.format", sheets.format(), SHEETS_FORMAT, "unsupported sheets format");
                ec.equal("$.version", sheets.version(), json.id(), "sheets of another version");
                editionFiles.put(editionFile, sheets);
            }
            VersionCompiler compiler = new VersionCompiler(file, json, baseSources, editionFiles, correction);
            compiler.header();
            CriteriaVersion.Body body = compiler.body();
            // after the data's own checks: a correction is judged once its data is whole
            corrected = correction.differs(json, editionFiles) || base != null && base.corrected;
            correction.checkEdition(file, json, corrected);
            if (keepSources) {
                sources = compiler.sources();
            }
            LOG.debug("Loaded criteria version {} edition {} from {} ({} sets, sheet editions {})", json.id(),
                    json.edition(), file, body.setsByEdition().get(CriteriaVersion.DECISION_EDITION).size(),
                    body.setsByEdition().keySet());
            return body;
        }
    }

    /**
     * Refuses a header key written after a body key: the catalogue read the header without it (it stops at the
     * first body key), so the file as a whole and its header would disagree. Both were read from the same text, and
     * no key twice, so a header key is either in both or only in the whole file.
     */
    private static void checkHeaderFirst(String file, CriteriaFileFormat.Version header, CriteriaFileFormat.Version full) {
        for (java.lang.reflect.RecordComponent c : CriteriaFileFormat.Version.class.getRecordComponents()) {
            if (!HEADER_KEYS.contains(c.getName())) {
                continue;
            }
            boolean read;
            boolean whole;
            try {
                read = c.getAccessor().invoke(header) != null;
                whole = c.getAccessor().invoke(full) != null;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (read != whole) {
                throw new CriteriaDataException(file, "$." + c.getName(), "a header key after the body",
                        c.getName(), "the header keys (" + String.join(", ", HEADER_KEYS)
                                + ") before the first body key (" + BODY_KEYS.stream().sorted()
                                .collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    /**
     * The header of a version file: the file read up to its first body key, with every rule of a full read (unknown
     * and duplicate keys, types, malformed JSON). Locations are the file's: the text read is the file's beginning.
     * A file that cannot be cut there (missing, not UTF-8, malformed before its body, no body) is read in full,
     * which reports its problem as the loader always has.
     */
    static CriteriaFileFormat.Version readHeader(DataFiles files, String name) {
        Optional<String> head = CriteriaReader.head(files, name, BODY_KEYS);
        return head.isPresent()
                ? CriteriaReader.read(name, head.get().getBytes(StandardCharsets.UTF_8), CriteriaFileFormat.Version.class)
                : CriteriaReader.read(files, name, CriteriaFileFormat.Version.class);
    }
}
