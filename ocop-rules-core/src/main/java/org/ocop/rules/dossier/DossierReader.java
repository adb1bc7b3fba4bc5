package org.ocop.rules.dossier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ocop.rules.Text;
import org.ocop.rules.criteria.Level;
import org.ocop.rules.internal.Messages;
import org.ocop.rules.internal.json.JsonPaths;
import org.ocop.rules.internal.json.JsonProblem;
import org.ocop.rules.internal.json.StrictJson;
import org.ocop.rules.internal.json.Utf8;

/**
 * Reads dossiers from JSON (format documented in docs/reference/dossier-format.md), strictly: unknown keys, duplicate
 * keys (two choices for one criterion), missing required fields, wrong types and non-ISO dates are each a
 * {@link DossierFormatException} naming the document, the JSON path, the value and what is allowed.
 *
 * <p>Thread-safe; all methods are static.
 */
public final class DossierReader {

    /** Largest dossier document read: a council of 50 members fits in well under 1 MiB. */
    public static final int MAX_DOCUMENT_CHARS = 8 * 1024 * 1024;
    /** Deepest nesting read: a dossier nests 4 levels; anything far deeper is not a dossier. */
    public static final int MAX_NESTING = 32;
    /** Longest string read (a name, an option id, a decision number). */
    public static final int MAX_STRING_CHARS = 64 * 1024;
    /** Longest number read: an average or a council size has a few digits; 32 is generous. */
    public static final int MAX_NUMBER_CHARS = 32;

