package io.consumerprotection.core.deadline;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/**
 * A deadline policy definition that cannot be used (code {@value #CODE}); every violation names the field
 * (the configuration key, such as {@code milestone.DECISION.term}) and the rule broken.
 */
public final class PolicyConfigurationException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** The code of this error. */
    public static final String CODE = "INVALID_POLICY";

    /** Creates the exception. */
    public PolicyConfigurationException(String summary, List<Violation> violations) {
        super(CODE, summary, violations);
    }
}
