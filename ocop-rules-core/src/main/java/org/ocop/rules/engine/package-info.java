/**
 * The service-provider interface between the rating front door ({@link org.ocop.rules.Rater}) and an engine.
 *
 * <p>The front door validates the dossier, resolves the criteria version and flattens the sheet into a
 * {@link org.ocop.rules.engine.RatingTask}; an engine decides totals, band, star minimums, knock-outs, policies,
 * council rules and recognition into a {@link org.ocop.rules.engine.Verdict}; the front door assembles the
 * {@link org.ocop.rules.Rating}. Every engine gets the same task and must return the same verdict, which the test
 * suites check. Users of the library do not need this package unless they write an engine.
 *
 * <p>May use: {@code org.ocop.rules} (the result values a verdict is made of), {@code criteria} and {@code dossier}.
 */
package org.ocop.rules.engine;
