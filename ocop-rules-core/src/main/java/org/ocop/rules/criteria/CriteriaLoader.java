package org.ocop.rules.criteria;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ocop.rules.Applicability;
import org.ocop.rules.criteria.CriteriaJson.AnomalyJson;
import org.ocop.rules.criteria.CriteriaJson.ClassJson;
import org.ocop.rules.criteria.CriteriaJson.Group;
import org.ocop.rules.criteria.CriteriaJson.Item;
import org.ocop.rules.criteria.CriteriaJson.KnockOut;
import org.ocop.rules.criteria.CriteriaJson.LevelJson;
import org.ocop.rules.criteria.CriteriaJson.OptionJson;
import org.ocop.rules.criteria.CriteriaJson.PartJson;
import org.ocop.rules.criteria.CriteriaJson.ProcedureJson;
import org.ocop.rules.criteria.CriteriaJson.Sheet;
import org.ocop.rules.criteria.CriteriaJson.Source;
import org.ocop.rules.criteria.CriteriaJson.Subgroup;
import org.ocop.rules.criteria.CriteriaJson.Text;
import org.ocop.rules.internal.json.JsonPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the criteria data files and checks every integrity rule before anything is handed out. Strict and loud:
 * the first problem found stops the load with a {@link CriteriaDataException} naming the resource, the JSON path,
 * the value and what is allowed. Nothing bad is skipped.
 */
final class CriteriaLoader {
    private static final Logger LOG = LoggerFactory.getLogger(CriteriaLoader.class);

    static final String FORMAT = "ocop-criteria/1";
    static final String INDEX_FORMAT = "ocop-criteria-index/1";
    static final String SHEETS_FORMAT = "ocop-criteria-sheets/1";
    private static final Pattern SHEET_EDITION = Pattern.compile("[a-z][a-z0-9-]*");
    /** Star levels a minimum-requirements table may bind (781 sets a 2★ minimum; 1★ needs none). */
    private static final Set<Integer> TABLE_STARS = Set.of(2, 3, 4, 5);

    /** One sheet as written, with the file it is in, its JSON path and the decision that printed it. */
    private record SheetSource(String resource, String path, Sheet sheet, String decisionNumber) {
    }

    /**
     * What a version was compiled from, for a version based on it: its classification JSON and, per sheet edition
     * (the decision edition first), its sheets by set code.
     */
    private record Sources(String resource, CriteriaJson.Classification classification,
            Map<String, Map<String, SheetSource>> editions) {
    }
    static final int SHEET_TOTAL = 100;

    private static final Pattern VERSION_ID = Pattern.compile("[A-Z]+-[0-9]+-[0-9]{4}");
    private static final Pattern EDITION = Pattern.compile("[0-9]{4}[a-z]");
    private static final Set<Integer> MARKED_STARS = Set.of(3, 4, 5);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // no silent conversion between scalars: "points": "2" is a wrong type in the data, not 2 points
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    /** Opens a resource by name; returns {@code null} when there is none. */
    @FunctionalInterface
    interface Opener {
        InputStream open(String name) throws IOException;
    }

    private CriteriaLoader() {
    }

    /**
     * The keys of a version file that version resolution and listing need, read for every version when a catalogue
     * is created: the <em>header</em>. Every other key is the version's <em>body</em>, read on its first use. The
     * header keys come first in a file (checked when the body is read), so the header is read without parsing the
     * sheets.
     */
    static final List<String> HEADER_KEYS = List.of("format", "id", "edition", "editionNotes", "decision",
            "inForce", "parts", "bands", "starMinimums", "procedures", "transition", "basedOn");
    /** The body keys: every key of the version format that is not a header key. */
    static final Set<String> BODY_KEYS;

    static {
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (java.lang.reflect.RecordComponent c : CriteriaJson.Version.class.getRecordComponents()) {
            keys.add(c.getName());
        }
        if (!keys.containsAll(HEADER_KEYS)) {
            throw new IllegalStateException("header keys not in the version format: " + HEADER_KEYS);
        }
        keys.removeAll(HEADER_KEYS);
        BODY_KEYS = Set.copyOf(keys);
    }

    /**
     * Reads the index and the header of every version it registers, checked (formats, ids, dates, order, caps,
     * procedures), and gives the versions, each loading and checking its body on first use. A failure names the
     * resource, the JSON path and, read back from the resource, the line and column where the offending value
     * starts; so does a failed body load.
     */
    static List<CriteriaVersion> versions(Opener opener, String indexName) {
        return located(opener, () -> loadVersions(opener, indexName));
    }

    /**
     * Runs {@code load}; a {@link CriteriaDataException} it throws without a line and column gets them, read back
     * from its resource.
     */
    static <T> T located(Opener opener, java.util.function.Supplier<T> load) {
        try {
            return load.get();
        } catch (CriteriaDataException e) {
            if (e.line().isPresent()) {
                throw e;
            }
            // the checks work on bound values and know only JSON paths: find the path in the text once, on failure
            com.fasterxml.jackson.core.JsonLocation at = locate(opener, e.resource(), e.path());
            throw at == null ? e : e.at(at.getLineNr(), at.getColumnNr());
        }
    }

    /**
     * A value computed on first use, once, whatever the number of threads asking. A computation that throws is not
     * kept: the next call computes again, and on the same data fails with the same error.
     */
    static final class Lazy<T> implements java.util.function.Supplier<T> {
        private final java.util.function.Supplier<T> compute;
        private volatile T value;

