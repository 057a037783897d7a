package io.consumerprotection.core.review;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/**
 * The launch gate's refusal (无审查、不上线): the subject has no passed review for the version, or it is a withdrawn
 * marketing item. Code {@code NOT_APPROVED} or {@code MARKETING_WITHDRAWN}; the violation names the subject and
 * the reason.
 */
public final class NotApprovedException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** No passed review for the version. */
    public static final String NOT_APPROVED = "NOT_APPROVED";
    /** A withdrawn marketing item. */
    public static final String MARKETING_WITHDRAWN = "MARKETING_WITHDRAWN";

    NotApprovedException(String code, String summary, Violation violation) {
        super(code, summary, List.of(violation));
    }
}
