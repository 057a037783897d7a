package io.consumerprotection.core.calendar;

/** What kind of day a date is in a working-day calendar. */
public enum DayKind {
    /** An ordinary working day (Monday to Friday, unless listed). */
    WORKING_DAY(true),
    /** An ordinary weekly rest day (Saturday or Sunday, unless listed). */
    WEEKEND(false),
    /** A listed day off: a statutory holiday (法定节假日) or a host's closure day. */
    STATUTORY_HOLIDAY(false),
    /** A listed weekend day that is a working day (调休上班日). */
    MAKE_UP_WORKING_DAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    /** Whether a day of this kind is a working day. */
    public boolean isWorkingDay() {
        return working;
    }
}
