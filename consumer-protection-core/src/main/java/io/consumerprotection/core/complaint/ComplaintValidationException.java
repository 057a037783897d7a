package io.consumerprotection.core.complaint;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/**
 * A complaint or an action on it that breaks the rules: every violation is listed with its field path and
 * rule. Nothing was stored. Messages never repeat the offending values.
 */
public final class ComplaintValidationException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    public ComplaintValidationException(String summary, List<Violation> violations) {
        super("INVALID_COMPLAINT", summary, violations);
    }
}
