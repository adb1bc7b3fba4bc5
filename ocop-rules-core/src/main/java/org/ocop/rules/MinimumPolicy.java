package org.ocop.rules;

/**
 * What failing a star minimum (an option marked {@code ***}, {@code ****} or {@code *****}) does to the star.
 *
 * <p>No decision says it. Products in the 5★ band that failed 781's minimums were rated "không đạt" at national
 * level, and re-rated products that failed 148's 3★ minimums lost their certificate: both readings occur, so the
 * library names them and the caller chooses.
 */
public enum MinimumPolicy {
    /**
     * The default: the star is the highest one whose band is reached and whose minimums (cumulative) are all met;
     * 1★ and 2★ have no minimums. A product in the 4★ band that fails a 4★ minimum but meets every 3★ one is 3★.
     */
    DEMOTE,
    /** The band's star is refused when any of its minimums fails: the outcome is {@link Outcome#REFUSED}. */
    REFUSE
}
