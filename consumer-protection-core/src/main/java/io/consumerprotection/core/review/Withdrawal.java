package io.consumerprotection.core.review;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Why and when a marketing item was withdrawn (废止), and the review that withdrew it.
 *
 * @param reason   the reason
 * @param review   the review that found it non-compliant
 * @param effectiveOn the first day it may no longer be used
 */
public record Withdrawal(String reason, ReviewId review, LocalDate effectiveOn) {

    public Withdrawal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a withdrawal states its reason");
        }
    }

    /** The canonical form without free text: texts print by their length. */
    @Override
    public String toString() {
        return "Withdrawal[from " + effectiveOn + " by " + Redaction.code(review.value()) + ", " + Redaction.text(reason) + "]";
    }
}
