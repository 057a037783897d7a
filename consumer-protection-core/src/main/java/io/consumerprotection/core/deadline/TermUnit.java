package io.consumerprotection.core.deadline;

/** The unit of a deadline term. */
public enum TermUnit {
    /** Calendar days (日): the start day is not counted, and the last day rolls per the policy's roll rule. */
    CALENDAR_DAYS,
    /** Working days (工作日) of the policy's calendar, counted strictly after the start day. */
    WORKING_DAYS,
    /** Weeks of seven calendar days, treated like calendar days. */
    WEEKS,
    /** Months, ending on the matching day or the month's last day (Civil Code art. 202), then rolled like calendar days. */
    MONTHS
}
