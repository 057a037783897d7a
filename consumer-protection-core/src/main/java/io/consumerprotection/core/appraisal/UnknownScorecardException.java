package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/** No scorecard has the requested id. Code {@code UNKNOWN_SCORECARD}. */
public final class UnknownScorecardException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** The code of this error. */
    public static final String CODE = "UNKNOWN_SCORECARD";

    UnknownScorecardException(ScorecardId id, List<String> known) {
        super(CODE, "no scorecard " + id, List.of(Violation.of("scorecard", "UNKNOWN",
                "known scorecards: " + String.join(", ", known))));
    }
}
