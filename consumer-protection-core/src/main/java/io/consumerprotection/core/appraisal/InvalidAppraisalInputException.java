package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/**
 * The inputs of an assessment do not fit the scorecard: an indicator value is missing or outside its
 * function's domain, or the period lies outside the scorecard's validity. Every violation names the unit
 * and indicator, for example {@code units[ZX].complaint.on-time-rate} with rule {@code MISSING}.
 * Code {@code INVALID_APPRAISAL_INPUT}.
 */
public final class InvalidAppraisalInputException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** The code of this error. */
    public static final String CODE = "INVALID_APPRAISAL_INPUT";

    InvalidAppraisalInputException(String summary, List<Violation> violations) {
        super(CODE, summary, violations);
    }
}
