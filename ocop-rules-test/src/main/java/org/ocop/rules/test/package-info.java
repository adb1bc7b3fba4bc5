/**
 * The ocop-rules test kit: a portal team replays its own dossiers (<i>hồ sơ</i>) as JUnit 5 tests and sees at once
 * what a criteria update changes. Taken in test scope.
 *
 * <ul>
 * <li>{@link org.ocop.rules.test.DossierFolder} turns folders of dossier files into a parameterized test, one
 *     {@link org.ocop.rules.test.DossierCase} per file: the dossier, its recorded result, and for a golden file
 *     (format on {@code DossierCase}) its {@link org.ocop.rules.test.ExpectedRating};</li>
 * <li>{@link org.ocop.rules.test.OcopAssertions} makes the AssertJ assertions: {@link org.ocop.rules.test.RatingAssert},
 *     {@link org.ocop.rules.test.ReplayAssert}, {@link org.ocop.rules.test.PlanAdviceAssert}, and
 *     {@link org.ocop.rules.test.DossierFolderAssert}, which checks a whole folder in one line and lists every
 *     discrepancy.</li>
 * </ul>
 *
 * The kit needs the core, JUnit 5 and AssertJ only. Values are immutable and thread-safe; assertions are not.
 */
package org.ocop.rules.test;
