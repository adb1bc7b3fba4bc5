package org.ocop.rules.engine;

/**
 * An engine that decides a {@link RatingTask}. Implementations are immutable, built once and safe to share across
 * threads; one evaluation never sees another's state.
 */
public interface RatingEngine {

    /** A short name shown in every result, for example {@code drools} or {@code dmn}. */
    String name();

    /**
     * Decides the task.
     *
     * @throws IllegalStateException if the engine itself fails (a defect, never a property of the dossier)
     */
    Verdict decide(RatingTask task);
}
