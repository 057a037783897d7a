package io.consumerprotection.core.statistics;

import io.consumerprotection.spi.internal.Redaction;
import java.util.List;
import java.util.Objects;

/**
 * The figures of one group (a code, or a pair of codes) in the current, previous and year-before periods.
 *
 * @param key        the group's values, one per grouping component ({@code ""} for unclassified)
 * @param current    the figures in the current period
 * @param previous   the figures in the previous period
 * @param yearBefore the figures in the same period a year before
 * @param total      the number of complaints in the current period over all groups, the base of {@link #share()}
 */
public record GroupFigures(List<String> key, ComplaintFigures current, ComplaintFigures previous,
                           ComplaintFigures yearBefore, long total) {

    public GroupFigures {
        key = List.copyOf(Objects.requireNonNull(key, "key"));
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(yearBefore, "yearBefore");
    }

    /** The group's complaints over all complaints of the current period. */
    public Rate share() {
        return Rate.of(current.complaints(), total);
    }

    /** Year-on-year change of the count. */
    public Change yearOnYear() {
        return Change.of(current.complaints(), yearBefore.complaints());
    }

    /** Period-on-period change of the count. */
    public Change periodOnPeriod() {
        return Change.of(current.complaints(), previous.complaints());
    }

    @Override
    public String toString() {
        return "GroupFigures[key=" + Redaction.codes(key) + ", current=" + current + ", previous=" + previous
                + ", yearBefore=" + yearBefore + ", total=" + total + "]";
    }
}
