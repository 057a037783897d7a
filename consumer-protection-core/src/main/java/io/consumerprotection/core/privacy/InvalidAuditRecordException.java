package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/**
 * An audit record the trail refuses before it reaches the sink: a field too long for the trail's columns or
 * holding a character no stored text may hold. Nothing was appended; the violations name each field and rule,
 * never the value.
 */
public final class InvalidAuditRecordException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    InvalidAuditRecordException(List<Violation> violations) {
        super("INVALID_AUDIT_RECORD", "the audit record is invalid; nothing was appended", violations);
    }
}
