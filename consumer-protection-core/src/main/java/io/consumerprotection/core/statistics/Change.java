package io.consumerprotection.core.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The change of a count between a comparison period and the current one (year-on-year or
 * period-on-period).
 *
 * @param current  the count in the current period
 * @param previous the count in the comparison period
 */
public record Change(long current, long previous) {

    /** A change. */
    public static Change of(long current, long previous) {
        return new Change(current, previous);
    }

    /** {@code current − previous}: −5 is "5 fewer". */
    public long difference() {
        return current - previous;
    }

    /** The relative change in percent to one decimal, half-up (−15.8 for 352 against 418); empty from zero. */
    public Optional<BigDecimal> percent() {
        return percent(1);
    }

    /** The relative change in percent to {@code scale} decimals, half-up; empty from zero. */
    public Optional<BigDecimal> percent(int scale) {
        if (previous == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(current - previous).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(previous), scale, RoundingMode.HALF_UP));
    }

    /** {@code 352 vs 418 (-15.8%)}. */
    @Override
    public String toString() {
        return current + " vs " + previous + " (" + percent().map(p -> p.toPlainString() + "%").orElse("n/a") + ")";
    }
}
