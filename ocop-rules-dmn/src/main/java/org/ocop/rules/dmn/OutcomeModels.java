package org.ocop.rules.dmn;

import static org.ocop.rules.dmn.DmnXml.enumValues;
import static org.ocop.rules.dmn.DmnXml.str;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ocop.rules.MinimumConsensus;
import org.ocop.rules.Outcome;
import org.ocop.rules.criteria.CriteriaVersion;
import org.ocop.rules.dmn.DmnXml.Model;
import org.ocop.rules.dmn.DmnXml.Table;
import org.ocop.rules.internal.Share;

/**
 * The version-wide models that can keep a dossier from being rated, and the outcome they lead to: whether a knock-out
 * option applies under the consensus policy ({@code knock-out-trigger.dmn}), the provincial council's rules
 * ({@code council-rules.dmn}: quorum, chair, spread, secretary) and the outcome's precedence ({@code outcome.dmn}).
 *
 * <p>Separate from the star's models ({@link StarModels}) because none of these looks at a band or a minimum: a
 * knock-out or a breached council rule decides the outcome before (and instead of) any star, and the outcome table
 * is where the two paths meet.
 */
final class OutcomeModels {

    private OutcomeModels() {
    }

    /** Whether an option that triggers a knock-out rule applies it, by the consensus policy. */
    static String knockOutTrigger(CriteriaVersion version) {
        Model m = new Model(version, "knock-out-trigger", "Whether an option that triggers a knock-out rule (for "
                + "example \"0 points on 6.1\") applies it, by the consensus policy.");
        m.input("consensus", "string").input("members", "number").input("ruleChoosers", "number")
                .input("criterionChoosers", "number").input("pointsSum", "number").input("triggerPoints", "number");
        Table t = new Table("knockOutTriggered", "knock-out triggered", "UNIQUE", null, "boolean",
                "ruleChoosers: members who chose any trigger option of the rule; criterionChoosers: members who "
                        + "chose on the trigger's criterion; pointsSum: their points on it.")
                .in("consensus", "string", enumValues(MinimumConsensus.values()))
                .in("ruleChoosers >= 1", "boolean", null)
                .in(Share.MAJORITY.feel("ruleChoosers", "members"), "boolean", null)
                .in("criterionChoosers >= 1", "boolean", null)
                .in("pointsSum <= triggerPoints * criterionChoosers", "boolean", null);
        for (String hit : List.of("true", "false")) {
            t.rule("any member chose one of the rule's triggers", List.of(str(MinimumConsensus.ALL_MEMBERS), hit,
                    "-", "-", "-"), List.of(hit));
        }
        for (String hit : List.of("true", "false")) {
            t.rule("a strict majority of members chose one of the rule's triggers",
                    List.of(str(MinimumConsensus.MAJORITY), "-", hit, "-", "-"), List.of(hit));
        }
        t.rule("nobody chose on the trigger's criterion", List.of(str(MinimumConsensus.AVERAGE_POINTS), "-", "-",
                "false", "-"), List.of("false"));
        for (String hit : List.of("true", "false")) {
            t.rule("the average points of those who chose on the criterion are at most the trigger's",
                    List.of(str(MinimumConsensus.AVERAGE_POINTS), "-", "-", "true", hit), List.of(hit));
        }
        return m.decision(t).xml();
    }

