package io.consumerprotection.core.reporting;

import io.consumerprotection.core.statistics.Rate;
import java.util.Objects;

/**
 * How complaints of the period were handled against their due dates. A milestone counts when the complaint
 * has its due date and the event that ends it (contact {@code CUSTOMER_CONTACTED}, plan {@code PLAN_PROPOSED},
 * resolve and decision {@code DECIDED}); it is on time when the event's day is at most the due date.
 *
 * @param statutoryOnTime decisions by the statutory {@code DECISION} due date
 * @param contactOnTime   the "3" of 3-5-10
 * @param planOnTime      the "5" of 3-5-10
 * @param resolveOnTime   the "10" of 3-5-10
 * @param threeFiveTen    complaints that met every 3-5-10 milestone counted for them, over complaints with one counted
 */
public record HandlingRates(Rate statutoryOnTime, Rate contactOnTime, Rate planOnTime, Rate resolveOnTime,
                            Rate threeFiveTen) {

    public HandlingRates {
        Objects.requireNonNull(statutoryOnTime, "statutoryOnTime");
        Objects.requireNonNull(contactOnTime, "contactOnTime");
        Objects.requireNonNull(planOnTime, "planOnTime");
        Objects.requireNonNull(resolveOnTime, "resolveOnTime");
        Objects.requireNonNull(threeFiveTen, "threeFiveTen");
    }
}
