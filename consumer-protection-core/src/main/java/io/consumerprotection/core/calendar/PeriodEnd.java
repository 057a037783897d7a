package io.consumerprotection.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The end of a calendar-day period computed by {@link WorkingCalendar#periodEnd}: the nominal last day,
 * the day the period actually ends after rolling forward, and why.
 *
 * @param start       the start day (not counted)
 * @param nominal     the nominal last day
 * @param nominalKind what kind of day the nominal last day is
 * @param end         the last day after applying the roll rule
 * @param rule        the roll rule applied
 */
public record PeriodEnd(LocalDate start, LocalDate nominal, DayKind nominalKind, LocalDate end, RollRule rule) {

    public PeriodEnd {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(nominal, "nominal");
        Objects.requireNonNull(nominalKind, "nominalKind");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(rule, "rule");
    }

    /** Whether the period was moved past its nominal last day. */
    public boolean rolled() {
        return !end.equals(nominal);
    }
}
