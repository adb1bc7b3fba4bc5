package org.ocop.rules.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.ocop.rules.Average;
import org.ocop.rules.Rating;
import org.ocop.rules.advice.PlanAdvice;
import org.ocop.rules.advice.Robustness;
import org.ocop.rules.advice.VersionImpact;
import org.ocop.rules.criteria.CriterionComparison;
import org.ocop.rules.criteria.Part;

/**
 * {@link PlanAdvice}, {@link Robustness} and {@link VersionImpact} as JSON: the public contract printed by
 * {@code ocop plan --format json}, {@code ocop robustness --format json} and {@code ocop compare-versions --format json}, documented in docs/reference/json.md ("Decision support JSON"). Fields are only
 * ever added, never renamed or removed. Ratings inside are {@link RatingJson}'s objects.
 *
 * <p>Thread-safe; all methods are static.
 */
public final class AdviceJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AdviceJson() {
    }

    /** The advices as a pretty-printed JSON array, in the given order, texts in English. */
    public static String writePlans(List<PlanAdvice> advices) {
        return writePlans(advices, Locale.ROOT);
    }

    /**
     * The advices as a pretty-printed JSON array, texts in the language of {@code locale}: only the texts for people
     * change, as in {@link RatingJson#write(List, Locale)}.
     */
    public static String writePlans(List<PlanAdvice> advices, Locale locale) {
        ArrayNode array = NODES.arrayNode();
        advices.forEach(a -> array.add(tree(a, locale)));
        return write(array);
    }

    /** The analyses as a pretty-printed JSON array, in the given order, texts in English. */
    public static String writeRobustness(List<Robustness> analyses) {
        return writeRobustness(analyses, Locale.ROOT);
    }

    /** {@link #writeRobustness(List)} with texts in the language of {@code locale}. */
    public static String writeRobustness(List<Robustness> analyses, Locale locale) {
        ArrayNode array = NODES.arrayNode();
        analyses.forEach(a -> array.add(tree(a, locale)));
        return write(array);
    }

    /** The version comparisons as a pretty-printed JSON array, in the given order, texts in English. */
    public static String writeVersionImpact(List<VersionImpact> impacts) {
        return writeVersionImpact(impacts, Locale.ROOT);
    }

    /** {@link #writeVersionImpact(List)} with texts in the language of {@code locale}. */
    public static String writeVersionImpact(List<VersionImpact> impacts, Locale locale) {
        ArrayNode array = NODES.arrayNode();
        impacts.forEach(i -> array.add(tree(i, locale)));
        return write(array);
    }

    /**
     * A streaming writer of one of these JSON arrays, for batches too large to hold: {@link Writer#write} each result
     * as it comes, then close to end the array. The output is the same as {@link #writePlans} and its siblings give
     * for the whole list. Texts in English. Not thread-safe.
     */
    public static Writer writer(java.io.OutputStream out) {
        return new Writer(RatingJson.writer(out));
    }

    /** {@link #writer(java.io.OutputStream)} with texts in the language of {@code locale}. */
    public static Writer writer(java.io.OutputStream out, Locale locale) {
        return new Writer(RatingJson.writer(out, locale));
    }

    /** Writes advices, analyses or comparisons one by one into a JSON array on an output stream; see {@link #writer}. */
    public static final class Writer implements AutoCloseable {
        /** The array writing is the rating writer's: one generator, one pretty printer, for every JSON contract. */
        private final RatingJson.Writer array;

        private Writer(RatingJson.Writer array) {
            this.array = array;
        }

        /** Appends one plan advice to the array. */
        public void write(PlanAdvice advice) {
            array.write(tree(advice, array.locale()));
        }

        /** Appends one robustness analysis to the array. */
        public void write(Robustness analysis) {
            array.write(tree(analysis, array.locale()));
        }

        /** Appends one version comparison to the array. */
        public void write(VersionImpact impact) {
            array.write(tree(impact, array.locale()));
        }

        /** Ends the array and flushes; the output stream stays open. */
        @Override
        public void close() {
            array.close();
        }
    }

    static ObjectNode tree(VersionImpact impact, Locale locale) {
        ObjectNode o = NODES.objectNode();
        o.put("dossierId", impact.dossierId());
        o.put("reason", impact.reason(locale).orElse(null));
        ArrayNode entries = o.putArray("entries");
        for (VersionImpact.Entry e : impact.entries()) {
            ObjectNode en = entries.addObject();
            en.put("criteriaVersion", e.versionId());
            en.put("sheetEdition", e.sheetEdition());
            en.put("productSet", e.productSet().orElse(null));
            ObjectNode mapping = en.putObject("mapping");
            mapping.put("basis", e.basis(locale));
            mapping.put("status", e.status().tag());
            mapping.put("source", e.source(locale));
            en.put("method", e.method().name());
            en.put("note", e.note(locale));
            ArrayNode changes = en.putArray("changes");
            for (VersionImpact.Change c : e.changes()) {
                changes.addObject().put("kind", c.kind().name()).put("subject", c.subject())
                        .put("before", c.before(locale)).put("after", c.after(locale))
                        .put("reason", c.reason(locale));
            }
            if (e.rating().isPresent()) {
                en.set("rating", RatingJson.tree(e.rating().get(), locale));
            } else {
                en.putNull("rating");
            }
            e.carriage().ifPresent(c -> en.set("carriage", carriage(c, locale)));
        }
        o.set("rating", RatingJson.tree(impact.baseline(), locale));
        return o;
    }

    /** A version entry's criterion-by-criterion carriage (only on entries that have one). */
    private static ObjectNode carriage(VersionImpact.Carriage c, Locale locale) {
        ObjectNode o = NODES.objectNode();
        o.put("source", c.source());
        o.put("status", c.status().tag());
        o.put("complete", c.complete());
        ArrayNode members = o.putArray("members");
        for (VersionImpact.MemberCarriage mc : c.members()) {
            ObjectNode mo = members.addObject();
            mo.put("member", mc.member());
            ObjectNode points = mo.putObject("points");
            mc.points().forEach((part, n) -> points.put(part.name(), n));
            ArrayNode carried = mo.putArray("carried");
            for (VersionImpact.Carried k : mc.carried()) {
                ObjectNode ko = carried.addObject().put("from", k.from());
                k.options().forEach(ko.putArray("options")::add);
                ko.put("to", k.to());
                k.toOptions().forEach(ko.putArray("toOptions")::add);
                ko.put("kind", k.kind().name()).put("part", k.part().name()).put("points", k.points());
            }
            ArrayNode notCarried = mo.putArray("notCarried");
            for (VersionImpact.NotCarried n : mc.notCarried()) {
                ObjectNode no = notCarried.addObject().put("criterion", n.criterion());
                no.put("to", n.to().orElse(null)).put("kind", n.kind().name());
                n.describe(locale).forEach(no.putArray("changes")::add);
                ArrayNode details = no.putArray("changeDetails");
                for (CriterionComparison.Change d : n.changes()) {
                    ObjectNode dn = details.addObject().put("kind", d.kind().name());
                    dn.put("fromOption", d.fromOption().orElse(null)).put("toOption", d.toOption().orElse(null));
                    if (d.before().isPresent()) {
                        dn.put("before", d.before().getAsInt());
                    } else {
                        dn.putNull("before");
                    }
                    if (d.after().isPresent()) {
                        dn.put("after", d.after().getAsInt());
                    } else {
                        dn.putNull("after");
                    }
                }
            }
        }
        c.unreached().forEach(o.putArray("unreached")::add);
        return o;
    }

    private static String write(ArrayNode array) {
        try {
            return MAPPER.writeValueAsString(array);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    static ObjectNode tree(PlanAdvice advice, Locale locale) {
        Rating r = advice.rating();
        ObjectNode o = NODES.objectNode();
        o.put("dossierId", advice.dossierId());
        putStars(o, "targetStar", advice.targetStar());
        ArrayNode fixed = o.putArray("fixed");
        advice.fixed().forEach(fixed::add);
        ArrayNode plans = o.putArray("plans");
        for (PlanAdvice.Plan plan : advice.plans()) {
            ObjectNode p = plans.addObject();
            p.put("criteriaChanged", plan.criteriaChanged());
            putAverage(p, "pointsGained", plan.pointsGained(), r);
            putAverage(p, "averageAfter", plan.averageAfter(), r);
            p.put("stars", plan.stars());
            ArrayNode steps = p.putArray("steps");
            for (PlanAdvice.Step step : plan.steps()) {
                ObjectNode s = steps.addObject();
                s.put("criterion", step.criterion());
                s.put("label", step.label());
                ObjectNode current = s.putObject("current");
                step.current().forEach(current::put);
                s.put("target", step.target());
                s.put("targetPoints", step.targetPoints());
                ArrayNode moved = s.putArray("moved");
                step.moved().forEach(moved::add);
                putAverage(s, "pointsGained", step.pointsGained(), r);
                ArrayNode notes = s.putArray("notes");
                step.notes(locale).forEach(notes::add);
                // checklist steps (1048's tourism Part C): the lines ticked and each member's lines before
                ArrayNode lines = s.putArray("lines");
                step.lines().forEach(lines::add);
                ObjectNode currentLines = s.putObject("currentLines");
                step.currentLines().forEach((member, ticked) -> {
                    ArrayNode list = currentLines.putArray(member);
                    ticked.forEach(list::add);
                });
            }
            p.set("rating", RatingJson.tree(plan.rating(), locale));
        }
        o.put("reason", advice.reason(locale).orElse(null));
        o.put("exhaustive", advice.exhaustive());
        o.set("rating", RatingJson.tree(r, locale));
        return o;
    }

    static ObjectNode tree(Robustness rob, Locale locale) {
        Rating r = rob.rating();
        ObjectNode o = NODES.objectNode();
        o.put("dossierId", rob.dossierId());
        o.put("summary", rob.summary(locale));
        o.put("reason", rob.reason(locale).orElse(null));
        ArrayNode dropped = o.putArray("leaveOneOut");
        for (Robustness.Dropped d : rob.leaveOneOut()) {
            ObjectNode dn = dropped.addObject();
            dn.put("member", d.member());
            Rating dr = d.rating();
            dn.put("outcome", dr.outcome().name());
            putStars(dn, "stars", dr.stars());
            putStars(dn, "bandStars", dr.bandStars());
            if (dr.average().isPresent()) {
                putAverage(dn, "average", dr.average().get(), dr);
            } else {
                dn.putNull("average");
                dn.putNull("averageExact");
            }
            ArrayNode breaches = dn.putArray("councilBreaches");
            dr.councilBreaches().forEach(b -> breaches.addObject().put("rule", b.rule().name())
                    .put("detail", b.detail(locale)));
            dn.put("bandChanges", d.bandChanges());
            dn.put("resultChanges", d.resultChanges());
        }
        ArrayNode shifts = o.putArray("shifts");
        for (Robustness.Shift s : rob.shifts()) {
            ObjectNode sn = shifts.addObject();
            sn.put("delta", s.delta());
            putAverage(sn, "average", s.average(), r);
            sn.put("bandStars", s.bandStars());
            sn.put("outcome", s.outcome().name());
            putStars(sn, "stars", s.stars());
            sn.put("resultChanges", s.resultChanges());
        }
        if (rob.spread().isPresent()) {
            Robustness.Spread sp = rob.spread().get();
            ObjectNode spn = o.putObject("spread");
            spn.put("spread", sp.spread());
            spn.putObject("highest").put("member", sp.highestMember()).put("total", sp.highest());
            spn.putObject("lowest").put("member", sp.lowestMember()).put("total", sp.lowest());
            putStars(spn, "limit", sp.limit());
            spn.put("breached", sp.breached());
        } else {
            o.putNull("spread");
        }
        ArrayNode drivers = o.putArray("drivers");
        rob.drivers().forEach(drivers::add);
        o.set("rating", RatingJson.tree(r, locale));
        return o;
    }

    /** {@code field} display-rounded as the rating's settings say, and {@code fieldExact} as the fraction. */
    private static void putAverage(ObjectNode node, String field, Average a, Rating r) {
        node.put(field, a.rounded(r.settings().displayScale(), r.settings().displayRounding()));
        node.put(field + "Exact", a.toString());
    }

    private static void putStars(ObjectNode node, String field, OptionalInt value) {
        if (value.isPresent()) {
            node.put(field, value.getAsInt());
        } else {
            node.putNull(field);
        }
    }
}