    // Read limits harden the reader against hostile uploads (deep nesting, huge strings or numbers) before any
    // binding happens; each breach is a DossierFormatException like any other format error.
    private static final com.fasterxml.jackson.core.JsonFactory FACTORY = com.fasterxml.jackson.core.JsonFactory
            .builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_DOCUMENT_CHARS)
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .build())
            .build();

    // the strict rules both readers share (no silent conversion between scalars: "size": "6" or "id": 42 is a wrong
    // type, not a 6 or a "42"), and a recorded average keeps the decimals it was printed with (90.80 is not 90.8)
    private static final ObjectMapper MAPPER = StrictJson.builder(FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** What the reader's limits allow, for a document beyond them. */
    private static final Text LIMITS = Messages.text("dossier.readLimit.allowed", MAX_DOCUMENT_CHARS, MAX_NESTING,
            MAX_STRING_CHARS, MAX_NUMBER_CHARS);
    /** Where the dossier format is documented, for a value it does not take. */
    private static final Text FORMAT = Messages.text("dossier.seeFormat");

    private DossierReader() {
    }

    /**
     * Reads a dossier file.
     *
     * @throws DossierFormatException if the file is not a well-formed dossier
     * @throws UncheckedIOException if it cannot be read
     */
    public static Dossier read(Path file) {
        return read(readText(file), String.valueOf(file.getFileName()));
    }

    /**
     * The text of a dossier file as {@link #read(Path)} decodes it: at most {@code 4 × MAX_DOCUMENT_CHARS} bytes,
     * UTF-8 with or without a byte-order mark (the mark is dropped). For tools that check a file before reading it,
     * such as a schema validator.
     *
     * @throws DossierFormatException if the file is far too large or not UTF-8
     * @throws UncheckedIOException if it cannot be read
     */
    public static String readText(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > 4L * MAX_DOCUMENT_CHARS) {
                // refuse before reading: a multi-gigabyte upload must not be loaded to be rejected
                throw new DossierFormatException(String.valueOf(file.getFileName()), "$",
                        Messages.text("dossier.fileTooLarge"), size + " bytes",
                        Messages.text("dossier.fileTooLarge.allowed", MAX_DOCUMENT_CHARS), null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read dossier " + file, e);
        }
        return decode(bytes, String.valueOf(file.getFileName()));
    }

    /** The text of a document's bytes, decoded strictly. */
    private static String decode(byte[] bytes, String source) {
        try {
            return Utf8.decode(bytes);
        } catch (JsonProblem problem) {
            throw formatError(source, problem);
        }
    }

    /**
     * Reads a dossier from the bytes of a file or of a JSON-lines line: UTF-8, with or without a byte-order mark
     * (RFC 8259 §8.1 lets a reader ignore it, and Windows editors write it). Any other encoding is refused at the
     * first byte that is not UTF-8, never decoded by guesswork.
     */
    static Dossier read(byte[] bytes, String source) {
        return read(decode(bytes, source), source);
    }

    /**
     * Reads a dossier from a JSON text.
     *
     * @param json the document
     * @param source its name in messages, for example a file name
     * @throws DossierFormatException if it is not a well-formed dossier
     */
    public static Dossier read(String json, String source) {
        String text = Utf8.withoutByteOrderMark(json);
        DossierJson doc;
        try {
            Utf8.refuseLoneSurrogates(text);
            doc = StrictJson.read(MAPPER, text, DossierJson.class);
        } catch (JsonProblem problem) {
            throw formatError(source, problem);
        }
        if (doc == null) {
            throw new DossierFormatException(source, "$", Messages.text("json.empty"), "null",
                    Messages.text("json.empty.allowed"), null);
        }
        return doc.toDossier(source);
    }

    /**
     * A reading problem as a dossier format error, in the words of the README's dossier format: a position in the
     * text is part of the problem (the exception has no line and column of its own), a duplicate key is named in the
     * object that holds it, and two keys for one criterion are two choices.
     */
    private static DossierFormatException formatError(String source, JsonProblem p) {
        Throwable cause = p.getCause();
        if (cause instanceof JsonMappingException e && e.getCause() instanceof FieldException f) {
            // thrown by a creator: Jackson's path ends at the object, the exception names the field in it
            return new DossierFormatException(source, p.path() + "." + f.field, f.problem, f.value, f.allowed, e);
        }
        return switch (p.kind()) {
            case NOT_UTF8, LONE_SURROGATE, MALFORMED -> new DossierFormatException(source, p.path(),
                    p.located(p.problemText()), p.kind() == JsonProblem.Kind.MALFORMED
                            ? Utf8.escapeInvisible(p.value()) : p.value(), p.allowedText(), cause);
            case TRAILING_VALUE -> new DossierFormatException(source, p.path(),
                    p.located(Messages.text("dossier.secondValue")), p.value(),
                    Messages.text("dossier.secondValue.allowed"), cause);
            case MISSING_PROPERTY, INVALID_VALUE -> new DossierFormatException(source, p.path(), p.problemText(),
                    p.value(), FORMAT, cause);
            case WRONG_TYPE -> new DossierFormatException(source, p.path(), p.problemText(), p.value(),
                    typeInWords(p.targetType()), cause);
            case READ_LIMIT -> new DossierFormatException(source, p.path(), p.problemText(), p.value(), LIMITS,
                    cause);
            case DUPLICATE_KEY -> duplicateKey(source, p);
            default -> new DossierFormatException(source, p.path(), p.problemText(), p.value(), p.allowedText(),
                    cause);
        };
    }

    /** A key written twice, named in the object that holds it; in {@code choices}, two choices for one criterion. */
    private static DossierFormatException duplicateKey(String source, JsonProblem p) {
        String key = p.value();
        String where = p.path();
        if (where.endsWith("." + key)) {
            // the parser already stands on the repeated key: report the object that holds it
            where = where.substring(0, where.length() - key.length() - 1);
        }
        if (where.endsWith(".choices")) {
            return new DossierFormatException(source, where, Messages.text("dossier.twoChoices"), key,
                    Messages.text("dossier.twoChoices.allowed"), p.getCause());
        }
        return new DossierFormatException(source, where, p.problemText(), key, p.allowedText(), p.getCause());
    }

    /** What a field takes, in the words of {@link JsonPaths#typeInWords}, in every language; see the format. */
    private static Text typeInWords(Class<?> type) {
        if (type == null) {
            return FORMAT;
        }
        if (type == String.class) {
            return Messages.text("dossier.expected.string");
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Messages.text("dossier.expected.wholeNumber");
        }
        if (Number.class.isAssignableFrom(type)) {
            return Messages.text("dossier.expected.number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return Messages.text("dossier.expected.boolean");
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return Messages.text("dossier.expected.array");
        }
        return Messages.text("dossier.expected.object");
    }

    /** A field value that parsed as JSON but is not allowed, thrown from the creators so Jackson adds the path. */
    private static final class FieldException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        final String field;
        final transient Text problem;
        final String value;
        final transient Text allowed;

        FieldException(String field, Text problem, String value, Text allowed) {
            super(field + ": " + problem + ": " + value);
            this.field = field;
            this.problem = problem;
            this.value = value;
            this.allowed = allowed;
        }
    }

    private static LocalDate date(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new FieldException(field, Messages.text("dossier.notIsoDate"), value,
                    Messages.text("dossier.notIsoDate.allowed"));
        }
    }

    /** A value that JSON allows to be null but a dossier needs. */
    private static <T> T present(T value, String field, Text allowed) {
        if (value == null) {
            throw new FieldException(field, Messages.text("dossier.null"), "null", allowed);
        }
        return value;
    }

    /** A non-blank string; {@code what} is the key of what it names, for the allowed text. */
    private static String required(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw new FieldException(field, Messages.text("dossier.blank"), String.valueOf(value),
                    Messages.text("dossier.blank.allowed", Messages.text(what)));
        }
        return value;
    }

    record CouncilJson(int size, String chair, String secretary) {
        @JsonCreator
        CouncilJson(@JsonProperty(value = "size", required = true) int size, @JsonProperty("chair") String chair,
                @JsonProperty("secretary") String secretary) {
            if (size < 1) {
                throw new FieldException("size", Messages.text("dossier.councilSize"), String.valueOf(size),
                        Messages.text("dossier.councilSize.allowed"));
            }
            this.size = size;
            this.chair = chair;
            this.secretary = secretary;
        }
    }


    /**
     * A sheet as read: member and choices, each choice an option id (a {@code String}) or the lines ticked on a
     * checklist (a {@code List<String>}). Only these two components, so that they are the only keys a sheet takes.
     */
    record SheetJson(String member, Map<String, Object> choices) {
        @JsonCreator
        static SheetJson create(@JsonProperty(value = "member", required = true) String member,
                @JsonProperty(value = "choices", required = true) LinkedHashMap<String,
                        com.fasterxml.jackson.databind.JsonNode> choices) {
            required(member, "member", "dossier.what.member");
            present(choices, "choices", Messages.text("dossier.choices.allowed"));
            Map<String, Object> answers = new LinkedHashMap<>();
            for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e : choices.entrySet()) {
                String field = "choices." + e.getKey();
                com.fasterxml.jackson.databind.JsonNode value = e.getValue();
                if (value == null || value.isNull()) {
                    throw new FieldException(field, Messages.text("dossier.noOption", e.getKey()), "null",
                            Messages.text("dossier.noOption.allowed"));
                }
                if (value.isTextual()) {
                    answers.put(e.getKey(), value.textValue());
                } else if (value.isArray()) {
                    // a checklist: every ticked line once; an empty list is a checklist with nothing ticked
                    List<String> lines = new ArrayList<>();
                    for (int i = 0; i < value.size(); i++) {
                        com.fasterxml.jackson.databind.JsonNode line = value.get(i);
                        if (!line.isTextual()) {
                            throw new FieldException(field + "[" + i + "]", Messages.text("json.wrongType"),
                                    kind(line), Messages.text("dossier.tick.allowed"));
                        }
                        if (lines.contains(line.textValue())) {
                            throw new FieldException(field + "[" + i + "]", Messages.text("dossier.tickedTwice",
                                    e.getKey()), line.textValue(), Messages.text("dossier.tickedTwice.allowed"));
                        }
                        lines.add(line.textValue());
                    }
                    answers.put(e.getKey(), List.copyOf(lines));
                } else {
                    throw new FieldException(field, Messages.text("json.wrongType"), kind(value),
                            Messages.text("dossier.choice.allowed"));
                }
            }
            return new SheetJson(member, java.util.Collections.unmodifiableMap(answers));
        }

        MemberSheet toSheet() {
            Map<String, String> one = new LinkedHashMap<>();
            Map<String, List<String>> ticked = new LinkedHashMap<>();
            choices.forEach((criterion, answer) -> {
                if (answer instanceof String option) {
                    one.put(criterion, option);
                } else {
                    @SuppressWarnings("unchecked")
                    List<String> lines = (List<String>) answer;
                    ticked.put(criterion, lines);
                }
            });
            return new MemberSheet(member, one, ticked);
        }
    }

    /** A JSON value in the words of the dossier format's documentation: its text for a scalar, its kind otherwise. */
    private static String kind(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return node.toString();
    }

    record RecordedJson(java.math.BigDecimal average, Integer stars, Level level, String decision,
            LocalDate decidedOn, String criteriaVersion, String dataEdition) {
        @JsonCreator
        static RecordedJson create(@JsonProperty("average") java.math.BigDecimal average,
                @JsonProperty("stars") Integer stars, @JsonProperty("level") String level,
                @JsonProperty("decision") String decision, @JsonProperty("decidedOn") String decidedOn,
                @JsonProperty("criteriaVersion") String criteriaVersion,
                @JsonProperty("dataEdition") String dataEdition) {
            if (stars != null && (stars < 1 || stars > 5)) {
                throw new FieldException("stars", Messages.text("dossier.notStars"), String.valueOf(stars),
                        Messages.text("dossier.notStars.allowed"));
            }
            if (average != null && (average.signum() < 0 || average.compareTo(java.math.BigDecimal.valueOf(100)) > 0)) {
                throw new FieldException("average", Messages.text("dossier.notAverage"), average.toPlainString(),
                        Messages.text("dossier.notAverage.allowed"));
            }
            return new RecordedJson(average, stars, parseLevel(level, "level"), decision, date(decidedOn, "decidedOn"),
                    criteriaVersion, dataEdition);
        }

        RecordedResult toResult() {
            return new RecordedResult(Optional.ofNullable(average),
                    stars == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(stars),
                    Optional.ofNullable(level), Optional.ofNullable(decision), Optional.ofNullable(decidedOn),
                    Optional.ofNullable(criteriaVersion), Optional.ofNullable(dataEdition));
        }
    }

    private static Level parseLevel(String level, String field) {
        if (level == null) {
            return null;
        }
        try {
            return Level.valueOf(level);
        } catch (IllegalArgumentException e) {
            throw new FieldException(field, Messages.text("dossier.unknownLevel"), level, Messages.literal(
                    Arrays.stream(Level.values()).map(Enum::name).collect(Collectors.joining(", "))));
        }
    }

    record DossierJson(String id, String productName, String producer, String productSet, LocalDate submittedOn,
            String criteriaVersion, Level level, LocalDate ratedOn, CouncilJson council, List<String> findings,
            List<SheetJson> sheets, RecordedJson recorded, List<Integer> memberTotals, java.math.BigDecimal average) {

        @JsonCreator
        static DossierJson create(@JsonProperty(value = "id", required = true) String id,
                @JsonProperty("productName") String productName, @JsonProperty("producer") String producer,
                @JsonProperty(value = "productSet", required = true) String productSet,
                @JsonProperty(value = "submittedOn", required = true) String submittedOn,
                @JsonProperty("criteriaVersion") String criteriaVersion, @JsonProperty("level") String level,
                @JsonProperty("ratedOn") String ratedOn, @JsonProperty("council") CouncilJson council,
                @JsonProperty("findings") List<String> findings,
                @JsonProperty("sheets") List<SheetJson> sheets,
                @JsonProperty("recorded") RecordedJson recorded,
                @JsonProperty("memberTotals") List<java.math.BigDecimal> memberTotals,
                @JsonProperty("average") java.math.BigDecimal average) {
            Level parsedLevel = parseLevel(level, "level");
            // the members' sheets or, when only their totals are known, the totals, or, when only the council's
            // average is known (a published results list), the average: exactly one of them
            if (sheets == null && memberTotals == null && average == null) {
                throw new FieldException("sheets", Messages.text("json.missing"), "sheets",
                        Messages.text("dossier.sheets.allowed"));
            }
            if (sheets != null && memberTotals != null) {
                throw new FieldException("memberTotals", Messages.text("dossier.totalsWithSheets"),
                        "sheets and memberTotals", Messages.text("dossier.totalsWithSheets.allowed"));
            }
            if (average != null && (sheets != null || memberTotals != null)) {
                throw new FieldException("average", Messages.text("dossier.averageWithMembers"),
                        sheets != null ? "sheets and average" : "memberTotals and average",
                        Messages.text("dossier.averageWithMembers.allowed"));
            }
            if (average != null && (average.signum() < 0 || average.compareTo(java.math.BigDecimal.valueOf(100)) > 0
                    || average.scale() > Dossier.MAX_AVERAGE_DECIMALS)) {
                throw new FieldException("average", Messages.text(average.signum() < 0
                        || average.compareTo(java.math.BigDecimal.valueOf(100)) > 0 ? "dossier.notAverage"
                                : "dossier.averageDecimals"), average.toPlainString(),
                        Messages.text("dossier.average.allowed", Dossier.MAX_AVERAGE_DECIMALS));
            }
            if (sheets != null) {
                for (int i = 0; i < sheets.size(); i++) {
                    present(sheets.get(i), "sheets[" + i + "]", Messages.text("dossier.sheet.allowed"));
                }
            }
            List<Integer> totals = memberTotals == null ? List.of() : totals(memberTotals);
            if (findings != null) {
                for (int i = 0; i < findings.size(); i++) {
                    required(findings.get(i), "findings[" + i + "]", "dossier.what.finding");
                }
            }
            return new DossierJson(required(id, "id", "dossier.what.id"), productName, producer,
                    required(productSet, "productSet", "dossier.what.productSet"), date(submittedOn, "submittedOn"),
                    criteriaVersion, parsedLevel, date(ratedOn, "ratedOn"), council,
                    findings == null ? List.of() : findings, sheets == null ? List.of() : sheets, recorded, totals,
                    average);
        }

        /**
         * The members' totals: whole points from 0 (the version's maximum, 100, is checked when rated). Every option
         * of every sheet is worth whole points, so a member's total is whole; a decimal such as 72.5 is an average
         * (the council's, kept exact by the rating) or a typing error, and is refused.
         */
        private static List<Integer> totals(List<java.math.BigDecimal> given) {
            if (given.isEmpty()) {
                throw new FieldException("memberTotals", Messages.text("dossier.noTotals"), "[]",
                        Messages.text("dossier.noTotals.allowed"));
            }
            List<Integer> totals = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                java.math.BigDecimal total = present(given.get(i), "memberTotals[" + i + "]",
                        Messages.text("dossier.total.present"));
                Text allowed = Messages.text("dossier.total.allowed");
                if (total.signum() < 0) {
                    throw new FieldException("memberTotals[" + i + "]", Messages.text("dossier.total.negative"),
                            total.toPlainString(), allowed);
                }
                if (total.stripTrailingZeros().scale() > 0) {
                    throw new FieldException("memberTotals[" + i + "]", Messages.text("dossier.total.notWhole"),
                            total.toPlainString(), allowed);
                }
                if (total.compareTo(java.math.BigDecimal.valueOf(1000)) >= 0) {
                    throw new FieldException("memberTotals[" + i + "]", Messages.text("dossier.total.aboveMaximum"),
                            total.toPlainString(), allowed);
                }
                totals.add(total.intValueExact());
            }
            return List.copyOf(totals);
        }

        Dossier toDossier(String source) {
            List<MemberSheet> memberSheets = new ArrayList<>();
            for (SheetJson s : sheets) {
                memberSheets.add(s.toSheet());
            }
            // the builder takes null for an absent optional part, as the JSON gives it
            return Dossier.builder().id(id).productName(productName == null ? "" : productName)
                    .producer(producer == null ? "" : producer).productSet(productSet).submittedOn(submittedOn)
                    .criteriaVersion(criteriaVersion).level(level).ratedOn(ratedOn)
                    .council(council == null ? null : new Council(council.size(),
                            Optional.ofNullable(council.chair()), Optional.ofNullable(council.secretary())))
                    .findings(findings).sheets(memberSheets).recorded(recorded == null ? null : recorded.toResult())
                    .memberTotals(memberTotals).average(average).build();
        }
    }
}
