package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;
import java.util.Objects;

/**
 * The audit trail does not verify, so the step that needed it (publishing a checkpoint) was not taken. The
 * message names the first problem and how many there are; {@link #verification()} has them all.
 */
public final class AuditTrailBrokenException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    private final transient ChainVerification verification;

    AuditTrailBrokenException(ChainVerification verification) {
        super("AUDIT_TRAIL_BROKEN", "the audit trail does not verify (" + verification.problemCount()
                + " problems); no checkpoint was published", List.of(first(verification)));
        this.verification = verification;
    }

    private static Violation first(ChainVerification v) {
        BrokenLink b = Objects.requireNonNull(v, "verification").firstBrokenLink().orElseThrow();
        return Violation.of("auditTrail[" + b.index() + "]", b.problem().name(),
                "the first problem is at index " + b.index());
    }

    /** The verification that failed. */
    public ChainVerification verification() {
        return verification;
    }
}