        Lazy(java.util.function.Supplier<T> compute) {
            this.compute = Objects.requireNonNull(compute);
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = Objects.requireNonNull(compute.get());
                        value = v;
                    }
                }
            }
            return v;
        }
    }

    /**
     * Where the value at a JSON path ({@code $.a.b[2].c}) starts in a resource; for a path that is not in it (a
     * missing key), where its nearest enclosing value starts. Null if the resource cannot be read.
     */
    static com.fasterxml.jackson.core.JsonLocation locate(Opener opener, String resource, String path) {
        String target = pathToPointer(path);
        com.fasterxml.jackson.core.JsonLocation best = null;
        int bestLength = -1;
        try (InputStream in = opener.open(resource)) {
            if (in == null) {
                return null;
            }
            // characters, not bytes: the column an editor shows on a line of Vietnamese text
            try (JsonParser parser = MAPPER.getFactory().createParser(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
                com.fasterxml.jackson.core.JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token == com.fasterxml.jackson.core.JsonToken.FIELD_NAME || token.isStructEnd()) {
                        continue;
                    }
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    if (pointer.equals(target)) {
                        return parser.currentTokenLocation();
                    }
                    if (pointer.length() > bestLength && (pointer.isEmpty() || target.startsWith(pointer + "/"))) {
                        best = parser.currentTokenLocation();
                        bestLength = pointer.length();
                    }
                }
            }
        } catch (IOException e) {
            // a resource that no longer parses: report what was found before the error
        }
        return best;
    }

    /** {@code $.sheets[0].number} as the JSON pointer {@code /sheets/0/number}. */
    static String pathToPointer(String path) {
        StringBuilder pointer = new StringBuilder();
        int i = path.startsWith("$") ? 1 : 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            int end;
            String segment;
            if (c == '[') {
                end = path.indexOf(']', i);
                end = end < 0 ? path.length() : end;
                segment = path.substring(i + 1, end);
                end++;
            } else {
                int start = c == '.' ? i + 1 : i;
                end = start;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                segment = path.substring(start, end);
            }
            pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
            i = end;
        }
        return pointer.toString();
    }

    private static List<CriteriaVersion> loadVersions(Opener opener, String indexName) {
        CriteriaJson.Index index = read(opener, indexName, CriteriaJson.Index.class);
        Checker ix = new Checker(indexName);
        ix.equal("$.format", index.format(), INDEX_FORMAT, "unsupported index format");
        List<String> files = ix.required("$.versions", index.versions());
        if (files.isEmpty()) {
            throw ix.fail("$.versions", "no criteria version is registered", "[]", "one or more version files");
        }
        List<CriteriaJson.Version> headers = new ArrayList<>();
        List<Header> checked = new ArrayList<>();
        Map<String, String> fileOfId = new LinkedHashMap<>();
        Set<String> seenFiles = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            String file = files.get(i);
            if (!seenFiles.add(file)) {
                throw ix.fail("$.versions[" + i + "]", "file registered twice", file, "each file once");
            }
            CriteriaJson.Version json = readHeader(opener, file);
            if (json.basedOn() != null) {
                String baseId = new Checker(file).text("$.basedOn.version", json.basedOn().version());
                if (!fileOfId.containsKey(baseId)) {
                    throw new CriteriaDataException(file, "$.basedOn.version",
                            "based on a version not registered before this one", baseId,
                            String.join(", ", fileOfId.keySet()));
                }
            }
            Header header = new VersionCompiler(file, json, null, Map.of()).header();
            String earlier = fileOfId.putIfAbsent(header.id(), file);
            if (earlier != null) {
                throw new CriteriaDataException(file, "$.id", "a second registration of criteria version",
                        header.id(), "one registration per id (first registered by " + earlier + ")");
            }
            if (!checked.isEmpty()) {
                Header previous = checked.get(checked.size() - 1);
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
            Header h = checked.get(i);
            String file = files.get(i);
            BodyLoader base = h.basedOn().map(bodies::get).orElse(null);
            BodyLoader body = new BodyLoader(opener, file, headers.get(i), bases.contains(h.id()), base);
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

    /** A version's header, checked. */
    private record Header(String id, String edition, String editionNotes, Decision decision, LocalDate inForceFrom,
            Optional<LocalDate> lapsesAfter, Map<Part, Integer> partCaps, SourcedText bands, StarBands starBands,
            List<Procedure> procedures, Optional<SourcedText> transition, Optional<String> basedOn) {
    }

    /**
     * Loads one version's body: reads its file in full and its sheet editions' files, checks that the header read
     * at first is the file's, and compiles and checks the classification, sheets and star minimums. A version based
     * on another has that version's body loaded first and compiles from what it was compiled from.
     */
    private static final class BodyLoader implements java.util.function.Supplier<CriteriaVersion.Body> {
        private final Opener opener;
        private final String file;
        private final CriteriaJson.Version header;
        /** Whether a version registered later is based on this one, and will compile from its sources. */
        private final boolean keepSources;
        private final BodyLoader base;
        /** The version this loads for; set once, right after it is created and before the catalogue is. */
        CriteriaVersion version;
        /**
         * What this version was compiled from, kept for the versions based on it (1048's for 781: about 0.6 MiB,
         * the records as read, whose texts the compiled sheets share) rather than read and parsed twice.
         */
        private volatile Sources sources;

        BodyLoader(Opener opener, String file, CriteriaJson.Version header, boolean keepSources,
                BodyLoader base) {
            this.opener = opener;
            this.file = file;
            this.header = header;
            this.keepSources = keepSources;
            this.base = base;
        }

        @Override
        public CriteriaVersion.Body get() {
            return located(opener, this::load);
        }

        private CriteriaVersion.Body load() {
            Sources baseSources = null;
            if (base != null) {
                base.version.body(); // once, and its error if its data is broken
                baseSources = base.sources;
            }
            CriteriaJson.Version json = read(opener, file, CriteriaJson.Version.class);
            checkHeaderFirst(file, header, json);
            Map<String, CriteriaJson.SheetsFile> editionFiles = new LinkedHashMap<>();
            List<String> editionNames = Checker.list(json.sheetEditions());
            for (int e = 0; e < editionNames.size(); e++) {
                String editionFile = editionNames.get(e);
                CriteriaJson.SheetsFile sheets = read(opener, editionFile, CriteriaJson.SheetsFile.class);
                Checker ec = new Checker(editionFile);
                ec.equal("$.format", sheets.format(), SHEETS_FORMAT, "unsupported sheets format");
                ec.equal("$.version", sheets.version(), json.id(), "sheets of another version");
                editionFiles.put(editionFile, sheets);
            }
            VersionCompiler compiler = new VersionCompiler(file, json, baseSources, editionFiles);
            compiler.header();
            CriteriaVersion.Body body = compiler.body();
            if (keepSources) {
                sources = compiler.sources;
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
    private static void checkHeaderFirst(String file, CriteriaJson.Version header, CriteriaJson.Version full) {
        for (java.lang.reflect.RecordComponent c : CriteriaJson.Version.class.getRecordComponents()) {
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
     * A file that cannot be cut there (malformed before its body, no body) is read in full, which reports its
     * problem as the loader always has.
     */
    private static CriteriaJson.Version readHeader(Opener opener, String name) {
        String head = null;
        try (InputStream in = opener.open(name)) {
            if (in == null) {
                return read(opener, name, CriteriaJson.Version.class);
            }
            StringBuilder seen = new StringBuilder();
            java.io.Reader text = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8);
            java.io.Reader recording = new java.io.Reader() {
                @Override
                public int read(char[] buffer, int offset, int length) throws IOException {
                    int n = text.read(buffer, offset, length);
                    if (n > 0) {
                        seen.append(buffer, offset, n);
                    }
                    return n;
                }

                @Override
                public void close() throws IOException {
                    text.close();
                }
            };
            try (JsonParser parser = MAPPER.getFactory().createParser(recording)) {
                if (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                        if (BODY_KEYS.contains(parser.currentName())) {
                            head = cut(seen, (int) parser.currentTokenLocation().getCharOffset());
                            break;
                        }
                        parser.nextToken();
                        parser.skipChildren();
                    }
                }
            } catch (JsonProcessingException e) {
                head = null; // read in full below: the full read reports it
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read criteria resource " + name, e);
        }
        if (head == null) {
            return read(opener, name, CriteriaJson.Version.class);
        }
        String header = head;
        return read(n -> new java.io.ByteArrayInputStream(header.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                name, CriteriaJson.Version.class);
    }

    /** The object's text before the key starting at {@code keyStart}, closed: its header as a JSON object. */
    private static String cut(CharSequence text, int keyStart) {
        int end = keyStart;
        while (end > 0 && " \t\r\n".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == ',') {
            end--;
        }
        return text.subSequence(0, end) + "}";
    }

    static final String MAPPING_FORMAT = "ocop-set-mapping/1";

    /**
     * Reads the set mapping between versions and checks it against the loaded versions: every version named exists,
     * every set of the {@code from} versions is mapped exactly once, every target is a set of every {@code to}
     * version.
     */
    static SetMapping loadSetMapping(Opener opener, String name, List<CriteriaVersion> versions) {
        CriteriaJson.SetMappingFile file = read(opener, name, CriteriaJson.SetMappingFile.class);
        Checker c = new Checker(name);
        c.equal("$.format", file.format(), MAPPING_FORMAT, "unsupported mapping format");
        c.text("$.about", file.about());
        Map<String, CriteriaVersion> byId = new LinkedHashMap<>();
        versions.forEach(v -> byId.put(v.id(), v));
        List<SetMapping.Mapping> mappings = new ArrayList<>();
        List<CriteriaJson.MappingJson> list = c.required("$.mappings", file.mappings());
        for (int i = 0; i < list.size(); i++) {
            String p = "$.mappings[" + i + "]";
            CriteriaJson.MappingJson m = list.get(i);
            List<Set<String>> fromCodes = new ArrayList<>();
            List<Set<String>> toCodes = new ArrayList<>();
            for (String key : List.of("from", "to")) {
                List<String> ids = c.required(p + "." + key, key.equals("from") ? m.from() : m.to());
                for (String id : ids) {
                    CriteriaVersion v = byId.get(id);
                    if (v == null) {
                        throw c.fail(p + "." + key, "unknown criteria version", id, String.join(", ", byId.keySet()));
                    }
                    Set<String> codes = new java.util.LinkedHashSet<>();
                    v.productSets().forEach(set -> codes.add(set.code()));
                    (key.equals("from") ? fromCodes : toCodes).add(codes);
                }
            }
            if (fromCodes.stream().distinct().count() != 1 || toCodes.stream().distinct().count() != 1) {
                throw c.fail(p, "the versions of one side do not share their set codes", m.from() + " → " + m.to(),
                        "versions with one classification on each side");
            }
            Set<String> unmapped = new java.util.LinkedHashSet<>(fromCodes.get(0));
            List<SetMapping.Entry> entries = new ArrayList<>();
            List<CriteriaJson.MappingEntryJson> sets = c.required(p + ".sets", m.sets());
            for (int k = 0; k < sets.size(); k++) {
                String ep = p + ".sets[" + k + "]";
                CriteriaJson.MappingEntryJson e = sets.get(k);
                String from = c.text(ep + ".from", e.from());
                if (!unmapped.remove(from)) {
                    throw c.fail(ep + ".from", "not a set of " + m.from() + ", or mapped twice", from,
                            String.join(", ", fromCodes.get(0)));
                }
                for (String to : c.required(ep + ".to", e.to())) {
                    if (!toCodes.get(0).contains(to)) {
                        throw c.fail(ep + ".to", "not a set of " + m.to(), to, String.join(", ", toCodes.get(0)));
                    }
                }
                entries.add(new SetMapping.Entry(from, e.to(), c.text(ep + ".basis", e.basis()),
                        c.status(ep + ".status", e.status())));
            }
            if (!unmapped.isEmpty()) {
                throw c.fail(p + ".sets", "sets of " + m.from() + " without a mapping", String.join(", ", unmapped),
                        "one entry per set (an empty 'to' when no set matches)");
            }
            mappings.add(new SetMapping.Mapping(m.from(), m.to(), c.text(p + ".source", m.source()), entries));
        }
        return new SetMapping(mappings);
    }

    private static <T> T read(Opener opener, String name, Class<T> type) {
        byte[] bytes;
        try (InputStream in = opener.open(name)) {
            if (in == null) {
                throw new CriteriaDataException(name, "$", "resource not found", name,
                        "a file next to the criteria index");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read criteria resource " + name, e);
        }
        // Jackson's byte parser is about twice as fast on a cold JVM as reading characters (issue 8, cold start),
        // but its columns count bytes, and it would accept a byte-order mark or UTF-16: it reads only a UTF-8
        // object, and any problem is read again as characters below, which report it as they always have.
        if (bytes.length > 1 && bytes[0] == '{' && bytes[1] != 0) {
            try {
                T value = MAPPER.readValue(bytes, type);
                if (value != null) {
                    return value;
                }
            } catch (IOException e) {
                // reported by the character read
            }
        }
        return readCharacters(name, bytes, type);
    }

    private static <T> T readCharacters(String name, byte[] bytes, Class<T> type) {
        try {
            // read as characters, so that a location's column is the one an editor shows on a line of Vietnamese
            T value = MAPPER.readValue(new java.io.InputStreamReader(new java.io.ByteArrayInputStream(bytes),
                    java.nio.charset.StandardCharsets.UTF_8), type);
            if (value == null) {
                throw new CriteriaDataException(name, "$", "empty document", "null", "a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            throw located(new CriteriaDataException(name, JsonPaths.path(e.getPath()), "unknown key", e.getPropertyName(), known,
                    e), e);
        } catch (MismatchedInputException e) {
            String target = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
            throw located(new CriteriaDataException(name, JsonPaths.path(e.getPath()), "wrong type of value",
                    JsonPaths.found(e.getOriginalMessage()), target, e), e);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof JsonProcessingException syntax) {
                // a syntax error met while binding a nested value is still malformed JSON
                throw syntaxError(name, syntax);
            }
            throw located(new CriteriaDataException(name, JsonPaths.path(e.getPath()), "invalid value",
                    e.getOriginalMessage().replaceAll("\\s+", " "), "a value of the documented shape", e), e);
        } catch (JsonProcessingException e) {
            throw syntaxError(name, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read criteria resource " + name, e);
        }
    }

    /** A syntax error or a duplicate key, at the parser's JSON path, line and column. */
    private static CriteriaDataException syntaxError(String name, JsonProcessingException e) {
        String where = e.getProcessor() instanceof JsonParser parser
                ? JsonPaths.pointerToPath(parser.getParsingContext().pathAsPointer().toString()) : "$";
        String original = e.getOriginalMessage();
        if (original.startsWith("Duplicate field '")) {
            String key = original.substring("Duplicate field '".length(), original.indexOf('\'', 17));
            return located(new CriteriaDataException(name, where, "duplicate key", key, "each key once per object",
                    e), e);
        }
        return located(new CriteriaDataException(name, where, "malformed JSON", original.replaceAll("\\s+", " "),
                "well-formed JSON (RFC 8259)", e), e);
    }

    /** The error at the parser's location (the token where Jackson found the problem), when it has one. */
    private static CriteriaDataException located(CriteriaDataException error, JsonProcessingException cause) {
        com.fasterxml.jackson.core.JsonLocation at = cause.getLocation();
        return at == null || at.getLineNr() < 1 ? error : error.at(at.getLineNr(), at.getColumnNr());
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    /** Small helpers that raise {@link CriteriaDataException}s for one resource. */
    private static class Checker {
        final String resource;

        Checker(String resource) {
            this.resource = resource;
        }

        CriteriaDataException fail(String path, String problem, Object value, String allowed) {
            return new CriteriaDataException(resource, path, problem, String.valueOf(value), allowed);
        }

        <T> T required(String path, T value) {
            if (value == null) {
                throw fail(path, "missing key", null, "a value");
            }
            return value;
        }

        String text(String path, String value) {
            if (required(path, value).isBlank()) {
                throw fail(path, "empty text", "\"" + value + "\"", "non-blank text");
            }
            return value;
        }

        /**
         * {@link #text(String, String)} at {@code base + key}; the path is built only for the error: a sheet has
         * thousands of values, and a cold JVM pays for every string it builds (issue 8, cold start).
         */
        String text(String base, String key, String value) {
            return value != null && !value.isBlank() ? value : text(base + key, value);
        }

        /** {@link #number(String, Integer)} at {@code base + key}, the path built only for the error. */
        int number(String base, String key, Integer value) {
            return value != null && value >= 0 ? value : number(base + key, value);
        }

        int number(String path, Integer value) {
            int n = required(path, value);
            if (n < 0) {
                throw fail(path, "negative points", n, "0 or more");
            }
            return n;
        }

        void equal(String path, String value, String expected, String problem) {
            if (!expected.equals(value)) {
                throw fail(path, problem, value, expected);
            }
        }

        void matches(String path, String value, Pattern pattern, String allowed) {
            if (!pattern.matcher(text(path, value)).matches()) {
                throw fail(path, "malformed value", value, allowed);
            }
        }

        LocalDate date(String path, String value) {
            try {
                return LocalDate.parse(text(path, value));
            } catch (DateTimeParseException e) {
                throw fail(path, "not a date", value, "an ISO date yyyy-mm-dd");
            }
        }

        SourceStatus status(String path, String value) {
            return enumValue(path, value, SourceStatus.class, "status");
        }

        <E extends Enum<E>> E enumValue(String path, String value, Class<E> type, String what) {
            text(path, value);
            boolean lower = type == SourceStatus.class;
            for (E constant : type.getEnumConstants()) {
                String name = lower ? constant.name().toLowerCase(Locale.ROOT) : constant.name();
                if (name.equals(value)) {
                    return constant;
                }
            }
            String allowed = java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> lower ? c.name().toLowerCase(Locale.ROOT) : c.name())
                    .collect(Collectors.joining(", "));
            throw fail(path, "unknown " + what, value, allowed);
        }

        SourcedText sourced(String path, Text text) {
            required(path, text);
            return new SourcedText(text(path + ".text", text.text()), text(path + ".source", text.source()),
                    status(path + ".status", text.status()), Optional.ofNullable(text.doubt()));
        }

        static <T> List<T> list(List<T> values) {
            return values == null ? List.of() : values;
        }
    }

    /** Checks and compiles one version file. */
    private static final class VersionCompiler extends Checker {
        private final CriteriaJson.Version json;
        private final Sources base;
        private final Map<String, CriteriaJson.SheetsFile> editionFiles;
        private String decisionNumber;
        private Map<Part, Integer> partCaps;
        private StarMinimums.Kind minimumKind;
        private SourcedText minimumStatement;
        /** Filled by {@link #body()}: what a later version based on this one takes. */
        Sources sources;

        VersionCompiler(String resource, CriteriaJson.Version json, Sources base,
                Map<String, CriteriaJson.SheetsFile> editionFiles) {
            super(resource);
            this.json = json;
            this.base = base;
            this.editionFiles = editionFiles;
        }

        /** Checks the header, and keeps what the body's checks need. */
        Header header() {
            equal("$.format", json.format(), FORMAT, "unsupported data format");
            matches("$.id", json.id(), VERSION_ID, "an id such as QD-26-2026");
            matches("$.edition", json.edition(), EDITION, "an edition such as 2026a (year and a letter)");
            String editionNotes = text("$.editionNotes", json.editionNotes());

            CriteriaJson.DecisionJson d = required("$.decision", json.decision());
            decisionNumber = text("$.decision.number", d.number());
            Decision decision = new Decision(decisionNumber, date("$.decision.signed", d.signed()),
                    text("$.decision.title", d.title()), status("$.decision.status", d.status()),
                    list(d.sources()));

            CriteriaJson.InForce inForce = required("$.inForce", json.inForce());
            LocalDate from = date("$.inForce.from", inForce.from());
            text("$.inForce.source", inForce.source());
            status("$.inForce.status", inForce.status());
            Optional<LocalDate> lapses = Optional.empty();
            if (inForce.lapses() != null) {
                lapses = Optional.of(date("$.inForce.lapses", inForce.lapses()));
                text("$.inForce.lapsesSource", inForce.lapsesSource());
                status("$.inForce.lapsesStatus", inForce.lapsesStatus());
            }

            partCaps = parts();
            CriteriaJson.Bands bandsJson = required("$.bands", json.bands());
            SourcedText bands = sourced("$.bands", bandsJson.statement());
            StarBands starBands = BandsReader.floors(resource, bandsJson.floors(), bands.text());
            CriteriaJson.StarMinimumsJson sm = required("$.starMinimums", json.starMinimums());
            minimumKind = enumValue("$.starMinimums.kind", sm.kind(), StarMinimums.Kind.class, "star-minimum kind");
            minimumStatement = new SourcedText(text("$.starMinimums.text", sm.text()),
                    text("$.starMinimums.source", sm.source()), status("$.starMinimums.status", sm.status()),
                    Optional.empty());
            List<Procedure> procedures = procedures();
            Optional<SourcedText> transition = json.transition() == null ? Optional.empty()
                    : Optional.of(sourced("$.transition", json.transition()));
            return new Header(json.id(), json.edition(), editionNotes, decision, from, lapses, partCaps, bands,
                    starBands, procedures, transition, json.basedOn() == null ? Optional.empty()
                            : Optional.of(json.basedOn().version()));
        }

        /** Checks and compiles the body: sheet editions, classification, sheets, star minimums; after the header. */
        CriteriaVersion.Body body() {
            if ((minimumKind == StarMinimums.Kind.PARTIAL) != (json.minimumRequirements() != null)) {
                throw fail("$.minimumRequirements", minimumKind == StarMinimums.Kind.PARTIAL
                        ? "missing key: a PARTIAL star-minimum kind needs its table"
                        : "a minimum-requirements table on a version whose star-minimum kind is " + minimumKind,
                        json.minimumRequirements() == null ? null : "{…}",
                        "minimumRequirements exactly when starMinimums.kind is PARTIAL");
            }
            Map<String, Map<String, SheetSource>> editions = sheetEditions();
            CriteriaJson.Classification classificationJson = classificationJson();
            sources = new Sources(resource, classificationJson, editions);
            List<ProductSet> sets = classification(classificationJson);
            StarMinimums starMinimums = minimumKind == StarMinimums.Kind.PARTIAL
                    ? minimumTable(minimumKind, minimumStatement, sets) : new StarMinimums(minimumKind,
                            minimumStatement);
            Map<String, List<ProductSet>> setsByEdition = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, SheetSource>> e : editions.entrySet()) {
                setsByEdition.put(e.getKey(), withSheets(sets, e.getKey(), e.getValue(), starMinimums));
            }
            return CriteriaVersion.Body.of(starMinimums, setsByEdition);
        }

        /**
         * The sheets of every sheet edition by set: the decision edition from this file's {@code sheets}, each other
         * edition from its file. A version based on another takes that version's editions and overrides, in every
         * edition, the sets its own {@code sheets} give (781 replaces the tourism sheet).
         */
        private Map<String, Map<String, SheetSource>> sheetEditions() {
            Map<String, SheetSource> own = sheetsBySet(resource, required("$.sheets", json.sheets()),
                    decisionNumber);
            Map<String, Map<String, SheetSource>> editions = new LinkedHashMap<>();
            if (base != null && !editionFiles.isEmpty()) {
                throw fail("$.sheetEditions", "a version based on another takes that version's sheet editions",
                        String.join(", ", editionFiles.keySet()), "no sheetEditions with basedOn");
            }
            if (base != null) {
                if (json.classification() != null) {
                    throw fail("$.classification", "a version based on another takes its classification",
                            "{…}", "classificationChanges for what the amending decision renamed");
                }
                text("$.basedOn.text", json.basedOn().text());
                text("$.basedOn.source", json.basedOn().source());
                status("$.basedOn.status", json.basedOn().status());
                base.editions().forEach((name, sheets) -> {
                    Map<String, SheetSource> merged = new LinkedHashMap<>(sheets);
                    merged.putAll(own);
                    editions.put(name, merged);
                });
            } else {
                editions.put(CriteriaVersion.DECISION_EDITION, own);
            }
            for (Map.Entry<String, CriteriaJson.SheetsFile> e : editionFiles.entrySet()) {
                Checker ec = new Checker(e.getKey());
                CriteriaJson.SheetsFile file = e.getValue();
                String name = file.sheetEdition();
                ec.matches("$.sheetEdition", name, SHEET_EDITION, "a lower-case name such as portal");
                if (editions.containsKey(name)) {
                    throw ec.fail("$.sheetEdition", "a second sheet edition of " + json.id() + " with this name",
                            name, "a name other than " + String.join(", ", editions.keySet()));
                }
                ec.text("$.about", file.about());
                CriteriaJson.SheetsSourceJson src = ec.required("$.sheetsSource", file.sheetsSource());
                ec.text("$.sheetsSource.text", src.text());
                ec.status("$.sheetsSource.status", src.status());
                editions.put(name, sheetsBySet(e.getKey(), ec.required("$.sheets", file.sheets()), decisionNumber));
            }
            return editions;
        }

        private Map<String, SheetSource> sheetsBySet(String res, List<Sheet> sheets, String decision) {
            Checker c = new Checker(res);
            Map<String, SheetSource> bySet = new LinkedHashMap<>();
            Set<Integer> numbers = new HashSet<>();
            for (int i = 0; i < sheets.size(); i++) {
                Sheet sheet = sheets.get(i);
                String s = "$.sheets[" + i + "]";
                String set = c.text(s + ".set", sheet.set());
                if (bySet.putIfAbsent(set, new SheetSource(res, s, sheet, decision)) != null) {
                    throw c.fail(s + ".set", "a second sheet for product set", set, "one sheet per product set");
                }
                int number = c.required(s + ".number", sheet.number());
                if (!numbers.add(number)) {
                    throw c.fail(s + ".number", "a second sheet with number", number, "one sheet per number");
                }
            }
            return bySet;
        }

        /** This file's classification, or the base version's with the amending decision's renamings. */
        private CriteriaJson.Classification classificationJson() {
            List<CriteriaJson.ClassificationChange> changes = list(json.classificationChanges());
            if (base == null) {
                if (!changes.isEmpty()) {
                    throw fail("$.classificationChanges", "renamings on a version that is not based on another",
                            changes.get(0).code(), "classificationChanges only with basedOn");
                }
                return json.classification();
            }
            CriteriaJson.Classification c = base.classification();
            List<ClassJson> classes = new ArrayList<>(c.classes());
            for (int i = 0; i < changes.size(); i++) {
                String p = "$.classificationChanges[" + i + "]";
                CriteriaJson.ClassificationChange change = changes.get(i);
                String code = text(p + ".code", change.code());
                String name = text(p + ".name", change.name());
                text(p + ".source", change.source());
                status(p + ".status", change.status());
                boolean found = false;
                for (int k = 0; k < classes.size(); k++) {
                    ClassJson cj = classes.get(k);
                    List<Group> groups = new ArrayList<>();
                    for (Group g : cj.groups()) {
                        List<Subgroup> subs = g.subgroups() == null ? null : new ArrayList<>();
                        if (g.subgroups() != null) {
                            for (Subgroup sg : g.subgroups()) {
                                boolean hit = sg.code().equals(code);
                                found |= hit;
                                subs.add(hit ? new Subgroup(code, name, sg.ministry()) : sg);
                            }
                        }
                        boolean hit = g.code().equals(code);
                        found |= hit;
                        groups.add(new Group(g.code(), hit ? name : g.name(), g.ministry(), subs));
                    }
                    classes.set(k, new ClassJson(cj.code(), cj.name(), groups));
                }
                if (!found) {
                    throw fail(p + ".code", "renaming of a code the classification of " + json.basedOn().version()
                            + " does not have", code, "a group or product set code of that version");
                }
            }
            return new CriteriaJson.Classification(c.status(), c.source() + "; as amended by " + decisionNumber
                    + " (classificationChanges)", classes);
        }

        private Map<Part, Integer> parts() {
            Map<String, Integer> parts = required("$.parts", json.parts());
            Map<Part, Integer> caps = new EnumMap<>(Part.class);
            for (Map.Entry<String, Integer> e : parts.entrySet()) {
                Part part = enumValue("$.parts." + e.getKey(), e.getKey(), Part.class, "part");
                caps.put(part, number("$.parts." + e.getKey(), e.getValue()));
            }
            for (Part part : Part.values()) {
                if (!caps.containsKey(part)) {
                    throw fail("$.parts", "missing part", part, "the caps of parts A, B and C");
                }
            }
            int total = caps.values().stream().mapToInt(Integer::intValue).sum();
            if (total != SHEET_TOTAL) {
                throw fail("$.parts", "part caps do not total " + SHEET_TOTAL, total, String.valueOf(SHEET_TOTAL));
            }
            return caps;
        }

        private List<Procedure> procedures() {
            List<ProcedureJson> list = required("$.procedures", json.procedures());
            if (list.isEmpty()) {
                throw fail("$.procedures", "no procedure", "[]", "one or more procedures, oldest first");
            }
            List<Procedure> procedures = new ArrayList<>();
            LocalDate previous = null;
            for (int i = 0; i < list.size(); i++) {
                String p = "$.procedures[" + i + "]";
                ProcedureJson pj = list.get(i);
                LocalDate from = date(p + ".from", pj.from());
                if (previous != null && !from.isAfter(previous)) {
                    throw fail(p + ".from", "procedures must be listed oldest first", from,
                            "a date after " + previous);
                }
                previous = from;
                List<Procedure.Authority> levels = new ArrayList<>();
                List<LevelJson> levelList = required(p + ".levels", pj.levels());
                for (int j = 0; j < levelList.size(); j++) {
                    String l = p + ".levels[" + j + "]";
                    LevelJson lj = levelList.get(j);
                    Level level = enumValue(l + ".level", lj.level(), Level.class, "level");
                    Set<Integer> recognises = new TreeSet<>();
                    for (Integer stars : required(l + ".recognises", lj.recognises())) {
                        if (stars == null || stars < 3 || stars > 5) {
                            throw fail(l + ".recognises", "a star level that cannot be recognised", stars,
                                    "3, 4 or 5 (1★ and 2★ get no recognition)");
                        }
                        recognises.add(stars);
                    }
                    Optional<Level> forwardsTo = Optional.empty();
                    OptionalInt forwardsFrom = OptionalInt.empty();
                    if (lj.forwardsTo() != null || lj.forwardsFrom() != null) {
                        forwardsTo = Optional.of(enumValue(l + ".forwardsTo", lj.forwardsTo(), Level.class,
                                "level"));
                        forwardsFrom = OptionalInt.of(number(l + ".forwardsFrom", lj.forwardsFrom()));
                    }
                    levels.add(new Procedure.Authority(level, recognises, forwardsTo, forwardsFrom));
                }
                procedures.add(new Procedure(from, text(p + ".name", pj.name()), levels, list(pj.notes()),
                        text(p + ".source", pj.source()), status(p + ".status", pj.status())));
            }
            return procedures;
        }

        private List<ProductSet> classification(CriteriaJson.Classification c) {
            if (c == null) {
                if (sources.editions().values().stream().anyMatch(sheets -> !sheets.isEmpty())) {
                    throw fail("$.classification", "missing key", null, "the classification of the sheets' sets");
                }
                return List.of();
            }
            text("$.classification.source", c.source());
            status("$.classification.status", c.status());
            List<ProductSet> sets = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            List<ClassJson> classes = required("$.classification.classes", c.classes());
            for (int i = 0; i < classes.size(); i++) {
                ClassJson cj = classes.get(i);
                String cp = "$.classification.classes[" + i + "]";
                String classCode = unique(cp + ".code", cj.code(), codes);
                String className = text(cp + ".name", cj.name());
                List<Group> groups = required(cp + ".groups", cj.groups());
                for (int j = 0; j < groups.size(); j++) {
                    Group g = groups.get(j);
                    String gp = cp + ".groups[" + j + "]";
                    String groupCode = unique(gp + ".code", g.code(), codes);
                    String groupName = text(gp + ".name", g.name());
                    if (g.subgroups() == null) {
                        sets.add(new ProductSet(groupCode, groupName, classCode, className, groupCode, groupName,
                                text(gp + ".ministry", g.ministry()), Optional.empty()));
                        continue;
                    }
                    for (int k = 0; k < g.subgroups().size(); k++) {
                        Subgroup sg = g.subgroups().get(k);
                        String sp = gp + ".subgroups[" + k + "]";
                        sets.add(new ProductSet(unique(sp + ".code", sg.code(), codes), text(sp + ".name", sg.name()),
                                classCode, className, groupCode, groupName, text(sp + ".ministry", sg.ministry()),
                                Optional.empty()));
                    }
                }
            }
            return sets;
        }

        /** The product sets with the sheets of one edition, compiled and checked, with the table's markers. */
        private List<ProductSet> withSheets(List<ProductSet> sets, String edition, Map<String, SheetSource> sheets,
                StarMinimums minimums) {
            Set<String> setCodes = new HashSet<>();
            sets.forEach(set -> setCodes.add(set.code()));
            for (SheetSource source : sheets.values()) {
                if (!setCodes.contains(source.sheet().set())) {
                    throw new CriteriaDataException(source.resource(), source.path() + ".set",
                            "sheet for a product set the classification does not have", source.sheet().set(),
                            sets.stream().map(ProductSet::code).collect(Collectors.joining(", ")));
                }
            }
            List<ProductSet> withSheets = new ArrayList<>();
            for (ProductSet set : sets) {
                SheetSource source = sheets.get(set.code());
                if (source == null) {
                    withSheets.add(set);
                    continue;
                }
                ScoringSheet compiled = new SheetCompiler(new Checker(source.resource()), partCaps,
                        source.decisionNumber(), source.path(), source.sheet()).compile();
                compiled = withTableMarkers(compiled, edition, minimums);
                withSheets.add(new ProductSet(set.code(), set.name(), set.classCode(), set.className(),
                        set.groupCode(), set.groupName(), set.ministry(), Optional.of(compiled)));
            }
            return withSheets;
        }

        /** Checks the minimum-requirements table against the classification and compiles it. */
        private StarMinimums minimumTable(StarMinimums.Kind kind, SourcedText statement, List<ProductSet> sets) {
            CriteriaJson.MinimumRequirements t = json.minimumRequirements();
            String p = "$.minimumRequirements";
            Set<String> codes = new HashSet<>();
            sets.forEach(set -> codes.add(set.code()));
            String allowedSets = sets.stream().map(ProductSet::code).collect(Collectors.joining(", "));
            SourcedText table = new SourcedText(text(p + ".text", t.text()), text(p + ".source", t.source()),
                    status(p + ".status", t.status()), Optional.empty());
            for (String key : List.of("groups", "mapping")) {
                Text x = required(p + "." + key, key.equals("groups") ? t.groups() : t.mapping());
                text(p + "." + key + ".text", x.text());
                status(p + "." + key + ".status", x.status());
            }
            Set<String> exempt = new java.util.LinkedHashSet<>();
            for (String code : list(t.exempt())) {
                if (!codes.contains(code)) {
                    throw fail(p + ".exempt", "an exempt product set the classification does not have", code,
                            allowedSets);
                }
                exempt.add(code);
            }
            List<StarMinimums.Requirement> requirements = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            List<CriteriaJson.RequirementJson> list = required(p + ".requirements", t.requirements());
            for (int i = 0; i < list.size(); i++) {
                String rp = p + ".requirements[" + i + "]";
                CriteriaJson.RequirementJson r = list.get(i);
                String id = text(rp + ".id", r.id());
                if (!ids.add(id)) {
                    throw fail(rp + ".id", "duplicate requirement id", id, "each id once");
                }
                int stars = required(rp + ".stars", r.stars());
                if (!TABLE_STARS.contains(stars)) {
                    throw fail(rp + ".stars", "a star level without minimums", stars, "2, 3, 4 or 5");
                }
                Map<String, String> markers = new LinkedHashMap<>();
                List<CriteriaJson.MarkerJson> ms = list(r.markers());
                for (int k = 0; k < ms.size(); k++) {
                    String mp = rp + ".markers[" + k + "]";
                    String set = text(mp + ".set", ms.get(k).set());
                    if (!codes.contains(set) || exempt.contains(set)) {
                        throw fail(mp + ".set", "a marker on a product set the table does not cover", set,
                                "a non-exempt product set: " + allowedSets);
                    }
                    if (markers.put(set, text(mp + ".option", ms.get(k).option())) != null) {
                        throw fail(mp + ".set", "two markers of requirement " + id + " on one set", set,
                                "one option per set");
                    }
                    text(mp + ".doubt", ms.get(k).doubt());
                }
                Map<String, String> notMapped = new LinkedHashMap<>();
                for (CriteriaJson.NotMappedJson nm : list(r.notMapped())) {
                    String set = text(rp + ".notMapped.set", nm.set());
                    if (!codes.contains(set) || markers.containsKey(set)) {
                        throw fail(rp + ".notMapped", "a set that is unknown or already mapped", set,
                                "a product set without a marker of " + id);
                    }
                    notMapped.put(set, text(rp + ".notMapped.reason", nm.reason()));
                }
                requirements.add(new StarMinimums.Requirement(id, stars, text(rp + ".row", r.row()),
                        text(rp + ".text", r.text()), markers, notMapped));
            }
            List<StarMinimums.Unknown> unknown = new ArrayList<>();
            for (CriteriaJson.UnknownJson u : list(t.unknown())) {
                List<Integer> stars = required(p + ".unknown.stars", u.stars());
                for (Integer st : stars) {
                    if (st == null || !TABLE_STARS.contains(st)) {
                        throw fail(p + ".unknown.stars", "a star level without minimums", st, "2, 3, 4 or 5");
                    }
                }
                unknown.add(new StarMinimums.Unknown(text(p + ".unknown.row", u.row()), stars,
                        text(p + ".unknown.text", u.text())));
            }
            return new StarMinimums(kind, new SourcedText(statement.text(), table.source(), table.status(),
                    Optional.of("known only in part; each requirement is mapped to sheet options by our reading "
                            + "(inferred)")), requirements, unknown, exempt);
        }

        /**
         * The sheet with the table's requirements as star markers on the options they were mapped to: a marker for
         * s★ binds s★ and above, like the markers printed on later sheets, and cites the table, not the sheet.
         */
        private ScoringSheet withTableMarkers(ScoringSheet sheet, String edition, StarMinimums minimums) {
            Map<String, StarMinimums.Requirement> byOption = new HashMap<>();
            for (StarMinimums.Requirement r : minimums.requirements()) {
                String option = r.markers().get(sheet.productSet());
                if (option == null) {
                    continue;
                }
                if (sheet.criterionOfOption(option).isEmpty()) {
                    throw fail("$.minimumRequirements", "requirement " + r.id() + " is mapped to an option sheet "
                            + sheet.productSet() + " (sheet edition " + edition + ") does not have", option,
                            "an option id of that sheet");
                }
                if (byOption.put(option, r) != null) {
                    throw fail("$.minimumRequirements", "two requirements mapped to option " + option + " of set "
                            + sheet.productSet(), option, "one requirement per option");
                }
            }
            if (byOption.isEmpty()) {
                return sheet;
            }
            List<SheetPart> parts = new ArrayList<>();
            for (SheetPart part : sheet.parts()) {
                parts.add(new SheetPart(part.part(), part.label(), part.maxPoints(), marked(part.items(), byOption)));
            }
            return new ScoringSheet(sheet.productSet(), sheet.number(), sheet.title(), sheet.header(),
                    sheet.footer(), sheet.provenance(), parts, sheet.knockOuts(), sheet.anomalies());
        }

        private List<SheetNode> marked(List<SheetNode> nodes, Map<String, StarMinimums.Requirement> byOption) {
            List<SheetNode> out = new ArrayList<>();
            for (SheetNode node : nodes) {
                if (node instanceof Heading h) {
                    out.add(new Heading(h.code(), h.part(), h.label(), h.maxPoints(), marked(h.children(),
                            byOption)));
                } else if (node instanceof Criterion c) {
                    List<Option> options = new ArrayList<>();
                    for (Option o : c.options()) {
                        StarMinimums.Requirement r = byOption.get(o.id());
                        options.add(r == null ? o : new Option(o.id(), o.points(), OptionalInt.of(r.stars()),
                                o.caseLabel(), o.text(), o.printedPoints(), o.doubt(), o.notes(), o.provenance(),
                                Optional.of(new Provenance(decisionNumber, "Phụ lục II", "mục 6",
                                        r.id() + " → " + o.id(), SourceStatus.INFERRED))));
                    }
                    out.add(new Criterion(c.code(), c.part(), c.label(), c.maxPoints(), options, c.notes(),
                            c.cases(), c.onlyIf(), c.select(), c.doubt(), c.provenance()));
                } else {
                    out.add(node);
                }
            }
            return out;
        }

        private String unique(String path, String code, Set<String> seen) {
            text(path, code);
            if (!seen.add(code)) {
                throw fail(path, "duplicate classification code", code, "each code once");
            }
            return code;
        }
    }

    /** Checks and compiles one sheet: sums top-down, ids, markers, provenance, knock-outs, conditions. */
    private static final class SheetCompiler {
        private final Checker v;
        private final Map<Part, Integer> partCaps;
        private final String decisionNumber;
        private final String path;
        private final Sheet sheet;
        private final String set;
        private final Map<String, String> pathOfCode = new HashMap<>();
        private final Map<String, String> pathOfOption = new HashMap<>();
        private final Map<String, List<String>> rawOptionIds = new HashMap<>();
        private final Set<String> capUnreachable = new HashSet<>();
        private final Set<String> capMismatch = new HashSet<>();
        private SourceStatus sheetStatus;
        private Source sheetSource;

        SheetCompiler(Checker v, Map<Part, Integer> partCaps, String decisionNumber, String path, Sheet sheet) {
            this.v = v;
            this.partCaps = partCaps;
            this.decisionNumber = decisionNumber;
            this.path = path;
            this.sheet = sheet;
            this.set = sheet.set();
        }

        ScoringSheet compile() {
            String title = v.text(path + ".title", sheet.title());
            String header = v.text(path + ".header", sheet.header());
            sheetStatus = v.status(path + ".status", sheet.status());
            sheetSource = sheet.source();
            if (sheetSource != null) {
                v.text(path + ".source.annex", sheetSource.annex());
                v.text(path + ".source.item", sheetSource.item());
            }
            List<AnomalyJson> anomalyJson = Checker.list(sheet.anomalies());
            for (AnomalyJson a : anomalyJson) {
                if (a.at() != null && "CAP_UNREACHABLE".equals(a.kind())) {
                    capUnreachable.add(a.at());
                }
                if (a.at() != null && "CAP_MISMATCH".equals(a.kind())) {
                    capMismatch.add(a.at());
                }
            }

            List<PartJson> partList = v.required(path + ".parts", sheet.parts());
            for (PartJson pj : partList) {
                collectOptionIds(Checker.list(pj.items()));
            }
            int total = 0;
            for (int i = 0; i < partList.size(); i++) {
                total += v.number(path + ".parts[" + i + "].maxPoints", partList.get(i).maxPoints());
            }
            if (total != SHEET_TOTAL) {
                throw v.fail(path + ".parts", "the sheet of set " + set + " does not total " + SHEET_TOTAL
                        + " points", total, String.valueOf(SHEET_TOTAL));
            }
            if (partList.size() != Part.values().length) {
                throw v.fail(path + ".parts", "wrong number of parts", partList.size(), "parts A, B and C");
            }
            List<SheetPart> parts = new ArrayList<>();
            for (int i = 0; i < partList.size(); i++) {
                parts.add(part(path + ".parts[" + i + "]", partList.get(i), Part.values()[i]));
            }
            List<KnockOutRule> knockOuts = knockOuts();
            List<Anomaly> anomalies = anomalies(anomalyJson);
            Provenance provenance = new Provenance(decisionNumber, sheetSource == null ? "" : sheetSource.annex(),
                    sheetSource == null ? "" : sheetSource.item(), "", sheetStatus);
            return new ScoringSheet(set, sheet.number(), title, header, Optional.ofNullable(sheet.footer()),
                    provenance, parts, knockOuts, anomalies);
        }

        private SheetPart part(String p, PartJson pj, Part expected) {
            Part part = v.enumValue(p + ".part", pj.part(), Part.class, "part");
            if (part != expected) {
                throw v.fail(p + ".part", "parts out of order", part, "part " + expected + " at this position");
            }
            int cap = pj.maxPoints();
            int versionCap = partCaps.get(part);
            if (cap != versionCap) {
                throw v.fail(p + ".maxPoints", "part " + part + " of set " + set + " differs from the version's cap",
                        cap, String.valueOf(versionCap));
            }
            pathOfCode.put(part.name(), p);
            List<Item> items = v.required(p + ".items", pj.items());
            checkSum(p, part.name(), "part " + part, cap, items);
            List<SheetNode> nodes = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                nodes.add(node(p + ".items[" + i + "]", items.get(i), part));
            }
            return new SheetPart(part, v.text(p + ".label", pj.label()), cap, nodes);
        }

        private void checkSum(String p, String code, String what, int cap, List<Item> children) {
            int sum = 0;
            for (int i = 0; i < children.size(); i++) {
                Integer points = children.get(i).maxPoints();
                sum += points != null && points >= 0 ? points : v.number(p + ".items[" + i + "].maxPoints", points);
            }
            if (sum != cap && !capMismatch.contains(code)) {
                throw v.fail(p + ".maxPoints", "the items of " + what + " of set " + set + " add up to " + sum
                        + " points, not the stated cap", cap,
                        sum + ", or an anomaly of kind CAP_MISMATCH at " + code);
            }
        }

        private SheetNode node(String p, Item item, Part part) {
            String code = v.text(p, ".code", item.code());
            if (pathOfCode.putIfAbsent(code, p) != null) {
                throw v.fail(p + ".code", "duplicate criterion code in set " + set, code, "each code once per sheet");
            }
            String label = v.text(p, ".label", item.label());
            int cap = v.number(p, ".maxPoints", item.maxPoints());
            if ((item.items() == null) == (item.options() == null)) {
                throw v.fail(p, "an entry must have either items or options", code,
                        "a heading with items, or a criterion with options");
            }
            if (item.items() != null) {
                if (item.onlyIf() != null || item.cases() != null || item.select() != null) {
                    throw v.fail(p, "a heading cannot carry a condition, cases or a select", code,
                            "onlyIf, cases and select on criteria only");
                }
                checkSum(p, code, "heading " + code, cap, item.items());
                List<SheetNode> children = new ArrayList<>();
                for (int i = 0; i < item.items().size(); i++) {
                    children.add(node(p + ".items[" + i + "]", item.items().get(i), part));
                }
                return new Heading(code, part, label, cap, children);
            }
            return criterion(p, item, part, code, label, cap);
        }

        private Criterion criterion(String p, Item item, Part part, String code, String label, int cap) {
            List<OptionJson> optionList = item.options();
            if (optionList.isEmpty()) {
                throw v.fail(p + ".options", "criterion " + code + " of set " + set + " has no options", "[]",
                        "one or more options");
            }
            List<String> cases = Checker.list(item.cases());
            // A checklist (ANY) reaches the sum of its lines, capped; a choice (ONE) reaches its best option.
            Criterion.Select select = item.select() == null ? Criterion.Select.ONE
                    : v.enumValue(p + ".select", item.select(), Criterion.Select.class, "select");
            List<Option> options = new ArrayList<>();
            int best = 0;
            for (int i = 0; i < optionList.size(); i++) {
                String op = p + ".options[" + i + "]";
                OptionJson oj = optionList.get(i);
                String id = v.text(op, ".id", oj.id());
                if (id.length() <= code.length() + 1 || !id.startsWith(code) || id.charAt(code.length()) != '.') {
                    throw v.fail(op + ".id", "option id does not start with its criterion's code", id,
                            "an id of the form " + code + ".<letter>");
                }
                if (pathOfOption.putIfAbsent(id, op) != null) {
                    throw v.fail(op + ".id", "duplicate option id in set " + set, id, "each option id once per sheet");
                }
                int points = v.number(op, ".points", oj.points());
                if (points > cap && !capUnreachable.contains(code)) {
                    throw v.fail(op + ".points", "option " + id + " of set " + set + " is worth more than its "
                            + "criterion's cap", points, "0 to " + cap);
                }
                best = select == Criterion.Select.ANY ? best + points : Math.max(best, points);
                OptionalInt minStars = OptionalInt.empty();
                if (oj.minStars() != null) {
                    if (!MARKED_STARS.contains(oj.minStars())) {
                        throw v.fail(op + ".minStars", "star marker on a level without minimums", oj.minStars(),
                                "3, 4 or 5");
                    }
                    minStars = OptionalInt.of(oj.minStars());
                }
                if (oj.caseLabel() != null && !cases.contains(oj.caseLabel())) {
                    throw v.fail(op + ".case", "option " + id + " names a case its criterion does not list",
                            oj.caseLabel(), cases.isEmpty() ? "no case (the criterion has none)"
                                    : String.join(" | ", cases));
                }
                if (!cases.isEmpty() && oj.caseLabel() == null) {
                    throw v.fail(op + ".case", "option " + id + " of a criterion with cases names no case", null,
                            String.join(" | ", cases));
                }
                SourceStatus status = oj.status() == null ? sheetStatus : v.status(op + ".status", oj.status());
                Provenance optionProvenance = provenance(op, code, status, oj.source(), "option", id);
                options.add(new Option(id, points, minStars, Optional.ofNullable(oj.caseLabel()),
                        v.text(op, ".text", oj.text()), Optional.ofNullable(oj.printedPoints()),
                        Optional.ofNullable(oj.doubt()), Checker.list(oj.notes()), optionProvenance));
            }
            if (select == Criterion.Select.ANY) {
                best = Math.min(best, cap);
            }
            if (best != cap) {
                boolean declared = capUnreachable.contains(code) && best < cap;
                if (!declared) {
                    throw v.fail(p + ".maxPoints", "criterion " + code + " of set " + set
                            + " has a cap its " + (select == Criterion.Select.ANY
                                    ? "ticked lines do not reach (all lines: " : "best option does not equal (best "
                                    + "option: ") + best + ")", cap,
                            best + ", or an anomaly of kind CAP_UNREACHABLE at " + code);
                }
            }
            // A criterion is cited like its first option: the sheet's source, or the option's own.
            Provenance first = options.get(0).provenance();
            Provenance provenance = new Provenance(first.decision(), first.annex(), first.sheet(), code, sheetStatus);
            Optional<Applicability> onlyIf = item.onlyIf() == null ? Optional.empty()
                    : Optional.of(applicability(p + ".onlyIf", code, item.onlyIf()));
            return new Criterion(code, part, label, cap, options, Checker.list(item.notes()), cases, onlyIf, select,
                    Optional.ofNullable(item.doubt()), provenance);
        }

        /** Conditions may refer to criteria printed later: option ids are collected from the JSON first. */
        private void collectOptionIds(List<Item> items) {
            for (Item item : items) {
                if (item.items() != null) {
                    collectOptionIds(item.items());
                }
                if (item.options() != null && item.code() != null) {
                    List<String> ids = new ArrayList<>(item.options().size());
                    for (OptionJson option : item.options()) {
                        ids.add(option.id());
                    }
                    rawOptionIds.put(item.code(), ids);
                }
            }
        }

        private Applicability applicability(String p, String code, CriteriaJson.OnlyIf o) {
            String target = v.text(p + ".criterion", o.criterion());
            List<String> targetOptions = rawOptionIds.get(target);
            if (targetOptions == null || target.equals(code)) {
                throw v.fail(p + ".criterion", "condition on a criterion the sheet does not have", target,
                        "another criterion of set " + set);
            }
            List<String> notChosen = v.required(p + ".notChosen", o.notChosen());
            for (String id : notChosen) {
                if (!targetOptions.contains(id)) {
                    throw v.fail(p + ".notChosen", "condition names an option criterion " + target
                            + " does not have", id, String.join(", ", targetOptions));
                }
            }
            return new Applicability(target, notChosen, v.text(p + ".text", o.text()));
        }

        /** The provenance of an option or knock-out rule ({@code what} and its {@code id}): its own or the sheet's. */
        private Provenance provenance(String p, String code, SourceStatus status, Source own, String what,
                String id) {
            Source source = own != null ? own : sheetSource;
            if (source == null) {
                throw v.fail(p + ".source", what + " " + id + " of set " + set + " has no provenance", null,
                        "a source {annex, item} on the sheet or on the " + what);
            }
            return new Provenance(decisionNumber, v.text(p, ".source.annex", source.annex()),
                    v.text(p, ".source.item", source.item()), code, status);
        }

        private List<KnockOutRule> knockOuts() {
            List<KnockOutRule> rules = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            List<KnockOut> list = Checker.list(sheet.knockOuts());
            for (int i = 0; i < list.size(); i++) {
                String p = path + ".knockOuts[" + i + "]";
                KnockOut k = list.get(i);
                String id = v.text(p + ".id", k.id());
                if (!ids.add(id)) {
                    throw v.fail(p + ".id", "duplicate knock-out id in set " + set, id, "each id once per sheet");
                }
                KnockOutRule.Kind kind = v.enumValue(p + ".kind", k.kind(), KnockOutRule.Kind.class,
                        "knock-out kind");
                KnockOutRule.Trigger trigger = v.enumValue(p + ".trigger", k.trigger(), KnockOutRule.Trigger.class,
                        "knock-out trigger");
                if (k.at() != null && !pathOfCode.containsKey(k.at())) {
                    throw v.fail(p + ".at", "knock-out at an entry the sheet does not have", k.at(),
                            "a part, heading or criterion code of set " + set + ", or null for the header");
                }
                List<String> options = Checker.list(k.options());
                if (trigger == KnockOutRule.Trigger.CHOICE && options.isEmpty()) {
                    throw v.fail(p + ".options", "a CHOICE knock-out names no option", "[]",
                            "the option ids whose choice triggers it");
                }
                if (trigger == KnockOutRule.Trigger.FINDING && !options.isEmpty()) {
                    throw v.fail(p + ".options", "a FINDING knock-out cannot name options", options,
                            "no options (use trigger CHOICE)");
                }
                for (String option : options) {
                    if (!pathOfOption.containsKey(option)) {
                        throw v.fail(p + ".options", "knock-out names an option the sheet does not have", option,
                                "an option id of set " + set);
                    }
                }
                SourceStatus status = k.status() == null ? sheetStatus : v.status(p + ".status", k.status());
                Provenance provenance = provenance(p, k.at() == null ? "header" : k.at(), status, null,
                        "knock-out", id);
                rules.add(new KnockOutRule(id, kind, trigger, Optional.ofNullable(k.at()), v.text(p + ".text",
                        k.text()), options, Optional.ofNullable(k.doubt()), provenance));
            }
            return rules;
        }

        private List<Anomaly> anomalies(List<AnomalyJson> list) {
            List<Anomaly> anomalies = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String p = path + ".anomalies[" + i + "]";
                AnomalyJson a = list.get(i);
                if (a.at() != null && !pathOfCode.containsKey(a.at())) {
                    throw v.fail(p + ".at", "anomaly at an entry the sheet does not have", a.at(),
                            "a part, heading or criterion code of set " + set + ", or null for the whole sheet");
                }
                anomalies.add(new Anomaly(Optional.ofNullable(a.at()),
                        v.enumValue(p + ".kind", a.kind(), Anomaly.Kind.class, "anomaly kind"),
                        v.text(p + ".printed", a.printed()), v.text(p + ".reading", a.reading()),
                        v.status(p + ".status", a.status())));
            }
            return anomalies;
        }
    }
}
