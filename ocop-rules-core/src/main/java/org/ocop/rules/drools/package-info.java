/**
 * The Drools engine, the default one: {@link org.ocop.rules.drools.DroolsRatingEngine} rates with the rules of
 * {@code org/ocop/rules/internal/drools/rating.drl}, compiled to Drools' executable model at build time. The rules
 * are generic over the criteria data: a corrected data edition needs no new rules.
 *
 * <p>May use: {@code engine}, {@code criteria} and {@code internal.drools} (the fact classes, not API).
 */
package org.ocop.rules.drools;

