package io.consumerprotection.core.partner;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/**
 * A partner, or a step on it, that breaks the rules (an illegal status change, a missing reason, a score out of
 * range): every violation is listed with its field and rule. Nothing was stored.
 */
public final class InvalidPartnerException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    public InvalidPartnerException(String summary, List<Violation> violations) {
        super("INVALID_PARTNER", summary, violations);
    }
}
