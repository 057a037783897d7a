package io.consumerprotection.core.reporting;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/**
 * A reporting request or calendar that breaks a rule: a period of the wrong length for the report kind, a
 * malformed calendar line, a monthly day outside 1–31. Every violation names the field and the rule. Code
 * {@code INVALID_REPORTING}.
 */
public final class InvalidReportingException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** The code of this error. */
    public static final String CODE = "INVALID_REPORTING";

    InvalidReportingException(String summary, List<Violation> violations) {
        super(CODE, summary, violations);
    }

    static InvalidReportingException of(String summary, String field, String rule, String message) {
        return new InvalidReportingException(summary, List.of(Violation.of(field, rule, message)));
    }
}
