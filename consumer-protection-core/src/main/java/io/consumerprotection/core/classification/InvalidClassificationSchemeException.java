package io.consumerprotection.core.classification;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/**
 * Thrown when scheme data cannot be accepted: a malformed scheme resource, or a host's provider that adds a
 * local code under a code that does not exist, reuses a standard code or bases a version on an unknown one.
 * It lists every problem found. Code {@value #CODE}.
 */
public class InvalidClassificationSchemeException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** The stable error code. */
    public static final String CODE = "INVALID_CLASSIFICATION_SCHEME";

    /** Creates the exception with every problem found. */
    public InvalidClassificationSchemeException(String summary, List<Violation> violations) {
        super(CODE, summary, violations);
    }
}
