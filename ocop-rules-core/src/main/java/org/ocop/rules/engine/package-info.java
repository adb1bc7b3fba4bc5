/**
 * The service-provider interface between the rating front door ({@link org.ocop.rules.Rater}) and an engine.
 *
 * <p>The front door validates the dossier, resolves the criteria version and flattens the sheet into a
 * {@link org.ocop.rules.engine.RatingTask}; an engine decides totals, band, star minimums, knock-outs, policies,
 * council rules and recognition into a {@link org.ocop.rules.engine.Verdict}; the front door assembles the
 * {@link org.ocop.rules.Rating}. Every engine gets the same task and must return the same verdict, which the test
 * suites check. Users of the library do not need this package unless they write an engine.
 *
 * <p>Tasks and verdicts are built with builders ({@link org.ocop.rules.engine.RatingTask#builder},
 * {@link org.ocop.rules.engine.Verdict#builder}), never with a wide constructor, so that a release can add a fact or
 * a decision without breaking an engine; their small parts (a choice, a marker, a member's totals) are records.
 *
 * <p>May use: {@code org.ocop.rules} (the policies and the result values a verdict is made of) and {@code criteria}
 * (levels, parts, knock-out kinds, the decision edition's name). Not {@code dossier}: a task carries the facts an
 * engine needs, not the dossier they came from.
 */
package org.ocop.rules.engine;

