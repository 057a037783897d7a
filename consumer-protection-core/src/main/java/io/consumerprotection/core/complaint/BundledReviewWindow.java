package io.consumerprotection.core.complaint;

import io.consumerprotection.core.calendar.CalendarId;
import io.consumerprotection.core.calendar.RollRule;
import io.consumerprotection.core.calendar.WorkingCalendars;

/** {@link ReviewWindow#bundled()}, built on first use. */
final class BundledReviewWindow {

    static final ReviewWindow WINDOW = ReviewWindow.of(WorkingCalendars.bundled().get(CalendarId.CHINA_MAINLAND),
            RollRule.NON_WORKING_DAYS);

    private BundledReviewWindow() {
    }
}
