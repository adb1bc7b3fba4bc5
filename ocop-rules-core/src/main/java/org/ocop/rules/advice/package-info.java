/**
 * Decision support, from a {@link org.ocop.rules.Rater}: {@link org.ocop.rules.advice.Advisor} gives the smallest
 * changes of options that reach the next star ({@link org.ocop.rules.advice.PlanAdvice}), how robust a council's
 * result is ({@link org.ocop.rules.advice.Robustness}) and what the product would get under the other criteria
 * versions ({@link org.ocop.rules.advice.VersionImpact}). Every rating it reports is made by the rater's engine.
 *
 * <p>May use: {@code org.ocop.rules}, {@code criteria}, {@code dossier} and {@code internal} (the star arithmetic the
 * planner reasons with and the batch runner). Nothing in the library depends on this package but {@code json}.
 */
package org.ocop.rules.advice;

