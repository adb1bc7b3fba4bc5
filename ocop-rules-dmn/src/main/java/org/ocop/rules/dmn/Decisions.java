package org.ocop.rules.dmn;

import java.util.Map;
import java.util.Set;

/**
 * Evaluates one decision of one model of one version. A model is named by its id ({@code star-band},
 * {@code option-points/I.4.a}; see {@link ModelLayout#models}); its file is in the folder of its home
 * ({@link ModelLayout#homes}), which is another version's for a set's option points shared with a base.
 *
 * <p>The seam between the engine's orchestration and a DMN runtime. The KIE runtime ({@link KieDecisions}) is the
 * implementation; the seam exists so that the tests can run the very same orchestration on a second, independent
 * DMN engine (Camunda) reading the same files, and so that remembering results ({@link DecisionMemo}) wraps any of
 * them.
 */
interface Decisions {

    /**
     * The decision's result ({@code null} when no rule matched).
     *
     * @throws Failure if there is no such model or decision, or the evaluation has errors
     */
    Object evaluate(String versionId, String model, String decision, Map<String, ?> inputs);

    /** The versions this implementation has models for. */
    Set<String> versions();

    /**
     * The ids of this version's models (a version without sheets has no option points or star minimums
     * models); empty for a version it has no models for.
     */
    Set<String> models(String versionId);

    /** A decision that could not be evaluated. */
    final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Why. */
        enum Kind {
            /** The version has no such model. */
            NO_MODEL,
            /** The model has no such decision. */
            NO_DECISION,
            /** The evaluation reported errors. */
            ERROR
        }

        final Kind kind;

        Failure(String detail, Kind kind) {
            super(detail);
            this.kind = kind;
        }
    }
}
