package io.consumerprotection.core.rectification;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/**
 * A rectification item or step that breaks a rule: a blank required field, a due date before the opening
 * day, a step out of order (verifying an item not done, completing without evidence). Every violation
 * names the field and the rule, for example {@code evidence} with rule {@code EVIDENCE_REQUIRED}. Nothing
 * was changed. Code {@code INVALID_RECTIFICATION}.
 */
public final class InvalidRectificationException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** The code of this error. */
    public static final String CODE = "INVALID_RECTIFICATION";

    InvalidRectificationException(String summary, List<Violation> violations) {
        super(CODE, summary, violations);
    }
}
