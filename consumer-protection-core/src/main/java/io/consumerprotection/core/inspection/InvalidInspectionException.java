package io.consumerprotection.core.inspection;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/** An inspection, plan or cadence record that breaks the rules: every violation listed. Nothing was stored. */
public final class InvalidInspectionException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    public InvalidInspectionException(String summary, List<Violation> violations) {
        super("INVALID_INSPECTION", summary, violations);
    }
}
