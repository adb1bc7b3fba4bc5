/**
 * The DMN rating engine: {@link org.ocop.rules.dmn.DmnRatingEngine} rates with DMN 1.5 decision tables generated
 * from the criteria data at build time (in this jar under {@code org/ocop/rules/dmn/<version>/}) and gives the same
 * ratings as the Drools engine. Plug it in with {@code Rater.using(DmnRatingEngine.shared())}.
 */
package org.ocop.rules.dmn;

