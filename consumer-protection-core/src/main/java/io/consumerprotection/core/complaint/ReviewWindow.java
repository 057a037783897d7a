package io.consumerprotection.core.complaint;

import io.consumerprotection.core.calendar.RollRule;
import io.consumerprotection.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The period in which a complainant may ask for a review (核查) of a branch's decision: 30 days from the day
 * the complainant received the decision (NFRA Order 2020 No. 3 art. 20), counted under the Civil Code
 * (arts 201–203): the day of receipt is not counted, and a last day on a rest day moves to the next working
 * day as the roll rule says.
 *
 * @implSpec Implementations are immutable and thread-safe and do no I/O.
 */
@FunctionalInterface
public interface ReviewWindow {

    /** The length of the window: 30 days (art. 20). */
    Period LENGTH = Period.ofDays(30);

    /**
     * The last day on which a review may be requested for a decision received on this day.
     *
     * @throws io.consumerprotection.core.calendar.CalendarCoverageException when the calendar has no data for a
     *                                                                        date needed
     */
    LocalDate lastDay(LocalDate decisionReceived);

    /** The window on this calendar, the last day moved as the roll rule says (a policy's {@code roll}). */
    static ReviewWindow of(WorkingCalendar calendar, RollRule roll) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(roll, "roll");
        return received -> calendar.periodEnd(Objects.requireNonNull(received, "decisionReceived"), LENGTH, roll).end();
    }

    /**
     * The window on the bundled China mainland calendar, rolling over every non-working day as the bundled
     * {@code NFRA-2020-3} policy does: what {@link Complaint#apply(ComplaintAction, String, java.time.Instant)}
     * uses. The lifecycle of {@code ConsumerProtection} uses the calendar and roll of its own policy instead.
     */
    static ReviewWindow bundled() {
        return BundledReviewWindow.WINDOW;
    }

}
