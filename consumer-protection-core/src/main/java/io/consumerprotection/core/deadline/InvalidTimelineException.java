package io.consumerprotection.core.deadline;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/**
 * A complaint timeline the deadline engine cannot time (code {@value #CODE}): an extension that needs an
 * approver or a notice and has none, a pause without a known reason, a pause that ends before it starts, a
 * resume without a pause. Each violation names the event as {@code timeline[sequence].field}.
 */
public final class InvalidTimelineException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** The code of this error. */
    public static final String CODE = "INVALID_INPUT";

    /** Creates the exception. */
    public InvalidTimelineException(String summary, List<Violation> violations) {
        super(CODE, summary, violations);
    }
}
