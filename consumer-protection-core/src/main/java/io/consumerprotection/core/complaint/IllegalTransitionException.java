package io.consumerprotection.core.complaint;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/** An action that the complaint's current state does not allow. Nothing was changed. */
public final class IllegalTransitionException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    private final ComplaintStatus status;
    private final String action;

    IllegalTransitionException(ComplaintId id, ComplaintStatus status, String action) {
        super("TRANSITION_NOT_ALLOWED", "complaint " + id + " is " + status + ": action " + action
                + " is not allowed", List.of(Violation.of("status", "TRANSITION_NOT_ALLOWED",
                action + " is not allowed in state " + status)));
        this.status = status;
        this.action = action;
    }

    /** The state the complaint was in. */
    public ComplaintStatus status() {
        return status;
    }

    /** The action attempted, e.g. {@code Decide}. */
    public String action() {
        return action;
    }
}
