package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A deduction (扣分) or bonus (加分) counted per occurrence: the input is the number of occurrences, each
 * worth {@code pointsPerOccurrence}, at most {@code cap} points for this item. The scorecard also caps
 * all deductions together and all bonuses together.
 *
 * @param kind                deduction or bonus
 * @param id                  a short stable id
 * @param name                its name for people
 * @param indicator           the input that counts occurrences
 * @param pointsPerOccurrence points per occurrence, positive
 * @param cap                 at most this many points for the item, positive
 * @param source              the citation; may be empty
 */
public record Adjustment(Kind kind, String id, String name, IndicatorId indicator, BigDecimal pointsPerOccurrence,
                         BigDecimal cap, String source) {

    /** Whether points are taken off or added. */
    public enum Kind {
        /** Points taken off the score. */
        DEDUCTION,
        /** Points added to the score. */
        BONUS
    }

    public Adjustment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(pointsPerOccurrence, "pointsPerOccurrence");
        Objects.requireNonNull(cap, "cap");
        name = name == null || name.isBlank() ? id : name;
        source = source == null ? "" : source;
    }

    @Override
    public String toString() {
        return "Adjustment[kind=" + kind + ", id=" + Redaction.code(id) + ", name=" + Redaction.text(name) + ", indicator="
                + indicator + ", pointsPerOccurrence=" + pointsPerOccurrence + ", cap=" + cap + ", source="
                + Redaction.text(source) + "]";
    }
}
