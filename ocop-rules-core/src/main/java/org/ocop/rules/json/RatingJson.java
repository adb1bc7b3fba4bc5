package org.ocop.rules.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.ocop.rules.CouncilBreach;
import org.ocop.rules.CriterionScore;
import org.ocop.rules.Discrepancy;
import org.ocop.rules.FailedMinimum;
import org.ocop.rules.KnockOutHit;
import org.ocop.rules.MemberScore;
import org.ocop.rules.Problem;
import org.ocop.rules.Rating;
import org.ocop.rules.RatingSettings;
import org.ocop.rules.Recognition;
import org.ocop.rules.Replay;
import org.ocop.rules.RuleFiring;
import org.ocop.rules.criteria.Criterion;
import org.ocop.rules.criteria.Part;
import org.ocop.rules.dossier.RecordedResult;

/**
 * Ratings as JSON: the public contract printed by {@code ocop rate --format json} and documented in
 * docs/reference/json.md ("Rating JSON"). Fields are only ever added, never renamed or removed.
 *
 * <p>Texts for people (reasons, warnings, problems, notes, explanations) are English, or in the language of a
 * {@link Locale} given to the methods that take one (see {@link org.ocop.rules.Text}); field names, enum values,
 * numbers, ids and what the criteria data says are the same in every language.
 *
 * <p>A batch that needs no explanation asks for {@link Explanation#NONE}: the {@code explanation} field (every
 * criterion's choices and points and every rule firing, most of a rating's JSON) is then left out, everything else
 * is the same. By default it is there.
 *
 * <p>Thread-safe; all methods are static.
 */
public final class RatingJson {

    /**
     * Whether a rating's JSON carries its {@code explanation}: every criterion's choices, points and average and
     * every rule that fired with its facts, which make up most of the JSON of a rating from member sheets.
     */
    public enum Explanation {
        /** The {@code explanation} object is there (the default, and what every method without this option does). */
        FULL,
        /**
         * The {@code explanation} field is left out of each rating object, not written as null: a consumer that
         * asked for none sees no field, and one that reads {@code explanation} in a full rating never meets null.
         * Everything else, the outcome, stars, averages, failed minimums, problems and warnings included, is as in
         * {@link #FULL}. For batches, where the explanation is asked for the few ratings a person looks at.
         */
        NONE
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RatingJson() {
    }

    /** The ratings as a pretty-printed JSON array, in the given order, texts in English. */
    public static String write(List<Rating> ratings) {
        return write(ratings, Locale.ROOT);
    }

    /**
     * The ratings as a pretty-printed JSON array, in the given order, texts in the language of {@code locale}: only
     * the texts for people change.
     */
    public static String write(List<Rating> ratings, Locale locale) {
        return write(ratings, locale, Explanation.FULL);
    }

    /**
     * {@link #write(List, Locale)} with or without each rating's {@code explanation}.
     *
     * @throws NullPointerException if an argument is null
     */
    public static String write(List<Rating> ratings, Locale locale, Explanation explanation) {
        java.util.Objects.requireNonNull(locale, "locale");
        java.util.Objects.requireNonNull(explanation, "explanation");
        ArrayNode array = NODES.arrayNode();
        ratings.forEach(r -> array.add(tree(r, locale, explanation)));
        return text(array);
    }

    /**
     * A streaming writer of the JSON array, for batches too large to hold: {@link Writer#write} each rating as it
     * comes, then close to end the array. Texts in English. Not thread-safe.
     */
    public static Writer writer(java.io.OutputStream out) {
        return new Writer(out, Locale.ROOT, Explanation.FULL);
    }

    /** {@link #writer(java.io.OutputStream)} with texts in the language of {@code locale}. */
    public static Writer writer(java.io.OutputStream out, Locale locale) {
        return new Writer(out, java.util.Objects.requireNonNull(locale, "locale"), Explanation.FULL);
    }

    /**
     * {@link #writer(java.io.OutputStream, Locale)} with or without each rating's {@code explanation} (also the
     * rating inside each replay): {@link Explanation#NONE} for a large batch.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Writer writer(java.io.OutputStream out, Locale locale, Explanation explanation) {
        return new Writer(out, java.util.Objects.requireNonNull(locale, "locale"),
                java.util.Objects.requireNonNull(explanation, "explanation"));
    }

    /** Writes ratings one by one into a JSON array on an output stream; see {@link #writer}. */
    public static final class Writer implements AutoCloseable {
        private final com.fasterxml.jackson.core.JsonGenerator generator;
        private final Locale locale;
        private final Explanation explanation;

