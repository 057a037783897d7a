package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/**
 * A scorecard definition was rejected when loaded; every violation names the element, indicator, band or
 * line at fault (for example {@code element[DISPUTES].weight} with rule {@code BELOW_MINIMUM_WEIGHT}).
 * Code {@code INVALID_SCORECARD}.
 */
public final class InvalidScorecardException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** The code of this error. */
    public static final String CODE = "INVALID_SCORECARD";

    InvalidScorecardException(String scorecard, List<Violation> violations) {
        super(CODE, "scorecard " + scorecard + " is invalid", violations);
    }
}
