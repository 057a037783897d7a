package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How one deduction or bonus applied: occurrences times points per occurrence, held at its cap.
 *
 * @param adjustment  the item
 * @param occurrences the input value (occurrences)
 * @param evidence    the evidence behind it (record ids)
 * @param points      the points taken off or added, before the scorecard's overall cap
 * @param formula     the formula with the numbers
 */
public record AdjustmentResult(Adjustment adjustment, BigDecimal occurrences, List<String> evidence,
                               BigDecimal points, String formula) {

    public AdjustmentResult {
        Objects.requireNonNull(adjustment, "adjustment");
        evidence = List.copyOf(evidence);
    }

    @Override
    public String toString() {
        return "AdjustmentResult[adjustment=" + (adjustment == null ? null : Redaction.code(adjustment.id()))
                + ", occurrences=" + occurrences + ", evidence=" + Redaction.codes(evidence) + ", points=" + points
                + ", formula=" + Redaction.text(formula) + "]";
    }
}