        private Writer(java.io.OutputStream out, Locale locale, Explanation explanation) {
            this.locale = locale;
            this.explanation = explanation;
            try {
                generator = MAPPER.getFactory().createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8)
                        .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                generator.useDefaultPrettyPrinter();
                generator.writeStartArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** Appends one rating to the array. */
        public void write(Rating rating) {
            write(tree(rating, locale, explanation));
        }

        /** Appends one replay to the array. */
        public void write(Replay replay) {
            write(tree(replay, locale, explanation));
        }

        /** The language of the texts this writer writes. */
        Locale locale() {
            return locale;
        }

        /** Appends one object to the array (for the other JSON contracts that stream, see {@link AdviceJson}). */
        void write(ObjectNode node) {
            try {
                MAPPER.writeTree(generator, node);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** Ends the array and flushes; the output stream stays open. */
        @Override
        public void close() {
            try {
                generator.writeEndArray();
                generator.writeRaw(System.lineSeparator());
                generator.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /**
     * One rating as a pretty-printed JSON object: the object {@link #write} puts in its array for it.
     *
     * @param rating the rating, not null
     * @return the JSON text, without a line end
     */
    public static String toJson(Rating rating) {
        return toJson(rating, Locale.ROOT);
    }

    /** {@link #toJson(Rating)} with texts in the language of {@code locale}. */
    public static String toJson(Rating rating, Locale locale) {
        return text(tree(rating, locale));
    }

    /**
     * {@link #toJson(Rating, Locale)} with or without the {@code explanation}.
     *
     * @throws NullPointerException if an argument is null
     */
    public static String toJson(Rating rating, Locale locale, Explanation explanation) {
        java.util.Objects.requireNonNull(locale, "locale");
        return text(tree(rating, locale, java.util.Objects.requireNonNull(explanation, "explanation")));
    }

    /**
     * One replay as a pretty-printed JSON object: {@code {"dossierId", "agrees", "recorded", "discrepancies":
     * [{"field", "recorded", "recomputed", "cause", "explanation"}], "rating": {…the rating object…}}}, the object
     * {@link Writer#write(Replay)} streams for it.
     *
     * @param replay the replay, not null
     * @return the JSON text, without a line end
     */
    public static String toJson(Replay replay) {
        return toJson(replay, Locale.ROOT);
    }

    /** {@link #toJson(Replay)} with texts in the language of {@code locale}. */
    public static String toJson(Replay replay, Locale locale) {
        return text(tree(replay, locale, Explanation.FULL));
    }

    /**
     * {@link #toJson(Replay, Locale)} with or without the {@code explanation} of the replay's rating.
     *
     * @throws NullPointerException if an argument is null
     */
    public static String toJson(Replay replay, Locale locale, Explanation explanation) {
        java.util.Objects.requireNonNull(locale, "locale");
        return text(tree(replay, locale, java.util.Objects.requireNonNull(explanation, "explanation")));
    }

    private static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    /** One replay as a JSON tree; see {@link #toJson(Replay)}. */
    static ObjectNode tree(Replay replay, Locale locale, Explanation explanation) {
        ObjectNode o = NODES.objectNode();
        o.put("dossierId", replay.rating().dossierId());
        o.put("agrees", replay.agrees());
        if (replay.recorded().isPresent()) {
            RecordedResult rec = replay.recorded().get();
            ObjectNode rn = o.putObject("recorded");
            rn.put("average", rec.average().orElse(null));
            putStars(rn, "stars", rec.stars());
            rn.put("level", rec.level().map(Enum::name).orElse(null));
            rn.put("decision", rec.decision().orElse(null));
            rn.put("decidedOn", rec.decidedOn().map(Object::toString).orElse(null));
            rn.put("criteriaVersion", rec.criteriaVersion().orElse(null));
            rn.put("dataEdition", rec.dataEdition().orElse(null));
        } else {
            o.putNull("recorded");
        }
        ArrayNode list = o.putArray("discrepancies");
        for (Discrepancy d : replay.discrepancies()) {
            list.addObject().put("field", d.field()).put("recorded", d.recorded())
                    .put("recomputed", d.recomputed(locale)).put("cause", d.cause().name())
                    .put("explanation", d.explanation(locale));
        }
        ArrayNode uncheckedFields = o.putArray("uncheckedFields");
        replay.uncheckedFields().forEach(uncheckedFields::add);
        o.set("rating", tree(replay.rating(), locale, explanation));
        return o;
    }

    /** One rating as a JSON tree, also the {@code rating} of every decision-support object of {@link AdviceJson}. */
    static ObjectNode tree(Rating r, Locale locale) {
        return tree(r, locale, Explanation.FULL);
    }

    /** One rating as a JSON tree, with its explanation or without it. */
    static ObjectNode tree(Rating r, Locale locale, Explanation explanation) {
        ObjectNode o = NODES.objectNode();
        RatingSettings s = r.settings();
        o.put("dossierId", r.dossierId());
        // null, not "", when the dossier names no product (added after the first release)
        o.put("productName", r.productName().isEmpty() ? null : r.productName());
        o.put("criteriaVersion", r.criteriaVersion().orElse(null));
        o.put("dataEdition", r.version().map(v -> v.version().edition()).orElse(null));
        o.put("sheetEdition", r.version().map(v -> v.version().sheetEdition()).orElse(null));
        o.put("versionRule", r.version().map(v -> v.rule().name()).orElse(null));
        o.put("versionReason", r.version().map(v -> v.reason(locale)).orElse(null));
        o.put("productSet", r.productSet());
        o.put("outcome", r.outcome().name());
        // an average-only dossier has no members at all: null, not an empty council
        boolean averageOnly = r.average().isPresent() && r.members().isEmpty();
        ArrayNode members = averageOnly ? null : o.putArray("memberTotals");
        if (averageOnly) {
            o.putNull("memberTotals");
        }
        for (MemberScore m : r.members()) {
            ObjectNode mn = members.addObject();
            mn.put("member", m.member());
            mn.put("total", m.total());
            if (m.parts().isEmpty()) {
                mn.putNull("parts"); // a totals-only dossier: the parts are not known without the sheet
            } else {
                ObjectNode parts = mn.putObject("parts");
                for (Part p : Part.values()) {
                    parts.put(p.name(), m.parts().get(p));
                }
            }
        }
        if (r.average().isPresent()) {
            o.put("average", r.displayedAverage().orElseThrow());
            o.put("averageExact", r.average().get().toString());
            if (r.partAverages().isEmpty()) {
                o.putNull("partAverages");
            } else {
                ObjectNode parts = o.putObject("partAverages");
                for (Part p : Part.values()) {
                    parts.put(p.name(), r.partAverages().get(p).rounded(s.displayScale(), s.displayRounding()));
                }
            }
        } else {
            o.putNull("average");
            o.putNull("averageExact");
            o.putNull("partAverages");
        }
        putStars(o, "bandStars", r.bandStars());
        putStars(o, "stars", r.stars());
        ArrayNode failed = o.putArray("failedMinimums");
        for (FailedMinimum f : r.failedMinimums()) {
            ObjectNode fn = failed.addObject();
            fn.put("criterion", f.criterion());
            fn.put("label", f.label());
            fn.put("stars", f.stars());
            fn.put("requiredOption", f.requiredOption());
            fn.put("requiredPoints", f.requiredPoints());
            ObjectNode choices = fn.putObject("choices");
            f.choices().forEach(choices::put);
            fn.put("source", f.provenance().toString());
        }
        ArrayNode knockOuts = o.putArray("knockOuts");
        for (KnockOutHit hit : r.knockOuts()) {
            ObjectNode kn = knockOuts.addObject();
            kn.put("id", hit.rule().id());
            kn.put("kind", hit.rule().kind().name());
            kn.put("text", hit.rule().text());
            kn.put("source", hit.rule().provenance().toString());
            kn.put("status", hit.rule().provenance().status().tag());
            kn.put("doubt", hit.rule().doubt().orElse(null));
            ArrayNode reasons = kn.putArray("reasons");
            hit.reasons(locale).forEach(reasons::add);
        }
        if (r.recognition().isPresent()) {
            Recognition rec = r.recognition().get();
            ObjectNode rn = o.putObject("recognition");
            rn.put("level", rec.level().name());
            rn.put("procedure", rec.procedure());
            ArrayNode recognisable = rn.putArray("recognisable");
            new TreeSet<>(rec.recognisable()).forEach(recognisable::add);
            putStars(rn, "grantedStars", rec.grantedStars());
            rn.put("certificate", rec.certificate());
            rn.put("forwardedTo", rec.forwardedTo().map(Enum::name).orElse(null));
            rn.put("note", rec.note(locale));
        } else {
            o.putNull("recognition");
        }
        ArrayNode breaches = o.putArray("councilBreaches");
        for (CouncilBreach b : r.councilBreaches()) {
            breaches.addObject().put("rule", b.rule().name()).put("detail", b.detail(locale));
        }
        ArrayNode problems = o.putArray("problems");
        for (Problem p : r.problems()) {
            problems.addObject().put("message", p.message(locale)).put("where", p.where(locale))
                    .put("problem", p.problem(locale)).put("value", p.value(locale)).put("allowed", p.allowed(locale));
        }
        ArrayNode warnings = o.putArray("warnings");
        r.warnings(locale).forEach(warnings::add);
        ArrayNode unchecked = o.putArray("unchecked");
        r.unchecked().forEach(u -> unchecked.add(u.name()));
        ObjectNode settings = o.putObject("settings");
        settings.put("minimumPolicy", s.minimumPolicy().name());
        settings.put("consensus", s.consensus().name());
        settings.put("displayScale", s.displayScale());
        settings.put("displayRounding", s.displayRounding().name());
        settings.put("sheetEdition", s.sheetEdition().orElse(null));
        ObjectNode council = settings.putObject("councilRules");
        council.put("quorum", s.councilRules().quorum());
        if (s.councilRules().maxSpread().isPresent()) {
            council.put("maxSpread", s.councilRules().maxSpread().getAsInt());
        } else {
            council.putNull("maxSpread");
        }
        council.put("secretaryMustNotScore", s.councilRules().secretaryMustNotScore());
        o.put("engine", r.engine());
        if (explanation == Explanation.FULL) {
            o.set("explanation", explanation(r, locale)); // left out, never null, when not asked for
        }
        return o;
    }

    private static JsonNode explanation(Rating r, Locale locale) {
        ObjectNode e = NODES.objectNode();
        ArrayNode criteria = e.putArray("criteria");
        for (CriterionScore c : r.criteria()) {
            ObjectNode cn = criteria.addObject();
            cn.put("code", c.code());
            cn.put("part", c.part().name());
            cn.put("label", c.label());
            cn.put("maxPoints", c.maxPoints());
            cn.put("select", c.select().name());
            ObjectNode choices = cn.putObject("choices");
            c.choices().forEach(choices::put);
            if (c.select() == Criterion.Select.ANY) {
                // a checklist: each member's ticked lines (null where it does not apply); choices are null
                ObjectNode ticked = cn.putObject("ticked");
                c.ticked().forEach((member, lines) -> {
                    if (lines == null) {
                        ticked.putNull(member);
                    } else {
                        lines.forEach(ticked.putArray(member)::add);
                    }
                });
            } else {
                cn.putNull("ticked");
            }
            ObjectNode points = cn.putObject("points");
            for (Map.Entry<String, Integer> p : c.points().entrySet()) {
                points.put(p.getKey(), p.getValue());
            }
            cn.put("average", c.average().rounded(r.settings().displayScale(), r.settings().displayRounding()));
            cn.put("source", c.provenance().toString());
        }
        ArrayNode firings = e.putArray("firings");
        for (RuleFiring f : r.firings()) {
            ObjectNode fn = firings.addObject();
            fn.put("rule", f.rule());
            ArrayNode facts = fn.putArray("facts");
            f.facts().forEach(facts::add);
            // the rule's words in the output's language; the name above is the same in every language
            fn.put("text", f.text(locale));
        }
        return e;
    }

    private static void putStars(ObjectNode node, String field, java.util.OptionalInt stars) {
        if (stars.isPresent()) {
            node.put(field, stars.getAsInt());
        } else {
            node.putNull(field);
        }
    }
}
