package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/**
 * A personal-data incident or a step on it that breaks the rules: every violation is listed with its field and
 * rule. Nothing was stored. Messages never repeat the offending values.
 */
public final class InvalidIncidentException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    public InvalidIncidentException(String summary, List<Violation> violations) {
        super("INVALID_INCIDENT", summary, violations);
    }
}
