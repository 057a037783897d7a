package io.consumerprotection.core.review;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/**
 * A review operation refused because its input breaks a rule (a suggestion on an item not in the checklist, a
 * rejection without a reason, a decision on a decided review); lists every violation with field and rule and
 * changes nothing.
 */
public final class InvalidReviewException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this error. */
    public static final String CODE = "INVALID_REVIEW";

    InvalidReviewException(String summary, List<Violation> violations) {
        super(CODE, summary, violations);
    }
}
