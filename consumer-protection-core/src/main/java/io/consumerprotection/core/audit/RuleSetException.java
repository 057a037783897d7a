package io.consumerprotection.core.audit;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/**
 * A rule set could not be built or a rule was asked for that it does not hold: a repeated rule id, an
 * override or disable naming an unknown rule, an unknown built-in set name. Code {@code INVALID_RULE_SET}
 * or {@code UNKNOWN_RULE}.
 */
public final class RuleSetException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    RuleSetException(String code, String summary, List<Violation> violations) {
        super(code, summary, violations);
    }
}
