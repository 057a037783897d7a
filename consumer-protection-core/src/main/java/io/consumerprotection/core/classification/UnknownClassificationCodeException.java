package io.consumerprotection.core.classification;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.internal.Redaction;
import java.util.List;

/**
 * Thrown by the {@code get…} look-ups when a code, or a scheme version, does not exist. Its message names the
 * dimension and the scheme version searched; the code or version that was not found only by its shape
 * ({@code 19 digits}), never as given. Code {@value #CODE}.
 */
public class UnknownClassificationCodeException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** The stable error code. */
    public static final String CODE = "UNKNOWN_CLASSIFICATION_CODE";

    /** Creates the exception for a code of a dimension missing from a scheme version. */
    public UnknownClassificationCodeException(Dimension dimension, String code, String version) {
        super(CODE, "unknown classification code", List.of(Violation.of("classification[" + dimension + "]",
                "UNKNOWN_CODE", dimension + " code (" + Redaction.shape(code) + ") is not a code of scheme version "
                + version)));
    }

    /** Creates the exception for a scheme version that does not exist. */
    public UnknownClassificationCodeException(String version) {
        super(CODE, "unknown classification scheme version", List.of(Violation.of("schemeVersion",
                "UNKNOWN_VERSION", "the scheme version asked for (" + Redaction.shape(version) + ") does not exist")));
    }
}
