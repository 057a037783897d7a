package io.consumerprotection.core.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An exact rate, numerator over denominator (on-time complaints over decided ones, a category's complaints
 * over all). {@link #percent()} rounds once, to one decimal, half-up.
 *
 * @param numerator   how many have the property
 * @param denominator how many were counted
 */
public record Rate(long numerator, long denominator) {

    public Rate {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + numerator + "/" + denominator);
        }
    }

    /** A rate. */
    public static Rate of(long numerator, long denominator) {
        return new Rate(numerator, denominator);
    }

    /** The percentage to one decimal, half-up; empty when the denominator is zero. */
    public Optional<BigDecimal> percent() {
        return percent(1);
    }

    /** The percentage to {@code scale} decimals, half-up; empty when the denominator is zero. */
    public Optional<BigDecimal> percent(int scale) {
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP));
    }

    /** {@code 31.3% (110/352)}, or {@code n/a (0/0)}. */
    @Override
    public String toString() {
        return percent().map(p -> p.toPlainString() + "%").orElse("n/a") + " (" + numerator + "/" + denominator + ")";
    }
}
