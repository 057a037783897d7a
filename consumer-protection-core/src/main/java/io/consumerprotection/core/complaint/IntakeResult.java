package io.consumerprotection.core.complaint;

import java.util.Objects;

/**
 * The outcome of an intake: the registered complaint, and whether it was created now or found already
 * registered under the same channel reference (a retry).
 *
 * @param complaint the complaint
 * @param created   {@code true} when this call registered it
 */
public record IntakeResult(Complaint complaint, boolean created) {

    public IntakeResult {
        Objects.requireNonNull(complaint, "complaint");
    }
}
