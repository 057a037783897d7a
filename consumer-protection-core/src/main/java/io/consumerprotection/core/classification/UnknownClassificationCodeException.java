package io.consumerprotection.core.classification;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/**
 * Thrown by the {@code get…} look-ups when a code, or a scheme version, does not exist. Its message names the
 * dimension, the code and the scheme version. Code {@value #CODE}.
 */
public class UnknownClassificationCodeException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** The stable error code. */
    public static final String CODE = "UNKNOWN_CLASSIFICATION_CODE";

    /** Creates the exception for a code of a dimension missing from a scheme version. */
    public UnknownClassificationCodeException(Dimension dimension, String code, String version) {
        super(CODE, "unknown classification code", List.of(Violation.of("classification[" + dimension + "]",
                "UNKNOWN_CODE", dimension + " code " + code + " is not in scheme version " + version)));
    }

    /** Creates the exception for a scheme version that does not exist. */
    public UnknownClassificationCodeException(String version) {
        super(CODE, "unknown classification scheme version", List.of(Violation.of("schemeVersion",
                "UNKNOWN_VERSION", "scheme version " + version + " does not exist")));
    }
}
