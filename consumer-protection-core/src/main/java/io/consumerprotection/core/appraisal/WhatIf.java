package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The answer to "how many points would this unit gain if this indicator improved by this much": the
 * input before and after, the score and grade before and after.
 *
 * @param unit         the unit
 * @param indicator    the indicator changed
 * @param improvement  the improvement asked for (at least 0)
 * @param inputBefore  the input as assessed
 * @param inputAfter   the input improved: raised for an indicator where higher is better, lowered (never
 *                     below 0 from a non-negative value) where lower is better
 * @param scoreBefore  the score as assessed
 * @param scoreAfter   the score with the improved input
 * @param gradeBefore  the grade as assessed
 * @param gradeAfter   the grade with the improved input
 */
public record WhatIf(UnitId unit, IndicatorId indicator, BigDecimal improvement, BigDecimal inputBefore,
                     BigDecimal inputAfter, BigDecimal scoreBefore, BigDecimal scoreAfter, String gradeBefore,
                     String gradeAfter) {

    public WhatIf {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(indicator, "indicator");
    }

    /** {@code scoreAfter - scoreBefore}. */
    public BigDecimal pointsGained() {
        return scoreAfter.subtract(scoreBefore);
    }

    @Override
    public String toString() {
        return "WhatIf[unit=" + unit + ", indicator=" + indicator + ", improvement=" + improvement + ", inputBefore="
                + inputBefore + ", inputAfter=" + inputAfter + ", scoreBefore=" + scoreBefore + ", scoreAfter=" + scoreAfter
                + ", gradeBefore=" + Redaction.code(gradeBefore) + ", gradeAfter=" + Redaction.code(gradeAfter) + "]";
    }
}
