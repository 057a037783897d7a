package io.consumerprotection.core.classification;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a complaint's classification does not conform to the scheme version in force on its received
 * date. It lists every violation; each one's field is {@code classification[DIMENSION]}, its rule one of
 * {@code UNKNOWN_DIMENSION}, {@code EMPTY}, {@code MULTIPLE_CODES}, {@code UNKNOWN_CODE}, {@code RETIRED_CODE},
 * {@code NOT_YET_VALID}, {@code NOT_LEAF}, {@code MISSING} or {@code NO_SCHEME_IN_FORCE}, and its message names the
 * dimension and the scheme version, and the code when the scheme knows it; an unknown code only by its shape
 * ({@code 19 digits}), never as typed. Code {@value #CODE}.
 */
public class InvalidClassificationException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** The stable error code. */
    public static final String CODE = "INVALID_CLASSIFICATION";

    private final String schemeVersion;

    /** Creates the exception with every violation found against the named scheme version. */
    public InvalidClassificationException(String schemeVersion, List<Violation> violations) {
        super(CODE, "classification does not conform to scheme version " + schemeVersion, violations);
        this.schemeVersion = Objects.requireNonNull(schemeVersion, "schemeVersion");
    }

    /** The scheme version validated against ({@code "none"} when no version was in force). */
    public String schemeVersion() {
        return schemeVersion;
    }
}
