package io.consumerprotection.core.appraisal;

import io.consumerprotection.core.statistics.ComplaintFigures;
import io.consumerprotection.core.statistics.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The complaint indicators of a scorecard, computed from the statistics package's figures for one unit:
 * the bridge between {@code core.statistics} and {@code core.appraisal}. Rates are fractions (0.96, not 96)
 * with {@value #SCALE} decimals, half-up.
 *
 * <p>A rate with no denominator (no complaint decided, no satisfaction recorded, no regulator transfer)
 * is 1: nothing was late or unsatisfied. The reduction rate is {@code (yearBefore - current) / yearBefore},
 * negative when complaints rose, and 0 when there were none the year before. Every value carries its
 * numerator and denominator as evidence. Complaint count is supplied too, but PBoC Order 2020 No. 5 art. 11
 * forbids it as the only complaint indicator (see {@link ScorecardWarning}).
 */
public final class ComplaintIndicators {

    /** Decimals of the rates. */
    public static final int SCALE = 6;

    private ComplaintIndicators() {
    }

    /**
     * The six complaint indicators of one unit.
     *
     * @param current    the unit's figures in the period
     * @param yearBefore the unit's figures in the same period a year before
     */
    public static IndicatorValues of(ComplaintFigures current, ComplaintFigures yearBefore) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(yearBefore, "yearBefore");
        BigDecimal reduction = yearBefore.complaints() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(yearBefore.complaints() - current.complaints())
                        .divide(BigDecimal.valueOf(yearBefore.complaints()), SCALE, RoundingMode.HALF_UP);
        return IndicatorValues.empty()
                .with(IndicatorId.COMPLAINT_COUNT, BigDecimal.valueOf(current.complaints()),
                        List.of("complaints received: " + current.complaints()))
                .with(IndicatorId.COMPLAINT_REDUCTION_RATE, reduction,
                        List.of("complaints " + current.complaints() + " against " + yearBefore.complaints()
                                + " a year before"))
                .with(IndicatorId.COMPLAINT_ON_TIME_RATE, fraction(current.onTimeRate()),
                        List.of("decided on time " + current.decidedOnTime() + " of " + current.decided()))
                .with(IndicatorId.COMPLAINT_SATISFACTION_RATE, fraction(current.satisfactionRate()),
                        List.of("satisfied " + current.satisfied() + " of " + current.satisfactionResponses()))
                .with(IndicatorId.COMPLAINT_REGULATOR_TRANSFERRED, BigDecimal.valueOf(current.regulatorTransferred()),
                        List.of("regulator-transferred complaints: " + current.regulatorTransferred()))
                .with(IndicatorId.COMPLAINT_REGULATOR_TRANSFERRED_ON_TIME_RATE, fraction(current.regulatorOnTimeRate()),
                        List.of("regulator-transferred decided on time " + current.regulatorDecidedOnTime() + " of "
                                + current.regulatorDecided()));
    }

    private static BigDecimal fraction(Rate rate) {
        if (rate.denominator() == 0) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(rate.numerator()).divide(BigDecimal.valueOf(rate.denominator()), SCALE,
                RoundingMode.HALF_UP);
    }
}