    /** The outcome of a valid dossier, by precedence. */
    static String outcome(CriteriaVersion version) {
        Model m = new Model(version, "outcome", "The outcome of a valid dossier, by precedence: DISQUALIFIED > "
                + "STOPPED > COUNCIL_RULE_BREACHED > REFUSED > RATED.");
        m.input("disqualified", "boolean").input("stopped", "boolean").input("breached", "boolean")
                .input("refused", "boolean");
        Table t = new Table("outcome", "outcome", "UNIQUE", null, "string", "The first that holds wins.")
                .in("disqualified", "boolean", null).in("stopped", "boolean", null).in("breached", "boolean", null)
                .in("refused", "boolean", null);
        // in the order of precedence, as the enum's constants: a misspelt outcome does not compile
        String[] outcomes = Stream.of(Outcome.DISQUALIFIED, Outcome.STOPPED, Outcome.COUNCIL_RULE_BREACHED,
                Outcome.REFUSED, Outcome.RATED).map(Outcome::name).toArray(String[]::new);
        for (int i = 0; i < outcomes.length; i++) {
            List<String> cells = new ArrayList<>();
            for (int col = 0; col < 4; col++) {
                cells.add(col < i ? "false" : col == i ? "true" : "-");
            }
            t.rule(outcomes[i], cells, List.of(str(outcomes[i])));
        }
        return m.decision(t).xml();
    }

    /** The provincial council's rules (CouncilRules), one table each, each checked only when switched on. */
    static String councilRules(CriteriaVersion version) {
        Model m = new Model(version, "council-rules", "Provincial council practice (CouncilRules), each rule "
                + "checked only when switched on.");
        m.input("quorum", "boolean").input("present", "number").input("councilSize", "number")
                .input("chairNamed", "boolean").input("chairScored", "boolean")
                .input("maxSpread", "number").input("highest", "number").input("lowest", "number")
                .input("secretaryMustNotScore", "boolean").input("secretaryNamed", "boolean")
                .input("secretaryScored", "boolean");
        Table quorum = new Table("quorumMissed", "quorum missed", "UNIQUE", null, "boolean",
                "present: scoring members plus the named secretary; at least three quarters of the council.")
                .in("quorum", "boolean", null).in(Share.QUORUM.feel("present", "councilSize"), "boolean", null);
        quorum.rule("rule off", List.of("false", "-"), List.of("false"));
        quorum.rule("three quarters took part", List.of("true", "true"), List.of("false"));
        quorum.rule("fewer than three quarters took part", List.of("true", "false"), List.of("true"));
        Table chair = new Table("chairAbsent", "chair absent", "UNIQUE", null, "boolean",
                "The quorum rule also requires the chair to have scored.")
                .in("quorum", "boolean", null).in("chairNamed", "boolean", null).in("chairScored", "boolean", null);
        chair.rule("rule off", List.of("false", "-", "-"), List.of("false"));
        chair.rule("no chair named", List.of("true", "false", "-"), List.of("false"));
        chair.rule("the chair scored", List.of("true", "true", "true"), List.of("false"));
        chair.rule("the chair did not score", List.of("true", "true", "false"), List.of("true"));
        Table spread = new Table("spreadExceeded", "spread exceeded", "UNIQUE", null, "boolean",
                "maxSpread: the largest allowed difference of member totals, negative when not checked.")
                .in("maxSpread >= 0", "boolean", null).in("highest - lowest > maxSpread", "boolean", null);
        spread.rule("rule off", List.of("false", "-"), List.of("false"));
        spread.rule("within the spread", List.of("true", "false"), List.of("false"));
        spread.rule("beyond the spread", List.of("true", "true"), List.of("true"));
        Table secretary = new Table("secretaryScoredBreach", "secretary scored", "UNIQUE", null, "boolean",
                "The named secretary must not hand in a sheet.")
                .in("secretaryMustNotScore", "boolean", null).in("secretaryNamed", "boolean", null)
                .in("secretaryScored", "boolean", null);
        secretary.rule("rule off", List.of("false", "-", "-"), List.of("false"));
        secretary.rule("no secretary named", List.of("true", "false", "-"), List.of("false"));
        secretary.rule("the secretary did not score", List.of("true", "true", "false"), List.of("false"));
        secretary.rule("the secretary scored", List.of("true", "true", "true"), List.of("true"));
        return m.decision(quorum).decision(chair).decision(spread).decision(secretary).xml();
    }
}
