package io.consumerprotection.core.calendar;

/**
 * What happens when the last day of a calendar-day period falls on a rest day (Civil Code art. 203: a last
 * day on a statutory rest day moves to the day after the rest ends). Whether an ordinary weekend counts as a
 * statutory rest day is a matter of interpretation, hence the choice.
 */
public enum RollRule {
    /** The period ends on its nominal last day, whatever day it is. */
    NONE,
    /** A last day on a listed statutory holiday moves to the next working day; an ordinary weekend does not. */
    STATUTORY_HOLIDAYS,
    /** A last day on any non-working day (holiday or ordinary weekend) moves to the next working day: the default. */
    NON_WORKING_DAYS
}
