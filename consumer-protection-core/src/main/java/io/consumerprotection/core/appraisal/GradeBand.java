package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A grade and the scores it covers: from {@code from} (included) to {@code to} (excluded), except that
 * the band ending at 100 includes 100. The bands of a scorecard cover 0 to 100 without gap or overlap.
 *
 * @param grade the grade, for example {@code 2A}
 * @param from  the lowest score of the band
 * @param to    the score where the next band starts (100 for the top band)
 */
public record GradeBand(String grade, BigDecimal from, BigDecimal to) {

    public GradeBand {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** Whether the score falls in this band. */
    public boolean contains(BigDecimal score) {
        boolean top = to.compareTo(Rounding.HUNDRED) == 0;
        return score.compareTo(from) >= 0 && (top ? score.compareTo(to) <= 0 : score.compareTo(to) < 0);
    }

    @Override
    public String toString() {
        return "GradeBand[grade=" + Redaction.code(grade) + ", from=" + from + ", to=" + to + "]";
    }
}
