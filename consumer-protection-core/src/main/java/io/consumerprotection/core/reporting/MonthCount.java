package io.consumerprotection.core.reporting;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Complaints received in one month of the period (the trend of an analysis report).
 *
 * @param month      the month
 * @param complaints complaints received in it
 */
public record MonthCount(YearMonth month, long complaints) {

    public MonthCount {
        Objects.requireNonNull(month, "month");
    }
}
