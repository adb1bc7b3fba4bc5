package org.ocop.rules.dossier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
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

    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // a recorded average keeps the decimals it was printed with (90.80 is not 90.8)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // no silent conversion between scalars: "size": "6" or "id": 42 is a wrong type, not a 6 or a "42"
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(com.fasterxml.jackson.databind.type.LogicalType.Textual, config -> config
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer,
                            com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float,
                            com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Boolean,
                            com.fasterxml.jackson.databind.cfg.CoercionAction.Fail))
            .build();

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
        return Utf8.decode(bytes, String.valueOf(file.getFileName()));
    }

    /**
     * Reads a dossier from the bytes of a file or of a JSON-lines line: UTF-8, with or without a byte-order mark
     * (RFC 8259 §8.1 lets a reader ignore it, and Windows editors write it). Any other encoding is refused at the
     * first byte that is not UTF-8, never decoded by guesswork.
     */
    static Dossier read(byte[] bytes, String source) {
        return read(Utf8.decode(bytes, source), source);
    }

    /**
     * Reads a dossier from a JSON text.
     *
     * @param json the document
     * @param source its name in messages, for example a file name
     * @throws DossierFormatException if it is not a well-formed dossier
     */
    public static Dossier read(String json, String source) {
        if (json.startsWith(Utf8.BYTE_ORDER_MARK)) {
            json = json.substring(1);
        }
        Utf8.refuseLoneSurrogates(json, source);
        DossierJson doc;
        try {
            doc = MAPPER.readValue(json, DossierJson.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            throw new DossierFormatException(source, JsonPaths.path(e.getPath()), Messages.text("dossier.unknownKey"),
                    e.getPropertyName(), Messages.literal(known), e);
        } catch (MismatchedInputException e) {
            String message = e.getOriginalMessage();
            if (message.startsWith("No content to map")) {
                throw new DossierFormatException(source, "$", Messages.text("dossier.empty"), "(nothing)",
                        Messages.text("dossier.empty.allowed"), e);
            }
            if (message.startsWith("Trailing token (of type ")) {
                // a second value after the dossier: two documents pasted in one file, or JSON lines named .json
                String token = message.substring("Trailing token (of type ".length(), message.indexOf(')'));
                Text problem = e.getLocation() == null ? Messages.text("dossier.secondValue")
                        : Messages.text("dossier.secondValue.at", e.getLocation().getLineNr(),
                                e.getLocation().getColumnNr());
                throw new DossierFormatException(source, "$", problem, tokenInWords(token),
                        Messages.text("dossier.secondValue.allowed"), e);
            }
            if (message.startsWith("Missing required creator property '")) {
                String field = message.substring(message.indexOf('\'') + 1, message.indexOf('\'', message.indexOf('\'') + 1));
                throw new DossierFormatException(source, JsonPaths.path(e.getPath()),
                        Messages.text("dossier.missingField"), field, Messages.text("dossier.seeFormat"), e);
            }
            throw new DossierFormatException(source, JsonPaths.path(e.getPath()), Messages.text("dossier.wrongType"),
                    JsonPaths.found(message), expected(e.getTargetType()), e);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof FieldException f) {
                // thrown by a creator: Jackson's path ends at the object, the exception names the field in it
                throw new DossierFormatException(source, JsonPaths.path(e.getPath()) + "." + f.field, f.problem,
                        f.value, f.allowed, e);
            }
            if (e.getCause() instanceof JsonProcessingException syntax) {
                // a syntax error met while binding a nested value (e.g. a truncated file) is still malformed JSON
                throw syntaxError(source, syntax, JsonPaths.path(e.getPath()));
            }
            throw new DossierFormatException(source, JsonPaths.path(e.getPath()), Messages.text("dossier.invalidValue"),
                    e.getOriginalMessage().replaceAll("\\s+", " "), Messages.text("dossier.seeFormat"), e);
        } catch (JsonProcessingException e) {
            throw syntaxError(source, e, null);
        }
        if (doc == null) {
            throw new DossierFormatException(source, "$", Messages.text("dossier.empty"), "null",
                    Messages.text("dossier.empty.allowed"), null);
        }
        return doc.toDossier(source);
    }

    /** A syntax error (or a duplicate key) as a dossier error at the parser's position. */
    private static DossierFormatException syntaxError(String source, JsonProcessingException e, String boundPath) {
        String where = e.getProcessor() instanceof JsonParser parser
                ? JsonPaths.pointerToPath(parser.getParsingContext().pathAsPointer().toString())
                : boundPath == null ? "$" : boundPath;
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException limit) {
            return new DossierFormatException(source, where, Messages.text("dossier.readLimit"),
                    limit.getOriginalMessage().replaceAll(", from `[^`]*`", "").replaceAll("\\s+", " "),
                    Messages.text("dossier.readLimit.allowed", MAX_DOCUMENT_CHARS, MAX_NESTING, MAX_STRING_CHARS,
                            MAX_NUMBER_CHARS), e);
        }
        if (e instanceof com.fasterxml.jackson.core.exc.InputCoercionException range) {
            // a well-formed number too large for its field: the JSON is fine, the value is not
            java.util.regex.Matcher number = OUT_OF_RANGE.matcher(range.getOriginalMessage());
            return new DossierFormatException(source, where, Messages.text("dossier.numberOutOfRange"),
                    number.find() ? number.group(1) : range.getOriginalMessage(),
                    Messages.text("dossier.numberOutOfRange.allowed", Integer.MIN_VALUE, Integer.MAX_VALUE), e);
        }
        String original = e.getOriginalMessage();
        if (original.startsWith("Duplicate field '")) {
            String key = original.substring("Duplicate field '".length(), original.indexOf('\'', 17));
            if (where.endsWith("." + key)) {
                // the parser already stands on the repeated key: report the object that holds it
                where = where.substring(0, where.length() - key.length() - 1);
            }
            if (where.endsWith(".choices")) {
                return new DossierFormatException(source, where, Messages.text("dossier.twoChoices"), key,
                        Messages.text("dossier.twoChoices.allowed"), e);
            }
            return new DossierFormatException(source, where, Messages.text("dossier.duplicateKey"), key,
                    Messages.text("dossier.duplicateKey.allowed"), e);
        }
        Text problem = e.getLocation() == null ? Messages.text("dossier.malformed")
                : Messages.text("dossier.malformed.at", e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        return new DossierFormatException(source, where, problem,
                Utf8.escapeInvisible(original.replaceAll("\\s+", " ")), Messages.text("dossier.malformed.allowed"),
                e);
    }

    private static final java.util.regex.Pattern OUT_OF_RANGE = java.util.regex.Pattern.compile(
            "^Numeric value \\(([^)]*)\\) out of range");

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

    /** A Jackson token type in the words of {@link JsonPaths#found}. */
    private static String tokenInWords(String token) {
        // a value's kind, as the value of a problem: the same words in every language, like the values themselves
        return switch (token) {
            case "START_OBJECT" -> "an object";
            case "START_ARRAY" -> "an array";
            case "VALUE_STRING" -> "a string";
            case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> "a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "true or false";
            case "VALUE_NULL" -> "null";
            default -> token;
        };
    }

    /** What the field takes, in the words of the dossier format's documentation. */
    private static Text expected(Class<?> type) {
        if (type == null) {
            return Messages.text("dossier.seeFormat");
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
                            throw new FieldException(field + "[" + i + "]", Messages.text("dossier.wrongType"),
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
                    throw new FieldException(field, Messages.text("dossier.wrongType"), kind(value),
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
            List<SheetJson> sheets, RecordedJson recorded, List<Integer> memberTotals) {

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
                @JsonProperty("memberTotals") List<java.math.BigDecimal> memberTotals) {
            Level parsedLevel = parseLevel(level, "level");
            // the members' sheets or, when only their totals are known, the totals: one or the other
            if (sheets == null && memberTotals == null) {
                throw new FieldException("sheets", Messages.text("dossier.missingField"), "sheets",
                        Messages.text("dossier.sheets.allowed"));
            }
            if (sheets != null && memberTotals != null) {
                throw new FieldException("memberTotals", Messages.text("dossier.totalsWithSheets"),
                        "sheets and memberTotals", Messages.text("dossier.totalsWithSheets.allowed"));
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
                    findings == null ? List.of() : findings, sheets == null ? List.of() : sheets, recorded, totals);
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
            return new Dossier(id, productName == null ? "" : productName, producer == null ? "" : producer,
                    productSet, submittedOn, Optional.ofNullable(criteriaVersion), Optional.ofNullable(level),
                    Optional.ofNullable(ratedOn), Optional.ofNullable(council).map(c -> new Council(c.size(),
                            Optional.ofNullable(c.chair()), Optional.ofNullable(c.secretary()))),
                    findings, memberSheets, Optional.ofNullable(recorded).map(RecordedJson::toResult), memberTotals);
        }
    }
}
